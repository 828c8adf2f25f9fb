#include "assessment.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

QString items(int count, const QString &what = u"item"_s)
{
    return count == 1 ? u"1 %1"_s.arg(what) : u"%1 %2s"_s.arg(count).arg(what);
}

// "the evidence against weighs more" … of a contested balance.
QString tilt(const EvidenceBalance &balance)
{
    if (balance.underminingWeight > balance.supportWeight)
        return u"the evidence against weighs more"_s;
    if (balance.underminingWeight == balance.supportWeight)
        return u"evenly balanced"_s;
    return u"the support weighs more"_s;
}

QString unweighed(const EvidenceBalance &balance, AssessmentWording wording)
{
    const int count = balance.unweighedUndermines();
    if (count == 0)
        return {};
    return wording == AssessmentWording::Working
               ? u"; %1 against not weighed (disputed or unverified)"_s.arg(items(count))
               : u"; %1 against not counted (disputed or unverified)"_s.arg(items(count));
}

bool weaker(const NodeAssessment &a, const NodeAssessment &b)
{
    if (a.value != b.value)
        return a.value < b.value;
    return a.margin < b.margin;
}

} // namespace

QString assessmentName(Assessment assessment)
{
    switch (assessment) {
    case Assessment::Unsupported:
        return u"unsupported"_s;
    case Assessment::Contested:
        return u"contested"_s;
    case Assessment::Supported:
        return u"supported"_s;
    }
    return {};
}

EvidenceFacts EvidenceFacts::of(EvidenceLink::Stance stance,
                                int weight,
                                bool citesDocument,
                                const QString &quote,
                                std::optional<bool> quoteVerified,
                                bool citesDisputedEvent)
{
    EvidenceFacts facts;
    facts.stance = stance;
    facts.weight = weight;
    facts.disputedEvent = citesDisputedEvent;
    facts.unverifiedQuote = citesDocument && !quote.trimmed().isEmpty() && quoteVerified != true;
    return facts;
}

EvidenceFacts EvidenceFacts::of(const LinkDetails &details)
{
    const EvidenceLink &link = details.link;
    return of(link.stance,
              link.weight,
              link.documentId.has_value(),
              link.quote,
              link.quoteVerified,
              link.eventId.has_value() && details.eventDisputed);
}

void EvidenceBalance::add(const EvidenceFacts &facts)
{
    switch (facts.stance) {
    case EvidenceLink::Stance::Supports:
        ++supports;
        if (facts.solid()) {
            ++solidSupports;
            supportWeight += facts.weight;
        }
        break;
    case EvidenceLink::Stance::Undermines:
        ++undermines;
        if (facts.solid()) {
            ++solidUndermines;
            underminingWeight += facts.weight;
        }
        break;
    case EvidenceLink::Stance::Context:
        ++context;
        break;
    }
}

QString NodeAssessment::gapReason() const
{
    if (value != Assessment::Unsupported)
        return {};
    if (hasChildren)
        return u"an element or factor without solid support"_s;
    return own.supports == 0 ? u"no supporting evidence"_s : u"only disputed support"_s;
}

QString describeEvidence(const NodeAssessment &assessment, AssessmentWording wording)
{
    const EvidenceBalance &b = assessment.own;
    const bool working = wording == AssessmentWording::Working;
    switch (assessment.value) {
    case Assessment::Supported:
        return (working ? u"supported: support %1, nothing solid against"_s.arg(b.supportWeight)
                        : u"supported: %1 for, none against"_s.arg(items(b.solidSupports)))
               + unweighed(b, wording);
    case Assessment::Contested:
        return (working ? u"contested: support %1 vs against %2, %3"_s.arg(b.supportWeight)
                              .arg(b.underminingWeight)
                              .arg(tilt(b))
                        : u"contested: %1 for, %2 against"_s.arg(items(b.solidSupports))
                              .arg(b.solidUndermines))
               + unweighed(b, wording);
    case Assessment::Unsupported:
        break;
    }
    QString text = b.supports == 0
                       ? u"unsupported: no supporting evidence"_s
                       : (working ? u"unsupported: only disputed support (a disputed event or "
                                    u"a quote not verified)"_s
                                  : u"unsupported: the support is disputed or not verified"_s);
    if (b.solidUndermines > 0)
        text += working ? u"; against %1"_s.arg(b.underminingWeight)
                        : u"; %1 against"_s.arg(items(b.solidUndermines));
    return text + unweighed(b, wording);
}

QString describeRollUp(const NodeAssessment &assessment,
                       const QString &weakestTitle,
                       const NodeAssessment &weakest,
                       AssessmentWording wording)
{
    if (!assessment.hasChildren)
        return describeEvidence(assessment, wording);
    const EvidenceBalance &own = assessment.own;
    const bool working = wording == AssessmentWording::Working;
    const QString againstWhole
        = working ? u"evidence against the claim as a whole weighs %1"_s.arg(own.underminingWeight)
                  : u"%1 against the claim as a whole"_s.arg(items(own.solidUndermines));
    QString text;
    if (weakest.value == Assessment::Supported) {
        text = assessment.value == Assessment::Supported
                   ? u"supported: every element or factor has solid support and nothing solid "
                     u"against"_s
                   : u"contested: every element or factor is supported, but "_s + againstWhole;
        return text;
    }
    text = u"%1: weakest is \u201C%2\u201D (%3)"_s.arg(
        assessmentName(assessment.value), weakestTitle, describeEvidence(weakest, wording));
    if (assessment.underminedAsAWhole)
        text += u"; "_s + againstWhole;
    return text;
}

QString rollUpNote(const QString &templateId)
{
    if (templateId != u"preliminary-injunction")
        return {};
    return u"Ninth Circuit alternative (Alliance for the Wild Rockies v. Cottrell, 632 F.3d 1127, "
           u"1131\u201335 (9th Cir. 2011)): \u201Cserious questions\u201D going to the merits and "
           u"a "
           u"balance of hardships that tips sharply toward the plaintiff can support an "
           u"injunction, if the plaintiff also shows likely irreparable harm and that the "
           u"injunction is in the public interest. The assessment weighs the evidence linked to "
           u"each Winter factor; it does not decide whether the alternative test is met."_s;
}

void ProofAssessor::addNode(qint64 id, std::optional<qint64> parentId)
{
    if (m_parents.contains(id))
        return;
    m_order.append(id);
    m_parents.insert(id, parentId);
}

void ProofAssessor::addEvidence(qint64 nodeId, const EvidenceFacts &facts)
{
    m_balances[nodeId].add(facts);
}

QHash<qint64, NodeAssessment> ProofAssessor::assess() const
{
    QHash<qint64, QList<qint64>> children;
    for (qint64 id : m_order) {
        const std::optional<qint64> parent = m_parents.value(id);
        if (parent && m_parents.contains(*parent))
            children[*parent].append(id);
    }
    QHash<qint64, NodeAssessment> result;
    QSet<qint64> entered;
    // Children before parents; `entered` stops a damaged tree that loops.
    const auto visit = [&](auto &self, qint64 id) -> void {
        if (entered.contains(id))
            return;
        entered.insert(id);
        NodeAssessment node;
        node.own = m_balances.value(id);
        const QList<qint64> below = children.value(id);
        for (qint64 child : below)
            self(self, child);
        std::optional<qint64> weakest;
        for (qint64 child : below) {
            const auto found = result.constFind(child);
            if (found == result.cend())
                continue; // part of a loop
            if (!weakest || weaker(*found, result.value(*weakest)))
                weakest = child;
        }
        if (!weakest) {
            // A leaf: its own evidence decides.
            if (node.own.solidSupports == 0)
                node.value = Assessment::Unsupported;
            else if (node.own.solidUndermines > 0)
                node.value = Assessment::Contested;
            else
                node.value = Assessment::Supported;
            node.margin = node.own.supportWeight - node.own.underminingWeight;
        } else {
            // No stronger than its weakest element; its own support lifts nothing, but solid
            // evidence against the whole makes "supported" contested.
            const NodeAssessment &from = result.value(*weakest);
            node.hasChildren = true;
            node.weakest = weakest;
            node.value = from.value;
            node.margin = from.margin - node.own.underminingWeight;
            node.underminedAsAWhole = node.own.solidUndermines > 0;
            if (node.underminedAsAWhole && node.value == Assessment::Supported)
                node.value = Assessment::Contested;
        }
        result.insert(id, node);
    };
    for (qint64 id : m_order) {
        const std::optional<qint64> parent = m_parents.value(id);
        if (!parent || !m_parents.contains(*parent))
            visit(visit, id);
    }
    for (qint64 id : m_order)
        visit(visit, id); // nodes only a loop reaches
    return result;
}

} // namespace Casebinder
