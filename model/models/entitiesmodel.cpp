#include "entitiesmodel.h"

#include "casedocument.h"
#include "commands/entitycommands.h"

using namespace Qt::StringLiterals;

namespace Casebinder {

EntitiesModel::EntitiesModel(CaseDocument &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(&m_document, &CaseDocument::changed, this, &EntitiesModel::onCaseChanged);
    reload();
}

void EntitiesModel::onCaseChanged(CaseTable table)
{
    if (table == CaseTable::Entities || table == CaseTable::Events
        || table == CaseTable::Documents) {
        beginResetModel();
        reload();
        endResetModel();
    }
}

void EntitiesModel::reload()
{
    m_rows.clear();
    EntityStore store = m_document.entities();
    auto entities = store.entities();
    if (!entities) {
        m_lastError = entities.error();
        return;
    }
    auto usage = store.usage();
    if (!usage)
        m_lastError = usage.error();
    for (const EntityRecord &entity : std::as_const(*entities)) {
        const EntityUsage counts = usage ? usage->value(entity.id) : EntityUsage{};
        m_rows.append(Row{entity, counts.events, counts.documents});
    }
}

qint64 EntitiesModel::entityId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).entity.id : 0;
}

int EntitiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntitiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntitiesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return row.entity.name;
        case KindColumn:
            return row.entity.kind == EntityKind::Person ? tr("Person") : tr("Organisation");
        case RoleColumn:
            return entityRoleLabel(row.entity.role);
        case EventsColumn:
            return row.events;
        case DocumentsColumn:
            return row.documents;
        }
        return {};
    case Qt::ToolTipRole:
        return row.entity.description.isEmpty() ? QVariant() : QVariant(row.entity.description);
    case IdRole:
        return row.entity.id;
    case KindRole:
        return entityKindName(row.entity.kind);
    case EntityRoleRole:
        return entityRoleName(row.entity.role);
    case EventCountRole:
        return row.events;
    case DocumentCountRole:
        return row.documents;
    default:
        return {};
    }
}

bool EntitiesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    EntityRecord edited = m_rows.at(index.row()).entity;
    edited.name = value.toString();
    if (auto pushed = m_document.push(std::make_unique<EditEntityCommand>(m_document, edited));
        !pushed) {
        m_lastError = pushed.error();
        return false;
    }
    return true;
}

QVariant EntitiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case RoleColumn:
        return tr("Role");
    case EventsColumn:
        return tr("Events");
    case DocumentsColumn:
        return tr("Documents");
    default:
        return {};
    }
}

Qt::ItemFlags EntitiesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QHash<int, QByteArray> EntitiesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "entityId");
    names.insert(KindRole, "kind");
    names.insert(EntityRoleRole, "role");
    names.insert(EventCountRole, "eventCount");
    names.insert(DocumentCountRole, "documentCount");
    return names;
}

} // namespace Casebinder
