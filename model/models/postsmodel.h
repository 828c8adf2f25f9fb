#pragma once

#include "postpager.h"
#include "poststore.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace Casebinder {

class CaseDocument;
class PostIdsJob;
enum class CaseTable;

// The flagged posts of a case as a table that stays smooth at a million rows.
//
// rowCount() comes from one count(*) per filter; rows are read on demand in pages of
// PageSize, and at most MaxCachedPages pages are kept. Pages come from PostStore's PostPager,
// which reads a page next to a cached one by keyset, so scrolling costs the same at row 10
// and row 999,990. Sorting happens in SQL: only indexed columns are sortable.
//
// A filter can match hundreds of thousands of posts, so it is evaluated off the GUI thread by a
// PostIdsJob: the job returns the matching ids in sort order and the model then reads pages of
// rows by id. Meanwhile the model keeps showing the previous rows (isBusy() is
// true); a newer filter or sort interrupts an older one still running. Without a filter
// the rows show at once (a count, then pages read by keyset) while the worker builds the same
// index of ids silently, after which a jump to any row costs one page read.
//
// By default every row is addressable at once (the scroll bar has its true size). With
// setIncremental(true) the model follows Qt's fetchMore() pattern instead and reveals
// FetchBatch rows at a time.
class PostsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Id,
        PostedAt,
        AuthorName,
        AuthorHandle,
        Platform,
        Text,
        FlagCategory,
        FlaggedBy,
        ReportedOn,
        PostStatus,
        Url,
        ExternalId,
        Notes,
        Tags,
    };
    Q_ENUM(Column)

    struct ColumnInfo
    {
        Column column;
        QString key;   // stable name for settings: "posted_at"
        QString title; // header text
        bool sortable = false;
    };

    enum Role {
        IdRole = Qt::UserRole + 1,
        PostedAtRole, // ISO 8601 text as stored
        AuthorHandleRole,
        FlagCategoryRole,
        TextRole,
        UrlRole,
        NotesRole,
        StatusRole,
    };

    using Filter = PostFilter;

    static constexpr int PageSize = 256;
    static constexpr int MaxCachedPages = 32;
    static constexpr int FetchBatch = 1000;

    explicit PostsModel(CaseDocument &document, QObject *parent = nullptr);
    ~PostsModel() override;

    static QList<ColumnInfo> availableColumns();
    static QList<Column> defaultColumns();
    QList<Column> visibleColumns() const { return m_columns; }
    void setVisibleColumns(const QList<Column> &columns);
    Column columnAt(int section) const { return m_columns.value(section); }

    // The filter and sort last asked for; while isBusy() the rows still show the previous ones.
    Filter filter() const { return m_query.filter; }
    void setFilter(const Filter &filter);

    Column sortColumn() const { return m_query.sortColumn; }
    Qt::SortOrder sortOrder() const { return m_query.sortOrder; }

    // A filter (or a sort of filtered rows) is being evaluated on the worker thread.
    bool isBusy() const { return m_job != nullptr && m_jobFilters; }
    // Rows are addressed through an in-memory index of ids in display order (always with a
    // filter; without one, once the worker has built it), so a jump costs one page read.
    bool hasRowIndex() const { return m_byId; }

    bool isIncremental() const { return m_incremental; }
    void setIncremental(bool incremental);

    // The total number of posts the filter selects (rowCount() may show fewer when
    // incremental).
    qint64 totalCount() const { return m_count; }
    qint64 postId(int row) const;
    int cachedPageCount() const { return int(m_pages.size()); }
    // The last database error met while reading (the model then shows empty cells).
    Error lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // A stored status ("removed", "up") as a word of the interface's language.
    static QString statusLabel(const QString &status);
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Sorts by a column directly (must be sortable).
    void sortBy(Column column, Qt::SortOrder order);

signals:
    void busyChanged(bool busy);
    // The rows now show the filter and sort last asked for.
    void queryFinished();

private:
    struct Query
    {
        Filter filter;
        Column sortColumn = Column::Id;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        bool operator==(const Query &) const = default;
    };
    using Row = PostListRow;

    void onCaseChanged(CaseTable table);
    void requery(); // show m_query: at once without a filter, else through the worker
    void startJob();
    void cancelJob();
    void publish(PostIdsJob *job, Result<QList<qint64>> ids);
    void reload();  // recount and drop the cache (model reset by the caller)
    void refresh(); // after an edit: keep the view if the rows are unchanged
    Result<PostPager> makePager() const;
    void dropPages();
    const Row *cachedRow(qint64 row) const;
    const Row *row(int row) const;
    Status loadPage(int page) const;
    static PostOrder orderOf(const Query &query);
    QVariant display(const Row &row, Column column) const;

    CaseDocument &m_document;
    QList<Column> m_columns;
    Query m_query;       // asked for
    Query m_shown;       // what the rows show
    bool m_byId = false; // rows are m_ids (a filter), else pages of the posts table
    QList<qint64> m_ids;
    PostIdsJob *m_job = nullptr; // the job whose result is awaited; a child of the model
    bool m_jobFilters = false;   // that job filters (busy) rather than indexes the shown rows
    bool m_incremental = false;
    qint64 m_revealed = 0;
    bool m_fetching = false;
    qint64 m_count = 0;
    std::optional<PostPager> m_pager; // the unfiltered rows, while there is no index of ids
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_recent; // least recently used first
    mutable Error m_lastError;
};

} // namespace Casebinder
