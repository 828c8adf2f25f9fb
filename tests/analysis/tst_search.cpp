#include "analysisfixture.h"
#include "models/searchresultsmodel.h"
#include "search.h"
#include "sqlite/transaction.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;
using namespace AnalysisFixture;

class TestSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::optional<CaseFile> m_case;
    qint64 m_complaint = 0;
    qint64 m_exhibit = 0;
    qint64 m_bigPost = 0;

    Result<SearchResults> search(SearchRequest request)
    {
        return Search(m_case->db()).run(request);
    }

    static SearchRequest query(const QString &text)
    {
        SearchRequest request;
        request.query = text;
        return request;
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"search.casebinder"_s);
        auto created = CaseFile::create(m_path, {.title = u"Parler v. AWS"_s});
        QVERIFY(created);
        m_case.emplace(std::move(*created));
        Sql::Database &db = m_case->db();
        m_complaint = addDocument(
            db,
            {.kind = u"filing"_s,
             .title = u"Complaint"_s,
             .docketNumber = u"1"_s,
             .filedDate = u"2021-01-11"_s,
             .pages = {u"Parler alleges a breach of contract by AWS."_s,
                       u"The agreement required thirty days' notice before termination."_s,
                       u"Damages are irreparable; the harm cannot be repaired."_s}});
        m_exhibit = addDocument(
            db,
            {.kind = u"exhibit"_s,
             .title = u"Email from AWS Trust and Safety"_s,
             .exhibitLabel = u"A"_s,
             .filedDate = u"2021-01-12"_s,
             .pages = {u"We have seen violent content and a possible breach of our policy."_s}});
        addDocument(db,
                    {.kind = u"filing"_s,
                     .title = u"Opposition"_s,
                     .docketNumber = u"10"_s,
                     .filedDate = u"2021-01-12"_s,
                     .pages = {u"There was no breach; the contract permitted termination."_s}});
        addPost(db,
                u"1234567"_s,
                u"patriot1"_s,
                u"2021-01-08T10:00:00Z"_s,
                u"Storm the capitol, breach the doors"_s);
        addPost(db,
                u"7654321"_s,
                u"calm_voice"_s,
                u"2021-01-09T12:00:00Z"_s,
                u"Please stay peaceful"_s);
        const qint64 violent = addTag(db, u"Violence"_s);
        const qint64 child = addTag(db, u"Threats"_s, violent);
        tag(db, child, u"post"_s, 1);
        tag(db, violent, u"page"_s, 4); // the exhibit's only page

        // A match set too large to rank: "common" in 40 pages and many posts.
        auto transaction = Sql::Transaction::begin(db);
        QVERIFY(transaction);
        QStringList pages;
        for (int i = 0; i < 40; ++i)
            pages.append(u"common page %1"_s.arg(i));
        addDocument(db, {.kind = u"other"_s, .title = u"Bulk"_s, .pages = pages});
        for (int i = 0; i < Search::RankingLimit + 60; ++i)
            m_bigPost = addPost(db,
                                u"b%1"_s.arg(i),
                                u"bulk"_s,
                                u"2022-05-01T00:00:00Z"_s,
                                u"common words here %1"_s.arg(i));
        QVERIFY(transaction->commit());
    }

    void findsPagesAndPostsWithPinCites()
    {
        auto results = search(query(u"breach"_s));
        QVERIFY2(results, qPrintable(results ? QString() : results.error().fullText()));
        QVERIFY(results->ranked);
        QVERIFY(results->totalIsExact);
        QCOMPARE(results->total, 4);
        QSet<QString> cites;
        for (const SearchHit &hit : std::as_const(results->hits))
            cites.insert(hit.cite());
        QCOMPARE(cites,
                 (QSet<QString>{u"Dkt. 1 at 1"_s,
                                u"Ex. A at 1"_s,
                                u"Dkt. 10 at 1"_s,
                                u"Post 1234567 (@patriot1)"_s}));
        for (const SearchHit &hit : std::as_const(results->hits)) {
            QVERIFY(hit.markedSnippet.contains(SearchHit::MarkOpen));
            const auto highlights = hit.highlights();
            QVERIFY(!highlights.isEmpty());
            const auto [start, length] = highlights.constFirst();
            QCOMPARE(hit.plainSnippet().mid(start, length).toLower(), u"breach"_s);
            if (hit.kind == SearchHit::Kind::Page) {
                QVERIFY(hit.document.id > 0);
                QCOMPARE(hit.pageNumber, 1);
            } else {
                QCOMPARE(hit.post.externalId, u"1234567"_s);
                QCOMPARE(hit.post.authorHandle, u"patriot1"_s);
            }
        }
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("complaintOnly");
        QTest::addColumn<QStringList>("cites");
        QTest::newRow("filings") << u"breach"_s << int(SearchRequest::Kind::Filing) << QString()
                                 << QString() << QString() << false
                                 << QStringList{u"Dkt. 1 at 1"_s, u"Dkt. 10 at 1"_s};
        QTest::newRow("exhibits") << u"breach"_s << int(SearchRequest::Kind::Exhibit) << QString()
                                  << QString() << QString() << false
                                  << QStringList{u"Ex. A at 1"_s};
        QTest::newRow("posts") << u"breach"_s << int(SearchRequest::Kind::Post) << QString()
                               << QString() << QString() << false
                               << QStringList{u"Post 1234567 (@patriot1)"_s};
        QTest::newRow("tag and child tag")
            << u"breach"_s << int(SearchRequest::Kind::Any) << u"violence"_s << QString()
            << QString() << false << QStringList{u"Ex. A at 1"_s, u"Post 1234567 (@patriot1)"_s};
        QTest::newRow("date range")
            << u"breach"_s << int(SearchRequest::Kind::Any) << QString() << u"2021-01-09"_s
            << u"2021-01-11"_s << false << QStringList{u"Dkt. 1 at 1"_s};
        QTest::newRow("one document")
            << u"notice OR breach OR harm"_s << int(SearchRequest::Kind::Any) << QString()
            << QString() << QString() << true
            << QStringList{u"Dkt. 1 at 1"_s, u"Dkt. 1 at 2"_s, u"Dkt. 1 at 3"_s};
        QTest::newRow("phrase") << u"\"breach of contract\""_s << int(SearchRequest::Kind::Any)
                                << QString() << QString() << QString() << false
                                << QStringList{u"Dkt. 1 at 1"_s};
        QTest::newRow("prefix") << u"irrepar*"_s << int(SearchRequest::Kind::Any) << QString()
                                << QString() << QString() << false << QStringList{u"Dkt. 1 at 3"_s};
        QTest::newRow("not") << u"breach NOT contract"_s << int(SearchRequest::Kind::Any)
                             << QString() << QString() << QString() << false
                             << QStringList{u"Ex. A at 1"_s, u"Post 1234567 (@patriot1)"_s};
        QTest::newRow("boolean") << u"(termination OR peaceful) AND NOT breach"_s
                                 << int(SearchRequest::Kind::Any) << QString() << QString()
                                 << QString() << false
                                 << QStringList{u"Dkt. 1 at 2"_s, u"Post 7654321 (@calm_voice)"_s};
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, tag);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, complaintOnly);
        QFETCH(QStringList, cites);
        SearchRequest request = query(text);
        request.kind = SearchRequest::Kind(kind);
        request.tag = tag;
        if (!from.isEmpty())
            request.from = QDate::fromString(from, Qt::ISODate);
        if (!to.isEmpty())
            request.to = QDate::fromString(to, Qt::ISODate);
        if (complaintOnly)
            request.documentId = m_complaint;
        auto results = search(request);
        QVERIFY2(results, qPrintable(results ? QString() : results.error().fullText()));
        QStringList found;
        for (const SearchHit &hit : std::as_const(results->hits))
            found.append(hit.cite());
        found.sort();
        cites.sort();
        QCOMPARE(found, cites);
    }

    void badInputIsAMessage()
    {
        auto unbalanced = search(query(u"\"breach"_s));
        QVERIFY(!unbalanced);
        QCOMPARE(unbalanced.error().code, Error::Code::InvalidArgument);
        QVERIFY(unbalanced.error().detail.isEmpty());

        SearchRequest request = query(u"breach"_s);
        request.tag = u"no such tag"_s;
        auto tagged = search(request);
        QVERIFY(!tagged);
        QCOMPARE(tagged.error().code, Error::Code::NotFound);

        request = query(u"breach"_s);
        request.from = QDate(2021, 2, 1);
        request.to = QDate(2021, 1, 1);
        QVERIFY(!search(request));
    }

    void hugeMatchSetsAreNotRankedAndPageCorrectly()
    {
        SearchRequest request = query(u"common"_s);
        request.limit = 30;
        auto first = search(request);
        QVERIFY(first);
        QVERIFY(!first->ranked);
        QVERIFY(!first->totalIsExact);
        QVERIFY(first->total > Search::RankingLimit);
        QVERIFY(first->hasMore);
        QCOMPARE(first->hits.size(), 30);
        // Case order: the 40 pages first, then posts.
        QCOMPARE(first->hits.constFirst().kind, SearchHit::Kind::Page);
        QCOMPARE(first->hits.constFirst().pageNumber, 1);

        request.offset = 30;
        request.limit = 20;
        auto boundary = search(request);
        QVERIFY(boundary);
        QCOMPARE(boundary->hits.size(), 20);
        QCOMPARE(boundary->hits.at(9).kind, SearchHit::Kind::Page);
        QCOMPARE(boundary->hits.at(9).pageNumber, 40);
        QCOMPARE(boundary->hits.at(10).kind, SearchHit::Kind::Post);
        QCOMPARE(boundary->hits.at(10).post.externalId, u"b0"_s);

        request.offset = 45; // past every page: straight into the posts
        request.limit = 5;
        auto posts = search(request);
        QVERIFY(posts);
        QCOMPARE(posts->hits.constFirst().post.externalId, u"b5"_s);

        // Walking every page visits every hit exactly once.
        QSet<QString> seen;
        request.offset = 0;
        request.limit = 1000;
        for (;;) {
            auto page = search(request);
            QVERIFY(page);
            for (const SearchHit &hit : std::as_const(page->hits))
                seen.insert(hit.cite());
            if (!page->hasMore)
                break;
            request.offset += request.limit;
        }
        QCOMPARE(seen.size(), 40 + Search::RankingLimit + 60);

        request = query(u"common"_s);
        request.order = SearchRequest::Order::Relevance;
        request.limit = 5;
        auto ranked = search(request);
        QVERIFY(ranked);
        QVERIFY(ranked->ranked);
        QCOMPARE(ranked->hits.size(), 5);
    }

    void cancellation()
    {
        std::atomic<bool> cancelled = true;
        auto results = Search(m_case->db()).run(query(u"common"_s), &cancelled);
        QVERIFY(!results);
        QCOMPARE(results.error().code, Error::Code::Cancelled);
        // The connection is usable afterwards.
        QVERIFY(search(query(u"breach"_s)));
    }

    void modelFetchesOnAWorkerThread()
    {
        {
            // The tester itself calls fetchMore() until every page is in.
            SearchResultsModel tested(m_path);
            QAbstractItemModelTester tester(&tested,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            SearchRequest request = query(u"breach OR common"_s);
            request.limit = 500;
            tested.search(request);
            for (;;) {
                QTRY_VERIFY_WITH_TIMEOUT(!tested.isBusy(), 20000);
                if (!tested.canFetchMore({}))
                    break;
                tested.fetchMore({});
            }
            QCOMPARE(tested.rowCount(), 4 + 40 + Search::RankingLimit + 60);
        }

        SearchResultsModel model(m_path);
        QSignalSpy loaded(&model, &SearchResultsModel::pageLoaded);
        QSignalSpy failed(&model, &SearchResultsModel::searchFailed);

        SearchRequest request = query(u"common"_s);
        request.limit = 25;
        model.search(request);
        QVERIFY(model.isBusy());
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), 25);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(model.rowCount(), 50);
        const QModelIndex page = model.index(0, SearchResultsModel::CiteColumn);
        QCOMPARE(page.data().toString(), u"“Bulk” at 1"_s);
        QCOMPARE(page.data(SearchResultsModel::KindRole).toString(), u"other"_s);
        QCOMPARE(page.data(SearchResultsModel::PageNumberRole).toInt(), 1);
        QVERIFY(!page.data(SearchResultsModel::HighlightsRole).toList().isEmpty());

        model.search(query(u"\"unbalanced"_s));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(model.rowCount(), 0);

        // A new search replaces a running one; only the newest one's rows arrive.
        model.search(query(u"common"_s));
        model.search(query(u"breach"_s));
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(model.rowCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
