#pragma once

#include "docket.h"
#include "result.h"

#include <QByteArrayView>
#include <QList>

namespace Casebinder::Dockets {

// A CM/ECF "Notice of Electronic Filing" e-mail (district and bankruptcy courts): for each case
// it names (one, or several for a filing in related cases), the docket entry it announces —
// number, filed and entered dates, docket text, PACER document id and attachments — in a
// docket of that case with no parties. Saved like any docket, it adds the entry, or completes
// the one a docket download already brought. A court of appeals' "Notice of Docket Activity"
// is read the same way; its entry is numbered, as on the circuit's docket report, by PACER's
// document id.
class NefEmail
{
public:
    static bool looksLikeNef(QByteArrayView head);

    // One docket per case in the notice; "not a docket" when the message is no NEF.
    static Result<QList<Docket>> parse(QByteArrayView bytes);
};

} // namespace Casebinder::Dockets
