#include "commands/tagcommands.h"
#include "posts/postdetail.h"
#include "posts/postsview.h"
#include "poststore.h"
#include "views/viewerfixtures.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace Casebinder;
using namespace Casebinder::Views;
using namespace Qt::StringLiterals;

class TestPostsView final : public QObject
{
    Q_OBJECT

private slots:
    void detailNeverRendersImportedMarkupOrOpensLocalLinks()
    {
        PostDetail detail;
        PostRecord post;
        post.id = 7;
        post.text = u"plain"_s;
        post.flagCategory = u"<b>bold</b><img src=\"file:///etc/hosts\">"_s;
        post.url = u"file:///etc/passwd"_s;
        detail.setPost(post);
        bool sawCategory = false;
        bool sawUrl = false;
        const auto labels = detail.findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            QVERIFY(!label->openExternalLinks());
            if (label->text().contains(u"<b>bold</b>"_s)) {
                sawCategory = true;
                QCOMPARE(label->textFormat(), Qt::PlainText);
            }
            if (label->text() == u"file:///etc/passwd"_s) {
                sawUrl = true;
                QCOMPARE(label->textFormat(), Qt::PlainText);
            }
        }
        QVERIFY(sawCategory);
        QVERIFY(sawUrl);

        post.url = u"https://example.com/p/7"_s;
        detail.setPost(post);
        int webLinks = 0;
        for (const QLabel *label : detail.findChildren<QLabel *>())
            webLinks += label->openExternalLinks()
                        && label->text().contains(u"https://example.com/p/7"_s);
        QCOMPARE(webLinks, 1);
    }

    void initTestCase();
    void init();
    void showsAllPosts();
    void textFilterFromKeyClicks();
    void filterByCategoryAuthorAndDate();
    void filterByTag();
    void categoryComboFilters();
    void selectionShowsDetailAndSignals();
    void bulkTagIsOneUndoStep();
    void columnsArePersisted();
    void sortByHeaderClick();
    void busyWhileFilteringAndLatestFilterWins();

private:
    // The model filters on a worker thread and publishes the rows through the event loop.
    static bool settled(const PostsView &view)
    {
        return QTest::qWaitFor([&view] { return !view.model()->isBusy(); }, 20000);
    }

    std::unique_ptr<TestCase> m_case;
    qint64 m_tagId = 0;
};

void TestPostsView::initTestCase()
{
    QCoreApplication::setOrganizationName(u"CasebinderTests"_s);
    QCoreApplication::setApplicationName(u"tst_postsview"_s);
    QSettings().clear();
}

void TestPostsView::init()
{
    m_case = std::make_unique<TestCase>();
    QVERIFY(m_case->create());
    auto session = ImportSession::begin(m_case->document->caseFile().db(), {});
    QVERIFY(session);
    QList<PostRecord> posts;
    for (int i = 0; i < 300; ++i) {
        PostRecord post;
        post.platform = u"Parler"_s;
        post.authorName = i % 3 == 0 ? u"Alice Example"_s : u"Bob Sample"_s;
        post.authorHandle = i % 3 == 0 ? u"alice"_s : u"bob"_s;
        post.postedAt = QDateTime(QDate(2021, 1, 1).addDays(i % 30), QTime(12, 0), Qt::UTC)
                            .toString(Qt::ISODate);
        post.text = i % 10 == 0 ? u"storm the capitol tomorrow %1"_s.arg(i)
                                : u"ordinary chatter number %1"_s.arg(i);
        post.flagCategory = i % 10 == 0 ? u"violence"_s : u"other"_s;
        posts.append(post);
    }
    QVERIFY(session->addPosts(posts));
    QVERIFY(session->commit({}));
    auto tag = std::make_unique<CreateTagCommand>(
        *m_case->document, TagRecord{0, std::nullopt, u"Hot"_s, u"#d03030"_s, u"1"_s});
    auto *command = tag.get();
    QVERIFY(m_case->document->push(std::move(tag)));
    m_tagId = command->tagId();
}

void TestPostsView::showsAllPosts()
{
    PostsView view(*m_case->document);
    QCOMPARE(view.model()->totalCount(), 300);
    QCOMPARE(view.table()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
}

void TestPostsView::textFilterFromKeyClicks()
{
    PostsView view(*m_case->document);
    view.resize(1000, 600);
    view.show();
    auto *edit = view.findChild<QLineEdit *>();
    QVERIFY(edit);
    QCOMPARE(edit->placeholderText(), u"Words in the post"_s);
    QTest::keyClicks(edit, u"capitol"_s);
    QTRY_COMPARE(view.model()->totalCount(), 30);
    QCOMPARE(view.model()->rowCount(), 30);
    // A prefix of the last word matches too; Return applies at once.
    edit->clear();
    QTest::keyClicks(edit, u"storm capi"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(settled(view));
    QCOMPARE(view.model()->totalCount(), 30);
    view.clearFilter();
    QCOMPARE(view.model()->totalCount(), 300);
    QVERIFY(edit->text().isEmpty());
}

void TestPostsView::filterByCategoryAuthorAndDate()
{
    PostsView view(*m_case->document);
    PostsModel::Filter filter;
    filter.flagCategory = u"violence"_s;
    view.setFilter(filter);
    QVERIFY(settled(view));
    QCOMPARE(view.model()->totalCount(), 30);
    filter.author = u"@alice"_s;
    view.setFilter(filter);
    QVERIFY(settled(view));
    QCOMPARE(view.model()->totalCount(), 10);
    filter = {};
    filter.from = QDate(2021, 1, 1);
    filter.to = QDate(2021, 1, 1);
    view.setFilter(filter);
    QVERIFY(settled(view));
    QCOMPARE(view.model()->totalCount(), 10);
    QCOMPARE(view.filter().from, QDate(2021, 1, 1));
}

void TestPostsView::categoryComboFilters()
{
    QCOMPARE(*PostStore(m_case->document->caseFile().db()).flagCategories(),
             QStringList({u"other"_s, u"violence"_s}));
    PostsView view(*m_case->document);
    QComboBox *box = view.categoryBox();
    QCOMPARE(box->count(), 3); // "Any flag category" and the two categories
    QCOMPARE(box->itemText(2), u"violence"_s);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_End);
    QCOMPARE(view.filter().flagCategory, u"violence"_s);
    QVERIFY(settled(view));
    QCOMPARE(view.model()->totalCount(), 30);
    QTest::keyClick(box, Qt::Key_Home);
    QVERIFY(view.filter().flagCategory.isEmpty());
    QCOMPARE(view.model()->totalCount(), 300);
    // A filter set from elsewhere shows its category as chosen.
    PostsModel::Filter filter;
    filter.flagCategory = u"other"_s;
    view.setFilter(filter);
    QCOMPARE(box->currentText(), u"other"_s);
    QVERIFY(settled(view));
    QCOMPARE(view.model()->totalCount(), 270);
}

void TestPostsView::filterByTag()
{
    PostsView view(*m_case->document);
    QVERIFY(m_case->document->push(std::make_unique<ApplyTagCommand>(
        *m_case->document,
        m_tagId,
        QList<TagTarget>{{TagTargetKind::Post, 1}, {TagTargetKind::Post, 2}})));
    PostsModel::Filter filter;
    filter.tagId = m_tagId;
    view.setFilter(filter);
    QVERIFY(settled(view));
    QCOMPARE(view.model()->totalCount(), 2);
}

void TestPostsView::selectionShowsDetailAndSignals()
{
    PostsView view(*m_case->document);
    view.resize(1000, 700);
    view.show();
    QSignalSpy selected(&view, &PostsView::postSelected);
    view.table()->selectRow(0);
    QTRY_VERIFY(!selected.isEmpty());
    const qint64 id = selected.last().first().toLongLong();
    QCOMPARE(id, view.model()->postId(0));
    QCOMPARE(view.detail()->postId(), id);
    QVERIFY(view.detail()->text().contains(u"number"_s)
            || view.detail()->text().contains(u"storm"_s));
    saveScreenshot(view, u"postsview"_s);
}

void TestPostsView::bulkTagIsOneUndoStep()
{
    PostsView view(*m_case->document);
    view.table()->selectionModel()->select(
        QItemSelection(view.model()->index(0, 0), view.model()->index(4, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(view.selectedRowCount(), 5);
    const QList<qint64> ids = view.selectedPostIds();
    QCOMPARE(ids.size(), 5);
    const int before = m_case->document->undoStack()->count();
    QVERIFY(view.tagSelection(m_tagId));
    QCOMPARE(m_case->document->undoStack()->count(), before + 1);
    TagStore tags(m_case->document->caseFile().db());
    QCOMPARE(tags.targetsOf(m_tagId, TagTargetKind::Post)->size(), 5);
    m_case->document->undoStack()->undo();
    QCOMPARE(tags.targetsOf(m_tagId, TagTargetKind::Post)->size(), 0);

    view.table()->clearSelection();
    QVERIFY(!view.tagSelection(m_tagId));
}

void TestPostsView::columnsArePersisted()
{
    {
        PostsView view(*m_case->document);
        QCOMPARE(view.model()->visibleColumns(), PostsModel::defaultColumns());
        QList<PostsModel::Column> columns = PostsModel::defaultColumns();
        columns.prepend(PostsModel::Column::Id);
        // What the header menu does when the user ticks "ID".
        QSettings().setValue(u"posts/columns"_s, QStringList{u"id"_s, u"posted_at"_s, u"text"_s});
    }
    PostsView view(*m_case->document);
    QCOMPARE(view.model()->visibleColumns(),
             (QList<PostsModel::Column>{
                 PostsModel::Column::Id, PostsModel::Column::PostedAt, PostsModel::Column::Text}));
    QSettings().remove(u"posts/columns"_s);
}

void TestPostsView::sortByHeaderClick()
{
    PostsView view(*m_case->document);
    view.resize(1000, 600);
    view.show();
    const int postedSection
        = int(view.model()->visibleColumns().indexOf(PostsModel::Column::PostedAt));
    QVERIFY(postedSection >= 0);
    emit view.table()->horizontalHeader()->sectionClicked(postedSection);
    QCOMPARE(view.model()->sortColumn(), PostsModel::Column::PostedAt);
    QCOMPARE(view.model()->sortOrder(), Qt::AscendingOrder);
    emit view.table()->horizontalHeader()->sectionClicked(postedSection);
    QCOMPARE(view.model()->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(view.table()->horizontalHeader()->sortIndicatorSection(), postedSection);
    // A column the model cannot sort leaves the order alone.
    const int textSection = int(view.model()->visibleColumns().indexOf(PostsModel::Column::Text));
    emit view.table()->horizontalHeader()->sectionClicked(textSection);
    QCOMPARE(view.model()->sortColumn(), PostsModel::Column::PostedAt);
    QCOMPARE(view.table()->horizontalHeader()->sortIndicatorSection(), postedSection);
}

void TestPostsView::busyWhileFilteringAndLatestFilterWins()
{
    PostsView view(*m_case->document);
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *busy = view.findChild<QWidget *>(u"postsBusy"_s);
    QVERIFY(busy);
    QVERIFY(!busy->isVisible());
    QSignalSpy finished(view.model(), &PostsModel::queryFinished);
    QSignalSpy reset(view.model(), &QAbstractItemModel::modelReset);

    // The user picks a category, then types words before the first result is in.
    QComboBox *box = view.categoryBox();
    box->setFocus();
    QTest::keyClick(box, Qt::Key_End); // violence: 30 posts
    QVERIFY(view.model()->isBusy());
    QVERIFY(busy->isVisible());
    // The table still shows the previous rows, and can be scrolled and read meanwhile.
    QCOMPARE(view.model()->rowCount(), 300);
    QVERIFY(view.model()->data(view.model()->index(299, 0)).isValid());
    auto *edit = view.findChild<QLineEdit *>(u"postsTextFilter"_s);
    QTest::keyClicks(edit, u"storm 12"_s);
    QTest::keyClick(edit, Qt::Key_Return);

    QVERIFY(finished.wait(20000));
    QVERIFY(settled(view));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reset.size(), 1);
    QVERIFY(!busy->isVisible());
    // "storm" posts are every tenth; "12" prefixes 120 only among them.
    QCOMPARE(view.model()->totalCount(), 1);
    QCOMPARE(view.model()->data(view.model()->index(0, 0), PostsModel::TextRole).toString(),
             u"storm the capitol tomorrow 120"_s);
    QCOMPARE(view.filter().flagCategory, u"violence"_s);
    QCOMPARE(view.filter().text, u"storm 12"_s);
}

QTEST_MAIN(TestPostsView)
#include "tst_postsview.moc"
