#pragma once

#include "result.h"
#include "tagstore.h"

#include <QAbstractItemModel>
#include <QList>

namespace Casebinder {

class CaseDocument;
enum class CaseTable;

// The tag hierarchy as a tree: name (with its colour as decoration), hotkey, how often used.
// Renaming in place pushes an undoable command.
class TagsModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, HotkeyColumn, UsageColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        ColorRole, // "#rrggbb"
        HotkeyRole,
        PathRole,     // "Issues/Damages"
        UsageRole,    // number of documents, pages, posts and events tagged
        ParentIdRole, // 0 for a top-level tag
    };

    explicit TagsModel(CaseDocument &document, QObject *parent = nullptr);

    qint64 tagId(const QModelIndex &index) const;
    QModelIndex indexOfTag(qint64 tagId, int column = 0) const;
    Error lastError() const { return m_lastError; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
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
    struct Node
    {
        TagRecord tag;
        QString path;
        qint64 usage = 0;
        int parent = -1;     // index in m_nodes, -1 for top level
        int row = 0;         // position among its siblings
        QList<int> children; // indices in m_nodes
    };
    void onCaseChanged(CaseTable table);
    void reload();
    const QList<int> &childrenOf(const QModelIndex &parent) const;

    CaseDocument &m_document;
    QList<Node> m_nodes;
    QList<int> m_roots;
    Error m_lastError;
};

} // namespace Casebinder
