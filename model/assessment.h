#pragma once

#include "displaylanguage.h"
#include "linkstore.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Casebinder {

// What the evidence of a claim node adds up to (docs/decisions/0006-evidence-assessment.md).
// The order matters: a lower value is weaker.
enum class Assessment {
    Unsupported, // no solid support
    Contested,   // solid support and solid evidence against
    Supported,   // solid support, nothing solid against
};

// "unsupported", "contested", "supported": the JSON and CLI spelling.
QString assessmentName(Assessment assessment); // "supported": a machine value (JSON, CLI)
// The assessment as a word of `language` ("supported", "établi").
QString assessmentWord(Assessment assessment,
                       const DisplayLanguage &language = DisplayLanguage::current());

// One evidence link as the assessment weighs it.
struct EvidenceFacts
{
    EvidenceLink::Stance stance = EvidenceLink::Stance::Supports;
    int weight = 3;
    bool disputedEvent = false;   // it cites an event marked disputed
    bool unverifiedQuote = false; // it quotes a document, and the quote is not verified

    // A link is solid unless it cites a disputed event or carries an unverified quote.
    bool solid() const { return !disputedEvent && !unverifiedQuote; }

    static EvidenceFacts of(EvidenceLink::Stance stance,
                            int weight,
                            bool citesDocument,
                            const QString &quote,
                            std::optional<bool> quoteVerified,
                            bool citesDisputedEvent);
    static EvidenceFacts of(const LinkDetails &details);
};

// The links of one node, counted and weighed (weights of solid links only).
struct EvidenceBalance
{
    int supports = 0;
    int undermines = 0;
    int context = 0;
    int solidSupports = 0;
    int solidUndermines = 0;
    int supportWeight = 0;
    int underminingWeight = 0;

    void add(const EvidenceFacts &facts);
    int unweighedUndermines() const { return undermines - solidUndermines; }
};

struct NodeAssessment
{
    Assessment value = Assessment::Unsupported;
    EvidenceBalance own; // the node's own links
    bool hasChildren = false;
    // For a node with elements or factors: the one its roll-up comes from (the weakest).
    std::optional<qint64> weakest;
    // Solid evidence linked to the node itself undermines it: a roll-up that would read
    // "supported" reads "contested".
    bool underminedAsAWhole = false;
    // What orders equal values from weakest to strongest: the weighed support minus the
    // weighed evidence against, of the node (or of its weakest element).
    int margin = 0;

    bool gap() const { return value == Assessment::Unsupported; }
    // "no supporting evidence", "only disputed support", "an element or factor without solid
    // support" (a roll-up), or empty.
    QString gapReason(const DisplayLanguage &language = DisplayLanguage::current()) const;
};

// How an assessment is worded: the working copy shows weights, the court copy counts items.
enum class AssessmentWording { Working, Court };

// "contested: support 2 vs against 21, the evidence against weighs more",
// "unsupported: no supporting evidence", … in `language` (exports pass their own).
QString describeEvidence(const NodeAssessment &assessment,
                         AssessmentWording wording = AssessmentWording::Working,
                         const DisplayLanguage &language = DisplayLanguage::current());
// A claim's roll-up: "contested: weakest is Public interest (contested: support 2 vs against
// 21, …)". `weakestTitle`/`weakest` describe NodeAssessment::weakest.
QString describeRollUp(const NodeAssessment &assessment,
                       const QString &weakestTitle,
                       const NodeAssessment &weakest,
                       AssessmentWording wording = AssessmentWording::Working,
                       const DisplayLanguage &language = DisplayLanguage::current());

// What to print beside the roll-up of a claim made from template `templateId`: for the
// preliminary injunction (ClaimTemplates), the Ninth Circuit's "serious questions"
// alternative. It explains the test and never says the record meets it. Empty for the others.
QString rollUpNote(const QString &templateId,
                   const DisplayLanguage &language = DisplayLanguage::current());

// Assesses a claims tree: add every node and every link, then assess(). Nodes whose parent
// was not added are roots.
class ProofAssessor final
{
public:
    void addNode(qint64 id, std::optional<qint64> parentId);
    void addEvidence(qint64 nodeId, const EvidenceFacts &facts);
    QHash<qint64, NodeAssessment> assess() const;

private:
    QList<qint64> m_order; // as added
    QHash<qint64, std::optional<qint64>> m_parents;
    QHash<qint64, EvidenceBalance> m_balances;
};

} // namespace Casebinder
