#include "casefile.h"
#include "importsession.h"
#include "jobs/caseconnections.h"
#include "models/searchresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

// SearchResultsModel as the search panel uses it: a search on the case's connections, pages by
// fetchMore(), rows replaced only when the next query answers, and a cleared panel.
class TestSearchResultsModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static SearchRequest query(const QString &text, int limit = 100)
    {
        SearchRequest request;
        request.query = text;
        request.limit = limit;
        return request;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"search.casebinder"_s);
        auto caseFile = CaseFile::create(m_path, CaseCaption{u"Search v. Model"_s});
        QVERIFY(caseFile);
        QList<PostRecord> posts;
        for (int i = 0; i < 30; ++i) {
            PostRecord post;
            post.platform = u"parler"_s;
            post.externalId = QString::number(100 + i);
            post.authorName = u"Author %1"_s.arg(i);
            post.authorHandle = u"author%1"_s.arg(i);
            post.postedAt = u"2021-01-06T1%1:00:00Z"_s.arg(i % 10);
            post.text
                = i < 3 ? u"the levee\nbreaks at %1"_s.arg(i) : u"crowd %1 at the rally"_s.arg(i);
            posts.append(post);
        }
        auto session = ImportSession::begin(*caseFile, {});
        QVERIFY(session);
        QVERIFY(session->addPosts(posts));
        QVERIFY(session->commit({}));
    }

    void searchesOnTheCasesConnections()
    {
        auto connections = CaseConnections::create(m_path);
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.hasConnections());
        model.search(query(u"levee"_s));
        QVERIFY(!model.isBusy()); // no case: nothing to search
        QCOMPARE(model.rowCount(), 0);

        model.setConnections(connections);
        QSignalSpy busy(&model, &SearchResultsModel::busyChanged);
        QSignalSpy loaded(&model, &SearchResultsModel::pageLoaded);
        model.search(query(u"levee"_s));
        QVERIFY(model.isBusy());
        QCOMPARE(busy.size(), 1);
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.last().at(0).toBool(), false);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.total(), 3);
        QVERIFY(!model.hasMore());
        QCOMPARE(model.rankedAmong(), 0);
        QVERIFY(connections->idleCount() >= 1); // the job gave its connection back

        // The columns a results list shows: the cite, the day, the passage on one line.
        const QModelIndex first = model.index(0, SearchResultsModel::CiteColumn);
        QCOMPARE(first.data(SearchResultsModel::KindRole).toString(), u"post"_s);
        QVERIFY(first.data(Qt::ToolTipRole).toString().startsWith(u"Author "_s));
        const QModelIndex date = first.siblingAtColumn(SearchResultsModel::DateColumn);
        QCOMPARE(date.data().toString().size(), 10);
        QVERIFY(date.data(SearchResultsModel::DateRole).toString().size() > 10);
        const QModelIndex passage = first.siblingAtColumn(SearchResultsModel::SnippetColumn);
        QVERIFY(!passage.data().toString().contains(u'\n'));
        QVERIFY(passage.data(SearchResultsModel::SnippetRole).toString().contains(u'\n'));
        QCOMPARE(passage.data(Qt::ToolTipRole), passage.data());
        QVERIFY(passage.data(SearchResultsModel::MarkedSnippetRole)
                    .toString()
                    .contains(SearchHit::MarkOpen));
        QCOMPARE(model.headerData(SearchResultsModel::SnippetColumn, Qt::Horizontal).toString(),
                 u"Passage"_s);
    }

    void pagesArriveByFetchMore()
    {
        SearchResultsModel model(m_path);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &SearchResultsModel::pageLoaded);
        model.search(query(u"rally"_s, 10));
        QVERIFY(!model.canFetchMore({})); // not while the first page is on its way
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(model.hasMore());
        QVERIFY(model.canFetchMore({}));
        const QString firstCite = model.index(0, 0).data().toString();
        model.fetchMore({});
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.index(0, 0).data().toString(), firstCite);
        model.fetchMore({});
        QTRY_COMPARE(loaded.size(), 3);
        QCOMPARE(model.rowCount(), 27);
        QVERIFY(!model.hasMore());
        QVERIFY(!model.canFetchMore({}));
    }

    // While the next query runs the previous rows stay, so a list does not blink empty at
    // every keystroke; only the newest query's rows arrive.
    void aNewQueryReplacesTheRowsWhenItAnswers()
    {
        SearchResultsModel model(m_path);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &SearchResultsModel::pageLoaded);
        model.search(query(u"rally"_s));
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), 27);

        model.search(query(u"nomatchwhatsoever"_s));
        QCOMPARE(model.rowCount(), 27);
        QVERIFY(model.isBusy());
        model.search(query(u"levee"_s));
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(loaded.size(), 2); // the replaced query never answered
        QCOMPARE(model.rowCount(), 3);

        QSignalSpy failed(&model, &SearchResultsModel::searchFailed);
        model.search(query(u"\"unbalanced"_s));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(model.rowCount(), 0); // the old rows answered another query
        QVERIFY(!model.isBusy());
    }

    void clearDropsRowsAndTheRunningSearch()
    {
        SearchResultsModel model(m_path);
        QSignalSpy loaded(&model, &SearchResultsModel::pageLoaded);
        model.search(query(u"rally"_s, 10));
        QTRY_COMPARE(loaded.size(), 1);
        model.fetchMore({});
        QVERIFY(model.isBusy());
        model.clear();
        QVERIFY(!model.isBusy());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.total(), 0);
        QVERIFY(!model.hasMore());
        QTest::qWait(200);
        QCOMPARE(loaded.size(), 1); // the dropped page never arrives
        QCOMPARE(model.rowCount(), 0);

        // Another case, or none, clears as well.
        model.search(query(u"levee"_s));
        QTRY_COMPARE(loaded.size(), 2);
        model.setConnections(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasConnections());
    }
};

QTEST_GUILESS_MAIN(TestSearchResultsModel)
#include "tst_searchresultsmodel.moc"
