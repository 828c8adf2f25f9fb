#pragma once

#include "result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace Casebinder {

class CaseDocument;
enum class CaseTable;

// The flagged posts of a case as a table that stays smooth at a million rows.
//
// rowCount() comes from one count(*) per filter; rows are read on demand in pages of
// PageSize, and at most MaxCachedPages pages are kept. A page next to a cached page is read by
// keyset (WHERE key = k AND id > i, then key > k), so scrolling costs the same at row 10 and
// row 999,990; a jump far away uses LIMIT/OFFSET from the nearer end of the result. Sorting
// and filtering happen in SQL: only indexed columns are sortable. A filter is evaluated once
// into a temporary table of matching ids and sort keys, indexed in sort order.
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

    struct Filter
    {
        QString flagCategory;
        QString author;              // a handle (with or without @) or an author name
        QDate from;                  // posted on or after
        QDate to;                    // posted on or before
        std::optional<qint64> tagId; // the tag or any tag beneath it
        QString text;                // words, all required; the last one may be a prefix
        bool isEmpty() const
        {
            return flagCategory.isEmpty() && author.isEmpty() && !from.isValid() && !to.isValid()
                   && !tagId && text.trimmed().isEmpty();
        }
    };

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

    Filter filter() const { return m_filter; }
    void setFilter(const Filter &filter);

    Column sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

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

private:
    struct Row
    {
        qint64 id = 0;
        QString postedAt;
        QString authorName;
        QString authorHandle;
        QString platform;
        QString text;
        QString flagCategory;
        QString flaggedBy;
        QString reportedOn;
        QString status;
        QString url;
        QString externalId;
        QString notes;
        QString tags;
    };
    // A run of rows ordered the same way: posts whose sort key is NULL are a segment of
    // their own (ordered by id), so that keyset conditions never compare NULLs.
    struct Segment
    {
        QString condition; // extra WHERE term, empty for none
        bool keyed = false;
        qint64 first = 0;
        qint64 count = 0;
    };

    void onCaseChanged(CaseTable table);
    void reload();  // recount and drop the cache (model reset by the caller)
    void refresh(); // after an edit: keep the view if the count is unchanged
    Result<std::pair<qint64, QList<Segment>>> countRows();
    QString source() const;
    QString keyExpression() const;
    QString idExpression() const;
    const Row *cachedRow(qint64 row) const;
    const Row *row(int row) const;
    Status loadPage(int page) const;
    Result<QList<Row>> fetch(const Segment &segment, qint64 local, qint64 count) const;
    Result<QList<Row>> query(const Segment &segment,
                             bool ascending,
                             const QString &extra,
                             const QVariantList &extraValues,
                             qint64 limit,
                             qint64 offset) const;
    QString keyColumn() const;
    static QVariant keyOf(const Row &row, Column column);
    QString filterSql(QVariantList &values) const;
    QVariant display(const Row &row, Column column) const;

    CaseDocument &m_document;
    QList<Column> m_columns;
    int m_serial = 0;
    QString m_filterTable; // temp table of the filtered ids, empty without a filter
    Filter m_filter;
    Column m_sortColumn = Column::Id;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_incremental = false;
    qint64 m_revealed = 0;
    bool m_fetching = false;
    qint64 m_count = 0;
    QList<Segment> m_segments;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_recent; // least recently used first
    mutable Error m_lastError;
};

} // namespace Casebinder
