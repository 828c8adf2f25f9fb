#include "docketentriesmodel.h"

#include "casedocument.h"
#include "docketcasefill.h"
#include "documentstore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Casebinder {

DocketEntriesModel::DocketEntriesModel(CaseDocument &document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(&m_document, &CaseDocument::changed, this, &DocketEntriesModel::onCaseChanged);
    reload();
}

void DocketEntriesModel::onCaseChanged(CaseTable table)
{
    // Links to filings and filings' titles are both edits of documents.
    if (table == CaseTable::Documents) {
        beginResetModel();
        reload();
        endResetModel();
    }
}

void DocketEntriesModel::reload()
{
    m_rows.clear();
    m_documentTitles.clear();
    m_lastError = {};
    auto dockets = m_document.caseFile().dockets().list();
    if (!dockets) {
        m_lastError = dockets.error();
        m_dockets.clear();
        return;
    }
    m_dockets = *dockets;
    QList<qint64> linked;
    for (const StoredDocket &docket : std::as_const(m_dockets)) {
        for (const StoredDocketEntry &stored : docket.entries) {
            const DocketEntry &entry = stored.entry;
            Row row{docket.id,
                    stored.id,
                    entry.documentNumber,
                    entry.dateFiled,
                    entry.description,
                    stored.documentId.value_or(0),
                    docket.docket.docketNumber,
                    {}};
            if (stored.documentId)
                linked.append(*stored.documentId);
            for (const DocketAttachment &attachment : entry.attachments) {
                const qint64 document
                    = stored.attachmentDocuments.value(attachment.attachmentNumber);
                row.attachments.append(
                    Row{docket.id,
                        stored.id,
                        u"%1-%2"_s.arg(entry.documentNumber).arg(attachment.attachmentNumber),
                        entry.dateFiled,
                        attachment.description,
                        document,
                        docket.docket.docketNumber,
                        {}});
                if (document > 0)
                    linked.append(document);
            }
            m_rows.append(row);
        }
    }
    DocumentStore documents = m_document.documents();
    for (const qint64 id : std::as_const(linked)) {
        if (auto record = documents.document(id))
            m_documentTitles.insert(id, record->title);
    }
}

QStringList DocketEntriesModel::docketTitles() const
{
    QStringList titles;
    for (const StoredDocket &stored : m_dockets) {
        const Docket &docket = stored.docket;
        QString title = docket.docketNumber;
        if (!docket.caseName.isEmpty())
            title += u" — "_s + docket.caseName;
        if (!docket.courtId.isEmpty())
            title += u" (%1)"_s.arg(DocketCaseFill::courtName(docket.courtId));
        titles.append(title);
    }
    return titles;
}

// An entry's index has internal id 0; an attachment's, its entry's row + 1.
QModelIndex DocketEntriesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_rows.size()
        || row >= m_rows.at(parent.row()).attachments.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DocketEntriesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int DocketEntriesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_rows.size())
        return 0;
    return int(m_rows.at(parent.row()).attachments.size());
}

int DocketEntriesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const DocketEntriesModel::Row *DocketEntriesModel::rowOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == 0)
        return index.row() < m_rows.size() ? &m_rows.at(index.row()) : nullptr;
    const qsizetype entry = qsizetype(index.internalId() - 1);
    if (entry >= m_rows.size() || index.row() >= m_rows.at(entry).attachments.size())
        return nullptr;
    return &m_rows.at(entry).attachments.at(index.row());
}

QVariant DocketEntriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row *found = rowOf(index);
    if (!found)
        return {};
    const Row &row = *found;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return row.number;
        case FiledColumn:
            // Unknown stays unknown: no date is shown as none, never as a guess.
            return row.filed.isValid() ? QLocale().toString(row.filed, QLocale::ShortFormat)
                                       : tr("unknown");
        case TextColumn:
            return row.text;
        case FilingColumn:
            return row.documentId > 0 ? m_documentTitles.value(
                       row.documentId, tr("Document %1").arg(row.documentId))
                                      : tr("not in the case");
        case DocketColumn:
            return row.docketNumber;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? row.text : QVariant();
    case EntryIdRole:
        return row.entryId;
    case EntryNumberRole:
        return row.number;
    case DocketIdRole:
        return row.docketId;
    case DocumentIdRole:
        return row.documentId;
    }
    return {};
}

QVariant DocketEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case FiledColumn:
        return tr("Filed");
    case TextColumn:
        return tr("Docket text");
    case FilingColumn:
        return tr("Filing");
    case DocketColumn:
        return tr("Docket");
    }
    return {};
}

QHash<int, QByteArray> DocketEntriesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(EntryIdRole, "entryId");
    names.insert(EntryNumberRole, "entryNumber");
    names.insert(DocketIdRole, "docketId");
    names.insert(DocumentIdRole, "documentId");
    return names;
}

} // namespace Casebinder
