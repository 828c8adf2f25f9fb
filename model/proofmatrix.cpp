#include "proofmatrix.h"

#include "casefile.h"
#include "claimstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

MatrixEvidence toEvidence(const LinkDetails &details)
{
    const EvidenceLink &link = details.link;
    return {link.id,
            link.stance,
            link.weight,
            details.cite,
            link.quote,
            link.quoteVerified,
            !EvidenceFacts::of(details).solid(),
            link.note};
}

bool stronger(const MatrixEvidence &a, const MatrixEvidence &b)
{
    if (a.weight != b.weight)
        return a.weight > b.weight;
    const bool aVerified = a.quoteVerified == true;
    const bool bVerified = b.quoteVerified == true;
    if (aVerified != bVerified)
        return aVerified;
    if (a.disputed != b.disputed)
        return !a.disputed;
    return a.linkId < b.linkId;
}

void keepStrongest(QList<MatrixEvidence> &list)
{
    std::sort(list.begin(), list.end(), stronger);
    if (list.size() > ProofMatrix::StrongestCount)
        list.resize(ProofMatrix::StrongestCount);
}

// Every node and link through the one rule.
struct Assessed
{
    QList<ClaimNode> nodes;
    QList<LinkDetails> links;
    QHash<qint64, NodeAssessment> assessments;
    QHash<qint64, const ClaimNode *> byId;
};

Result<Assessed> assessCase(Sql::Database &db)
{
    Assessed assessed;
    auto nodes = ClaimStore(db).all();
    if (!nodes)
        return fail(nodes.error());
    auto links = LinkStore(db).allDetails();
    if (!links)
        return fail(links.error());
    assessed.nodes = std::move(*nodes);
    assessed.links = std::move(*links);
    ProofAssessor assessor;
    for (const ClaimNode &node : std::as_const(assessed.nodes))
        assessor.addNode(node.id, node.parentId);
    for (const LinkDetails &details : std::as_const(assessed.links))
        assessor.addEvidence(details.link.claimId, EvidenceFacts::of(details));
    assessed.assessments = assessor.assess();
    return assessed;
}

NodeEvidence evidenceOf(const Assessed &assessed, qint64 id)
{
    NodeEvidence evidence;
    evidence.assessment = assessed.assessments.value(id);
    const EvidenceBalance &own = evidence.assessment.own;
    evidence.supports = own.supports;
    evidence.undermines = own.undermines;
    evidence.context = own.context;
    evidence.solidSupports = own.solidSupports;
    evidence.gap = evidence.assessment.gap();
    evidence.gapReason = evidence.assessment.gapReason();
    const auto &weakestId = evidence.assessment.weakest;
    const ClaimNode *weakest = weakestId ? assessed.byId.value(*weakestId) : nullptr;
    evidence.assessmentText = weakest ? describeRollUp(evidence.assessment,
                                                       weakest->title,
                                                       assessed.assessments.value(weakest->id))
                                      : describeEvidence(evidence.assessment);
    return evidence;
}

QJsonValue optionalBool(std::optional<bool> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject MatrixEvidence::toJson() const
{
    QJsonObject json{{u"link"_s, linkId},
                     {u"stance"_s, EvidenceLink::stanceName(stance)},
                     {u"weight"_s, weight},
                     {u"cite"_s, cite},
                     {u"disputed"_s, disputed}};
    if (!quote.isEmpty()) {
        json.insert(u"quote"_s, quote);
        json.insert(u"quote_verified"_s, optionalBool(quoteVerified));
    }
    if (!note.isEmpty())
        json.insert(u"note"_s, note);
    return json;
}

Result<QHash<qint64, NodeEvidence>> ProofMatrix::evidenceByNode(Sql::Database &db)
{
    auto assessed = assessCase(db);
    if (!assessed)
        return fail(assessed.error());
    for (const ClaimNode &node : std::as_const(assessed->nodes))
        assessed->byId.insert(node.id, &node);
    QHash<qint64, NodeEvidence> result;
    for (const ClaimNode &node : std::as_const(assessed->nodes))
        result.insert(node.id, evidenceOf(*assessed, node.id));
    return result;
}

Result<ProofMatrix> ProofMatrix::build(Sql::Database &db)
{
    auto assessed = assessCase(db);
    if (!assessed)
        return fail(assessed.error());
    QHash<qint64, QList<const LinkDetails *>> byNode;
    for (const LinkDetails &details : std::as_const(assessed->links))
        byNode[details.link.claimId].append(&details);
    QHash<qint64, int> childCount;
    QHash<qint64, const ClaimNode *> &byId = assessed->byId;
    for (const ClaimNode &node : std::as_const(assessed->nodes)) {
        byId.insert(node.id, &node);
        if (node.parentId)
            ++childCount[*node.parentId];
    }

    ProofMatrix matrix;
    QHash<qint64, qsizetype> claimIndex;
    for (const ClaimNode &node : std::as_const(assessed->nodes)) {
        if (node.parentId && byId.contains(*node.parentId))
            continue;
        ClaimRollUp claim;
        claim.claimId = node.id;
        claim.title = node.title;
        claim.templateId = node.templateId;
        claim.assessment = assessed->assessments.value(node.id);
        if (const auto weakest = claim.assessment.weakest; weakest && byId.contains(*weakest)) {
            claim.weakestTitle = byId.value(*weakest)->title;
            claim.weakestAssessment = assessed->assessments.value(*weakest);
        }
        claim.text = evidenceOf(*assessed, node.id).assessmentText;
        claim.note = rollUpNote(node.templateId);
        if (childCount.value(node.id) > 0) {
            for (const LinkDetails *details : byNode.value(node.id)) {
                if (details->link.stance == EvidenceLink::Stance::Supports)
                    claim.directSupport.append(toEvidence(*details));
                else if (details->link.stance == EvidenceLink::Stance::Undermines)
                    claim.directUndermining.append(toEvidence(*details));
            }
            keepStrongest(claim.directSupport);
            keepStrongest(claim.directUndermining);
        }
        claimIndex.insert(node.id, matrix.claims.size());
        matrix.claims.append(claim);
    }
    for (const ClaimNode &node : std::as_const(assessed->nodes)) {
        const bool isLeafClaim = node.kind == u"claim" && childCount.value(node.id) == 0;
        if (node.kind == u"claim" && !isLeafClaim)
            continue;
        const ClaimNode *root = &node;
        for (int depth = 0; root->parentId && byId.contains(*root->parentId) && depth < 64; ++depth)
            root = byId.value(*root->parentId);
        Row row;
        row.claimId = root->id;
        row.claimTitle = root->title;
        row.nodeId = node.id;
        row.parentId = node.parentId;
        row.kind = node.kind;
        row.title = node.title;
        row.status = node.status;
        row.legalStandard = node.legalStandard;
        row.evidence = evidenceOf(*assessed, node.id);
        for (const LinkDetails *details : byNode.value(node.id)) {
            if (details->link.stance == EvidenceLink::Stance::Supports)
                row.strongestSupport.append(toEvidence(*details));
            else if (details->link.stance == EvidenceLink::Stance::Undermines)
                row.strongestUndermining.append(toEvidence(*details));
        }
        keepStrongest(row.strongestSupport);
        keepStrongest(row.strongestUndermining);
        if (const auto it = claimIndex.constFind(root->id); it != claimIndex.cend()) {
            ++matrix.claims[*it].elements;
            matrix.claims[*it].gaps += row.evidence.gap ? 1 : 0;
        }
        matrix.rows.append(row);
    }
    return matrix;
}

namespace {

QJsonArray evidenceJson(const QList<MatrixEvidence> &list)
{
    QJsonArray array;
    for (const MatrixEvidence &each : list)
        array.append(each.toJson());
    return array;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject ProofMatrix::toJson() const
{
    QHash<qint64, QJsonArray> elements;
    int gaps = 0;
    for (const Row &row : rows) {
        const NodeEvidence &evidence = row.evidence;
        gaps += evidence.gap ? 1 : 0;
        elements[row.claimId].append(QJsonObject{
            {u"id"_s, row.nodeId},
            {u"title"_s, row.title},
            {u"kind"_s, row.kind},
            {u"status"_s, row.status},
            {u"legal_standard"_s, row.legalStandard},
            {u"supports"_s, evidence.supports},
            {u"undermines"_s, evidence.undermines},
            {u"context"_s, evidence.context},
            {u"gap"_s, evidence.gap},
            {u"gap_reason"_s, textOrNull(evidence.gapReason)},
            {u"assessment"_s, assessmentName(evidence.assessment.value)},
            {u"assessment_text"_s, evidence.assessmentText},
            {u"support_weight"_s, evidence.assessment.own.supportWeight},
            {u"undermining_weight"_s, evidence.assessment.own.underminingWeight},
            {u"support"_s, evidenceJson(row.strongestSupport)},
            {u"undermining"_s, evidenceJson(row.strongestUndermining)},
        });
    }
    QJsonArray array;
    for (const ClaimRollUp &claim : claims) {
        const EvidenceBalance &own = claim.assessment.own;
        QJsonObject json{
            {u"id"_s, claim.claimId},
            {u"title"_s, claim.title},
            {u"assessment"_s, assessmentName(claim.assessment.value)},
            {u"assessment_text"_s, claim.text},
            {u"weakest_element"_s,
             claim.assessment.weakest ? QJsonValue(*claim.assessment.weakest)
                                      : QJsonValue(QJsonValue::Null)},
            {u"note"_s, textOrNull(claim.note)},
            {u"elements"_s, elements.value(claim.claimId)},
        };
        if (claim.assessment.hasChildren)
            json.insert(u"direct"_s,
                        QJsonObject{{u"supports"_s, own.supports},
                                    {u"undermines"_s, own.undermines},
                                    {u"support_weight"_s, own.supportWeight},
                                    {u"undermining_weight"_s, own.underminingWeight},
                                    {u"support"_s, evidenceJson(claim.directSupport)},
                                    {u"undermining"_s, evidenceJson(claim.directUndermining)}});
        array.append(json);
    }
    return QJsonObject{{u"claims"_s, array}, {u"gaps"_s, gaps}};
}

Result<ProofMatrix> ProofMatrix::build(CaseFile &caseFile)
{
    return build(caseFile.db());
}

Result<QHash<qint64, NodeEvidence>> ProofMatrix::evidenceByNode(CaseFile &caseFile)
{
    return evidenceByNode(caseFile.db());
}

} // namespace Casebinder
