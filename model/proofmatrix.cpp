#include "proofmatrix.h"

#include "claimstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

bool isDisputed(const LinkDetails &details)
{
    const EvidenceLink &link = details.link;
    if (link.eventId && details.eventDisputed)
        return true;
    return link.documentId && !link.quote.trimmed().isEmpty() && link.quoteVerified != true;
}

MatrixEvidence toEvidence(const LinkDetails &details)
{
    const EvidenceLink &link = details.link;
    return {link.id,
            link.stance,
            link.weight,
            details.cite,
            link.quote,
            link.quoteVerified,
            isDisputed(details),
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

void finish(NodeEvidence &evidence)
{
    evidence.gap = evidence.solidSupports == 0;
    if (evidence.supports == 0)
        evidence.gapReason = u"no supporting evidence"_s;
    else if (evidence.solidSupports == 0)
        evidence.gapReason = u"only disputed support"_s;
    else
        evidence.gapReason.clear();
}

void count(NodeEvidence &evidence, const LinkDetails &details)
{
    switch (details.link.stance) {
    case EvidenceLink::Stance::Supports:
        ++evidence.supports;
        if (!isDisputed(details))
            ++evidence.solidSupports;
        break;
    case EvidenceLink::Stance::Undermines:
        ++evidence.undermines;
        break;
    case EvidenceLink::Stance::Context:
        ++evidence.context;
        break;
    }
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
    auto nodes = ClaimStore(db).all();
    if (!nodes)
        return fail(nodes.error());
    auto links = LinkStore(db).allDetails();
    if (!links)
        return fail(links.error());
    QHash<qint64, NodeEvidence> result;
    for (const ClaimNode &node : std::as_const(*nodes))
        result.insert(node.id, NodeEvidence{});
    for (const LinkDetails &details : std::as_const(*links))
        count(result[details.link.claimId], details);
    for (NodeEvidence &evidence : result)
        finish(evidence);
    return result;
}

Result<ProofMatrix> ProofMatrix::build(Sql::Database &db)
{
    auto nodes = ClaimStore(db).all();
    if (!nodes)
        return fail(nodes.error());
    auto links = LinkStore(db).allDetails();
    if (!links)
        return fail(links.error());
    QHash<qint64, QList<const LinkDetails *>> byNode;
    for (const LinkDetails &details : std::as_const(*links))
        byNode[details.link.claimId].append(&details);
    QHash<qint64, int> childCount;
    QHash<qint64, const ClaimNode *> byId;
    for (const ClaimNode &node : std::as_const(*nodes)) {
        byId.insert(node.id, &node);
        if (node.parentId)
            ++childCount[*node.parentId];
    }

    ProofMatrix matrix;
    for (const ClaimNode &node : std::as_const(*nodes)) {
        const bool isLeafClaim = node.kind == u"claim" && childCount.value(node.id) == 0;
        if (node.kind == u"claim" && !isLeafClaim)
            continue;
        const ClaimNode *root = &node;
        while (root->parentId && byId.contains(*root->parentId))
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
        for (const LinkDetails *details : byNode.value(node.id)) {
            count(row.evidence, *details);
            if (details->link.stance == EvidenceLink::Stance::Supports)
                row.strongestSupport.append(toEvidence(*details));
            else if (details->link.stance == EvidenceLink::Stance::Undermines)
                row.strongestUndermining.append(toEvidence(*details));
        }
        finish(row.evidence);
        for (auto *list : {&row.strongestSupport, &row.strongestUndermining}) {
            std::sort(list->begin(), list->end(), stronger);
            if (list->size() > StrongestCount)
                list->resize(StrongestCount);
        }
        matrix.rows.append(row);
    }
    return matrix;
}

QJsonObject ProofMatrix::toJson() const
{
    QJsonArray claims;
    QJsonArray elements;
    qint64 currentClaim = -1;
    QString currentTitle;
    auto flush = [&] {
        if (currentClaim >= 0)
            claims.append(QJsonObject{
                {u"id"_s, currentClaim}, {u"title"_s, currentTitle}, {u"elements"_s, elements}});
        elements = QJsonArray();
    };
    int gaps = 0;
    for (const Row &row : rows) {
        if (row.claimId != currentClaim) {
            flush();
            currentClaim = row.claimId;
            currentTitle = row.claimTitle;
        }
        QJsonArray support;
        for (const MatrixEvidence &each : row.strongestSupport)
            support.append(each.toJson());
        QJsonArray undermining;
        for (const MatrixEvidence &each : row.strongestUndermining)
            undermining.append(each.toJson());
        gaps += row.evidence.gap ? 1 : 0;
        elements.append(QJsonObject{
            {u"id"_s, row.nodeId},
            {u"title"_s, row.title},
            {u"kind"_s, row.kind},
            {u"status"_s, row.status},
            {u"legal_standard"_s, row.legalStandard},
            {u"supports"_s, row.evidence.supports},
            {u"undermines"_s, row.evidence.undermines},
            {u"context"_s, row.evidence.context},
            {u"gap"_s, row.evidence.gap},
            {u"gap_reason"_s,
             row.evidence.gapReason.isEmpty() ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(row.evidence.gapReason)},
            {u"support"_s, support},
            {u"undermining"_s, undermining},
        });
    }
    flush();
    return QJsonObject{{u"claims"_s, claims}, {u"gaps"_s, gaps}};
}

} // namespace Casebinder
