#include "chronologymodel.h"

#include "casedocument.h"
#include "claimstore.h"
#include "commands/eventcommands.h"
#include "tagstore.h"

using namespace Qt::StringLiterals;

namespace Casebinder {

ChronologyModel::ChronologyModel(CaseDocument &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    m_filter.includePrivileged = true;
    connect(&m_document, &CaseDocument::changed, this, &ChronologyModel::onCaseChanged);
    reload();
}

void ChronologyModel::setFilter(const EventFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    reload();
    endResetModel();
}

void ChronologyModel::setPlacement(EventDate::Placement placement)
{
    if (placement == m_placement)
        return;
    beginResetModel();
    m_placement = placement;
    reload();
    endResetModel();
}

void ChronologyModel::onCaseChanged(CaseTable table)
{
    switch (table) {
    case CaseTable::Events:
    case CaseTable::Links:
    case CaseTable::Claims:
    case CaseTable::Tags:
    case CaseTable::Taggings:
    case CaseTable::Documents:
    case CaseTable::Posts:
    case CaseTable::Entities:
        beginResetModel();
        reload();
        endResetModel();
        break;
    case CaseTable::Caption:
    case CaseTable::Pages:
        break;
    }
}

void ChronologyModel::reload()
{
    m_events.clear();
    m_claimTitles.clear();
    m_tags.clear();
    auto events = m_document.events().events(m_filter, m_placement);
    if (!events) {
        m_lastError = events.error();
        return;
    }
    m_events = std::move(*events);
    if (auto claims = m_document.claims().all()) {
        for (const ClaimNode &claim : std::as_const(*claims))
            m_claimTitles.insert(claim.id, claim.title);
    } else {
        m_lastError = claims.error();
    }
    if (auto tags = m_document.tags().tags()) {
        for (const TagRecord &tag : std::as_const(*tags))
            m_tags.insert(tag.id, TagInfo{tag.name, tag.color});
    } else {
        m_lastError = tags.error();
    }
}

qint64 ChronologyModel::eventId(int row) const
{
    return row >= 0 && row < m_events.size() ? m_events.at(row).id : 0;
}

int ChronologyModel::rowOfEvent(qint64 eventId) const
{
    for (int row = 0; row < m_events.size(); ++row) {
        if (m_events.at(row).id == eventId)
            return row;
    }
    return -1;
}

const EventRecord *ChronologyModel::event(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

int ChronologyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ChronologyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChronologyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventRecord &event = m_events.at(index.row());
    auto cites = [&event] {
        QStringList list;
        for (const EventSource &source : event.sources)
            list.append(source.privileged ? source.cite + u" [privileged]"_s : source.cite);
        return list;
    };
    auto claimTitles = [&] {
        QStringList list;
        for (qint64 id : event.claimIds)
            list.append(m_claimTitles.value(id));
        return list;
    };
    auto tagNames = [&] {
        QStringList list;
        for (qint64 id : event.tagIds)
            list.append(m_tags.value(id).name);
        return list;
    };
    auto ids = [](const QList<qint64> &values) {
        QVariantList list;
        for (qint64 value : values)
            list.append(value);
        return list;
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case DateColumn:
            return role == Qt::EditRole ? event.date.toInput() : event.date.display();
        case TitleColumn:
            return event.title;
        case SourcesColumn:
            return cites().join(u"; "_s);
        case ClaimsColumn:
            return claimTitles().join(u"; "_s);
        case DisputedColumn:
            if (role != Qt::DisplayRole)
                return disputeStatusName(event.dispute);
            switch (event.dispute) {
            case DisputeStatus::Disputed:
                return tr("Disputed");
            case DisputeStatus::Undisputed:
                return tr("Undisputed");
            case DisputeStatus::NotAssessed:
                return QString();
            }
            return QString();
        case TagsColumn:
            return tagNames().join(u", "_s);
        }
        return {};
    case Qt::CheckStateRole:
        // Three states: checked disputed, unchecked undisputed, partly checked not assessed.
        if (index.column() == DisputedColumn)
            return event.dispute == DisputeStatus::Disputed     ? Qt::Checked
                   : event.dispute == DisputeStatus::Undisputed ? Qt::Unchecked
                                                                : Qt::PartiallyChecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DisputedColumn)
            return event.dispute == DisputeStatus::Disputed ? tr("Disputed by a party")
                   : event.dispute == DisputeStatus::Undisputed
                       ? tr("Assessed as undisputed")
                       : tr("Not assessed: nobody has said whether it is disputed");
        return index.column() == TitleColumn && !event.description.isEmpty()
                   ? QVariant(event.description)
                   : QVariant();
    case IdRole:
        return event.id;
    case EventDateRole:
        return QVariant::fromValue(event.date);
    case DisplayDateRole:
        return event.date.display();
    case PrecisionRole:
        return event.date.storagePrecision();
    case CircaRole:
        return event.date.isCirca();
    case IsRangeRole:
        return event.date.isRange();
    case SpanStartRole:
        return event.date.spanStart();
    case SpanEndRole:
        return event.date.spanEnd();
    case DisputedRole:
        return event.dispute == DisputeStatus::Disputed;
    case DisputeStatusRole:
        return disputeStatusName(event.dispute);
    case DescriptionRole:
        return event.description;
    case CitesRole:
        return cites();
    case SourcesRole: {
        QVariantList list;
        for (const EventSource &source : event.sources) {
            QVariantMap map{{u"cite"_s, source.cite},
                            {u"title"_s, source.title},
                            {u"privileged"_s, source.privileged}};
            if (source.documentId)
                map.insert(u"documentId"_s, *source.documentId);
            if (source.pageFrom)
                map.insert(u"pageFrom"_s, *source.pageFrom);
            if (source.pageTo)
                map.insert(u"pageTo"_s, *source.pageTo);
            if (source.postId)
                map.insert(u"postId"_s, *source.postId);
            list.append(map);
        }
        return list;
    }
    case ClaimIdsRole:
        return ids(event.claimIds);
    case ClaimTitlesRole:
        return claimTitles();
    case TagIdsRole:
        return ids(event.tagIds);
    case TagColorRole:
        return event.tagIds.isEmpty() ? QString() : m_tags.value(event.tagIds.constFirst()).color;
    case EntityIdsRole:
        return ids(event.entityIds);
    default:
        return {};
    }
}

bool ChronologyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    EventRecord edited = m_events.at(index.row());
    if (index.column() == TitleColumn && role == Qt::EditRole)
        edited.title = value.toString();
    else if (index.column() == DisputedColumn && role == Qt::CheckStateRole)
        edited.dispute = value.toInt() == Qt::Checked     ? DisputeStatus::Disputed
                         : value.toInt() == Qt::Unchecked ? DisputeStatus::Undisputed
                                                          : DisputeStatus::NotAssessed;
    else if (index.column() == DateColumn && role == Qt::EditRole) {
        auto date = EventDate::parse(value.toString());
        if (!date) {
            m_lastError = date.error();
            return false;
        }
        edited.date = *date;
    } else {
        return false;
    }
    if (auto pushed = m_document.push(std::make_unique<EditEventCommand>(m_document, edited));
        !pushed) {
        m_lastError = pushed.error();
        return false;
    }
    return true;
}

QVariant ChronologyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Event");
    case SourcesColumn:
        return tr("Sources");
    case ClaimsColumn:
        return tr("Claims");
    case DisputedColumn:
        return tr("Disputed");
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

Qt::ItemFlags ChronologyModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    if (index.column() == TitleColumn || index.column() == DateColumn)
        flags |= Qt::ItemIsEditable;
    if (index.column() == DisputedColumn)
        flags |= Qt::ItemIsUserCheckable | Qt::ItemIsUserTristate;
    return flags;
}

QHash<int, QByteArray> ChronologyModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "eventId");
    names.insert(EventDateRole, "eventDate");
    names.insert(DisplayDateRole, "displayDate");
    names.insert(PrecisionRole, "precision");
    names.insert(CircaRole, "circa");
    names.insert(IsRangeRole, "isRange");
    names.insert(SpanStartRole, "spanStart");
    names.insert(SpanEndRole, "spanEnd");
    names.insert(DisputedRole, "disputed");
    names.insert(DisputeStatusRole, "disputeStatus");
    names.insert(DescriptionRole, "description");
    names.insert(CitesRole, "cites");
    names.insert(SourcesRole, "sources");
    names.insert(ClaimIdsRole, "claimIds");
    names.insert(ClaimTitlesRole, "claimTitles");
    names.insert(TagIdsRole, "tagIds");
    names.insert(TagColorRole, "tagColor");
    names.insert(EntityIdsRole, "entityIds");
    return names;
}

} // namespace Casebinder
