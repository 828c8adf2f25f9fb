#include "claimtreemodel.h"

#include "commands/claimcommands.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Casebinder {

QString ClaimTreeModel::assessmentCell(const NodeAssessment &assessment)
{
    switch (assessment.value) {
    case Assessment::Unsupported:
        return tr("unsupported");
    case Assessment::Contested:
        // A roll-up shows the balance of its weakest element (the margin it rests on).
        if (assessment.hasChildren)
            return tr("contested");
        return tr("contested (%1 vs %2)")
            .arg(assessment.own.supportWeight)
            .arg(assessment.own.underminingWeight);
    case Assessment::Supported:
        return tr("supported");
    }
    return {};
}

ClaimTreeModel::ClaimTreeModel(CaseDocument &document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(&m_document, &CaseDocument::changed, this, &ClaimTreeModel::onChanged);
    reload();
}

void ClaimTreeModel::onChanged(CaseTable table)
{
    if (table == CaseTable::Claims || table == CaseTable::Links || table == CaseTable::Events)
        reload();
}

void ClaimTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_lastError = {};
    auto claims = m_document.claims().all();
    auto evidence = ProofMatrix::evidenceByNode(m_document.caseFile());
    if (!claims || !evidence) {
        m_lastError = !claims ? claims.error() : evidence.error();
        endResetModel();
        return;
    }
    QHash<qint64, int> indexById;
    // all() is depth-first, so every parent comes before its children.
    for (const ClaimNode &claim : std::as_const(*claims)) {
        Node node{claim, evidence->value(claim.id)};
        const int index = int(m_nodes.size());
        QList<int> &siblings = claim.parentId && indexById.contains(*claim.parentId)
                                   ? m_nodes[indexById.value(*claim.parentId)].children
                                   : m_roots;
        if (claim.parentId && indexById.contains(*claim.parentId))
            node.parent = indexById.value(*claim.parentId);
        node.row = int(siblings.size());
        siblings.append(index);
        indexById.insert(claim.id, index);
        m_nodes.append(node);
    }
    endResetModel();
}

QModelIndex ClaimTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<int> &siblings
        = parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_roots;
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex ClaimTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentIndex = m_nodes.at(int(child.internalId())).parent;
    if (parentIndex < 0)
        return {};
    return createIndex(m_nodes.at(parentIndex).row, 0, quintptr(parentIndex));
}

int ClaimTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int ClaimTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ClaimTreeModel::kindLabel(const QString &kind)
{
    if (kind == u"claim")
        return tr("claim");
    if (kind == u"element")
        return tr("element");
    if (kind == u"factor")
        return tr("factor");
    return kind;
}

QString ClaimTreeModel::statusLabel(const QString &status)
{
    if (status == u"open")
        return tr("open", "claim status");
    if (status == u"established")
        return tr("established", "claim status");
    if (status == u"disputed")
        return tr("disputed", "claim status");
    if (status == u"conceded")
        return tr("conceded", "claim status");
    if (status == u"withdrawn")
        return tr("withdrawn", "claim status");
    return status;
}

QVariant ClaimTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(int(index.internalId()));
    const ClaimNode &claim = node.claim;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn:
            return claim.title;
        case StatusColumn:
            return role == Qt::EditRole ? claim.status : statusLabel(claim.status);
        case SupportsColumn:
            return node.evidence.supports;
        case UnderminesColumn:
            return node.evidence.undermines;
        case AssessmentColumn:
            return assessmentCell(node.evidence.assessment);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == AssessmentColumn)
            return node.evidence.assessmentText;
        return claim.legalStandard.isEmpty() ? QVariant() : QVariant(claim.legalStandard);
    case IdRole:
        return claim.id;
    case KindRole:
        return claim.kind;
    case TitleRole:
        return claim.title;
    case DescriptionRole:
        return claim.description;
    case AssertedByRole:
        return claim.assertedBy;
    case LegalStandardRole:
        return claim.legalStandard;
    case StatusRole:
        return claim.status;
    case NotesRole:
        return claim.notes;
    case TemplateIdRole:
        return claim.templateId;
    case SupportsRole:
        return node.evidence.supports;
    case UnderminesRole:
        return node.evidence.undermines;
    case ContextRole:
        return node.evidence.context;
    case GapRole:
        return node.evidence.gap;
    case GapReasonRole:
        return node.evidence.gapReason;
    case AssessmentRole:
        return assessmentName(node.evidence.assessment.value);
    case AssessmentTextRole:
        return node.evidence.assessmentText;
    case SupportWeightRole:
        return node.evidence.assessment.own.supportWeight;
    case UnderminingWeightRole:
        return node.evidence.assessment.own.underminingWeight;
    default:
        return {};
    }
}

bool ClaimTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    ClaimNode changed = m_nodes.at(int(index.internalId())).claim;
    const QString text = value.toString();
    if (role == Qt::EditRole && index.column() == TitleColumn)
        changed.title = text;
    else if (role == Qt::EditRole && index.column() == StatusColumn)
        changed.status = text;
    else if (role == TitleRole)
        changed.title = text;
    else if (role == DescriptionRole)
        changed.description = text;
    else if (role == AssertedByRole)
        changed.assertedBy = text;
    else if (role == LegalStandardRole)
        changed.legalStandard = text;
    else if (role == StatusRole)
        changed.status = text;
    else if (role == NotesRole)
        changed.notes = text;
    else if (role == KindRole)
        changed.kind = text;
    else
        return false;
    if (changed == m_nodes.at(int(index.internalId())).claim)
        return true;
    // The push reloads the model through CaseDocument::changed.
    auto pushed = m_document.push(std::make_unique<EditClaimNodeCommand>(m_document, changed));
    if (!pushed) {
        m_lastError = pushed.error();
        return false;
    }
    return true;
}

QVariant ClaimTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Claim / element");
    case StatusColumn:
        return tr("Status");
    case SupportsColumn:
        return tr("Supports");
    case UnderminesColumn:
        return tr("Undermines");
    case AssessmentColumn:
        return tr("Assessment");
    default:
        return {};
    }
}

Qt::ItemFlags ClaimTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == TitleColumn || index.column() == StatusColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

QHash<int, QByteArray> ClaimTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{IdRole, "id"},
                  {KindRole, "kind"},
                  {TitleRole, "title"},
                  {DescriptionRole, "description"},
                  {AssertedByRole, "assertedBy"},
                  {LegalStandardRole, "legalStandard"},
                  {StatusRole, "status"},
                  {NotesRole, "notes"},
                  {TemplateIdRole, "templateId"},
                  {SupportsRole, "supports"},
                  {UnderminesRole, "undermines"},
                  {ContextRole, "context"},
                  {GapRole, "gap"},
                  {GapReasonRole, "gapReason"},
                  {AssessmentRole, "assessment"},
                  {AssessmentTextRole, "assessmentText"},
                  {SupportWeightRole, "supportWeight"},
                  {UnderminingWeightRole, "underminingWeight"}});
    return names;
}

QModelIndex ClaimTreeModel::indexOfNode(qint64 id) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).claim.id == id)
            return createIndex(m_nodes.at(i).row, 0, quintptr(i));
    }
    return {};
}

qint64 ClaimTreeModel::nodeId(const QModelIndex &index) const
{
    return index.isValid() ? m_nodes.at(int(index.internalId())).claim.id : 0;
}

} // namespace Casebinder
