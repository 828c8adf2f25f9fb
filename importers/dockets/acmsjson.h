#pragma once

#include "docket.h"
#include "result.h"

#include <QByteArrayView>

namespace Casebinder::Dockets {

// A docket from PACER's new appellate system (ACMS), as its web client downloads it: JSON with
// `caseDetails` (the case, and the parties with their lawyers as an HTML table) and
// `docketInfo.docketEntries`. The JSON does not name the court of appeals itself (its `court`
// is the court or agency appealed from), so the docket's court id stays empty, never guessed.
// JSON of another shape is refused as "not a docket".
class AcmsDocketJson
{
public:
    static bool looksLikeAcmsJson(QByteArrayView head);

    static Result<Docket> parse(QByteArrayView bytes);
};

} // namespace Casebinder::Dockets
