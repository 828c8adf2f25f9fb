#pragma once

#include "docketstore.h"
#include "result.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace Casebinder {

class CaseDocument;
enum class CaseTable;

// The entries of the case's dockets, in docket order, with the filing linked to each: a tree
// of one row per entry, its attachments ("34-2") nested under it.
class DocketEntriesModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, FiledColumn, TextColumn, FilingColumn, DocketColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        EntryNumberRole, // "34", "34-2"
        DocketIdRole,
        DocumentIdRole, // the linked filing; 0 when none
    };

    explicit DocketEntriesModel(CaseDocument &document, QObject *parent = nullptr);

    Error lastError() const { return m_lastError; }
    int docketCount() const { return int(m_dockets.size()); }
    // "2:21-cv-00031 — Parler LLC v. Amazon Web Services, Inc. (W.D. Wash.)" for each docket.
    QStringList docketTitles() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        qint64 docketId = 0;
        qint64 entryId = 0;
        QString number; // as cited after "Dkt. "
        QDate filed;
        QString text;
        qint64 documentId = 0;
        QString docketNumber;
        QList<Row> attachments; // an entry's; empty for an attachment
    };
    const Row *rowOf(const QModelIndex &index) const;
    void onCaseChanged(CaseTable table);
    void reload();

    CaseDocument &m_document;
    QList<StoredDocket> m_dockets;
    QList<Row> m_rows;
    QHash<qint64, QString> m_documentTitles;
    Error m_lastError;
};

} // namespace Casebinder
