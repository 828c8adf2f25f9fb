#include "analysisfixture.h"
#include "casedocument.h"
#include "claimtemplates.h"
#include "commands/claimcommands.h"
#include "commands/linkcommands.h"
#include "linkstore.h"
#include "models/linklistmodel.h"
#include "pincite.h"
#include "proofmatrix.h"
#include "quoteverifier.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;
using namespace AnalysisFixture;

class TestEvidence : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<CaseDocument> newCase()
    {
        auto created = CaseFile::create(m_dir.filePath(u"e%1.casebinder"_s.arg(++m_counter)),
                                        {.title = u"T"_s});
        if (!created)
            qFatal("%s", qPrintable(created.error().fullText()));
        return std::make_unique<CaseDocument>(std::move(*created));
    }

    static qint64 link(CaseDocument &document, const EvidenceLink &evidence)
    {
        auto command = std::make_unique<AddLinkCommand>(document, evidence);
        const auto &added = *command;
        auto pushed = document.push(std::move(command));
        if (!pushed)
            qFatal("%s", qPrintable(pushed.error().fullText()));
        return added.link().id;
    }

private slots:
    void pinCites_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("docket");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("cite");
        QTest::newRow("docket range")
            << u"filing"_s << u"Motion"_s << u"34"_s << QString() << 3 << 4 << u"Dkt. 34 at 3–4"_s;
        QTest::newRow("docket page")
            << u"filing"_s << u"Motion"_s << u"34"_s << QString() << 3 << 3 << u"Dkt. 34 at 3"_s;
        QTest::newRow("docket no page")
            << u"filing"_s << u"Motion"_s << u"34"_s << QString() << 0 << 0 << u"Dkt. 34"_s;
        QTest::newRow("ecf kept") << u"filing"_s << u"Motion"_s << u"ECF No. 12"_s << QString() << 2
                                  << 0 << u"ECF No. 12 at 2"_s;
        QTest::newRow("letter exhibit")
            << u"exhibit"_s << u"Email"_s << u"34"_s << u"A"_s << 5 << 0 << u"Ex. A at 5"_s;
        QTest::newRow("long exhibit") << u"exhibit"_s << u"Email"_s << QString() << u"Exhibit B"_s
                                      << 1 << 0 << u"Ex. B at 1"_s;
        QTest::newRow("ex.") << u"exhibit"_s << u"Email"_s << QString() << u"Ex. C"_s << 1 << 0
                             << u"Ex. C at 1"_s;
        QTest::newRow("px") << u"exhibit"_s << u"Contract"_s << QString() << u"PX-12"_s << 2 << 0
                            << u"PX-12 at 2"_s;
        QTest::newRow("number") << u"exhibit"_s << u"Contract"_s << QString() << u"7"_s << 2 << 0
                                << u"Ex. 7 at 2"_s;
        QTest::newRow("title") << u"other"_s << u"Terms of Service"_s << QString() << QString() << 9
                               << 10 << u"“Terms of Service” at 9–10"_s;
    }

    void pinCites()
    {
        QFETCH(QString, kind);
        QFETCH(QString, title);
        QFETCH(QString, docket);
        QFETCH(QString, label);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QString, cite);
        const CitableDocument document{1, kind, title, docket, label, u"x.pdf"_s};
        QCOMPARE(PinCite::document(document,
                                   from ? std::optional<int>(from) : std::nullopt,
                                   to ? std::optional<int>(to) : std::nullopt),
                 cite);
    }

    void postAndEventCites()
    {
        QCOMPARE(PinCite::post({5, u"1234567"_s, u"handle"_s}), u"Post 1234567 (@handle)"_s);
        QCOMPARE(PinCite::post({5, u"1234567"_s, u"@handle"_s}), u"Post 1234567 (@handle)"_s);
        QCOMPARE(PinCite::post({5, QString(), QString()}), u"Post #5"_s);
        QCOMPARE(PinCite::event(u"AWS suspends Parler"_s, u"2021-01-10"_s),
                 u"Event: AWS suspends Parler (2021-01-10)"_s);
    }

    void quotes_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<bool>("verified");
        QTest::newRow("exact") << u"The harm is irreparable."_s << u"harm is irreparable"_s << true;
        QTest::newRow("line breaks")
            << u"the harm\nis\n\n  irreparable"_s << u"harm is irreparable"_s << true;
        QTest::newRow("hyphenated line end")
            << u"the evi-\ndence shows"_s << u"the evidence shows"_s << true;
        QTest::newRow("compound at line end")
            << u"early on, in-\n\nperson gatherings"_s << u"in-person gatherings"_s << true;
        QTest::newRow("curly quotes") << u"limiting all \"non-essential\" activities"_s
                                      << u"limiting all “non‑essential” activities"_s << true;
        QTest::newRow("apostrophe")
            << u"the Chapel’s request"_s << u"the Chapel's request"_s << true;
        QTest::newRow("ligature") << u"the ﬁrst ﬂoor"_s << u"the first floor"_s << true;
        QTest::newRow("case") << u"THE HARM"_s << u"the harm"_s << true;
        QTest::newRow("ellipsis") << u"a valid contract existed and was then breached by AWS"_s
                                  << u"a valid contract … breached by AWS"_s << true;
        QTest::newRow("ellipsis order") << u"breached by AWS after a valid contract"_s
                                        << u"a valid contract ... breached by AWS"_s << false;
        QTest::newRow("different words")
            << u"The harm is reparable."_s << u"harm is irreparable"_s << false;
        QTest::newRow("empty quote") << u"text"_s << u"  "_s << false;
    }

    void quotes()
    {
        QFETCH(QString, page);
        QFETCH(QString, quote);
        QFETCH(bool, verified);
        const auto outcome = QuoteVerifier::verify(quote, {page}, 7);
        QCOMPARE(outcome.verified, verified);
        if (verified)
            QCOMPARE(outcome.page, 7);
        else
            QVERIFY(!outcome.reason.isEmpty());
    }

    void quoteAcrossPages()
    {
        const auto outcome = QuoteVerifier::verify(
            u"end of one page continues"_s,
            {u"first"_s, u"text at the end of one"_s, u"page continues here"_s},
            3);
        QVERIFY(outcome.verified);
        QCOMPARE(outcome.page, 4);
    }

    // A quote copied from a real court opinion verifies on its page and not on the next.
    void quoteFromACourtPdf()
    {
        CASEBINDER_REQUIRE_CORPUS(
            pdf, "court-pdfs/freelawproject_doctor/recap_documents__ca1_00117684624.pdf");
        QStringList pages;
        for (int number = 1; number <= 5; ++number) {
            QProcess pdftotext;
            pdftotext.start(
                u"pdftotext"_s,
                {u"-f"_s, QString::number(number), u"-l"_s, QString::number(number), pdf, u"-"_s});
            if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
                QSKIP("pdftotext is not available");
            pages.append(QString::fromUtf8(pdftotext.readAllStandardOutput()));
        }
        auto document = newCase();
        const qint64 opinion = addDocument(document->caseFile().db(),
                                           {.title = u"Calvary Chapel of Bangor v. Mills"_s,
                                            .docketNumber = u"34"_s,
                                            .pages = pages});
        ClaimNode node{.title = u"Free Exercise"_s};
        auto add = std::make_unique<AddClaimNodeCommand>(*document, node);
        const auto &added = *add;
        QVERIFY(document->push(std::move(add)));
        const QString quote = u"responded to the growing threat of contagion by issuing a series "
                              u"of executive orders"
                              u" limiting all “non-essential” activities and gatherings, arguably "
                              u"including those by"
                              u" religious organizations."_s;
        const qint64 right = link(
            *document,
            {.claimId = added.nodeId(), .documentId = opinion, .pageFrom = 3, .quote = quote});
        const qint64 wrong = link(
            *document,
            {.claimId = added.nodeId(), .documentId = opinion, .pageFrom = 4, .quote = quote});
        // Hyphenated at a line end in the PDF ("in-" / "person").
        const qint64 hyphen = link(
            *document,
            {.claimId = added.nodeId(),
             .documentId = opinion,
             .pageFrom = 4,
             .pageTo = 5,
             .quote
             = u"Early on, in-person gatherings (particularly those involving dense crowds"_s});
        LinkStore store(document->caseFile().db());
        QCOMPARE(store.link(right)->quoteVerified, std::optional<bool>(true));
        QCOMPARE(store.link(wrong)->quoteVerified, std::optional<bool>(false));
        QCOMPARE(store.link(hyphen)->quoteVerified, std::optional<bool>(true));
        QCOMPARE(store.details(right)->cite, u"Dkt. 34 at 3"_s);
        QCOMPARE(store.details(hyphen)->cite, u"Dkt. 34 at 4–5"_s);
    }

    void matrixWithThePreliminaryInjunctionTemplate()
    {
        auto document = newCase();
        Sql::Database &db = document->caseFile().db();
        const qint64 complaint
            = addDocument(db,
                          {.title = u"Complaint"_s,
                           .docketNumber = u"1"_s,
                           .pages = {u"AWS terminated service on one day's notice."_s,
                                     u"Parler will be forced out of business."_s}});
        const qint64 post = addPost(db, u"99"_s, u"someone"_s, u"2021-01-08"_s, u"violent text"_s);
        const qint64 disputed = addEvent(db, u"AWS warns Parler"_s, true);
        auto injunction = ClaimTemplates::find(db, u"preliminary-injunction"_s);
        auto apply = std::make_unique<ApplyClaimTemplateCommand>(*document, *injunction);
        const auto &applied = *apply;
        QVERIFY(document->push(std::move(apply)));
        auto factors = *ClaimStore(db).children(applied.rootId());
        const qint64 merits = factors[0].id;
        const qint64 harm = factors[1].id;
        const qint64 equities = factors[2].id;

        // Merits: a verified quote (solid) and an undermining post.
        link(*document,
             {.claimId = merits,
              .documentId = complaint,
              .pageFrom = 1,
              .quote = u"terminated service on one day's notice"_s,
              .weight = 4});
        link(*document,
             {.claimId = merits,
              .postId = post,
              .stance = EvidenceLink::Stance::Undermines,
              .weight = 5});
        link(*document, {.claimId = merits, .documentId = complaint, .pageFrom = 2, .weight = 4});
        // Harm: only a quote that is not on the cited page.
        link(*document,
             {.claimId = harm,
              .documentId = complaint,
              .pageFrom = 1,
              .quote = u"forced out of business"_s});
        // Equities: only a disputed event, plus context.
        link(*document, {.claimId = equities, .eventId = disputed});
        link(*document,
             {.claimId = equities,
              .documentId = complaint,
              .stance = EvidenceLink::Stance::Context});

        auto matrix = ProofMatrix::build(db);
        QVERIFY(matrix);
        QCOMPARE(matrix->rows.size(), 4);
        const QJsonObject json = matrix->toJson();
        const QJsonArray claims = json.value(u"claims"_s).toArray();
        QCOMPARE(claims.size(), 1);
        const QJsonArray elements = claims.at(0).toObject().value(u"elements"_s).toArray();
        QCOMPARE(elements.size(), 4);
        QStringList titles;
        for (const QJsonValue &element : elements)
            titles.append(element.toObject().value(u"title"_s).toString());
        QCOMPARE(titles,
                 (QStringList{u"Likelihood of success on the merits"_s,
                              u"Irreparable harm"_s,
                              u"Balance of equities"_s,
                              u"Public interest"_s}));
        auto row = [&](int i) {
            return elements.at(i).toObject();
        };
        QCOMPARE(row(0).value(u"supports"_s).toInt(), 2);
        QCOMPARE(row(0).value(u"undermines"_s).toInt(), 1);
        QCOMPARE(row(0).value(u"gap"_s).toBool(), false);
        // Strongest support: equal weight, the verified quote first.
        const QJsonObject strongest = row(0).value(u"support"_s).toArray().at(0).toObject();
        QCOMPARE(strongest.value(u"cite"_s).toString(), u"Dkt. 1 at 1"_s);
        QCOMPARE(strongest.value(u"quote_verified"_s).toBool(), true);
        const QString postCite
            = row(0).value(u"undermining"_s).toArray().at(0).toObject().value(u"cite"_s).toString();
        QVERIFY2(postCite.contains(u"by @someone"_s) && postCite.contains(u"ID 99"_s),
                 qPrintable(postCite));
        QCOMPARE(row(1).value(u"gap"_s).toBool(), true);
        QCOMPARE(row(1).value(u"gap_reason"_s).toString(), u"only disputed support"_s);
        QCOMPARE(row(2).value(u"gap"_s).toBool(), true);
        QCOMPARE(row(2).value(u"gap_reason"_s).toString(), u"only disputed support"_s);
        QCOMPARE(row(2).value(u"context"_s).toInt(), 1);
        QCOMPARE(row(3).value(u"gap"_s).toBool(), true);
        QCOMPARE(row(3).value(u"gap_reason"_s).toString(), u"no supporting evidence"_s);
        QCOMPARE(json.value(u"gaps"_s).toInt(), 3);
    }

    void linkListModel()
    {
        auto document = newCase();
        Sql::Database &db = document->caseFile().db();
        const qint64 exhibit = addDocument(db,
                                           {.kind = u"exhibit"_s,
                                            .title = u"Email"_s,
                                            .exhibitLabel = u"A"_s,
                                            .pages = {u"we will suspend"_s, u"two"_s}});
        auto add
            = std::make_unique<AddClaimNodeCommand>(*document, ClaimNode{.title = u"Breach"_s});
        const auto &added = *add;
        QVERIFY(document->push(std::move(add)));
        LinkListModel model(*document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClaimId(added.nodeId());
        QCOMPARE(model.rowCount(), 0);
        link(*document,
             {.claimId = added.nodeId(),
              .documentId = exhibit,
              .pageFrom = 1,
              .pageTo = 2,
              .quote = u"we will suspend"_s,
              .weight = 5,
              .note = u"key"_s});
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex first = model.index(0, LinkListModel::CiteColumn);
        QCOMPARE(first.data().toString(), u"Ex. A at 1–2"_s);
        QCOMPARE(first.siblingAtColumn(LinkListModel::VerifiedColumn).data().toString(), u"✓"_s);
        QCOMPARE(first.data(LinkListModel::QuoteVerifiedRole).toBool(), true);
        QCOMPARE(first.data(LinkListModel::WeightRole).toInt(), 5);
        QCOMPARE(first.data(LinkListModel::StanceRole).toString(), u"supports"_s);
        QVERIFY(!first.data(LinkListModel::PostIdRole).isValid());
        document->undoStack()->undo();
        QCOMPARE(model.rowCount(), 0);
        document->undoStack()->redo();
        QCOMPARE(model.rowCount(), 1);
        model.setClaimId(0);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
