#pragma once

#include "assessment.h"
#include "linkstore.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Casebinder {

class CaseFile;

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

// The evidence of one claim node, counted, and its assessment.
struct NodeEvidence
{
    int supports = 0;
    int undermines = 0;
    int context = 0;
    int solidSupports = 0; // supports that are not disputed
    // The node's assessment is unsupported (decision 0006): no solid support, or, for a node
    // with elements or factors, one of them has none.
    bool gap = true;
    QString gapReason;
    NodeAssessment assessment;
    QString assessmentText; // describeEvidence() or describeRollUp(), working-copy wording
};

// A claim's roll-up (decision 0006): no stronger than its weakest element or factor. What the
// Overview shows and the matrix prints for each top-level claim.
struct ClaimRollUp
{
    qint64 claimId = 0;
    QString title;
    QString templateId;
    NodeAssessment assessment;
    QString weakestTitle; // of assessment.weakest
    NodeAssessment weakestAssessment;
    QString text; // describeRollUp(), working-copy wording
    // Beside the roll-up: how the test can also be met (the preliminary-injunction template's
    // Ninth Circuit alternative). Explains the test; never says it is met.
    QString note;
    int elements = 0; // the claim's rows in the matrix
    int gaps = 0;
    QList<MatrixEvidence> directSupport; // linked to the claim itself, when it has elements
    QList<MatrixEvidence> directUndermining;
};

// For every element or factor (and every claim without elements): how much evidence supports
// it, how much undermines it, the strongest items and its assessment; for every claim, the
// roll-up.
//
// The rule (ProofAssessor, decision 0006): a link is solid unless it cites a disputed event or
// carries a quote not verified against the page text. No solid support: unsupported (a gap,
// "no supporting evidence" or "only disputed support"); solid support and solid evidence
// against: contested, with the weights of both; solid support and nothing solid against:
// supported.
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

    QList<Row> rows;           // in tree order
    QList<ClaimRollUp> claims; // the top-level claims, in tree order

    // {"claims": [{"id", "title", "assessment", "assessment_text", "weakest_element", "note",
    //   "direct": {...}, "elements": [{"id", "title", "kind", "status", "supports", "undermines",
    //   "context", "gap", "gap_reason", "assessment", "assessment_text", "support_weight",
    //   "undermining_weight", "support": [...], "undermining": [...]}]}], "gaps"}
    QJsonObject toJson() const;

    static Result<ProofMatrix> build(Sql::Database &db);
    // Counts, gap flags and assessments of every claim node, by id (the claims tree shows
    // these).
    static Result<QHash<qint64, NodeEvidence>> evidenceByNode(Sql::Database &db);
    // The same, for code above the model, which holds a case rather than its connection.
    static Result<ProofMatrix> build(CaseFile &caseFile);
    static Result<QHash<qint64, NodeEvidence>> evidenceByNode(CaseFile &caseFile);
};

} // namespace Casebinder
