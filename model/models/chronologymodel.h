#pragma once

#include "eventstore.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Casebinder {

class CaseDocument;
enum class CaseTable;

// The chronology as a table, in EventDate order (ties by id; see eventdate.h for the rule).
// Reloads when events, their links, sources, tags or entities change. Title and disputed are
// editable; edits are undoable commands.
class ChronologyModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        TitleColumn,
        SourcesColumn,
        ClaimsColumn,
        DisputedColumn,
        TagsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        EventDateRole,     // Casebinder::EventDate
        DisplayDateRole,   // "circa 17–18 Jan 2021"
        PrecisionRole,     // minute, day, month, year
        CircaRole,         // bool
        IsRangeRole,       // bool
        SpanStartRole,     // QDateTime (UTC), for drawing
        SpanEndRole,       // QDateTime (UTC), exclusive
        DisputedRole,      // bool
        DisputeStatusRole, // "unassessed", "undisputed", "disputed"
        DescriptionRole,
        CitesRole,       // QStringList of pin cites
        SourcesRole,     // QVariantList of {cite, documentId, pageFrom, pageTo, postId, privileged}
        ClaimIdsRole,    // QVariantList of claim ids
        ClaimTitlesRole, // QStringList
        TagIdsRole,      // QVariantList of tag ids
        TagColorRole,    // "#rrggbb" of the first tag, empty without tags
        EntityIdsRole,   // QVariantList
    };

    explicit ChronologyModel(CaseDocument &document, QObject *parent = nullptr);

    // The GUI shows privileged sources (marked); exports leave them out.
    EventFilter filter() const { return m_filter; }
    void setFilter(const EventFilter &filter);
    EventDate::Placement placement() const { return m_placement; }
    void setPlacement(EventDate::Placement placement);

    qint64 eventId(int row) const;
    int rowOfEvent(qint64 eventId) const; // -1 when not shown
    const EventRecord *event(int row) const;
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

private:
    void onCaseChanged(CaseTable table);
    void reload();

    struct TagInfo
    {
        QString name;
        QString color;
    };

    CaseDocument &m_document;
    EventFilter m_filter;
    EventDate::Placement m_placement = EventDate::Placement::PeriodStart;
    QList<EventRecord> m_events;
    QHash<qint64, QString> m_claimTitles;
    QHash<qint64, TagInfo> m_tags;
    Error m_lastError;
};

} // namespace Casebinder
