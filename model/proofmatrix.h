#pragma once

#include "linkstore.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Casebinder {

namespace Sql {
class Database;
}

// One piece of evidence as the matrix shows it.
struct MatrixEvidence
{
    qint64 linkId = 0;
    EvidenceLink::Stance stance = EvidenceLink::Stance::Supports;
    int weight = 3;
    QString cite;
    QString quote;
    std::optional<bool> quoteVerified;
    bool disputed = false; // see ProofMatrix: disputed event or unverified quote
    QString note;

    QJsonObject toJson() const;
};

// The evidence of one claim node, counted.
struct NodeEvidence
{
    int supports = 0;
    int undermines = 0;
    int context = 0;
    int solidSupports = 0; // supports that are not disputed
    bool gap = true;
    QString gapReason;
};

// For every element or factor (and every claim without elements): how much evidence supports
// it, how much undermines it, the strongest items and whether there is a gap.
//
// The gap rule: an element has a gap when no supporting link is solid. A supporting link is
// *disputed* (not solid) when it cites an event marked disputed, or when it carries a quote that
// has not been verified against the page text (never checked, or checked and not found). A
// link to document pages without a quote, a verified quote, a post, or an undisputed event is
// solid. So the gap reasons are "no supporting evidence" and "only disputed support".
//
// Strongest items: by weight (highest first), then verified quotes before other evidence,
// then solid before disputed, then oldest link first; at most `StrongestCount` per stance.
struct ProofMatrix
{
    static constexpr int StrongestCount = 3;

    struct Row
    {
        qint64 claimId = 0; // the root claim
        QString claimTitle;
        qint64 nodeId = 0; // the element or factor
        std::optional<qint64> parentId;
        QString kind;
        QString title;
        QString status;
        QString legalStandard;
        NodeEvidence evidence;
        QList<MatrixEvidence> strongestSupport;
        QList<MatrixEvidence> strongestUndermining;
    };

    QList<Row> rows; // in tree order

    // {"claims": [{"id", "title", "elements": [{"id", "title", "kind", "status", "supports",
    //   "undermines", "context", "gap", "gap_reason", "support": [...], "undermining": [...]}]}]}
    QJsonObject toJson() const;

    static Result<ProofMatrix> build(Sql::Database &db);
    // Counts and gap flags of every claim node, by id (the claims tree shows these).
    static Result<QHash<qint64, NodeEvidence>> evidenceByNode(Sql::Database &db);
};

} // namespace Casebinder
