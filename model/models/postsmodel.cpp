#include "postsmodel.h"

#include "casedocument.h"
#include "commands/documentcommands.h"
#include "jobs/postidsjob.h"
#include "tagstore.h"

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

QString displayInstant(const QString &iso)
{
    // 2021-01-10T07:59:00Z → 2021-01-10 07:59 UTC; other text is shown as stored.
    if (iso.size() >= 16 && iso.at(10) == u'T')
        return iso.left(10) + u' ' + iso.mid(11, 5) + (iso.endsWith(u'Z') ? u" UTC"_s : QString());
    return iso;
}

} // namespace

PostsModel::PostsModel(CaseDocument &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_columns(defaultColumns())
{
    connect(&m_document, &CaseDocument::changed, this, &PostsModel::onCaseChanged);
    reload();
    startJob();
}

// The jobs are children: one still running is cancelled and waited for when they go.
PostsModel::~PostsModel()
{
    cancelJob();
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
    if (tagsAdded)
        dropPages();
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
    const bool wasBusy = isBusy();
    if (m_job)
        m_job->discard();
    // Without a filter the rows are already on screen: the index comes silently.
    m_jobFilters = !m_query.filter.isEmpty();
    auto *job = new PostIdsJob(m_document.connections(), m_query.filter, orderOf(m_query), this);
    m_job = job;
    connect(job, &Job::finished, this, [this, job] { publish(job, job->takeIds()); });
    connect(
        job, &Job::failed, this, [this, job](const Error &error) { publish(job, fail(error)); });
    job->start();
    if (!wasBusy && isBusy())
        emit busyChanged(true);
}

void PostsModel::cancelJob()
{
    if (m_job)
        m_job->discard();
    m_job = nullptr;
}

void PostsModel::publish(PostIdsJob *job, Result<QList<qint64>> ids)
{
    job->deleteLater();
    if (job != m_job)
        return; // superseded while its result was queued
    const bool wasBusy = isBusy();
    m_job = nullptr;
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
        m_pager.reset();
    } else {
        beginResetModel();
        m_shown = m_query;
        m_byId = true;
        m_ids = std::move(rows);
        m_count = m_ids.size();
        m_pager.reset();
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

PostOrder PostsModel::orderOf(const Query &query)
{
    PostSortKey key = PostSortKey::Id;
    switch (query.sortColumn) {
    case Column::PostedAt:
        key = PostSortKey::PostedAt;
        break;
    case Column::AuthorHandle:
        key = PostSortKey::AuthorHandle;
        break;
    case Column::FlagCategory:
        key = PostSortKey::FlagCategory;
        break;
    default:
        break;
    }
    return PostOrder{key, query.sortOrder};
}

Result<PostPager> PostsModel::makePager() const
{
    return m_document.posts().pager(orderOf(m_shown));
}

void PostsModel::dropPages()
{
    m_pages.clear();
    m_recent.clear();
}

void PostsModel::reload()
{
    dropPages();
    auto pager = makePager();
    if (!pager) {
        m_lastError = pager.error();
        m_count = 0;
        m_pager.reset();
    } else {
        m_count = pager->count();
        m_pager = std::move(*pager);
    }
    m_revealed = std::min<qint64>(m_count, FetchBatch);
}

void PostsModel::refresh()
{
    if (m_byId && m_shown.filter.isEmpty()) {
        // Unfiltered: a changed count (an import) shows at once, read by keyset until the
        // new index is in.
        auto counted = m_document.posts().count();
        if (!counted || *counted != m_count) {
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
        // the job's to say.
        dropPages();
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    } else if (auto pager = makePager(); pager && pager->count() == m_count) {
        dropPages();
        m_pager = std::move(*pager);
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

const PostsModel::Row *PostsModel::cachedRow(qint64 row) const
{
    const auto page = m_pages.constFind(int(row / PageSize));
    if (page == m_pages.cend() || row % PageSize >= page->size())
        return nullptr;
    return &page->at(row % PageSize);
}

Status PostsModel::loadPage(int page) const
{
    const qint64 first = qint64(page) * PageSize;
    const qint64 count = std::min<qint64>(first + PageSize, m_count) - first;
    Result<QList<Row>> read = QList<Row>{};
    if (m_byId)
        read = m_document.posts().listRows(m_ids.mid(first, count));
    else if (m_pager)
        read = m_pager->read(first, count, [this](qint64 row) { return cachedRow(row); });
    if (!read)
        return fail(read.error());
    QList<Row> rows = std::move(*read);
    if (m_columns.contains(Column::Tags) && !rows.isEmpty()) {
        QList<qint64> ids;
        ids.reserve(rows.size());
        for (const Row &row : std::as_const(rows))
            ids.append(row.id);
        auto names = m_document.tags().tagNamesOf(TagTargetKind::Post, ids);
        if (!names)
            return fail(names.error());
        for (Row &row : rows)
            row.tags = names->value(row.id).join(u", "_s);
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
        return PostsModel::statusLabel(row.status);
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

QString PostsModel::statusLabel(const QString &status)
{
    if (status == u"removed")
        return tr("removed", "post status");
    if (status == u"up")
        return tr("up", "post status: still online");
    if (status == u"unknown")
        return tr("unknown", "post status");
    return status;
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
