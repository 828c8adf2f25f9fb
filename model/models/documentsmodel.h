#pragma once

#include "documentstore.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace Casebinder {

class CaseDocument;
enum class CaseTable;

// Filings, exhibits or other documents of a case: filings by docket number, exhibits by label.
// Title and the privileged check box are editable (undoable commands).
class DocumentsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        LabelColumn,
        DateColumn,
        PagesColumn,
        PrivilegedColumn,
        TagsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,       // filing, exhibit, other
        CiteNameRole,   // "Dkt. 34", "Ex. A"
        PrivilegedRole, // bool
        PageCountRole,  // int
        MediaTypeRole,
        Sha256Role,
        TagIdsRole, // QVariantList
        SortRole,   // a value that sorts the column sensibly (numbers as numbers)
    };

    // `kind` limits the list to one kind; nullopt lists every document.
    explicit DocumentsModel(CaseDocument &document,
                            std::optional<DocumentKind> kind = std::nullopt,
                            QObject *parent = nullptr);

    std::optional<DocumentKind> kind() const { return m_kind; }
    void setKind(std::optional<DocumentKind> kind);
    qint64 documentId(int row) const;
    int rowOfDocument(qint64 documentId) const;
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
        qint64 id = 0;
        QString kind;
        QString title;
        QString date;
        QString docketNumber;
        QString exhibitLabel;
        QString citeName;
        int pageCount = 0;
        bool privileged = false;
        QString mediaType;
        QString sha256;
        QStringList tagNames;
        QList<qint64> tagIds;
    };

    void onCaseChanged(CaseTable table);
    void reload();

    CaseDocument &m_document;
    std::optional<DocumentKind> m_kind;
    QList<Row> m_rows;
    Error m_lastError;
};

} // namespace Casebinder
