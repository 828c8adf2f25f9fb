#include "casedocument.h"
#include "commands/documentcommands.h"
#include "commands/entitycommands.h"
#include "commands/eventcommands.h"
#include "commands/tagcommands.h"
#include "model/chronologyfixture.h"
#include "models/chronologymodel.h"
#include "models/documentsmodel.h"
#include "models/entitiesmodel.h"
#include "models/postsmodel.h"
#include "models/tagsmodel.h"
#include "rowloop.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace ChronologyFixture;
using namespace Qt::StringLiterals;

namespace {
constexpr int PostCount = 20000;
}

class TestChronologyModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseDocument> m_document;
    qint64 m_exhibit = 0;
    qint64 m_filing = 0;

    // The ids the model shows, in order, read row by row.
    static QList<qint64> postIds(const PostsModel &model)
    {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.postId(row));
        return ids;
    }

    // A filter is evaluated on a worker thread; the rows change when its result is published.
    static bool settled(const PostsModel &model)
    {
        return QTest::qWaitFor([&model] { return !model.isBusy(); }, 20000);
    }

    // The same ids straight from SQL, for comparison.
    QList<qint64> sqlIds(const QString &sql)
    {
        QList<qint64> ids;
        auto statement = m_document->caseFile().db().prepare(sql);
        [[maybe_unused]] auto done = Sql::forEachRow(
            *statement, [&](const Sql::Statement &s) { ids.append(s.integer(0)); });
        return ids;
    }

private slots:
    void initTestCase()
    {
        auto created = CaseFile::create(m_dir.filePath(u"models.casebinder"_s), {});
        QVERIFY(created);
        m_document = std::make_unique<CaseDocument>(std::move(*created));
        Sql::Database &db = m_document->caseFile().db();
        m_filing = insertDocument(db, u"filing"_s, u"Complaint"_s, 20, {}, u"1"_s);
        QVERIFY(insertDocument(db, u"filing"_s, u"Motion"_s, 30, {}, u"10"_s));
        QVERIFY(insertDocument(db, u"filing"_s, u"Order"_s, 5, {}, u"9"_s));
        m_exhibit = insertDocument(db, u"exhibit"_s, u"Agreement"_s, 12, u"B"_s);
        QVERIFY(insertDocument(db, u"exhibit"_s, u"Emails"_s, 4, u"AA"_s));
        QVERIFY(insertDocument(db, u"other"_s, u"Memo"_s, 2, {}, {}, true));
        QVERIFY(insertPosts(db, PostCount));
    }

    void cleanupTestCase() { m_document.reset(); }

    void postsModelIsLazyAndExact()
    {
        PostsModel model(*m_document);
        QCOMPARE(model.rowCount(), PostCount);
        QCOMPARE(model.cachedPageCount(), 0); // nothing read until asked
        QVERIFY(!model.canFetchMore({}));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.data(model.index(PostCount - 1, 0), PostsModel::IdRole).toLongLong(),
                 qint64(PostCount));
        QVERIFY(model.cachedPageCount() <= 2);

        // Scroll end to end: never more than the page cache in memory, every row right.
        QCOMPARE(postIds(model), sqlIds(u"SELECT id FROM posts ORDER BY id"_s));
        QVERIFY(model.cachedPageCount() <= PostsModel::MaxCachedPages);

        // Columns are chosen by the user.
        QCOMPARE(model.columnCount(), PostsModel::defaultColumns().size());
        model.setVisibleColumns({PostsModel::Column::Id, PostsModel::Column::Text});
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Text"_s);
        QCOMPARE(model.data(model.index(6, 1)).toString(), u"post 7 about parler"_s);
        const auto columns = PostsModel::availableColumns();
        QVERIFY(std::any_of(columns.cbegin(), columns.cend(), [](const auto &c) {
            return c.key == u"posted_at" && c.sortable;
        }));
    }

    void postsModelSortsInSql_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("sql");
        QTest::newRow("posted ascending")
            << int(PostsModel::Column::PostedAt) << int(Qt::AscendingOrder)
            << u"SELECT id FROM posts ORDER BY posted_at, id"_s;
        QTest::newRow("posted descending")
            << int(PostsModel::Column::PostedAt) << int(Qt::DescendingOrder)
            << u"SELECT id FROM posts ORDER BY posted_at DESC, id DESC"_s;
        QTest::newRow("category ascending")
            << int(PostsModel::Column::FlagCategory) << int(Qt::AscendingOrder)
            << u"SELECT id FROM posts ORDER BY flag_category, id"_s;
        QTest::newRow("handle descending")
            << int(PostsModel::Column::AuthorHandle) << int(Qt::DescendingOrder)
            << u"SELECT id FROM posts ORDER BY author_handle DESC, id DESC"_s;
        QTest::newRow("id descending") << int(PostsModel::Column::Id) << int(Qt::DescendingOrder)
                                       << u"SELECT id FROM posts ORDER BY id DESC"_s;
    }

    void postsModelSortsInSql()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, sql);
        PostsModel model(*m_document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sortBy(PostsModel::Column(column), Qt::SortOrder(order));
        const QList<qint64> expected = sqlIds(sql);
        QCOMPARE(postIds(model), expected); // forward: keyset from the previous page
        // Backward and random jumps (OFFSET from the nearer end, keyset from the next page).
        PostsModel jumper(*m_document);
        jumper.sortBy(PostsModel::Column(column), Qt::SortOrder(order));
        for (int row : {PostCount - 1, 7777, 7776, 7777 + 256, 12345, 300, 0, PostCount / 2}) {
            QCOMPARE(jumper.postId(row), expected.at(row));
        }
        for (int row = PostCount - 1; row >= PostCount - 3000; row -= 37)
            QCOMPARE(jumper.postId(row), expected.at(row));
        // The worker then indexes the same rows; from then on pages are read by id, the view
        // unaware of the switch (no reset), and the order is the same.
        QSignalSpy reset(&jumper, &QAbstractItemModel::modelReset);
        QTRY_VERIFY(jumper.hasRowIndex());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(postIds(jumper), expected);
        for (int row : {PostCount - 1, 7777, 0, 12345, PostCount / 2}) {
            QCOMPARE(jumper.data(jumper.index(row, 0), PostsModel::IdRole).toLongLong(),
                     expected.at(row));
        }
    }

    void postsModelFilters()
    {
        PostsModel model(*m_document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy busy(&model, &PostsModel::busyChanged);
        QSignalSpy finished(&model, &PostsModel::queryFinished);
        PostsModel::Filter filter;
        filter.flagCategory = u"spam"_s;
        model.setFilter(filter);
        // The GUI thread goes on: the old rows stay until the worker's result arrives.
        QVERIFY(model.isBusy());
        QCOMPARE(busy.size(), 1);
        QCOMPARE(busy.first().first().toBool(), true);
        QCOMPARE(model.filter(), filter);
        QCOMPARE(model.rowCount(), PostCount);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.last().first().toBool(), false);
        QCOMPARE(postIds(model), sqlIds(u"SELECT id FROM posts WHERE flag_category = 'spam'"_s));

        filter.author = u"@user5"_s;
        model.setFilter(filter);
        QVERIFY(settled(model));
        QCOMPARE(postIds(model),
                 sqlIds(u"SELECT id FROM posts WHERE flag_category = 'spam'"
                        " AND author_handle = 'user5'"_s));

        filter = {};
        filter.text = u"parl"_s; // prefix of the last word
        model.setFilter(filter);
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), PostCount / 7);
        filter.text = u"\"unbalanced AND NOT ("_s; // typed by a user: no syntax error
        model.setFilter(filter);
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.lastError().message, QString());

        filter = {};
        filter.from = QDate(2021, 1, 5);
        filter.to = QDate(2021, 1, 6);
        model.sortBy(PostsModel::Column::PostedAt, Qt::DescendingOrder);
        model.setFilter(filter);
        QVERIFY(settled(model));
        QCOMPARE(postIds(model),
                 sqlIds(u"SELECT id FROM posts WHERE posted_at >= '2021-01-05' AND posted_at"
                        " < '2021-01-07' ORDER BY posted_at DESC, id DESC"_s));
        QVERIFY(model.rowCount() > 0);

        // Tag filter (with sub-tags) reacts to tagging.
        auto create = std::make_unique<CreateTagCommand>(
            *m_document, TagRecord{0, std::nullopt, u"Review"_s, u"#aa0000"_s, {}});
        CreateTagCommand *created = create.get();
        QVERIFY(m_document->push(std::move(create)));
        auto child = std::make_unique<CreateTagCommand>(
            *m_document, TagRecord{0, created->tagId(), u"Later"_s, u"#00aa00"_s, {}});
        CreateTagCommand *later = child.get();
        QVERIFY(m_document->push(std::move(child)));
        filter = {};
        filter.tagId = created->tagId();
        model.setFilter(filter);
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(m_document->push(std::make_unique<ApplyTagCommand>(
            *m_document,
            later->tagId(),
            QList<TagTarget>{{TagTargetKind::Post, 5}, {TagTargetKind::Post, 9}})));
        QTRY_COMPARE(model.rowCount(), 2);
        QVERIFY(!model.isBusy());
        QCOMPARE(model.postId(1), 9);
        const int tagsColumn = int(model.visibleColumns().indexOf(PostsModel::Column::Tags));
        QCOMPARE(model.data(model.index(1, tagsColumn)).toString(), u"Later"_s);
        m_document->undoStack()->undo();
        QTRY_COMPARE(model.rowCount(), 0);
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QVERIFY(settled(model));

        // Clearing the filter is immediate: the unfiltered rows need no worker.
        model.setFilter({});
        QVERIFY(!model.isBusy());
        QCOMPARE(model.rowCount(), PostCount);
    }

    void postsModelNewerFilterSupersedesOlder()
    {
        PostsModel model(*m_document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sortBy(PostsModel::Column::AuthorHandle, Qt::AscendingOrder);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy finished(&model, &PostsModel::queryFinished);
        QSignalSpy busy(&model, &PostsModel::busyChanged);
        // A filter matching most posts, sorted (the slow kind), replaced by a narrow one
        // before the first can be published.
        PostsModel::Filter broad;
        broad.from = QDate(2000, 1, 1);
        model.setFilter(broad);
        PostsModel::Filter narrow;
        narrow.flagCategory = u"spam"_s;
        narrow.author = u"user12"_s;
        model.setFilter(narrow);
        model.sortBy(PostsModel::Column::PostedAt, Qt::AscendingOrder);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(reset.size(), 1); // only the narrow result is shown
        QCOMPARE(busy.size(), 2);  // one busy spell for the three requests
        QCOMPARE(model.filter(), narrow);
        QCOMPARE(postIds(model),
                 sqlIds(u"SELECT id FROM posts WHERE flag_category = 'spam' AND author_handle"
                        " = 'user12' ORDER BY posted_at, id"_s));
        QVERIFY(model.rowCount() > 0);
        // Nothing late arrives from the superseded jobs.
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(reset.size(), 1);

        // Destroying a model while its worker runs neither blocks long nor crashes.
        {
            PostsModel doomed(*m_document);
            doomed.setFilter(broad);
            QVERIFY(doomed.isBusy());
        }
    }

    void postsModelEditsNotesAndRefreshes()
    {
        PostsModel model(*m_document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVisibleColumns(
            {PostsModel::Column::Id, PostsModel::Column::Notes, PostsModel::Column::Tags});
        const QModelIndex notes = model.index(2, 1);
        QVERIFY(model.flags(notes) & Qt::ItemIsEditable);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(notes, u"Archived"_s));
        QCOMPARE(changed.size(), 1); // same row count: no reset, the view keeps its place
        QCOMPARE(model.data(notes).toString(), u"Archived"_s);
        m_document->undoStack()->undo();
        QCOMPARE(model.data(notes).toString(), QString());
        QVERIFY(!model.setData(model.index(2, 0), 5));
    }

    void postsModelIncremental()
    {
        PostsModel model(*m_document);
        model.setIncremental(true);
        QCOMPARE(model.rowCount(), PostsModel::FetchBatch);
        QCOMPARE(model.totalCount(), PostCount);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * PostsModel::FetchBatch);
        QCOMPARE(inserted.size(), 1);
        // The tester fetches more itself while it checks the model; that must stay consistent.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), PostCount);
        QCOMPARE(model.postId(PostCount - 1), qint64(PostCount));
    }

    void chronologyModel()
    {
        ChronologyModel model(*m_document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        auto add = [&](const QString &date, const QString &title, QList<EventSource> sources = {}) {
            EventRecord record;
            record.date = *EventDate::parse(date);
            record.title = title;
            record.sources = std::move(sources);
            auto command = std::make_unique<AddEventCommand>(*m_document, record);
            AddEventCommand *added = command.get();
            return m_document->push(std::move(command)) ? added->eventId() : 0;
        };
        const qint64 suspension
            = add(u"2021-01-10 23:59 PST"_s,
                  u"AWS suspends Parler"_s,
                  {EventSource::document(m_exhibit, 5), EventSource::document(m_filing, 3, 4)});
        const qint64 january = add(u"2021-01"_s, u"Talks"_s);
        const qint64 offline
            = add(u"circa 2021-01-17..2021-01-18"_s, u"Offline"_s, {EventSource::document(6, 1)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.eventId(0), january);
        QCOMPARE(model.eventId(1), suspension);
        QCOMPARE(model.eventId(2), offline);
        QCOMPARE(model.data(model.index(1, ChronologyModel::DateColumn)).toString(),
                 u"10 Jan 2021 23:59 PST"_s);
        QCOMPARE(model.data(model.index(2, ChronologyModel::DateColumn)).toString(),
                 u"circa 17–18 Jan 2021"_s);
        QCOMPARE(model.data(model.index(1, 0), ChronologyModel::CitesRole).toStringList(),
                 (QStringList{u"Ex. B at 5"_s, u"Dkt. 1 at 3–4"_s}));
        QVERIFY(model.data(model.index(2, ChronologyModel::SourcesColumn))
                    .toString()
                    .contains(u"privileged"_s));
        QVERIFY(model.data(model.index(2, 0), ChronologyModel::CircaRole).toBool());
        QVERIFY(model.data(model.index(0, 0), ChronologyModel::EventDateRole).value<EventDate>()
                == *EventDate::parse(u"2021-01"_s));

        model.setPlacement(EventDate::Placement::PeriodEnd);
        QCOMPARE(model.eventId(2), january); // after the 10th and the 17th–18th
        model.setPlacement(EventDate::Placement::PeriodStart);

        // Editing through the model is an undoable command.
        QVERIFY(model.setData(
            model.index(1, ChronologyModel::DisputedColumn), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.data(model.index(1, 0), ChronologyModel::DisputedRole).toBool());
        QCOMPARE(model.data(model.index(1, ChronologyModel::DisputedColumn)).toString(),
                 u"Disputed"_s);
        QVERIFY(!model.setData(model.index(1, ChronologyModel::DateColumn), u"2021-02-30"_s));
        QVERIFY(model.lastError().message.contains(u"28 days"_s));
        QVERIFY(model.setData(model.index(1, ChronologyModel::DateColumn), u"2021-01-20"_s));
        QCOMPARE(model.eventId(2), suspension); // moved after the 17th–18th
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QVERIFY(!model.data(model.index(1, 0), ChronologyModel::DisputedRole).toBool());

        // Links written by the claims area show up as claims.
        QVERIFY(m_document->caseFile().db().exec(
            u"INSERT INTO claims (id, title) VALUES (1, 'Breach')"_s));
        QVERIFY(m_document->caseFile().db().exec(
            u"INSERT INTO evidence_links (claim_id, event_id,"
            " created_at) VALUES (1, %1, 'now')"_s.arg(suspension)));
        m_document->notifyChanged(CaseTable::Links);
        QCOMPARE(model.data(model.index(1, ChronologyModel::ClaimsColumn)).toString(), u"Breach"_s);

        QVERIFY(m_document->push(std::make_unique<DeleteEventCommand>(*m_document, january)));
        QCOMPARE(model.rowCount(), 2);
        m_document->undoStack()->undo();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOfEvent(january), 0);
    }

    void documentsModel()
    {
        DocumentsModel filings(*m_document, DocumentKind::Filing);
        DocumentsModel exhibits(*m_document, DocumentKind::Exhibit);
        DocumentsModel all(*m_document);
        QAbstractItemModelTester t1(&filings,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&exhibits,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&all, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(filings.rowCount(), 3);
        QCOMPARE(all.rowCount(), 6);
        // Docket 1, 9, 10 (numbers as numbers); exhibits B before AA.
        QCOMPARE(filings.data(filings.index(0, DocumentsModel::LabelColumn)).toString(),
                 u"Dkt. 1"_s);
        QCOMPARE(filings.data(filings.index(1, DocumentsModel::LabelColumn)).toString(),
                 u"Dkt. 9"_s);
        QCOMPARE(filings.data(filings.index(2, DocumentsModel::LabelColumn)).toString(),
                 u"Dkt. 10"_s);
        QCOMPARE(exhibits.data(exhibits.index(0, DocumentsModel::LabelColumn)).toString(),
                 u"Ex. B"_s);
        QCOMPARE(exhibits.data(exhibits.index(0, DocumentsModel::DateColumn)).toString(),
                 u"10 Jan 2021"_s);
        QCOMPARE(exhibits.headerData(DocumentsModel::LabelColumn, Qt::Horizontal).toString(),
                 u"Exhibit"_s);

        const QModelIndex privileged = exhibits.index(0, DocumentsModel::PrivilegedColumn);
        QCOMPARE(exhibits.data(privileged, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(exhibits.setData(privileged, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(exhibits.data(privileged, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(exhibits.setData(exhibits.index(0, DocumentsModel::TitleColumn), u"Contract"_s));
        QCOMPARE(all.data(all.index(all.rowOfDocument(m_exhibit), 0)).toString(), u"Contract"_s);

        auto tag = std::make_unique<CreateTagCommand>(
            *m_document, TagRecord{0, std::nullopt, u"Hot doc"_s, u"#ff0000"_s, {}});
        CreateTagCommand *created = tag.get();
        QVERIFY(m_document->push(std::move(tag)));
        QVERIFY(m_document->push(std::make_unique<ApplyTagCommand>(
            *m_document,
            created->tagId(),
            QList<TagTarget>{{TagTargetKind::Document, m_exhibit}})));
        QCOMPARE(exhibits.data(exhibits.index(0, DocumentsModel::TagsColumn)).toString(),
                 u"Hot doc"_s);
        for (int i = 0; i < 4; ++i)
            m_document->undoStack()->undo();
        QCOMPARE(exhibits.data(privileged, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(exhibits.data(exhibits.index(0, 0)).toString(), u"Agreement"_s);
    }

    void entitiesModel()
    {
        EntitiesModel model(*m_document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto add = std::make_unique<AddEntityCommand>(
            *m_document,
            EntityRecord{0, EntityKind::Person, u"Barbara Rothstein"_s, EntityRole::Judge, {}, {}});
        AddEntityCommand *added = add.get();
        QVERIFY(m_document->push(std::move(add)));
        QVERIFY(m_document->push(std::make_unique<AddEntityCommand>(
            *m_document,
            EntityRecord{0, EntityKind::Organisation, u"Amazon"_s, EntityRole::Party, {}, {}})));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, EntitiesModel::NameColumn)).toString(), u"Amazon"_s);
        QCOMPARE(model.data(model.index(1, EntitiesModel::RoleColumn)).toString(), u"Judge"_s);
        QVERIFY(m_document->push(std::make_unique<LinkEntityCommand>(
            *m_document, added->entityId(), LinkEntityCommand::Target::Document, m_filing)));
        QCOMPARE(model.data(model.index(1, EntitiesModel::DocumentsColumn)).toInt(), 1);
        QVERIFY(model.setData(model.index(1, EntitiesModel::NameColumn), u"Judge Rothstein"_s));
        QCOMPARE(model.data(model.index(1, 0)).toString(), u"Judge Rothstein"_s);
        m_document->undoStack()->undo();
        QCOMPARE(model.data(model.index(1, 0)).toString(), u"Barbara Rothstein"_s);
    }

    void tagsModel()
    {
        TagsModel model(*m_document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int roots = model.rowCount();
        auto push = [&](TagRecord record) {
            auto create = std::make_unique<CreateTagCommand>(*m_document, record);
            CreateTagCommand *created = create.get();
            return m_document->push(std::move(create)) ? created->tagId() : 0;
        };
        const qint64 issues = push({0, std::nullopt, u"Issues"_s, u"#0000ff"_s, u"I"_s});
        const qint64 damages = push({0, issues, u"Damages"_s, u"#00ff00"_s, {}});
        push({0, damages, u"Lost profits"_s, u"#00ff00"_s, {}});
        QCOMPARE(model.rowCount(), roots + 1);
        const QModelIndex issuesIndex = model.indexOfTag(issues);
        QCOMPARE(model.rowCount(issuesIndex), 1);
        const QModelIndex damagesIndex = model.index(0, 0, issuesIndex);
        QCOMPARE(model.tagId(damagesIndex), damages);
        QCOMPARE(model.parent(damagesIndex), issuesIndex);
        QCOMPARE(model.data(model.index(0, 0, damagesIndex), TagsModel::PathRole).toString(),
                 u"Issues/Damages/Lost profits"_s);
        QCOMPARE(model.data(issuesIndex, Qt::DecorationRole).value<QColor>(), QColor(0, 0, 255));
        QVERIFY(m_document->push(std::make_unique<ApplyTagCommand>(
            *m_document,
            damages,
            QList<TagTarget>{{TagTargetKind::Post, 1}, {TagTargetKind::Post, 2}})));
        QCOMPARE(model.data(model.indexOfTag(damages, TagsModel::UsageColumn)).toInt(), 2);
        QVERIFY(model.setData(model.indexOfTag(damages), u"Harm"_s));
        QCOMPARE(model.data(model.indexOfTag(damages)).toString(), u"Harm"_s);
        QVERIFY(m_document->push(std::make_unique<DeleteTagCommand>(*m_document, issues)));
        QCOMPARE(model.rowCount(), roots);
        m_document->undoStack()->undo();
        QCOMPARE(model.rowCount(model.indexOfTag(damages)), 1);
        QCOMPARE(model.data(model.indexOfTag(damages, TagsModel::UsageColumn)).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestChronologyModels)
#include "tst_chronologymodels.moc"
