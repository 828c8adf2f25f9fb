#include "assessment.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

QString items(int count, const DisplayLanguage &language)
{
    return count == 1 ? language.translate("Casebinder::Assessment", "1 item")
                      : language.translate("Casebinder::Assessment", "%1 items").arg(count);
}

// "the evidence against weighs more" … of a contested balance.
QString tilt(const EvidenceBalance &balance, const DisplayLanguage &language)
{
    if (balance.underminingWeight > balance.supportWeight)
        return language.translate("Casebinder::Assessment", "the evidence against weighs more");
    if (balance.underminingWeight == balance.supportWeight)
        return language.translate("Casebinder::Assessment", "evenly balanced");
    return language.translate("Casebinder::Assessment", "the support weighs more");
}

QString unweighed(const EvidenceBalance &balance,
                  AssessmentWording wording,
                  const DisplayLanguage &language)
{
    const int count = balance.unweighedUndermines();
    if (count == 0)
        return {};
    return (wording == AssessmentWording::Working
                ? language.translate("Casebinder::Assessment",
                                     "; %1 against not weighed (disputed or unverified)")
                : language.translate("Casebinder::Assessment",
                                     "; %1 against not counted (disputed or unverified)"))
        .arg(items(count, language));
}

bool weaker(const NodeAssessment &a, const NodeAssessment &b)
{
    if (a.value != b.value)
        return a.value < b.value;
    return a.margin < b.margin;
}

} // namespace

QString assessmentWord(Assessment assessment, const DisplayLanguage &language)
{
    switch (assessment) {
    case Assessment::Unsupported:
        return language.translate("Casebinder::Assessment", "unsupported");
    case Assessment::Contested:
        return language.translate("Casebinder::Assessment", "contested");
    case Assessment::Supported:
        return language.translate("Casebinder::Assessment", "supported");
    }
    return {};
}

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

QString NodeAssessment::gapReason(const DisplayLanguage &language) const
{
    if (value != Assessment::Unsupported)
        return {};
    if (hasChildren)
        return language.translate("Casebinder::Assessment",
                                  "an element or factor without solid support");
    return own.supports == 0
               ? language.translate("Casebinder::Assessment", "no supporting evidence")
               : language.translate("Casebinder::Assessment", "only disputed support");
}

QString describeEvidence(const NodeAssessment &assessment,
                         AssessmentWording wording,
                         const DisplayLanguage &language)
{
    const EvidenceBalance &b = assessment.own;
    const bool working = wording == AssessmentWording::Working;
    switch (assessment.value) {
    case Assessment::Supported:
        return (working
                    ? language
                          .translate("Casebinder::Assessment",
                                     "supported: support %1, nothing solid against")
                          .arg(b.supportWeight)
                    : language
                          .translate("Casebinder::Assessment", "supported: %1 for, none against")
                          .arg(items(b.solidSupports, language)))
               + unweighed(b, wording, language);
    case Assessment::Contested:
        return (working
                    ? language
                          .translate("Casebinder::Assessment",
                                     "contested: support %1 vs against %2, %3")
                          .arg(b.supportWeight)
                          .arg(b.underminingWeight)
                          .arg(tilt(b, language))
                    : language.translate("Casebinder::Assessment", "contested: %1 for, %2 against")
                          .arg(items(b.solidSupports, language))
                          .arg(b.solidUndermines))
               + unweighed(b, wording, language);
    case Assessment::Unsupported:
        break;
    }
    QString text
        = b.supports == 0
              ? language.translate("Casebinder::Assessment", "unsupported: no supporting evidence")
              : (working ? language.translate("Casebinder::Assessment",
                                              "unsupported: only disputed support (a disputed "
                                              "event or a quote not verified)")
                         : language.translate("Casebinder::Assessment",
                                              "unsupported: the support is disputed or not "
                                              "verified"));
    if (b.solidUndermines > 0)
        text += working ? language.translate("Casebinder::Assessment", "; against %1")
                              .arg(b.underminingWeight)
                        : language.translate("Casebinder::Assessment", "; %1 against")
                              .arg(items(b.solidUndermines, language));
    return text + unweighed(b, wording, language);
}

QString describeRollUp(const NodeAssessment &assessment,
                       const QString &weakestTitle,
                       const NodeAssessment &weakest,
                       AssessmentWording wording,
                       const DisplayLanguage &language)
{
    if (!assessment.hasChildren)
        return describeEvidence(assessment, wording, language);
    const EvidenceBalance &own = assessment.own;
    const bool working = wording == AssessmentWording::Working;
    const QString againstWhole
        = working ? language
                        .translate("Casebinder::Assessment",
                                   "evidence against the claim as a whole weighs %1")
                        .arg(own.underminingWeight)
                  : language.translate("Casebinder::Assessment", "%1 against the claim as a whole")
                        .arg(items(own.solidUndermines, language));
    if (weakest.value == Assessment::Supported) {
        return assessment.value == Assessment::Supported
                   ? language.translate("Casebinder::Assessment",
                                        "supported: every element or factor has solid support "
                                        "and nothing solid against")
                   : language
                         .translate("Casebinder::Assessment",
                                    "contested: every element or factor is supported, but %1")
                         .arg(againstWhole);
    }
    QString text
        = language.translate("Casebinder::Assessment", "%1: weakest is \u201C%2\u201D (%3)")
              .arg(assessmentWord(assessment.value, language),
                   weakestTitle,
                   describeEvidence(weakest, wording, language));
    if (assessment.underminedAsAWhole)
        text += u"; "_s + againstWhole;
    return text;
}

QString rollUpNote(const QString &templateId, const DisplayLanguage &language)
{
    if (templateId != u"preliminary-injunction")
        return {};
    return language.translate(
        "Casebinder::Assessment",
        "Ninth Circuit alternative (Alliance for the Wild Rockies v. Cottrell, 632 F.3d 1127, "
        "1131\u2013"
        "35 (9th Cir. 2011)): \u201Cserious questions\u201D going to the merits and a "
        "balance of hardships that tips sharply toward the plaintiff can support an "
        "injunction, if the plaintiff also shows likely irreparable harm and that the "
        "injunction is in the public interest. The assessment weighs the evidence linked to "
        "each Winter factor; it does not decide whether the alternative test is met.");
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
