#pragma once

#include "proofmatrix.h"

#include <QCoreApplication>
#include <QString>

namespace Casebinder::Views {

// The on-screen (translated) wording of the one assessment rule (model/assessment.h); the
// exports and the CLI print the model's English wording.
class AssessmentWording final
{
    Q_DECLARE_TR_FUNCTIONS(Casebinder::Views::AssessmentWording)

public:
    static QString name(Assessment assessment);
    // "contested: support 2 vs against 21", "unsupported: no supporting evidence", …
    static QString node(const NodeAssessment &assessment);
    // "contested: weakest is Public interest (support 2 vs against 21)"
    static QString rollUp(const ClaimRollUp &claim);
    static QColor colour(Assessment assessment);
};

} // namespace Casebinder::Views
