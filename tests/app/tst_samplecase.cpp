// Builds the bundled sample case and checks it against the public facts it summarises
// (../shared/sample-case/FACTS.md).
#include "app/clirunner.h"
#include "casefile.h"
#include "claimstore.h"
#include "documentstore.h"
#include "eventstore.h"
#include "exportdata.h"
#include "linkstore.h"
#include "poststore.h"
#include "samplecasebuilder.h"
#include "sampledata.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Casebinder;
using namespace Qt::StringLiterals;

class TestSampleCase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::optional<CaseFile> m_case;

    Sql::Database &db() { return m_case->db(); }

    EventRecord eventTitled(const QString &start)
    {
        auto events = EventStore(db()).events();
        if (!events)
            return {};
        for (const EventRecord &event : std::as_const(*events))
            if (event.title.startsWith(start))
                return event;
        return {};
    }

    std::optional<DocumentRecord> documentTitled(const QString &start)
    {
        auto documents = DocumentStore(db()).documents();
        if (documents)
            for (const DocumentRecord &document : std::as_const(*documents))
                if (document.title.startsWith(start))
                    return document;
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"parler.casebinder"_s);
        const CliRun run = runCli({u"sample"_s, m_path}, 300000);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        auto opened = CaseFile::open(m_path, CaseFile::Access::ReadOnly);
        QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().fullText()));
        m_case.emplace(std::move(*opened));
    }

    void caption()
    {
        auto caption = m_case->caption();
        QVERIFY(caption.has_value());
        QCOMPARE(caption->judge, u"Barbara Jacobs Rothstein"_s);
        QCOMPARE(caption->docketNumber, u"2:21-cv-00031-BJR"_s);
        QCOMPARE(caption->caseName, u"Parler LLC v. Amazon Web Services, Inc."_s);
        QVERIFY(caption->court.contains(u"Western District of Washington"_s));
    }

    void keyDates_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("display");
        QTest::newRow("suspension") << u"AWS suspends Parler"_s << u"10 Jan 2021 23:59 PST"_s;
        QTest::newRow("complaint") << u"Parler files its verified complaint"_s << u"11 Jan 2021"_s;
        QTest::newRow("hearing") << u"Hearing by videoconference"_s << u"14 Jan 2021"_s;
        QTest::newRow("order") << u"Order denying the preliminary injunction"_s << u"21 Jan 2021"_s;
        QTest::newRow("agreement")
            << u"Parler accepts the AWS Customer Agreement"_s << u"Jun 2018"_s;
        QTest::newRow("first report")
            << u"AWS starts reporting violent posts"_s << u"circa Nov 2020"_s;
        QTest::newRow("static page") << u"Parler's site returns"_s << u"circa 17–18 Jan 2021"_s;
    }

    void keyDates()
    {
        QFETCH(QString, title);
        QFETCH(QString, display);
        const EventRecord event = eventTitled(title);
        QVERIFY2(event.id != 0, qPrintable(title));
        QCOMPARE(event.date.display(), display);
    }

    void suspensionIsPacificMinute()
    {
        const EventRecord event = eventTitled(u"AWS suspends Parler"_s);
        QCOMPARE(event.date.precision(), EventDate::Precision::Minute);
        QCOMPARE(event.date.timeZoneId(), u"America/Los_Angeles"_s);
        QCOMPARE(event.date.spanStart(), QDateTime(QDate(2021, 1, 11), QTime(7, 59), Qt::UTC));
        QVERIFY(!event.sources.isEmpty());
    }

    void orderIsDocket34()
    {
        auto order
            = documentTitled(u"Order Denying Plaintiff's Motion for Preliminary Injunction"_s);
        QVERIFY(order.has_value());
        QCOMPARE(order->kind, DocumentKind::Filing);
        QCOMPARE(order->docketNumber, u"34"_s);
        QCOMPARE(order->filedDate, u"2021-01-21"_s);
        QCOMPARE(order->pageCount, 8);
        auto text = DocumentStore(db()).pageText(order->id, 8);
        QVERIFY(text.has_value());
        QVERIFY(text->contains(u"Barbara Jacobs Rothstein"_s));
        QVERIFY(text->contains(u"Document 34"_s));
        QVERIFY(text->contains(u"Filed 01/21/21"_s));
    }

    void filingsAndExhibitsAreDescribed()
    {
        auto complaint = documentTitled(u"Verified Complaint"_s);
        QVERIFY(complaint.has_value());
        QCOMPARE(complaint->docketNumber, u"1"_s);
        QCOMPARE(complaint->filedDate, u"2021-01-11"_s);
        auto agreement = documentTitled(u"AWS Customer Agreement"_s);
        QVERIFY(agreement.has_value());
        QCOMPARE(agreement->kind, DocumentKind::Exhibit);
        QCOMPARE(agreement->exhibitLabel, u"Ex. A"_s);
        auto text = DocumentStore(db()).pageText(agreement->id, 2);
        QVERIFY(text.has_value());
        QVERIFY(text->contains(u"Section 7.2(b)(ii)"_s));
    }

    // FACTS.md: the agreement was accepted in June 2018, the e-mails are of mid-November 2020
    // and 9 Jan 2021; an exhibit whose date is not in the facts stays undated, and no
    // document carries the day the sample was built (its PDFs' creation date).
    void documentDatesFollowTheFacts_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("shown");
        QTest::newRow("agreement") << u"AWS Customer Agreement"_s << u"2018-06"_s << u"Jun 2018"_s;
        QTest::newRow("policy") << u"AWS Acceptable Use Policy"_s << QString() << QString();
        QTest::newRow("november e-mail") << u"AWS Trust and Safety email to Parler, mid-November"_s
                                         << u"2020-11"_s << u"Nov 2020"_s;
        QTest::newRow("january e-mail") << u"AWS Trust and Safety email to Parler, 9 January"_s
                                        << u"2021-01-09"_s << u"9 Jan 2021"_s;
        QTest::newRow("reported posts")
            << u"Examples of posts reported"_s << QString() << QString();
        QTest::newRow("complaint")
            << u"Verified Complaint"_s << u"2021-01-11"_s << u"11 Jan 2021"_s;
        QTest::newRow("order") << u"Order Denying"_s << u"2021-01-21"_s << u"21 Jan 2021"_s;
    }

    void documentDatesFollowTheFacts()
    {
        QFETCH(QString, title);
        QFETCH(QString, date);
        QFETCH(QString, shown);
        auto document = documentTitled(title);
        QVERIFY2(document.has_value(), qPrintable(title));
        QCOMPARE(document->documentDate, date);
        QCOMPARE(displayDocumentDate(document->documentDate), shown);
        QVERIFY(document->metadata.contains(u"creation_date"_s)); // kept as file metadata
        auto exhibits = loadExhibits(db(), {});
        QVERIFY(exhibits.has_value());
        const QString built = QDate::currentDate().toString(u"d MMM yyyy"_s);
        for (const ExhibitEntry &exhibit : std::as_const(exhibits->exhibits))
            QVERIFY2(!exhibit.date.contains(built), qPrintable(exhibit.description));
    }

    void eventsAreNotAssessedUnlessTheFactsSaySo()
    {
        auto events = EventStore(db()).events();
        QVERIFY(events.has_value());
        for (const EventRecord &event : std::as_const(*events)) {
            // Nothing in FACTS.md settles whether a party disputes these; reported items in
            // particular are never "undisputed".
            QVERIFY2(event.dispute != DisputeStatus::Undisputed, qPrintable(event.title));
        }
    }

    void sourcesNameTheSampleNotATemporaryFolder()
    {
        auto documents = DocumentStore(db()).documents();
        QVERIFY(documents.has_value());
        for (const DocumentRecord &document : std::as_const(*documents))
            QVERIFY2(document.sourcePath.startsWith(u"Casebinder sample case"_s),
                     qPrintable(document.sourcePath));
    }

    void reportedFactsStayUncertain()
    {
        const EventRecord lacnic = eventTitled(u"LACNIC"_s);
        QVERIFY(lacnic.date.isCirca());
        QVERIFY(lacnic.date.isRange());
        QVERIFY(lacnic.title.contains(u"reported"_s) || lacnic.notes.contains(u"Reported"_s));
        const EventRecord njalla = eventTitled(u"Njalla"_s);
        QVERIFY(njalla.date.isCirca());
        QCOMPARE(njalla.date.precision(), EventDate::Precision::Month);
    }

    void everyPageIsLabelled()
    {
        DocumentStore store(db());
        auto documents = store.documents();
        QVERIFY(documents.has_value());
        QVERIFY(documents->size() >= 15);
        for (const DocumentRecord &document : std::as_const(*documents)) {
            auto pages = store.pages(document.id);
            QVERIFY(pages.has_value());
            QCOMPARE(pages->size(), document.pageCount);
            for (const PageRecord &page : std::as_const(*pages)) {
                QVERIFY2(page.text.contains(u"Illustrative summary — not the court record"_s),
                         qPrintable(u"%1 page %2"_s.arg(document.title).arg(page.number)));
                QVERIFY(page.text.contains(u"Page %1"_s.arg(page.number)));
            }
        }
    }

    void postsAreNeutralStandIns()
    {
        PostStore store(db());
        auto count = store.count();
        QVERIFY(count.has_value());
        QVERIFY(*count >= 100);
        QList<qint64> ids;
        for (qint64 id = 1; id <= *count; ++id)
            ids.append(id);
        auto posts = store.postsByIds(ids);
        QVERIFY(posts.has_value());
        const QDateTime first(QDate(2020, 11, 14), QTime(0, 0), Qt::UTC);
        const QDateTime suspension(QDate(2021, 1, 11), QTime(7, 59), Qt::UTC);
        for (const PostRecord &post : std::as_const(*posts)) {
            QVERIFY2(post.text.startsWith(u"[sample] "_s), qPrintable(post.text));
            QVERIFY(!post.flagCategory.isEmpty());
            const QDateTime posted = QDateTime::fromString(post.postedAt, Qt::ISODate);
            QVERIFY2(posted >= first && posted < suspension, qPrintable(post.postedAt));
        }
    }

    void fourFactorsHaveLinks()
    {
        ClaimStore claims(db());
        auto nodes = claims.all();
        QVERIFY(nodes.has_value());
        QVERIFY(nodes->size() >= 12);
        const auto root = std::find_if(nodes->cbegin(), nodes->cend(), [](const ClaimNode &node) {
            return node.templateId == u"preliminary-injunction" && !node.parentId;
        });
        QVERIFY(root != nodes->cend());
        auto factors = claims.children(root->id);
        QVERIFY(factors.has_value());
        QStringList titles;
        LinkStore links(db());
        for (const ClaimNode &factor : std::as_const(*factors)) {
            titles.append(factor.title);
            auto linked = links.linksOf(factor.id);
            QVERIFY(linked.has_value());
            QVERIFY2(!linked->isEmpty(), qPrintable(factor.title));
        }
        for (const QString &expected : {u"Likelihood of success"_s,
                                        u"Irreparable harm"_s,
                                        u"Balance of equities"_s,
                                        u"Public interest"_s})
            QVERIFY2(std::any_of(titles.cbegin(),
                                 titles.cend(),
                                 [&](const QString &title) { return title.startsWith(expected); }),
                     qPrintable(expected));
    }

    void everyQuoteVerifies()
    {
        LinkStore links(db());
        auto all = links.allDetails();
        QVERIFY(all.has_value());
        QVERIFY(all->size() >= 20);
        int quotes = 0;
        for (const LinkDetails &details : std::as_const(*all)) {
            if (details.link.quote.isEmpty())
                continue;
            ++quotes;
            QVERIFY2(details.link.quoteVerified == true, qPrintable(details.link.quote));
            auto again = links.checkQuote(details.link);
            QVERIFY(again.has_value());
            QVERIFY2(*again == std::optional<bool>(true), qPrintable(details.cite));
        }
        QVERIFY(quotes >= 20);
    }

    void infoShowsEverything()
    {
        const CliRun run = runCli({u"info"_s, m_path, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(info.value("judge"_L1).toString(), u"Barbara Jacobs Rothstein"_s);
        QVERIFY(info.value("documents"_L1).toInt() >= 15);
        QVERIFY(info.value("pages"_L1).toInt() >= 40);
        QVERIFY(info.value("posts"_L1).toInt() >= 100);
        QVERIFY(info.value("claims"_L1).toInt() >= 12);
        QVERIFY(info.value("links"_L1).toInt() >= 20);
        QVERIFY(info.value("events"_L1).toInt() >= 20);
        QVERIFY(info.value("entities"_L1).toInt() >= 10);
        QVERIFY(info.value("tags"_L1).toInt() >= 3);
    }

    void verifyIsClean()
    {
        const CliRun run = runCli({u"verify"_s, m_path});
        QVERIFY2(run.exitCode == 0, run.out.constData());
    }

    void neverOverwrites()
    {
        const QByteArray before = QFile(m_path).exists() ? QByteArray("exists") : QByteArray();
        const CliRun run = runCli({u"sample"_s, m_path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("already exists"));
        QCOMPARE(QFile(m_path).exists() ? QByteArray("exists") : QByteArray(), before);

        auto built = SampleCaseBuilder::build(m_path);
        QVERIFY(!built.has_value());
        QCOMPARE(built.error().code, Error::Code::Duplicate);
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cancelled.casebinder"_s);
        std::atomic_bool cancel = false;
        auto built = SampleCaseBuilder::build(
            path,
            [&](const SampleBuildProgress &progress) {
                if (progress.step >= 3)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!built.has_value());
        QCOMPARE(built.error().code, Error::Code::Cancelled);
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
                 QStringList());
    }

    void buildsOnAWorkerThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"worker.casebinder"_s);
        QList<int> steps;
        auto future = QtConcurrent::run([&] {
            return SampleCaseBuilder::build(
                path, [&](const SampleBuildProgress &progress) { steps.append(progress.step); });
        });
        const Result<SampleBuildReport> built = future.result();
        QVERIFY2(built.has_value(), qPrintable(built ? QString() : built.error().fullText()));
        QCOMPARE(built->path, path);
        QVERIFY(built->posts >= 100);
        auto sample = Sample::loadSampleCase();
        QVERIFY(sample.has_value());
        QCOMPARE(qsizetype(built->links), sample->links.size());
        QCOMPARE(qsizetype(built->verifiedQuotes),
                 qsizetype(std::count_if(
                     sample->links.cbegin(),
                     sample->links.cend(),
                     [](const Sample::LinkSpec &link) { return !link.quote.isEmpty(); })));
        QCOMPARE(steps.size(), 10);
        QVERIFY(std::is_sorted(steps.cbegin(), steps.cend()));
        QVERIFY(QFileInfo::exists(path));
    }

    void writesTheDocuments()
    {
        QTemporaryDir dir;
        auto written = SampleCaseBuilder::writeDocuments(dir.path());
        QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().fullText()));
        QCOMPARE(written->size(), 20);
        for (const QString &path : std::as_const(*written)) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.read(5), QByteArray("%PDF-"));
        }
    }

    void markup()
    {
        const QList<Sample::Page> pages = Sample::parseMarkup(
            u"# Title\n## Heading\nOne\nparagraph.\n\n| From: AWS\n| To: Parler\n- bullet\n"
            u"@page\n### Sub\n> quoted\n= Dated 21 January 2021\n"_s);
        QCOMPARE(pages.size(), 2);
        using Kind = Sample::Block::Kind;
        QList<Kind> kinds;
        for (const Sample::Block &block : pages.at(0).blocks)
            kinds.append(block.kind);
        QCOMPARE(kinds,
                 (QList<Kind>{Kind::Title,
                              Kind::Heading,
                              Kind::Paragraph,
                              Kind::Line,
                              Kind::Line,
                              Kind::Bullet}));
        QCOMPARE(pages.at(0).blocks.at(2).text, u"One paragraph."_s);
        QCOMPARE(pages.at(1).blocks.size(), 3);
        QCOMPARE(pages.at(1).blocks.at(2).kind, Kind::Signature);
        QCOMPARE(pages.at(1).blocks.at(2).text, u"Dated 21 January 2021"_s);
    }

    void sourceDataIsConsistent()
    {
        auto sample = Sample::loadSampleCase();
        QVERIFY2(sample.has_value(), qPrintable(sample ? QString() : sample.error().fullText()));
        QVERIFY(sample->links.size() >= 20);
        QVERIFY(sample->events.size() >= 20);
        QVERIFY(sample->entities.size() >= 10);
        QVERIFY(!sample->notice.isEmpty());
    }
};

QTEST_MAIN(TestSampleCase)
#include "tst_samplecase.moc"
