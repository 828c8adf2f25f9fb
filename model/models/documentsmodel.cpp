#include "documentsmodel.h"

#include <QLocale>

#include "casedocument.h"
#include "commands/documentcommands.h"
#include "pincite.h"
#include "tagstore.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

QString displayDate(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, u"d MMM yyyy"_s) : iso;
}

} // namespace

DocumentsModel::DocumentsModel(CaseDocument &document,
                               std::optional<DocumentKind> kind,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_kind(kind)
{
    connect(&m_document, &CaseDocument::changed, this, &DocumentsModel::onCaseChanged);
    reload();
}

void DocumentsModel::setKind(std::optional<DocumentKind> kind)
{
    beginResetModel();
    m_kind = kind;
    reload();
    endResetModel();
}

void DocumentsModel::onCaseChanged(CaseTable table)
{
    if (table == CaseTable::Documents || table == CaseTable::Pages || table == CaseTable::Tags
        || table == CaseTable::Taggings) {
        beginResetModel();
        reload();
        endResetModel();
    }
}

void DocumentsModel::reload()
{
    m_rows.clear();
    auto documents = m_document.documents().listing(m_kind);
    if (!documents) {
        m_lastError = documents.error();
        return;
    }
    auto tags = m_document.tags().tagsByTarget(TagTargetKind::Document);
    if (!tags)
        m_lastError = tags.error();
    m_rows.reserve(documents->size());
    for (const DocumentRecord &document : std::as_const(*documents)) {
        Row row;
        row.id = document.id;
        row.kind = documentKindName(document.kind);
        row.title = document.title.isEmpty() ? document.sourceName : document.title;
        row.date = document.documentDate.isNull() ? document.filedDate : document.documentDate;
        row.docketNumber = document.docketNumber;
        row.exhibitLabel = document.exhibitLabel;
        if (!row.docketNumber.isEmpty() || !row.exhibitLabel.isEmpty())
            row.citeName = PinCite::documentName(CitableDocument{row.id,
                                                                 row.kind,
                                                                 document.title,
                                                                 row.docketNumber,
                                                                 row.exhibitLabel,
                                                                 document.sourceName});
        row.pageCount = document.pageCount;
        row.privileged = document.privileged;
        row.mediaType = document.mediaType;
        row.sha256 = document.blobSha256;
        if (tags) {
            for (const TagRecord &tag : tags->value(document.id)) {
                row.tagIds.append(tag.id);
                row.tagNames.append(tag.name);
            }
        }
        m_rows.append(std::move(row));
    }
}

qint64 DocumentsModel::documentId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int DocumentsModel::rowOfDocument(qint64 documentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == documentId)
            return row;
    }
    return -1;
}

int DocumentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title;
        case LabelColumn:
            return row.citeName;
        case DateColumn:
            return role == Qt::EditRole ? row.date : displayDate(row.date);
        case PagesColumn:
            return row.pageCount;
        case PrivilegedColumn:
            return role == Qt::DisplayRole ? (row.privileged ? tr("Privileged") : QString())
                                           : QVariant(row.privileged);
        case TagsColumn:
            return row.tagNames.join(u", "_s);
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == PrivilegedColumn)
            return row.privileged ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PagesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row.id;
    case KindRole:
        return row.kind;
    case CiteNameRole:
        return row.citeName;
    case PrivilegedRole:
        return row.privileged;
    case PageCountRole:
        return row.pageCount;
    case MediaTypeRole:
        return row.mediaType;
    case Sha256Role:
        return row.sha256;
    case TagIdsRole: {
        QVariantList ids;
        for (qint64 id : row.tagIds)
            ids.append(id);
        return ids;
    }
    case SortRole:
        switch (index.column()) {
        case LabelColumn:
            // Docket 9 before 10, exhibit B before AA.
            return !row.docketNumber.isEmpty()
                       ? u"%1"_s.arg(row.docketNumber.toInt(), 8, 10, QChar(u'0'))
                       : u"%1%2"_s.arg(row.exhibitLabel.size(), 3, 10, QChar(u'0'))
                             .arg(row.exhibitLabel);
        case DateColumn:
            return row.date;
        case PagesColumn:
            return row.pageCount;
        case PrivilegedColumn:
            return row.privileged;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

bool DocumentsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Row &row = m_rows.at(index.row());
    Status pushed;
    if (index.column() == TitleColumn && role == Qt::EditRole) {
        pushed = m_document.push(std::make_unique<SetDocumentFieldsCommand>(
            m_document, row.id, DocumentEdit{{DocumentField::Title, value.toString()}}));
    } else if (index.column() == PrivilegedColumn && role == Qt::CheckStateRole) {
        pushed = m_document.push(std::make_unique<SetPrivilegedCommand>(
            m_document, QList<qint64>{row.id}, value.toInt() == Qt::Checked));
    } else {
        return false;
    }
    if (!pushed) {
        m_lastError = pushed.error();
        return false;
    }
    return true;
}

QVariant DocumentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case LabelColumn:
        return m_kind == DocumentKind::Filing    ? tr("Docket")
               : m_kind == DocumentKind::Exhibit ? tr("Exhibit")
                                                 : tr("Label");
    case DateColumn:
        return tr("Date");
    case PagesColumn:
        return tr("Pages");
    case PrivilegedColumn:
        return tr("Privileged");
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

Qt::ItemFlags DocumentsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TitleColumn)
        flags |= Qt::ItemIsEditable;
    if (index.isValid() && index.column() == PrivilegedColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QHash<int, QByteArray> DocumentsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "documentId");
    names.insert(KindRole, "kind");
    names.insert(CiteNameRole, "citeName");
    names.insert(PrivilegedRole, "privileged");
    names.insert(PageCountRole, "pageCount");
    names.insert(MediaTypeRole, "mediaType");
    names.insert(Sha256Role, "sha256");
    names.insert(TagIdsRole, "tagIds");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace Casebinder
