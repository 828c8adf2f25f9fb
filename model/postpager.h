#pragma once

#include "poststore.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace Casebinder {

namespace Sql {
class Database;
class Statement;
} // namespace Sql

// Reads the whole posts table in one order, a run of rows at a time, so that a list stays
// smooth at a million posts. A run next to rows the caller already holds is read by keyset
// (WHERE key = k AND id > i, then key > k): scrolling costs the same at row 10 and at row
// 999,990. A jump far away uses LIMIT/OFFSET from the nearer end. Made by PostStore::pager();
// its count is the table's when it was made, so make a new one after the posts change.
class PostPager final
{
public:
    // The row at a position, when the caller holds it; null otherwise.
    using KnownRow = std::function<const PostListRow *(qint64 position)>;

    qint64 count() const { return m_count; }
    const PostOrder &order() const { return m_order; }

    // Rows first … first + count - 1 (fewer at the end). `known` lets the read start from a
    // neighbouring row instead of counting its way there.
    Result<QList<PostListRow>> read(qint64 first, qint64 count, const KnownRow &known) const;

    static PostListRow rowFrom(const Sql::Statement &statement);
    static QString selectColumns();

private:
    friend class PostStore;

    // A run of rows ordered the same way: posts whose sort key is NULL are a segment of
    // their own (ordered by id), so that keyset conditions never compare NULLs.
    struct Segment
    {
        QString condition; // extra WHERE term, empty for none
        bool keyed = false;
        qint64 first = 0;
        qint64 count = 0;
    };

    PostPager(Sql::Database &db, PostOrder order, qint64 count, QList<Segment> segments);
    static Result<PostPager> make(Sql::Database &db, PostOrder order);

    Result<QList<PostListRow>> fetch(const Segment &segment,
                                     qint64 local,
                                     qint64 count,
                                     const KnownRow &known) const;
    Result<QList<PostListRow>> query(const Segment &segment,
                                     bool forward,
                                     const QString &extra,
                                     const QVariantList &extraValues,
                                     qint64 limit,
                                     qint64 offset) const;

    Sql::Database *m_db;
    PostOrder m_order;
    qint64 m_count = 0;
    QList<Segment> m_segments;
};

// The column a sort key reads ("posted_at"), and its value in a row.
QString postSortColumn(PostSortKey key);
QVariant postSortValue(const PostListRow &row, PostSortKey key);

} // namespace Casebinder
