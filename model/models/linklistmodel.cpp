#include "linklistmodel.h"

using namespace Qt::StringLiterals;

namespace Casebinder {

LinkListModel::LinkListModel(CaseDocument &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(&m_document, &CaseDocument::changed, this, [this](CaseTable table) {
        if (table == CaseTable::Links || table == CaseTable::Claims || table == CaseTable::Documents
            || table == CaseTable::Posts || table == CaseTable::Events)
            reload();
    });
}

void LinkListModel::setClaimId(qint64 claimId)
{
    m_claimId = claimId;
    reload();
}

void LinkListModel::reload()
{
    beginResetModel();
    m_links.clear();
    m_lastError = {};
    if (m_claimId != 0) {
        auto links = m_document.links().detailsOf(m_claimId);
        if (links)
            m_links = *links;
        else
            m_lastError = links.error();
    }
    endResetModel();
}

int LinkListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_links.size());
}

int LinkListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LinkDetails &details = m_links.at(index.row());
    const EvidenceLink &link = details.link;
    auto optional = [](const auto &value) {
        return value ? QVariant(*value) : QVariant();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CiteColumn:
            return details.cite;
        case StanceColumn:
            return EvidenceLink::stanceName(link.stance);
        case WeightColumn:
            return link.weight;
        case VerifiedColumn:
            if (!link.quoteVerified)
                return QString();
            return *link.quoteVerified ? u"✓"_s : u"✗"_s;
        case NoteColumn:
            return link.note;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return link.quote.isEmpty() ? QVariant(details.targetTitle) : QVariant(link.quote);
    case IdRole:
        return link.id;
    case ClaimIdRole:
        return link.claimId;
    case CiteRole:
        return details.cite;
    case TargetTitleRole:
        return details.targetTitle;
    case StanceRole:
        return EvidenceLink::stanceName(link.stance);
    case WeightRole:
        return link.weight;
    case QuoteRole:
        return link.quote;
    case QuoteVerifiedRole:
        return optional(link.quoteVerified);
    case NoteRole:
        return link.note;
    case DocumentIdRole:
        return optional(link.documentId);
    case PageFromRole:
        return optional(link.pageFrom);
    case PageToRole:
        return optional(link.pageTo);
    case PostIdRole:
        return optional(link.postId);
    case EventIdRole:
        return optional(link.eventId);
    case DisputedRole:
        return details.eventDisputed;
    default:
        return {};
    }
}

QVariant LinkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CiteColumn:
        return tr("Cite");
    case StanceColumn:
        return tr("Stance");
    case WeightColumn:
        return tr("Weight");
    case VerifiedColumn:
        return tr("Quote verified");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

QHash<int, QByteArray> LinkListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{IdRole, "id"},
                  {ClaimIdRole, "claimId"},
                  {CiteRole, "cite"},
                  {TargetTitleRole, "targetTitle"},
                  {StanceRole, "stance"},
                  {WeightRole, "weight"},
                  {QuoteRole, "quote"},
                  {QuoteVerifiedRole, "quoteVerified"},
                  {NoteRole, "note"},
                  {DocumentIdRole, "documentId"},
                  {PageFromRole, "pageFrom"},
                  {PageToRole, "pageTo"},
                  {PostIdRole, "postId"},
                  {EventIdRole, "eventId"},
                  {DisputedRole, "disputed"}});
    return names;
}

} // namespace Casebinder
