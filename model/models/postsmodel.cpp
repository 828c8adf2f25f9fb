#include "postsmodel.h"

#include "casedocument.h"
#include "commands/documentcommands.h"
#include "rowloop.h"
#include "sqlite/statement.h"

#include <QMetaObject>
#include <QRegularExpression>
#include <QScopeGuard>

#include <atomic>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

constexpr auto SelectColumns
    = u"SELECT posts.id, posts.posted_at, posts.author_name, posts.author_handle, posts.platform,"
      " posts.text, posts.flag_category, posts.flagged_by, posts.reported_on, posts.status,"
      " posts.url, posts.external_id, posts.notes FROM ";

// How many ids the worker reads between two looks at its cancel flag.
constexpr int CancelCheckInterval = 4096;

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

QString displayInstant(const QString &iso)
{
    // 2021-01-10T07:59:00Z → 2021-01-10 07:59 UTC; other text is shown as stored.
    if (iso.size() >= 16 && iso.at(10) == u'T')
        return iso.left(10) + u' ' + iso.mid(11, 5) + (iso.endsWith(u'Z') ? u" UTC"_s : QString());
    return iso;
}

QString placeholders(qsizetype count)
{
    QString list;
    list.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        list += i == 0 ? u"?"_s : u",?"_s;
    return list;
}

} // namespace

// The worker's connection and the number of the newest job. A job stops as soon as it is not
// the newest any more: it looks at `latest` between rows, and a newer job interrupts the
// statement it is running.
struct PostsModel::Worker
{
    explicit Worker(CaseFile connection)
        : caseFile(std::move(connection))
    {}

    Result<QList<qint64>> evaluate(quint64 job,
                                   const QString &sql,
                                   const QVariantList &values,
                                   std::optional<Qt::SortOrder> sortIds)
    {
        {
            const std::lock_guard lock(mutex);
            if (latest != job)
                return fail(Error::Code::Cancelled, PostsModel::tr("The filter was replaced."));
            running = job;
        }
        const auto done = qScopeGuard([this] {
            const std::lock_guard lock(mutex);
            running = 0;
        });
        auto statement = caseFile.db().prepare(sql);
        if (!statement)
            return fail(statement.error());
        bindAll(*statement, values);
        QList<qint64> ids;
        for (;;) {
            auto row = statement->step();
            if (latest != job)
                return fail(Error::Code::Cancelled, PostsModel::tr("The filter was replaced."));
            if (!row)
                return fail(row.error());
            if (!*row)
                break;
            ids.append(statement->integer(0));
            if (ids.size() % CancelCheckInterval == 0 && latest != job)
                return fail(Error::Code::Cancelled, PostsModel::tr("The filter was replaced."));
        }
        if (sortIds == Qt::AscendingOrder)
            std::sort(ids.begin(), ids.end());
        else if (sortIds == Qt::DescendingOrder)
            std::sort(ids.begin(), ids.end(), std::greater<>());
        return ids;
    }

    // Called on the GUI thread: makes `job` the newest and stops the one running, if older.
    void supersede(quint64 job)
    {
        const std::lock_guard lock(mutex);
        latest = job;
        if (running != 0 && running != job)
            caseFile.db().interrupt();
    }

    CaseFile caseFile;
    std::atomic<quint64> latest = 0;
    std::mutex mutex;
    quint64 running = 0; // guarded by mutex
};

PostsModel::PostsModel(CaseDocument &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_columns(defaultColumns())
{
    m_pool.setMaxThreadCount(1);
    connect(&m_document, &CaseDocument::changed, this, &PostsModel::onCaseChanged);
    reload();
    startJob();
}

PostsModel::~PostsModel()
{
    cancelJob();
    m_pool.waitForDone();
}

QList<PostsModel::ColumnInfo> PostsModel::availableColumns()
{
    return {
        {Column::Id, u"id"_s, tr("ID"), true},
        {Column::PostedAt, u"posted_at"_s, tr("Posted"), true},
        {Column::AuthorName, u"author_name"_s, tr("Author"), false},
        {Column::AuthorHandle, u"author_handle"_s, tr("Handle"), true},
        {Column::Platform, u"platform"_s, tr("Platform"), false},
        {Column::Text, u"text"_s, tr("Text"), false},
        {Column::FlagCategory, u"flag_category"_s, tr("Flag"), true},
        {Column::FlaggedBy, u"flagged_by"_s, tr("Flagged by"), false},
        {Column::ReportedOn, u"reported_on"_s, tr("Reported"), false},
        {Column::PostStatus, u"status"_s, tr("Status"), false},
        {Column::Url, u"url"_s, tr("URL"), false},
        {Column::ExternalId, u"external_id"_s, tr("Post ID"), false},
        {Column::Notes, u"notes"_s, tr("Notes"), false},
        {Column::Tags, u"tags"_s, tr("Tags"), false},
    };
}

QList<PostsModel::Column> PostsModel::defaultColumns()
{
    return {Column::PostedAt,
            Column::AuthorHandle,
            Column::Text,
            Column::FlagCategory,
            Column::PostStatus,
            Column::Tags};
}

void PostsModel::setVisibleColumns(const QList<Column> &columns)
{
    if (columns == m_columns || columns.isEmpty())
        return;
    beginResetModel();
    const bool tagsAdded = columns.contains(Column::Tags) && !m_columns.contains(Column::Tags);
    m_columns = columns;
    if (tagsAdded) {
        m_pages.clear();
        m_recent.clear();
    }
    endResetModel();
}

void PostsModel::setFilter(const Filter &filter)
{
    m_query.filter = filter;
    requery();
}

void PostsModel::setIncremental(bool incremental)
{
    if (incremental == m_incremental)
        return;
    beginResetModel();
    m_incremental = incremental;
    m_revealed = std::min<qint64>(m_count, FetchBatch);
    endResetModel();
}

void PostsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    sortBy(m_columns.at(column), order);
}

void PostsModel::sortBy(Column column, Qt::SortOrder order)
{
    const auto columns = availableColumns();
    const auto info = std::find_if(columns.cbegin(), columns.cend(), [column](const ColumnInfo &c) {
        return c.column == column;
    });
    if (info == columns.cend() || !info->sortable)
        return;
    if (column == m_query.sortColumn && order == m_query.sortOrder)
        return;
    m_query.sortColumn = column;
    m_query.sortOrder = order;
    requery();
}

void PostsModel::requery()
{
    if (!m_query.filter.isEmpty()) {
        startJob();
        return;
    }
    const bool wasBusy = isBusy();
    cancelJob();
    beginResetModel();
    m_shown = m_query;
    m_byId = false;
    m_ids.clear();
    reload();
    endResetModel();
    if (wasBusy)
        emit busyChanged(false);
    emit queryFinished();
    startJob();
}

void PostsModel::startJob()
{
    if (!m_worker) {
        auto connection = m_document.caseFile().reopen(CaseFile::Access::ReadOnly);
        if (!connection) {
            m_jobFilters = !m_query.filter.isEmpty();
            publish(m_job = ++m_lastJob, fail(connection.error()));
            return;
        }
        m_worker = std::make_shared<Worker>(std::move(*connection));
    }
    const bool wasBusy = isBusy();
    m_job = ++m_lastJob;
    // Without a filter the rows are already on screen: the index comes silently.
    m_jobFilters = !m_query.filter.isEmpty();
    m_worker->supersede(m_job);
    QVariantList values;
    QString sql;
    std::optional<Qt::SortOrder> sortIds;
    if (m_query.filter.isEmpty() && m_query.sortColumn == Column::Id) {
        // Every id in id order: scanning the narrowest index and sorting in memory reads a
        // few megabytes where walking the table would read every post.
        sql = u"SELECT id FROM posts INDEXED BY posts_import"_s;
        sortIds = m_query.sortOrder;
    } else {
        sql = orderedIdsSql(m_query, values);
    }
    m_pool.start([this, worker = m_worker, job = m_job, sql = std::move(sql), values, sortIds] {
        auto ids = worker->evaluate(job, sql, values, sortIds);
        if (worker->latest != job)
            return;
        // The destructor waits for this job, and deleting the model drops the queued call.
        QMetaObject::invokeMethod(
            this,
            [this, job, ids = std::move(ids)]() mutable { publish(job, std::move(ids)); },
            Qt::QueuedConnection);
    });
    if (!wasBusy && isBusy())
        emit busyChanged(true);
}

void PostsModel::cancelJob()
{
    m_job = 0;
    if (m_worker)
        m_worker->supersede(++m_lastJob);
}

void PostsModel::publish(quint64 job, Result<QList<qint64>> ids)
{
    if (job != m_job)
        return; // superseded while it was queued
    const bool wasBusy = isBusy();
    m_job = 0;
    if (!ids && m_query.filter.isEmpty())
        return; // the index only speeds up jumps: without it rows are still read by keyset
    if (!ids)
        m_lastError = ids.error();
    QList<qint64> rows = ids ? std::move(*ids) : QList<qint64>{};
    if (m_byId && m_shown == m_query && rows == m_ids) {
        // An edit that left the rows as they were: the view keeps its place (the pages were
        // dropped when the edit was announced).
    } else if (!m_byId && m_shown == m_query && m_query.filter.isEmpty()
               && rows.size() == m_count) {
        // The index of the rows on screen, in the same order: pages and view stay as they are.
        m_byId = true;
        m_ids = std::move(rows);
        m_segments.clear();
    } else {
        beginResetModel();
        m_shown = m_query;
        m_byId = true;
        m_ids = std::move(rows);
        m_count = m_ids.size();
        m_segments.clear();
        m_pages.clear();
        m_recent.clear();
        m_revealed = std::min<qint64>(m_count, FetchBatch);
        endResetModel();
    }
    if (wasBusy) {
        emit busyChanged(false);
        emit queryFinished();
    }
}

QString PostsModel::orderedIdsSql(const Query &query, QVariantList &values)
{
    // NULL keys come first ascending and last descending, as in the unfiltered segments.
    const QString direction = query.sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    QString order = u"id "_s + direction;
    if (query.sortColumn != Column::Id)
        order.prepend(keyColumn(query.sortColumn) + u' ' + direction + u", "_s);
    return u"SELECT id FROM posts WHERE %1 ORDER BY %2"_s.arg(filterSql(query.filter, values),
                                                              order);
}

QString PostsModel::keyColumn(Column column)
{
    switch (column) {
    case Column::PostedAt:
        return u"posted_at"_s;
    case Column::AuthorHandle:
        return u"author_handle"_s;
    case Column::FlagCategory:
        return u"flag_category"_s;
    default:
        return u"id"_s;
    }
}

QVariant PostsModel::keyOf(const Row &row, Column column)
{
    switch (column) {
    case Column::PostedAt:
        return row.postedAt;
    case Column::AuthorHandle:
        return row.authorHandle;
    case Column::FlagCategory:
        return row.flagCategory;
    default:
        return row.id;
    }
}

QString PostsModel::filterSql(const Filter &filter, QVariantList &values)
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

Result<std::pair<qint64, QList<PostsModel::Segment>>> PostsModel::countRows()
{
    Sql::Database &db = m_document.db();
    auto counted = db.prepare(u"SELECT count(*) FROM posts"_s);
    if (!counted)
        return fail(counted.error());
    if (auto row = counted->step(); !row)
        return fail(row.error());
    const qint64 total = counted->integer(0);
    QList<Segment> segments;
    if (m_shown.sortColumn == Column::PostedAt) {
        // NULLs sort first ascending and last descending, as SQLite orders them.
        auto statement = db.prepare(u"SELECT count(*) FROM posts WHERE posted_at IS NULL"_s);
        if (!statement)
            return fail(statement.error());
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        const qint64 nulls = statement->integer(0);
        Segment empty{u"posts.posted_at IS NULL"_s, false, 0, nulls};
        Segment dated{u"posts.posted_at IS NOT NULL"_s, true, 0, total - nulls};
        segments
            = m_shown.sortOrder == Qt::AscendingOrder ? QList{empty, dated} : QList{dated, empty};
    } else {
        segments = {Segment{{}, m_shown.sortColumn != Column::Id, 0, total}};
    }
    qint64 first = 0;
    for (Segment &segment : segments) {
        segment.first = first;
        first += segment.count;
    }
    return std::pair{total, segments};
}

void PostsModel::reload()
{
    m_pages.clear();
    m_recent.clear();
    auto counted = countRows();
    if (!counted) {
        m_lastError = counted.error();
        m_count = 0;
        m_segments.clear();
    } else {
        m_count = counted->first;
        m_segments = counted->second;
    }
    m_revealed = std::min<qint64>(m_count, FetchBatch);
}

void PostsModel::refresh()
{
    if (m_byId && m_shown.filter.isEmpty()) {
        // Unfiltered: a changed count (an import) shows at once, read by keyset until the
        // new index is in.
        auto counted = countRows();
        if (!counted || counted->first != m_count) {
            beginResetModel();
            m_byId = false;
            m_ids.clear();
            reload();
            endResetModel();
            startJob();
            return;
        }
    }
    if (m_byId) {
        // The rows are read again by id; whether the filter still selects the same posts is
        // the worker's to say.
        m_pages.clear();
        m_recent.clear();
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    } else if (auto counted = countRows(); counted && counted->first == m_count) {
        m_pages.clear();
        m_recent.clear();
        m_segments = counted->second;
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    } else {
        beginResetModel();
        reload();
        endResetModel();
    }
    startJob();
}

void PostsModel::onCaseChanged(CaseTable table)
{
    if (table == CaseTable::Posts || table == CaseTable::Taggings || table == CaseTable::Tags)
        refresh();
}

Result<QList<PostsModel::Row>> PostsModel::query(const Segment &segment,
                                                 bool forward,
                                                 const QString &extra,
                                                 const QVariantList &extraValues,
                                                 qint64 limit,
                                                 qint64 offset) const
{
    QVariantList values;
    QString sql = QString::fromUtf16(SelectColumns) + u"posts WHERE 1"_s;
    if (!segment.condition.isEmpty())
        sql += u" AND "_s + segment.condition;
    if (!extra.isEmpty())
        sql += u" AND "_s + extra;
    const bool ascending = forward == (m_shown.sortOrder == Qt::AscendingOrder);
    const QString direction = ascending ? u"ASC"_s : u"DESC"_s;
    sql += segment.keyed ? u" ORDER BY posts.%1 %2, posts.id %2"_s.arg(
               keyColumn(m_shown.sortColumn), direction)
                         : u" ORDER BY posts.id %1"_s.arg(direction);
    sql += u" LIMIT ? OFFSET ?"_s;
    values += extraValues;
    values << limit << offset;
    auto statement = m_document.db().prepare(sql);
    if (!statement)
        return fail(statement.error());
    bindAll(*statement, values);
    QList<Row> rows;
    rows.reserve(limit);
    auto done
        = Sql::forEachRow(*statement, [&](const Sql::Statement &s) { rows.append(rowFrom(s)); });
    if (!done)
        return fail(done.error());
    if (!forward)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

PostsModel::Row PostsModel::rowFrom(const Sql::Statement &s)
{
    return Row{s.integer(0),
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

Result<QList<PostsModel::Row>> PostsModel::fetchByIds(qint64 first, qint64 count) const
{
    // The placeholders are counted, never user text.
    const QList<qint64> ids = m_ids.mid(first, count);
    auto statement
        = m_document.db().prepare(QString::fromUtf16(SelectColumns)
                                  + u"posts WHERE id IN (%1)"_s.arg(placeholders(ids.size())));
    if (!statement)
        return fail(statement.error());
    for (qsizetype i = 0; i < ids.size(); ++i)
        statement->bind(int(i + 1), ids.at(i));
    QHash<qint64, Row> byId;
    byId.reserve(ids.size());
    auto done = Sql::forEachRow(*statement, [&](const Sql::Statement &s) {
        Row row = rowFrom(s);
        byId.insert(row.id, std::move(row));
    });
    if (!done)
        return fail(done.error());
    QList<Row> rows;
    rows.reserve(ids.size());
    // A post deleted since the filter ran stays an empty row until the worker has run again.
    for (const qint64 id : ids)
        rows.append(byId.value(id, Row{id}));
    return rows;
}

const PostsModel::Row *PostsModel::cachedRow(qint64 row) const
{
    const auto page = m_pages.constFind(int(row / PageSize));
    if (page == m_pages.cend() || row % PageSize >= page->size())
        return nullptr;
    return &page->at(row % PageSize);
}

Result<QList<PostsModel::Row>> PostsModel::fetch(const Segment &segment,
                                                 qint64 local,
                                                 qint64 count) const
{
    const qint64 start = segment.first + local;
    const Row *before = local > 0 ? cachedRow(start - 1) : nullptr;
    const Row *after = local + count < segment.count ? cachedRow(start + count) : nullptr;
    const Row *neighbour = before ? before : after;
    if (neighbour) {
        // Keyset from the neighbouring row: first the rest of its key's run, then beyond it.
        const bool forward = before != nullptr;
        const bool ascending = forward == (m_shown.sortOrder == Qt::AscendingOrder);
        const QString beyond = ascending ? u">"_s : u"<"_s;
        const QString key = u"posts."_s + keyColumn(m_shown.sortColumn);
        QList<Row> rows;
        if (segment.keyed) {
            const QVariant value = keyOf(*neighbour, m_shown.sortColumn);
            auto run = query(segment,
                             forward,
                             u"%1 = ? AND posts.id %2 ?"_s.arg(key, beyond),
                             {value, neighbour->id},
                             count,
                             0);
            if (!run)
                return run;
            rows = std::move(*run);
            if (rows.size() < count) {
                auto rest = query(segment,
                                  forward,
                                  u"%1 %2 ?"_s.arg(key, beyond),
                                  {value},
                                  count - rows.size(),
                                  0);
                if (!rest)
                    return rest;
                rows = forward ? rows + *rest : *rest + rows;
            }
        } else {
            auto next = query(
                segment, forward, u"posts.id "_s + beyond + u" ?"_s, {neighbour->id}, count, 0);
            if (!next)
                return next;
            rows = std::move(*next);
        }
        return rows;
    }
    const qint64 fromEnd = segment.count - (local + count);
    if (local <= fromEnd)
        return query(segment, true, {}, {}, count, local);
    return query(segment, false, {}, {}, count, fromEnd);
}

Status PostsModel::loadPage(int page) const
{
    const qint64 first = qint64(page) * PageSize;
    const qint64 last = std::min<qint64>(first + PageSize, m_count);
    QList<Row> rows;
    rows.reserve(last - first);
    if (m_byId) {
        auto read = fetchByIds(first, last - first);
        if (!read)
            return fail(read.error());
        rows = std::move(*read);
    }
    for (const Segment &segment : m_segments) {
        const qint64 from = std::max(first, segment.first);
        const qint64 to = std::min(last, segment.first + segment.count);
        if (from >= to)
            continue;
        auto part = fetch(segment, from - segment.first, to - from);
        if (!part)
            return fail(part.error());
        rows += *part;
    }
    if (m_columns.contains(Column::Tags) && !rows.isEmpty()) {
        // One query for the page's tags; the placeholders are counted, never user text.
        QHash<qint64, qsizetype> rowById;
        for (qsizetype i = 0; i < rows.size(); ++i)
            rowById.insert(rows.at(i).id, i);
        auto statement = m_document.db().prepare(
            u"SELECT target_id, group_concat(name, ', ') FROM (SELECT taggings.target_id,"
            " tags.name FROM taggings JOIN tags ON tags.id = taggings.tag_id"
            " WHERE taggings.target_kind = 'post' AND taggings.target_id IN (%1)"
            " ORDER BY taggings.target_id, tags.name) GROUP BY target_id"_s.arg(
                placeholders(rows.size())));
        if (!statement)
            return fail(statement.error());
        for (qsizetype i = 0; i < rows.size(); ++i)
            statement->bind(int(i + 1), rows.at(i).id);
        auto done = Sql::forEachRow(*statement, [&](const Sql::Statement &s) {
            if (const auto at = rowById.constFind(s.integer(0)); at != rowById.cend())
                rows[*at].tags = s.text(1);
        });
        if (!done)
            return fail(done.error());
    }
    m_pages.insert(page, std::move(rows));
    m_recent.append(page);
    while (m_recent.size() > MaxCachedPages)
        m_pages.remove(m_recent.takeFirst());
    return {};
}

const PostsModel::Row *PostsModel::row(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    if (m_pages.contains(page)) {
        if (m_recent.constLast() != page) {
            m_recent.removeOne(page);
            m_recent.append(page);
        }
    } else if (auto loaded = loadPage(page); !loaded) {
        m_lastError = loaded.error();
        return nullptr;
    }
    return cachedRow(row);
}

qint64 PostsModel::postId(int row) const
{
    if (m_byId)
        return row >= 0 && row < m_count ? m_ids.at(row) : 0;
    const Row *found = this->row(row);
    return found ? found->id : 0;
}

int PostsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_incremental ? m_revealed : m_count);
}

int PostsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PostsModel::display(const Row &row, Column column) const
{
    switch (column) {
    case Column::Id:
        return row.id;
    case Column::PostedAt:
        return displayInstant(row.postedAt);
    case Column::AuthorName:
        return row.authorName;
    case Column::AuthorHandle:
        return row.authorHandle;
    case Column::Platform:
        return row.platform;
    case Column::Text:
        return QString(row.text).replace(u'\n', u' ');
    case Column::FlagCategory:
        return row.flagCategory;
    case Column::FlaggedBy:
        return row.flaggedBy;
    case Column::ReportedOn:
        return row.reportedOn;
    case Column::PostStatus:
        return row.status;
    case Column::Url:
        return row.url;
    case Column::ExternalId:
        return row.externalId;
    case Column::Notes:
        return row.notes;
    case Column::Tags:
        return row.tags;
    }
    return {};
}

QVariant PostsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *found = row(index.row());
    if (!found)
        return {};
    const Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(*found, column);
    case Qt::EditRole:
        return column == Column::Notes ? QVariant(found->notes) : display(*found, column);
    case Qt::ToolTipRole:
        return column == Column::Text ? QVariant(found->text) : QVariant();
    case IdRole:
        return found->id;
    case PostedAtRole:
        return found->postedAt;
    case AuthorHandleRole:
        return found->authorHandle;
    case FlagCategoryRole:
        return found->flagCategory;
    case TextRole:
        return found->text;
    case UrlRole:
        return found->url;
    case NotesRole:
        return found->notes;
    case StatusRole:
        return found->status;
    default:
        return {};
    }
}

bool PostsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || m_columns.at(index.column()) != Column::Notes)
        return false;
    const qint64 id = postId(index.row());
    if (id == 0)
        return false;
    auto pushed
        = m_document.push(std::make_unique<SetPostNotesCommand>(m_document, id, value.toString()));
    if (!pushed) {
        m_lastError = pushed.error();
        return false;
    }
    return true;
}

QVariant PostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    for (const ColumnInfo &info : availableColumns()) {
        if (info.column == m_columns.at(section))
            return info.title;
    }
    return {};
}

Qt::ItemFlags PostsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_columns.at(index.column()) == Column::Notes)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QHash<int, QByteArray> PostsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "postId");
    names.insert(PostedAtRole, "postedAt");
    names.insert(AuthorHandleRole, "authorHandle");
    names.insert(FlagCategoryRole, "flagCategory");
    names.insert(TextRole, "text");
    names.insert(UrlRole, "url");
    names.insert(NotesRole, "notes");
    names.insert(StatusRole, "status");
    return names;
}

bool PostsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_incremental && m_revealed < m_count;
}

void PostsModel::fetchMore(const QModelIndex &parent)
{
    // Views (and QAbstractItemModelTester) may ask for more from a rowsInserted handler.
    if (!canFetchMore(parent) || m_fetching)
        return;
    const qint64 more = std::min<qint64>(FetchBatch, m_count - m_revealed);
    m_fetching = true;
    beginInsertRows({}, int(m_revealed), int(m_revealed + more - 1));
    m_revealed += more;
    endInsertRows();
    m_fetching = false;
}

} // namespace Casebinder
