#pragma once

#include "entitystore.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QList>

namespace Casebinder {

class CaseDocument;
enum class CaseTable;

// People and organisations, by name, with how many events and documents they appear in.
class EntitiesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, RoleColumn, EventsColumn, DocumentsColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,       // person, organisation
        EntityRoleRole, // party, counsel, judge, witness, third_party
        EventCountRole,
        DocumentCountRole,
    };

    explicit EntitiesModel(CaseDocument &document, QObject *parent = nullptr);

    qint64 entityId(int row) const;
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
    struct Row
    {
        EntityRecord entity;
        int events = 0;
        int documents = 0;
    };
    void onCaseChanged(CaseTable table);
    void reload();

    CaseDocument &m_document;
    QList<Row> m_rows;
    Error m_lastError;
};

} // namespace Casebinder
