#include "tagsmodel.h"

#include "casedocument.h"
#include "commands/tagcommands.h"

#include <QColor>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Casebinder {

TagsModel::TagsModel(CaseDocument &document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(&m_document, &CaseDocument::changed, this, &TagsModel::onCaseChanged);
    reload();
}

void TagsModel::onCaseChanged(CaseTable table)
{
    if (table == CaseTable::Tags || table == CaseTable::Taggings) {
        beginResetModel();
        reload();
        endResetModel();
    }
}

void TagsModel::reload()
{
    m_nodes.clear();
    m_roots.clear();
    TagStore store = m_document.tags();
    auto tags = store.tags(); // parents before children
    if (!tags) {
        m_lastError = tags.error();
        return;
    }
    QHash<qint64, int> nodeById;
    for (const TagRecord &tag : std::as_const(*tags)) {
        Node node;
        node.tag = tag;
        const auto parent = tag.parentId ? nodeById.constFind(*tag.parentId) : nodeById.cend();
        const int at = int(m_nodes.size());
        if (parent != nodeById.cend()) {
            node.parent = *parent;
            node.path = m_nodes.at(*parent).path + u'/' + tag.name;
            node.row = int(m_nodes.at(*parent).children.size());
            m_nodes[*parent].children.append(at);
        } else {
            node.path = tag.name;
            node.row = int(m_roots.size());
            m_roots.append(at);
        }
        nodeById.insert(tag.id, at);
        m_nodes.append(std::move(node));
    }
    auto usage = store.usageCounts();
    if (!usage) {
        m_lastError = usage.error();
        return;
    }
    for (Node &node : m_nodes)
        node.usage = usage->value(node.tag.id);
}

const QList<int> &TagsModel::childrenOf(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_roots;
    return m_nodes.at(int(parent.internalId())).children;
}

qint64 TagsModel::tagId(const QModelIndex &index) const
{
    return index.isValid() ? m_nodes.at(int(index.internalId())).tag.id : 0;
}

QModelIndex TagsModel::indexOfTag(qint64 tagId, int column) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).tag.id == tagId)
            return createIndex(m_nodes.at(i).row, column, quintptr(i));
    }
    return {};
}

QModelIndex TagsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(childrenOf(parent).at(row)));
}

QModelIndex TagsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes.at(int(child.internalId())).parent;
    if (parent < 0)
        return {};
    return createIndex(m_nodes.at(parent).row, 0, quintptr(parent));
}

int TagsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int TagsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TagsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return node.tag.name;
        case HotkeyColumn:
            return node.tag.hotkey;
        case UsageColumn:
            return node.usage;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return QColor::fromString(node.tag.color);
        return {};
    case Qt::ToolTipRole:
        return node.path;
    case IdRole:
        return node.tag.id;
    case ColorRole:
        return node.tag.color;
    case HotkeyRole:
        return node.tag.hotkey;
    case PathRole:
        return node.path;
    case UsageRole:
        return node.usage;
    case ParentIdRole:
        return node.tag.parentId.value_or(0);
    default:
        return {};
    }
}

bool TagsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    TagRecord edited = m_nodes.at(int(index.internalId())).tag;
    if (index.column() == NameColumn)
        edited.name = value.toString();
    else if (index.column() == HotkeyColumn)
        edited.hotkey = value.toString();
    else
        return false;
    if (auto pushed = m_document.push(std::make_unique<EditTagCommand>(m_document, edited));
        !pushed) {
        m_lastError = pushed.error();
        return false;
    }
    return true;
}

QVariant TagsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Tag");
    case HotkeyColumn:
        return tr("Key");
    case UsageColumn:
        return tr("Used");
    default:
        return {};
    }
}

Qt::ItemFlags TagsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (index.isValid() && (index.column() == NameColumn || index.column() == HotkeyColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QHash<int, QByteArray> TagsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "tagId");
    names.insert(ColorRole, "color");
    names.insert(HotkeyRole, "hotkey");
    names.insert(PathRole, "path");
    names.insert(UsageRole, "usage");
    names.insert(ParentIdRole, "parentId");
    return names;
}

} // namespace Casebinder
