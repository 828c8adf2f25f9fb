#include "app/clirunner.h"
#include "model/analysisfixture.h"
#include "search.h"
#include "sqlite/transaction.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;
using namespace AnalysisFixture;

namespace {

QJsonObject json(const CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), run.out.constData());
    return document.object();
}

} // namespace

class TestAnalysisCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_case;

private slots:
    void initTestCase()
    {
        m_case = m_dir.filePath(u"cli.casebinder"_s);
        auto created = CaseFile::create(m_case, {.title = u"Parler v. AWS"_s});
        QVERIFY(created);
        addDocument(
            created->db(),
            {.title = u"Complaint"_s,
             .docketNumber = u"1"_s,
             .filedDate = u"2021-01-11"_s,
             .pages = {u"AWS terminated service on one day's notice, a breach of contract."_s,
                       u"Parler will suffer irreparable harm."_s}});
        addDocument(created->db(),
                    {.kind = u"exhibit"_s,
                     .title = u"Email"_s,
                     .exhibitLabel = u"PX-12"_s,
                     .pages = {u"We cannot host violent content."_s}});
        addPost(created->db(),
                u"1234567"_s,
                u"patriot1"_s,
                u"2021-01-08T10:00:00Z"_s,
                u"breach the doors"_s);
    }

    void templates()
    {
        const CliRun run = runCli({u"claim"_s, u"templates"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QStringList ids;
        for (const QJsonValue &each : json(run).value(u"templates"_s).toArray())
            ids.append(each.toObject().value(u"id"_s).toString());
        QCOMPARE(ids,
                 (QStringList{u"breach-of-contract"_s,
                              u"sherman-act-1"_s,
                              u"tortious-interference"_s,
                              u"preliminary-injunction"_s}));
    }

    void claimsLinksAndMatrix()
    {
        CliRun run = runCli(
            {u"claim"_s, u"from-template"_s, m_case, u"preliminary-injunction"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray nodes = json(run).value(u"nodes"_s).toArray();
        QCOMPARE(nodes.size(), 5);
        const qint64 merits = nodes.at(1).toObject().value(u"id"_s).toInteger();
        const qint64 harm = nodes.at(2).toObject().value(u"id"_s).toInteger();

        run = runCli({u"link"_s,
                      u"add"_s,
                      m_case,
                      u"--claim"_s,
                      QString::number(merits),
                      u"--document"_s,
                      u"1"_s,
                      u"--pages"_s,
                      u"1-2"_s,
                      u"--quote"_s,
                      u"terminated service on one day’s notice"_s,
                      u"--stance"_s,
                      u"supports"_s,
                      u"--weight"_s,
                      u"4"_s,
                      u"--note"_s,
                      u"key"_s,
                      u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonObject added = json(run);
        QCOMPARE(added.value(u"cite"_s).toString(), u"Dkt. 1 at 1–2"_s);
        QCOMPARE(added.value(u"quote_verified"_s).toBool(), true);

        run = runCli({u"link"_s,
                      u"add"_s,
                      m_case,
                      u"--claim"_s,
                      QString::number(harm),
                      u"--document"_s,
                      u"2"_s,
                      u"--pages"_s,
                      u"1"_s,
                      u"--quote"_s,
                      u"irreparable harm"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("NOT found"));

        run = runCli({u"link"_s,
                      u"add"_s,
                      m_case,
                      u"--claim"_s,
                      QString::number(harm),
                      u"--post"_s,
                      u"1"_s,
                      u"--stance"_s,
                      u"undermines"_s});
        QCOMPARE(run.exitCode, 0);
        // An evidence link cites the post by the record: handle, time, platform id.
        QVERIFY2(run.out.contains("by @patriot1") && run.out.contains("ID 1234567"),
                 run.out.constData());

        // Refused with a reason.
        run = runCli({u"link"_s,
                      u"add"_s,
                      m_case,
                      u"--claim"_s,
                      QString::number(harm),
                      u"--document"_s,
                      u"1"_s,
                      u"--pages"_s,
                      u"3"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("page 3 does not exist"));
        run = runCli({u"link"_s,
                      u"add"_s,
                      m_case,
                      u"--claim"_s,
                      QString::number(harm),
                      u"--event"_s,
                      u"9"_s});
        QCOMPARE(run.exitCode, 1);
        run = runCli({u"link"_s,
                      u"add"_s,
                      m_case,
                      u"--claim"_s,
                      QString::number(harm),
                      u"--weight"_s,
                      u"9"_s,
                      u"--post"_s,
                      u"1"_s});
        QCOMPARE(run.exitCode, 2);

        run = runCli({u"link"_s, u"list"_s, m_case, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(json(run).value(u"links"_s).toArray().size(), 3);

        // One quote is not on its page: verify reports it and exits 1.
        run = runCli({u"link"_s, u"verify"_s, m_case, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(json(run).value(u"links"_s).toArray().size(), 2);
        run = runCli({u"link"_s, u"verify"_s, m_case, added.value(u"id"_s).toVariant().toString()});
        QCOMPARE(run.exitCode, 0);

        run = runCli({u"matrix"_s, m_case, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray factors = json(run)
                                       .value(u"claims"_s)
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(u"elements"_s)
                                       .toArray();
        QCOMPARE(factors.size(), 4);
        QCOMPARE(factors.at(0).toObject().value(u"supports"_s).toInt(), 1);
        QCOMPARE(factors.at(0).toObject().value(u"gap"_s).toBool(), false);
        QCOMPARE(factors.at(1).toObject().value(u"supports"_s).toInt(), 1);
        QCOMPARE(factors.at(1).toObject().value(u"undermines"_s).toInt(), 1);
        QCOMPARE(factors.at(1).toObject().value(u"gap"_s).toBool(), true);
        QCOMPARE(factors.at(3).toObject().value(u"gap_reason"_s).toString(),
                 u"no supporting evidence"_s);
        run = runCli({u"matrix"_s, m_case});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("GAP \u2014 unsupported: no supporting evidence"));

        // Edit, move, delete.
        run = runCli(
            {u"claim"_s, u"add"_s, m_case, u"--title"_s, u"Breach of contract"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QString breach = json(run).value(u"id"_s).toVariant().toString();
        run = runCli({u"claim"_s,
                      u"edit"_s,
                      m_case,
                      breach,
                      u"--status"_s,
                      u"disputed"_s,
                      u"--parent"_s,
                      QString::number(merits)});
        QCOMPARE(run.exitCode, 0);
        run = runCli(
            {u"claim"_s, u"edit"_s, m_case, QString::number(merits), u"--parent"_s, breach});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("cycle"));
        run = runCli({u"claim"_s, u"edit"_s, m_case, breach, u"--status"_s, u"won"_s});
        QCOMPARE(run.exitCode, 1);
        run = runCli({u"claim"_s, u"list"_s, m_case, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray listed = json(run).value(u"claims"_s).toArray();
        QCOMPARE(listed.size(), 6);
        QCOMPARE(listed.at(2).toObject().value(u"title"_s).toString(), u"Breach of contract"_s);
        QCOMPARE(listed.at(2).toObject().value(u"status"_s).toString(), u"disputed"_s);
        run = runCli({u"claim"_s, u"delete"_s, m_case, breach});
        QCOMPARE(run.exitCode, 0);
        run = runCli({u"claim"_s, u"delete"_s, m_case, breach});
        QCOMPARE(run.exitCode, 1);
        run = runCli({u"claim"_s, u"from-template"_s, m_case, u"no-such-template"_s});
        QCOMPARE(run.exitCode, 2);
        run = runCli({u"claim"_s, u"frobnicate"_s, m_case});
        QCOMPARE(run.exitCode, 2);
    }

    void search()
    {
        CliRun run = runCli({u"search"_s, m_case, u"breach"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray results = json(run).value(u"results"_s).toArray();
        QCOMPARE(results.size(), 2);
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            QVERIFY(result.value(u"snippet"_s).toString().contains(u"«breach»"_s));
            if (result.value(u"kind"_s).toString() == u"post") {
                const QJsonObject post = result.value(u"post"_s).toObject();
                QCOMPARE(post.value(u"external_id"_s).toString(), u"1234567"_s);
                QCOMPARE(post.value(u"author"_s).toString(), u"patriot1"_s);
                QCOMPARE(result.value(u"cite"_s).toString(), u"Post 1234567 (@patriot1)"_s);
            } else {
                QCOMPARE(result.value(u"kind"_s).toString(), u"filing"_s);
                QCOMPARE(result.value(u"document"_s).toObject().value(u"title"_s).toString(),
                         u"Complaint"_s);
                QCOMPARE(result.value(u"page"_s).toInt(), 1);
                QCOMPARE(result.value(u"cite"_s).toString(), u"Dkt. 1 at 1"_s);
            }
        }
        run = runCli({u"search"_s, m_case, u"violent"_s, u"--kind"_s, u"exhibit"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            json(run).value(u"results"_s).toArray().at(0).toObject().value(u"cite"_s).toString(),
            u"PX-12 at 1"_s);
        run = runCli({u"search"_s, m_case, u"breach"_s, u"--kind"_s, u"post"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Post 1234567 (@patriot1)"));

        run = runCli({u"search"_s, m_case, u"\"breach"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("quotation mark"));
        QVERIFY(!run.err.contains("fts5"));
        run = runCli({u"search"_s, m_case, u"NOT"_s});
        QCOMPARE(run.exitCode, 2);
        run = runCli({u"search"_s, m_case, u"breach"_s, u"--from"_s, u"2021-02-30"_s});
        QCOMPARE(run.exitCode, 2);
        run = runCli({u"search"_s, m_case, u"breach"_s, u"--tag"_s, u"Nope"_s});
        QCOMPARE(run.exitCode, 1);
        run = runCli({u"search"_s, m_case});
        QCOMPARE(run.exitCode, 2);
    }

    // Relevance forced on more matches than Search::RankingLimit ranks only the most recent
    // ones, and the output says so; enough hits of a word plus a date filter walk the filter first.
    void searchRankedAmongRecentMatches()
    {
        const QString path = m_dir.filePath(u"big.casebinder"_s);
        {
            auto created = CaseFile::create(path, {.title = u"Big"_s});
            QVERIFY(created);
            Sql::Database &db = created->db();
            auto transaction = Sql::Transaction::begin(db);
            QVERIFY(transaction);
            auto insert = db.prepare(
                u"INSERT INTO posts (platform, external_id, author_handle, posted_at, text)"
                u" VALUES ('parler', ?, 'poster', ?, ?)"_s);
            QVERIFY(insert);
            // Enough hits of "common" for the filter-first plan (10,000), so the ranking limit
            // is passed too.
            const int posts = 10100;
            const QDateTime start(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC);
            for (int i = 0; i < posts; ++i) {
                insert->reset();
                insert->bind(1, QString::number(500000 + i))
                    .bind(2, start.addSecs(qint64(i) * 600).toString(Qt::ISODate))
                    .bind(3, i % 4 ? u"common text %1"_s.arg(i) : u"common rare %1"_s.arg(i));
                QVERIFY(insert->exec());
            }
            QVERIFY(transaction->commit());
        }

        CliRun run
            = runCli({u"search"_s, path, u"common"_s, u"--order"_s, u"relevance"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonObject object = json(run);
        QCOMPARE(object.value(u"rankedAmong"_s).toInt(), Search::RankingLimit);
        QCOMPARE(object.value(u"plan"_s).toString(), u"text-first"_s);
        QCOMPARE(object.value(u"ranked"_s).toBool(), true);
        QCOMPARE(object.value(u"results"_s).toArray().size(), 20);
        // The most recently added posts are the ones ranked.
        const qint64 firstId = object.value(u"results"_s)
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(u"post"_s)
                                   .toObject()
                                   .value(u"id"_s)
                                   .toInteger();
        QVERIFY(firstId > 10100 - Search::RankingLimit);

        run = runCli({u"search"_s, path, u"common"_s, u"--order"_s, u"relevance"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Ranked among the %1 most recently added matches of more than"_s
                                      .arg(QLocale().toString(Search::RankingLimit))
                                      .toUtf8()),
                 run.out.constData());
        QVERIFY(run.out.contains("add words or a filter to rank all."));

        // Automatic order does not rank a huge match set, so nothing is said; a day of posts
        // (144) out of 10,100 hits is found filter first.
        run = runCli({u"search"_s,
                      path,
                      u"common"_s,
                      u"--from"_s,
                      u"2021-01-03"_s,
                      u"--to"_s,
                      u"2021-01-03"_s,
                      u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        object = json(run);
        QCOMPARE(object.value(u"rankedAmong"_s).toInt(), 0);
        QCOMPARE(object.value(u"plan"_s).toString(), u"filter-first"_s);
        QCOMPARE(object.value(u"total"_s).toInteger(), 144);
        QCOMPARE(object.value(u"total_is_exact"_s).toBool(), true);
        run = runCli({u"search"_s, path, u"common"_s, u"--from"_s, u"2021-01-03"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains("Ranked among"));

        // A rare word is ranked whole.
        run = runCli({u"search"_s,
                      path,
                      u"rare"_s,
                      u"--kind"_s,
                      u"post"_s,
                      u"--order"_s,
                      u"relevance"_s,
                      u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        object = json(run);
        QCOMPARE(object.value(u"rankedAmong"_s).toInt(), 0);
        QCOMPARE(object.value(u"total"_s).toInteger(), 2525);
        QCOMPARE(object.value(u"ranked"_s).toBool(), true);
    }

    // The court corpus, imported with the real importer: search finds pin-citable hits, and a
    // quote copied from the opinion verifies on its page and not on the next one.
    void importedCourtPdf()
    {
        CASEBINDER_REQUIRE_CORPUS(
            pdf, "court-pdfs/freelawproject_doctor/recap_documents__ca1_00117684624.pdf");
        const QString path = m_dir.filePath(u"court.casebinder"_s);
        QCOMPARE(runCli({u"new"_s, path}).exitCode, 0);
        CliRun run = runCli({u"import"_s, path, pdf, u"--kind"_s, u"filing"_s});
        if (run.exitCode == 2)
            QSKIP("casebinder-cli import does not take these arguments");
        QCOMPARE(run.exitCode, 0);

        run = runCli({u"search"_s, path, u"jurisdiction*"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray results = json(run).value(u"results"_s).toArray();
        QVERIFY(results.size() >= 3);
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            QCOMPARE(result.value(u"kind"_s).toString(), u"filing"_s);
            QVERIFY(result.value(u"page"_s).toInt() >= 1);
            QVERIFY(result.value(u"snippet"_s).toString().contains(u"«jurisdiction"_s));
            QVERIFY(result.value(u"cite"_s).toString().endsWith(
                u" at "_s + QString::number(result.value(u"page"_s).toInt())));
        }

        run = runCli(
            {u"claim"_s, u"from-template"_s, path, u"preliminary-injunction"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QString merits = json(run)
                                   .value(u"nodes"_s)
                                   .toArray()
                                   .at(1)
                                   .toObject()
                                   .value(u"id"_s)
                                   .toVariant()
                                   .toString();
        const QString quote
            = u"responded to the growing threat of contagion by issuing a series of executive"
              u" orders limiting all “non-essential” activities and gatherings"_s;
        for (const auto &[page, verified] : {std::pair{u"3"_s, true}, std::pair{u"4"_s, false}}) {
            run = runCli({u"link"_s,
                          u"add"_s,
                          path,
                          u"--claim"_s,
                          merits,
                          u"--document"_s,
                          u"1"_s,
                          u"--pages"_s,
                          page,
                          u"--quote"_s,
                          quote,
                          u"--json"_s});
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(json(run).value(u"quote_verified"_s).toBool(), verified);
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalysisCli)
#include "tst_analysiscli.moc"
