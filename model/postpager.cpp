#include "postpager.h"

#include "rowloop.h"
#include "sqlite/cancelguard.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

constexpr auto SelectColumns
    = u"SELECT posts.id, posts.posted_at, posts.author_name, posts.author_handle, posts.platform,"
      " posts.text, posts.flag_category, posts.flagged_by, posts.reported_on, posts.status,"
      " posts.url, posts.external_id, posts.notes FROM ";

void bindAll(Sql::Statement &statement, const QVariantList &values, int first = 1)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.typeId() == QMetaType::QString)
            statement.bind(first + i, value.toString());
        else
            statement.bind(first + i, value.toLongLong());
    }
}

// The ids as one JSON array, bound as a single value: the statement's text never depends on
// them.
QString jsonArray(const QList<qint64> &ids)
{
    QByteArray array = "[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            array += ',';
        array += QByteArray::number(ids.at(i));
    }
    array += ']';
    return QString::fromLatin1(array);
}

// Words typed in the filter box become an FTS5 query that cannot be a syntax error: every
// word is quoted, all are required, and the last may be a prefix of a longer word.
QString ftsQuery(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    QStringList terms;
    for (QString word : text.split(space, Qt::SkipEmptyParts)) {
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        terms.append(u'"' + word.replace(u'"', u"\"\""_s) + u'"');
    }
    if (terms.isEmpty())
        return {};
    terms.last() += u'*';
    return terms.join(u' ');
}

QString filterSql(const PostFilter &filter, QVariantList &values)
{
    QStringList terms;
    if (!filter.flagCategory.isEmpty()) {
        terms.append(u"flag_category = ?"_s);
        values.append(filter.flagCategory);
    }
    if (!filter.author.trimmed().isEmpty()) {
        QString author = filter.author.trimmed();
        // Handles only, so the posts_author index answers it.
        terms.append(u"author_handle IN (?, ?)"_s);
        const QString bare = author.startsWith(u'@') ? author.mid(1) : author;
        values << bare << QString(u'@' + bare);
    }
    if (filter.from.isValid()) {
        terms.append(u"posted_at >= ?"_s);
        values.append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        terms.append(u"posted_at < ?"_s);
        values.append(filter.to.addDays(1).toString(Qt::ISODate));
    }
    if (filter.tagId) {
        terms.append(u"id IN (SELECT target_id FROM taggings WHERE target_kind = 'post' AND tag_id"
                     " IN (WITH RECURSIVE below(id) AS (SELECT ? UNION SELECT tags.id FROM tags"
                     " JOIN below ON tags.parent_id = below.id) SELECT id FROM below))"_s);
        values.append(*filter.tagId);
    }
    if (const QString match = ftsQuery(filter.text); !match.isEmpty()) {
        terms.append(u"id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?)"_s);
        values.append(match);
    } else if (!filter.text.trimmed().isEmpty()) {
        terms.append(u"0"_s); // only punctuation typed: nothing can match
    }
    return terms.isEmpty() ? u"1"_s : terms.join(u" AND "_s);
}

Result<qint64> countOf(Sql::Database &db, const char *sql)
{
    auto statement = db.cached(sql);
    if (!statement)
        return fail(statement.error());
    auto row = (*statement)->step();
    if (!row)
        return fail(row.error());
    const qint64 count = (*statement)->integer(0);
    (*statement)->reset(); // a cached statement left on a row would pin the read snapshot
    return count;
}

} // namespace

QString postSortColumn(PostSortKey key)
{
    switch (key) {
    case PostSortKey::PostedAt:
        return u"posted_at"_s;
    case PostSortKey::AuthorHandle:
        return u"author_handle"_s;
    case PostSortKey::FlagCategory:
        return u"flag_category"_s;
    case PostSortKey::Id:
        break;
    }
    return u"id"_s;
}

QVariant postSortValue(const PostListRow &row, PostSortKey key)
{
    switch (key) {
    case PostSortKey::PostedAt:
        return row.postedAt;
    case PostSortKey::AuthorHandle:
        return row.authorHandle;
    case PostSortKey::FlagCategory:
        return row.flagCategory;
    case PostSortKey::Id:
        break;
    }
    return row.id;
}

PostPager::PostPager(Sql::Database &db, PostOrder order, qint64 count, QList<Segment> segments)
    : m_db(&db)
    , m_order(order)
    , m_count(count)
    , m_segments(std::move(segments))
{}

Result<PostPager> PostPager::make(Sql::Database &db, PostOrder order)
{
    auto total = countOf(db, "SELECT count(*) FROM posts");
    if (!total)
        return fail(total.error());
    QList<Segment> segments;
    if (order.key == PostSortKey::PostedAt) {
        // NULLs sort first ascending and last descending, as SQLite orders them.
        auto nulls = countOf(db, "SELECT count(*) FROM posts WHERE posted_at IS NULL");
        if (!nulls)
            return fail(nulls.error());
        const Segment empty{u"posts.posted_at IS NULL"_s, false, 0, *nulls};
        const Segment dated{u"posts.posted_at IS NOT NULL"_s, true, 0, *total - *nulls};
        segments
            = order.direction == Qt::AscendingOrder ? QList{empty, dated} : QList{dated, empty};
    } else {
        segments = {Segment{{}, order.key != PostSortKey::Id, 0, *total}};
    }
    qint64 first = 0;
    for (Segment &segment : segments) {
        segment.first = first;
        first += segment.count;
    }
    return PostPager(db, order, *total, std::move(segments));
}

QString PostPager::selectColumns()
{
    return QString::fromUtf16(SelectColumns);
}

PostListRow PostPager::rowFrom(const Sql::Statement &s)
{
    return PostListRow{s.integer(0),
                       s.text(1),
                       s.text(2),
                       s.text(3),
                       s.text(4),
                       s.text(5),
                       s.text(6),
                       s.text(7),
                       s.text(8),
                       s.text(9),
                       s.text(10),
                       s.text(11),
                       s.text(12),
                       {}};
}

Result<QList<PostListRow>> PostPager::read(qint64 first, qint64 count, const KnownRow &known) const
{
    const qint64 last = std::min(first + count, m_count);
    QList<PostListRow> rows;
    rows.reserve(std::max<qint64>(0, last - first));
    for (const Segment &segment : m_segments) {
        const qint64 from = std::max(first, segment.first);
        const qint64 to = std::min(last, segment.first + segment.count);
        if (from >= to)
            continue;
        auto part = fetch(segment, from - segment.first, to - from, known);
        if (!part)
            return part;
        rows += *part;
    }
    return rows;
}

Result<QList<PostListRow>> PostPager::query(const Segment &segment,
                                            bool forward,
                                            const QString &extra,
                                            const QVariantList &extraValues,
                                            qint64 limit,
                                            qint64 offset) const
{
    QVariantList values;
    QString sql = selectColumns() + u"posts WHERE 1"_s;
    if (!segment.condition.isEmpty())
        sql += u" AND "_s + segment.condition;
    if (!extra.isEmpty())
        sql += u" AND "_s + extra;
    const bool ascending = forward == (m_order.direction == Qt::AscendingOrder);
    const QString direction = ascending ? u"ASC"_s : u"DESC"_s;
    sql += segment.keyed
               ? u" ORDER BY posts.%1 %2, posts.id %2"_s.arg(postSortColumn(m_order.key), direction)
               : u" ORDER BY posts.id %1"_s.arg(direction);
    sql += u" LIMIT ? OFFSET ?"_s;
    values += extraValues;
    values << limit << offset;
    auto statement = m_db->prepare(sql);
    if (!statement)
        return fail(statement.error());
    bindAll(*statement, values);
    QList<PostListRow> rows;
    rows.reserve(limit);
    auto done
        = Sql::forEachRow(*statement, [&](const Sql::Statement &s) { rows.append(rowFrom(s)); });
    if (!done)
        return fail(done.error());
    if (!forward)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<QList<PostListRow>> PostPager::fetch(const Segment &segment,
                                            qint64 local,
                                            qint64 count,
                                            const KnownRow &known) const
{
    const qint64 start = segment.first + local;
    const PostListRow *before = local > 0 && known ? known(start - 1) : nullptr;
    const PostListRow *after
        = local + count < segment.count && known ? known(start + count) : nullptr;
    const PostListRow *neighbour = before ? before : after;
    if (neighbour) {
        // Keyset from the neighbouring row: first the rest of its key's run, then beyond it.
        const bool forward = before != nullptr;
        const bool ascending = forward == (m_order.direction == Qt::AscendingOrder);
        const QString beyond = ascending ? u">"_s : u"<"_s;
        const QString key = u"posts."_s + postSortColumn(m_order.key);
        if (!segment.keyed)
            return query(
                segment, forward, u"posts.id "_s + beyond + u" ?"_s, {neighbour->id}, count, 0);
        const QVariant value = postSortValue(*neighbour, m_order.key);
        auto rows = query(segment,
                          forward,
                          u"%1 = ? AND posts.id %2 ?"_s.arg(key, beyond),
                          {value, neighbour->id},
                          count,
                          0);
        if (!rows || rows->size() >= count)
            return rows;
        auto rest = query(
            segment, forward, u"%1 %2 ?"_s.arg(key, beyond), {value}, count - rows->size(), 0);
        if (!rest)
            return rest;
        return forward ? *rows + *rest : *rest + *rows;
    }
    const qint64 fromEnd = segment.count - (local + count);
    if (local <= fromEnd)
        return query(segment, true, {}, {}, count, local);
    return query(segment, false, {}, {}, count, fromEnd);
}

Result<PostPager> PostStore::pager(PostOrder order)
{
    return PostPager::make(m_db, order);
}

Result<QList<PostListRow>> PostStore::listRows(const QList<qint64> &ids)
{
    QList<PostListRow> rows;
    if (ids.isEmpty())
        return rows;
    auto statement = m_db.prepare(PostPager::selectColumns()
                                  + u"posts WHERE id IN (SELECT value FROM json_each(?))"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, jsonArray(ids));
    QHash<qint64, PostListRow> byId;
    byId.reserve(ids.size());
    auto done = Sql::forEachRow(*statement, [&](const Sql::Statement &s) {
        PostListRow row = PostPager::rowFrom(s);
        byId.insert(row.id, std::move(row));
    });
    if (!done)
        return fail(done.error());
    rows.reserve(ids.size());
    for (const qint64 id : ids)
        rows.append(byId.value(id, PostListRow{id}));
    return rows;
}

Result<QList<qint64>> PostStore::orderedIds(const PostFilter &filter,
                                            PostOrder order,
                                            const std::atomic_bool *cancel)
{
    QVariantList values;
    QString sql;
    bool sortHere = false;
    if (filter.isEmpty() && order.key == PostSortKey::Id) {
        // Every id in id order: scanning the narrowest index and sorting in memory reads a
        // few megabytes where walking the table would read every post.
        sql = u"SELECT id FROM posts INDEXED BY posts_import"_s;
        sortHere = true;
    } else {
        // NULL keys come first ascending and last descending, as in the pager's segments.
        const QString direction = order.direction == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
        QString orderBy = u"id "_s + direction;
        if (order.key != PostSortKey::Id)
            orderBy.prepend(postSortColumn(order.key) + u' ' + direction + u", "_s);
        sql = u"SELECT id FROM posts WHERE %1 ORDER BY %2"_s.arg(filterSql(filter, values),
                                                                 orderBy);
    }
    const Sql::CancelGuard guard(m_db, cancel);
    auto statement = m_db.prepare(sql);
    if (!statement)
        return fail(statement.error());
    bindAll(*statement, values);
    QList<qint64> ids;
    for (;;) {
        auto row = statement->step();
        if (cancel && cancel->load(std::memory_order_relaxed))
            return fail(Error::Code::Cancelled, u"The filter was replaced."_s);
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        ids.append(statement->integer(0));
    }
    if (sortHere && order.direction == Qt::AscendingOrder)
        std::sort(ids.begin(), ids.end());
    else if (sortHere)
        std::sort(ids.begin(), ids.end(), std::greater<>());
    return ids;
}

} // namespace Casebinder
