#include "documentsmodel.h"

#include "casedocument.h"
#include "commands/documentcommands.h"
#include "pincite.h"
#include "rowloop.h"

#include <QDate>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

QString displayDate(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? date.toString(u"d MMM yyyy"_s) : iso;
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
    Sql::Database &db = m_document.db();
    auto statement = db.prepare(
        u"SELECT id, kind, title, coalesce(document_date, filed_date), docket_number,"
        " exhibit_label, source_name, page_count, privileged, media_type, blob_sha256"
        " FROM documents WHERE (? IS NULL OR kind = ?)"
        " ORDER BY CASE kind WHEN 'filing' THEN 0 WHEN 'exhibit' THEN 1 ELSE 2 END,"
        " CAST(docket_number AS INTEGER), docket_number, length(exhibit_label), exhibit_label, id"_s);
    if (!statement) {
        m_lastError = statement.error();
        return;
    }
    if (m_kind)
        statement->bind(1, documentKindName(*m_kind)).bind(2, documentKindName(*m_kind));
    else
        statement->bind(1, nullptr).bind(2, nullptr);
    QHash<qint64, qsizetype> rowById;
    auto done = Sql::forEachRow(*statement, [&](const Sql::Statement &s) {
        Row row;
        row.id = s.integer(0);
        row.kind = s.text(1);
        row.title = s.text(2).isEmpty() ? s.text(6) : s.text(2);
        row.date = s.text(3);
        row.docketNumber = s.text(4);
        row.exhibitLabel = s.text(5);
        if (!row.docketNumber.isEmpty() || !row.exhibitLabel.isEmpty())
            row.citeName = PinCite::documentName(CitableDocument{
                row.id, row.kind, s.text(2), row.docketNumber, row.exhibitLabel, s.text(6)});
        row.pageCount = int(s.integer(7));
        row.privileged = s.integer(8) != 0;
        row.mediaType = s.text(9);
        row.sha256 = s.text(10);
        rowById.insert(row.id, m_rows.size());
        m_rows.append(std::move(row));
    });
    if (!done) {
        m_lastError = done.error();
        return;
    }
    auto tags = db.prepare(u"SELECT taggings.target_id, tags.id, tags.name FROM taggings"
                           " JOIN tags ON tags.id = taggings.tag_id"
                           " WHERE taggings.target_kind = 'document' ORDER BY tags.name"_s);
    if (!tags) {
        m_lastError = tags.error();
        return;
    }
    done = Sql::forEachRow(*tags, [&](const Sql::Statement &s) {
        if (const auto at = rowById.constFind(s.integer(0)); at != rowById.cend()) {
            m_rows[*at].tagIds.append(s.integer(1));
            m_rows[*at].tagNames.append(s.text(2));
        }
    });
    if (!done)
        m_lastError = done.error();
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
