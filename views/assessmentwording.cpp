#include "assessmentwording.h"

#include <QColor>

namespace Casebinder::Views {

QString AssessmentWording::name(Assessment assessment)
{
    switch (assessment) {
    case Assessment::Unsupported:
        return tr("unsupported");
    case Assessment::Contested:
        return tr("contested");
    case Assessment::Supported:
        return tr("supported");
    }
    return {};
}

QString AssessmentWording::node(const NodeAssessment &assessment)
{
    const EvidenceBalance &b = assessment.own;
    switch (assessment.value) {
    case Assessment::Supported:
        return tr("supported: support %1, nothing solid against").arg(b.supportWeight);
    case Assessment::Contested:
        if (b.underminingWeight > b.supportWeight)
            return tr("contested: support %1 vs against %2 — the evidence against weighs more")
                .arg(b.supportWeight)
                .arg(b.underminingWeight);
        return tr("contested: support %1 vs against %2")
            .arg(b.supportWeight)
            .arg(b.underminingWeight);
    case Assessment::Unsupported:
        break;
    }
    if (assessment.hasChildren)
        return tr("unsupported: an element or factor has no solid support");
    const QString reason = b.supports == 0 ? tr("unsupported: no supporting evidence")
                                           : tr("unsupported: only disputed or unverified support");
    return b.solidUndermines > 0 ? tr("%1; against %2").arg(reason).arg(b.underminingWeight)
                                 : reason;
}

QString AssessmentWording::rollUp(const ClaimRollUp &claim)
{
    const NodeAssessment &assessment = claim.assessment;
    if (!assessment.hasChildren)
        return node(assessment);
    if (claim.weakestAssessment.value == Assessment::Supported) {
        if (assessment.value == Assessment::Supported)
            return tr("supported: every element has solid support and nothing solid against");
        return tr("contested: every element is supported, but evidence against the claim as a "
                  "whole weighs %1")
            .arg(assessment.own.underminingWeight);
    }
    return tr("%1 — weakest: %2 (%3)")
        .arg(name(assessment.value), claim.weakestTitle, node(claim.weakestAssessment));
}

QColor AssessmentWording::colour(Assessment assessment)
{
    switch (assessment) {
    case Assessment::Unsupported:
        return {0xb0, 0x1c, 0x1c};
    case Assessment::Contested:
        return {0x9a, 0x55, 0x00};
    case Assessment::Supported:
        return {0x1f, 0x7a, 0x1f};
    }
    return {};
}

} // namespace Casebinder::Views
