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
        cites.sort();
        for (const auto plan : {SearchRequest::Plan::Automatic,
                                SearchRequest::Plan::TextFirst,
                                SearchRequest::Plan::FilterFirst}) {
            request.plan = plan;
            auto results = search(request);
            QVERIFY2(results, qPrintable(results ? QString() : results.error().fullText()));
            QStringList found;
            for (const SearchHit &hit : std::as_const(results->hits))
                found.append(hit.cite());
            found.sort();
            QCOMPARE(found, cites);
        }
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
        // Too many to rank them all: only the most recently added RankingLimit posts compete
        // (and all 40 pages, fewer than the limit).
        QCOMPARE(ranked->rankedAmong, Search::RankingLimit);
        QVERIFY(!ranked->totalIsExact);
        request.limit = 1000;
        request.offset = 0;
        qint64 rankedPosts = 0;
        int rankedPages = 0;
        for (;;) {
            auto page = search(request);
            QVERIFY(page);
            for (const SearchHit &hit : std::as_const(page->hits)) {
                if (hit.kind == SearchHit::Kind::Post) {
                    QVERIFY(hit.post.id > m_bigPost - Search::RankingLimit);
                    ++rankedPosts;
                } else {
                    ++rankedPages;
                }
            }
            for (qsizetype i = 1; i < page->hits.size(); ++i)
                QVERIFY(page->hits.at(i - 1).score <= page->hits.at(i).score);
            if (!page->hasMore)
                break;
            request.offset += request.limit;
        }
        QCOMPARE(rankedPosts, Search::RankingLimit);
        QCOMPARE(rankedPages, 40);
    }

    // The filter-first plan (collect the posts a tag or date lets through, then walk the text
    // index over their span) must find exactly what the text-first plan finds, in the same
    // order, for every kind of request; Automatic picks it for a common term.
    void plansGiveTheSameHits()
    {
        QTemporaryDir dir;
        auto created = CaseFile::create(dir.filePath(u"plans.casebinder"_s), {.title = u"Plans"_s});
        QVERIFY(created);
        Sql::Database &db = created->db();
        const qint64 flagged = addTag(db, u"Flagged"_s);
        const qint64 sub = addTag(db, u"Sub"_s, flagged);
        addTag(db, u"Unused"_s);
        const qint64 all = addTag(db, u"All"_s); // more posts than one collection chunk
        {
            auto transaction = Sql::Transaction::begin(db);
            QVERIFY(transaction);
            addDocument(db,
                        {.kind = u"filing"_s,
                         .title = u"Alpha filing"_s,
                         .docketNumber = u"3"_s,
                         .filedDate = u"2021-01-06"_s,
                         .pages = {u"alpha in a filing"_s, u"beta alpha on page two"_s}});
            const int posts = 12000; // more than the planner's "common term" threshold
            QList<qint64> flaggedPosts, subPosts, allPosts;
            for (int i = 0; i < posts; ++i) {
                QString text = u"alpha post %1"_s.arg(i);
                if (i % 97 == 0)
                    text += u" beta"_s;
                if (i % 5 == 0)
                    text += u" alpha again"_s;
                const QDate day = QDate(2021, 1, 1).addDays(i % 40);
                const qint64 id = addPost(db,
                                          u"p%1"_s.arg(i),
                                          u"user%1"_s.arg(i % 13),
                                          day.toString(Qt::ISODate)
                                              + u"T%1:00:00Z"_s.arg(i % 24, 2, 10, QChar(u'0')),
                                          text);
                if (i % 7 == 0)
                    flaggedPosts.append(id);
                if (i % 2 == 0)
                    subPosts.append(id);
                allPosts.append(id);
            }
            tagPosts(db, flagged, flaggedPosts);
            tagPosts(db, sub, subPosts);
            tagPosts(db, all, allPosts);
            // Dates at the edges of a range, and none at all.
            addPost(db, u"e1"_s, u"edge"_s, u"2021-01-09"_s, u"alpha edge date only"_s);
            addPost(db, u"e2"_s, u"edge"_s, u"2021-01-09T23:59:59Z"_s, u"alpha edge late"_s);
            addPost(db, u"e3"_s, u"edge"_s, u"2021-01-10T00:00:00Z"_s, u"alpha edge next day"_s);
            exec(db,
                 u"INSERT INTO posts (platform, external_id, posted_at, text)"
                 u" VALUES ('parler', 'e4', NULL, 'alpha edge undated')"_s);
            QVERIFY(transaction->commit());
        }

        struct Variant
        {
            const char *name;
            SearchRequest request;
        };
        const auto make = [](const QString &text) {
            SearchRequest request;
            request.query = text;
            request.limit = 40;
            return request;
        };
        std::vector<Variant> variants;
        for (const int offset : {0, 40, 4990, 5200, 20000}) {
            SearchRequest tagged = make(u"alpha"_s);
            tagged.tag = u"flagged"_s;
            tagged.offset = offset;
            variants.push_back({"common + tag", tagged});
        }
        for (const int offset : {0, 5000, 9000, 11990}) {
            SearchRequest everything = make(u"alpha"_s);
            everything.tag = u"All"_s;
            everything.offset = offset;
            variants.push_back({"common + tag on every post", everything});
        }
        SearchRequest dated = make(u"alpha"_s);
        dated.from = QDate(2021, 1, 5);
        dated.to = QDate(2021, 1, 9);
        variants.push_back({"common + date range", dated});
        dated.to = QDate(2021, 1, 30);
        variants.push_back({"common + wide date range", dated});
        dated.offset = 6000;
        variants.push_back({"common + wide date range, deep", dated});
        SearchRequest both = make(u"alpha"_s);
        both.tag = u"Sub"_s;
        both.from = QDate(2021, 1, 3);
        both.to = QDate(2021, 1, 20);
        variants.push_back({"common + child tag + dates (ranked)", both});
        SearchRequest from = make(u"alpha"_s);
        from.from = QDate(2021, 2, 5);
        variants.push_back({"from only", from});
        SearchRequest to = make(u"alpha"_s);
        to.to = QDate(2021, 1, 1);
        variants.push_back({"to only", to});
        SearchRequest edge = make(u"edge"_s);
        edge.to = QDate(2021, 1, 9);
        variants.push_back({"edges of the range", edge});
        SearchRequest rare = make(u"beta"_s);
        rare.tag = u"flagged"_s;
        variants.push_back({"rare + tag (ranked)", rare});
        SearchRequest posts = make(u"alpha"_s);
        posts.kind = SearchRequest::Kind::Post;
        posts.tag = u"flagged"_s;
        posts.offset = 100;
        variants.push_back({"posts only", posts});
        SearchRequest none = make(u"alpha"_s);
        none.tag = u"Unused"_s;
        variants.push_back({"tag with no posts", none});
        SearchRequest relevance = make(u"alpha"_s);
        relevance.tag = u"flagged"_s;
        relevance.order = SearchRequest::Order::Relevance;
        variants.push_back({"forced relevance", relevance});
        SearchRequest caseOrder = make(u"beta"_s);
        caseOrder.from = QDate(2021, 1, 2);
        caseOrder.order = SearchRequest::Order::CaseOrder;
        variants.push_back({"case order", caseOrder});

        const auto describe = [](const SearchResults &results) {
            QStringList lines{u"total %1 exact %2 ranked %3 more %4 among %5"_s.arg(
                QString::number(results.total),
                QString::number(results.totalIsExact),
                QString::number(results.ranked),
                QString::number(results.hasMore),
                QString::number(results.rankedAmong))};
            for (const SearchHit &hit : results.hits)
                lines.append(hit.cite() + u' ' + QString::number(hit.score));
            return lines;
        };
        Search search(db);
        for (const Variant &variant : variants) {
            SearchRequest request = variant.request;
            request.plan = SearchRequest::Plan::TextFirst;
            auto text = search.run(request);
            QVERIFY2(text, variant.name);
            QCOMPARE(text->plan, SearchRequest::Plan::TextFirst);
            request.plan = SearchRequest::Plan::FilterFirst;
            auto filter = search.run(request);
            QVERIFY2(filter, variant.name);
            QCOMPARE(filter->plan, SearchRequest::Plan::FilterFirst);
            request.plan = SearchRequest::Plan::Automatic;
            auto automatic = search.run(request);
            QVERIFY2(automatic, variant.name);
            const QStringList expected = describe(*text);
            QVERIFY2(describe(*filter) == expected,
                     qPrintable(QString::fromUtf8(variant.name) + u": "_s
                                + describe(*filter).mid(0, 3).join(u" | "_s) + u" vs "_s
                                + expected.mid(0, 3).join(u" | "_s)));
            QVERIFY2(describe(*automatic) == expected, variant.name);
            // Automatic walks the filter first exactly for the common term.
            QCOMPARE(automatic->plan,
                     variant.request.query == u"alpha"_s ? SearchRequest::Plan::FilterFirst
                                                         : SearchRequest::Plan::TextFirst);
        }

        // Spot checks against the data itself, so that both plans are not merely equally wrong.
        SearchRequest check = make(u"edge"_s);
        check.to = QDate(2021, 1, 9);
        check.plan = SearchRequest::Plan::FilterFirst;
        auto edges = search.run(check);
        QVERIFY(edges);
        QStringList ids;
        for (const SearchHit &hit : std::as_const(edges->hits))
            ids.append(hit.post.externalId);
        ids.sort();
        QCOMPARE(ids, (QStringList{u"e1"_s, u"e2"_s}));

        check = make(u"alpha"_s);
        check.tag = u"flagged"_s;
        check.limit = 1000;
        QSet<QString> seen;
        qint64 previous = 0;
        for (;;) {
            auto page = search.run(check);
            QVERIFY(page);
            QCOMPARE(page->plan, SearchRequest::Plan::FilterFirst);
            for (const SearchHit &hit : std::as_const(page->hits)) {
                QCOMPARE(hit.kind, SearchHit::Kind::Post);
                QVERIFY(hit.post.id > previous); // case order
                previous = hit.post.id;
                const int i = hit.post.externalId.mid(1).toInt();
                QVERIFY(i % 7 == 0 || i % 2 == 0);
                seen.insert(hit.post.externalId);
            }
            if (!page->hasMore)
                break;
            check.offset += check.limit;
        }
        int expected = 0;
        for (int i = 0; i < 12000; ++i)
            expected += (i % 7 == 0 || i % 2 == 0) ? 1 : 0;
        QCOMPARE(seen.size(), expected);

        std::atomic<bool> cancelled = true;
        SearchRequest cancelledRequest = make(u"alpha"_s);
        cancelledRequest.tag = u"flagged"_s;
        for (const auto plan : {SearchRequest::Plan::TextFirst, SearchRequest::Plan::FilterFirst}) {
            cancelledRequest.plan = plan;
            auto stopped = search.run(cancelledRequest, &cancelled);
            QVERIFY(!stopped);
            QCOMPARE(stopped.error().code, Error::Code::Cancelled);
        }
        QVERIFY(search.run(check));
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
