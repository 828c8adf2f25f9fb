#include "casefile.h"
#include "caseseed.h"
#include "postpager.h"
#include "poststore.h"
#include "tagstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Casebinder;
using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

constexpr int PostCount = 1500;

QList<qint64> idsOf(const QList<PostListRow> &rows)
{
    QList<qint64> ids;
    for (const PostListRow &row : rows)
        ids.append(row.id);
    return ids;
}

} // namespace

class TestPostStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<CaseFile> m_case;
    QList<PostRecord> m_posts; // as seeded; post n has id n

    PostStore store() { return m_case->posts(); }

    // The expected order, computed here rather than by SQL: NULL keys first ascending.
    QList<qint64> expectedIds(PostSortKey key,
                              Qt::SortOrder direction,
                              const std::function<bool(const PostRecord &)> &keep = {})
    {
        QList<PostRecord> posts;
        for (const PostRecord &post : std::as_const(m_posts)) {
            if (!keep || keep(post))
                posts.append(post);
        }
        auto keyOf = [key](const PostRecord &post) -> QString {
            switch (key) {
            case PostSortKey::PostedAt:
                return post.postedAt;
            case PostSortKey::AuthorHandle:
                return post.authorHandle;
            case PostSortKey::FlagCategory:
                return post.flagCategory;
            case PostSortKey::Id:
                break;
            }
            return {};
        };
        std::sort(posts.begin(), posts.end(), [&](const PostRecord &a, const PostRecord &b) {
            const QString ka = keyOf(a);
            const QString kb = keyOf(b);
            if (ka != kb) // a null (no time) key sorts before every other one
                return ka.isNull() || (!kb.isNull() && ka < kb);
            return a.id < b.id;
        });
        QList<qint64> ids;
        for (const PostRecord &post : std::as_const(posts))
            ids.append(post.id);
        if (direction == Qt::DescendingOrder)
            std::reverse(ids.begin(), ids.end());
        return ids;
    }

private slots:
    void initTestCase()
    {
        auto created = CaseFile::create(m_dir.filePath(u"posts.casebinder"_s), {});
        QVERIFY(created);
        m_case = std::move(*created);
        m_posts = numberedPosts(PostCount);
        QCOMPARE(*seedPosts(*m_case, m_posts), qint64(PostCount));
        for (int i = 0; i < m_posts.size(); ++i)
            m_posts[i].id = i + 1;
    }

    void readsPostsAndRefusesMissingOnes()
    {
        QCOMPARE(*store().count(), qint64(PostCount));
        auto post = store().post(7);
        QVERIFY(post);
        QCOMPARE(post->text, u"post 7 about parler"_s);
        QCOMPARE(post->status, PostStatus::Removed);
        QVERIFY(post->importId.has_value());
        auto missing = store().post(PostCount + 1);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        auto some = store().postsByIds({9, PostCount + 5, 3});
        QVERIFY(some);
        QCOMPARE(some->size(), 2); // a missing id is left out, the order kept
        QCOMPARE(some->at(0).id, 9);
        QCOMPARE(some->at(1).id, 3);
        QCOMPARE(*store().flagCategories(),
                 (QStringList{u"hate"_s, u"other"_s, u"spam"_s, u"threat"_s, u"violence"_s}));
        QCOMPARE(*store().flagCategories(2), (QStringList{u"hate"_s, u"other"_s}));
    }

    void notesAreWrittenAndAMissingPostIsAnError()
    {
        QVERIFY(store().setNotes(4, u"Archived by the reviewer"_s));
        QCOMPARE(store().post(4)->notes, u"Archived by the reviewer"_s);
        QVERIFY(store().setNotes(4, {}));
        QCOMPARE(store().post(4)->notes, QString());
        auto refused = store().setNotes(PostCount + 1, u"x"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::NotFound);
    }

    void pagerReadsEveryOrderByOffsetAndByKeyset_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("direction");
        QTest::newRow("id ascending") << int(PostSortKey::Id) << int(Qt::AscendingOrder);
        QTest::newRow("id descending") << int(PostSortKey::Id) << int(Qt::DescendingOrder);
        QTest::newRow("posted ascending") << int(PostSortKey::PostedAt) << int(Qt::AscendingOrder);
        QTest::newRow("posted descending")
            << int(PostSortKey::PostedAt) << int(Qt::DescendingOrder);
        QTest::newRow("handle ascending")
            << int(PostSortKey::AuthorHandle) << int(Qt::AscendingOrder);
        QTest::newRow("category descending")
            << int(PostSortKey::FlagCategory) << int(Qt::DescendingOrder);
    }

    void pagerReadsEveryOrderByOffsetAndByKeyset()
    {
        QFETCH(int, key);
        QFETCH(int, direction);
        const PostOrder order{PostSortKey(key), Qt::SortOrder(direction)};
        const QList<qint64> expected = expectedIds(order.key, order.direction);
        auto pager = store().pager(order);
        QVERIFY(pager);
        QCOMPARE(pager->count(), qint64(PostCount));
        QCOMPARE(pager->order(), order);

        // Forward, each page by keyset from the last row of the one before.
        QList<PostListRow> all;
        const PostPager::KnownRow known = [&all](qint64 position) -> const PostListRow * {
            return position >= 0 && position < all.size() ? &all.at(position) : nullptr;
        };
        for (qint64 first = 0; first < PostCount; first += 128) {
            auto page = pager->read(first, 128, known);
            QVERIFY(page);
            all += *page;
        }
        QCOMPARE(idsOf(all), expected);

        // Jumps without neighbours (OFFSET from the nearer end), including across the
        // boundary between undated and dated posts, and past the end.
        for (qint64 first : {qint64(0), qint64(499), qint64(PostCount / 3 - 2), qint64(1400)}) {
            auto page = pager->read(first, 64, {});
            QVERIFY(page);
            QCOMPARE(idsOf(*page), expected.mid(first, 64));
        }
        QCOMPARE(pager->read(PostCount - 10, 64, {})->size(), 10);

        // Backward by keyset from the row after the page.
        QList<PostListRow> tail = *pager->read(1000, 100, {});
        const PostPager::KnownRow after = [&tail](qint64 position) -> const PostListRow * {
            return position == 1000 ? &tail.at(0) : nullptr;
        };
        auto before = pager->read(900, 100, after);
        QVERIFY(before);
        QCOMPARE(idsOf(*before), expected.mid(900, 100));
        QCOMPARE(before->at(3).text, m_posts.at(before->at(3).id - 1).text);
    }

    void listRowsKeepTheOrderAndMarkMissingPosts()
    {
        auto rows = store().listRows({12, PostCount + 3, 2});
        QVERIFY(rows);
        QCOMPARE(idsOf(*rows), (QList<qint64>{12, PostCount + 3, 2}));
        QCOMPARE(rows->at(0).authorHandle, u"user12"_s);
        QCOMPARE(rows->at(0).status, u"removed"_s);
        QVERIFY(rows->at(1).text.isEmpty()); // gone: only its id
        QVERIFY(store().listRows({})->isEmpty());
    }

    void orderedIdsFilter()
    {
        PostFilter filter;
        QCOMPARE(*store().orderedIds(filter, {}), expectedIds(PostSortKey::Id, Qt::AscendingOrder));
        QCOMPARE(*store().orderedIds(filter, {PostSortKey::Id, Qt::DescendingOrder}),
                 expectedIds(PostSortKey::Id, Qt::DescendingOrder));

        filter.flagCategory = u"spam"_s;
        filter.author = u"@user12"_s; // with or without the @
        const PostOrder byTime{PostSortKey::PostedAt, Qt::AscendingOrder};
        QCOMPARE(*store().orderedIds(filter, byTime),
                 expectedIds(byTime.key, byTime.direction, [](const PostRecord &post) {
                     return post.flagCategory == u"spam" && post.authorHandle == u"user12";
                 }));

        filter = {};
        filter.from = QDate(2021, 1, 5);
        filter.to = QDate(2021, 1, 6);
        QCOMPARE(*store().orderedIds(filter, {PostSortKey::PostedAt, Qt::DescendingOrder}),
                 expectedIds(PostSortKey::PostedAt, Qt::DescendingOrder, [](const PostRecord &p) {
                     return !p.postedAt.isNull() && p.postedAt >= u"2021-01-05"
                            && p.postedAt < u"2021-01-07";
                 }));

        filter = {};
        filter.text = u"parl"_s; // the last word may be a prefix
        QCOMPARE(store().orderedIds(filter, {})->size(), PostCount / 7);
        filter.text = u"\"unbalanced AND NOT ("_s; // typed by a user: never a syntax error
        auto none = store().orderedIds(filter, {});
        QVERIFY(none);
        QVERIFY(none->isEmpty());
        filter.text = u"?! ("_s; // only punctuation: nothing matches
        QVERIFY(store().orderedIds(filter, {})->isEmpty());
    }

    void orderedIdsFollowTheTagTree()
    {
        TagStore tags = m_case->tags();
        auto parent = tags.create({0, std::nullopt, u"Review"_s, u"#aa0000"_s, {}});
        QVERIFY(parent);
        auto child = tags.create({0, *parent, u"Later"_s, u"#00aa00"_s, {}});
        QVERIFY(child);
        QVERIFY(tags.apply(*child, {{TagTargetKind::Post, 9}, {TagTargetKind::Post, 5}}));
        PostFilter filter;
        filter.tagId = *parent; // the tag or any tag beneath it
        QCOMPARE(*store().orderedIds(filter, {}), (QList<qint64>{5, 9}));
        filter.tagId = *child;
        QCOMPARE(*store().orderedIds(filter, {PostSortKey::Id, Qt::DescendingOrder}),
                 (QList<qint64>{9, 5}));
        QCOMPARE(tags.tagNamesOf(TagTargetKind::Post, {5, 6, 9})->value(9),
                 QStringList{u"Later"_s});
        QVERIFY(!tags.tagNamesOf(TagTargetKind::Post, {5, 6, 9})->contains(6));
        QVERIFY(tags.remove(*parent));
    }

    void orderedIdsStopWhenCancelled()
    {
        std::atomic_bool cancel = true;
        PostFilter filter;
        filter.text = u"post"_s;
        auto stopped
            = store().orderedIds(filter, {PostSortKey::AuthorHandle, Qt::AscendingOrder}, &cancel);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, Error::Code::Cancelled);
        // The connection is usable afterwards, and the guard is gone.
        cancel = false;
        QCOMPARE(store().orderedIds(filter, {}, &cancel)->size(), PostCount);
        QCOMPARE(*store().count(), qint64(PostCount));
    }
};

QTEST_GUILESS_MAIN(TestPostStore)
#include "tst_poststore.moc"
