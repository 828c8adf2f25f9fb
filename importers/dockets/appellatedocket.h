#pragma once

#include "docket.h"
#include "result.h"

#include <QByteArrayView>

namespace Casebinder::Dockets {

// PACER CM/ECF docket reports of the courts of appeals (and of the bankruptcy appellate panels
// and the Court of Appeals for Veterans Claims), the pages of the circuits' TransportRoom
// servlet, read the way Free Law Project's juriscraper reads them (`AppellateDocketReport`):
// the sections are named by HTML comments ("NEW SECTION - Case Stub", "… - Party/Aty List",
// "… - DOCKET ENTRIES"); a party is the <br>-lines of the left cell (name first, role last),
// its lawyers the <br><br>-separated blocks of the right cell ([bracketed] lines are roles);
// an entry is date, document (number, or else PACER's document id) and text, and the
// attachments the "View multiple documents" layout nests in the row below it. A page that is
// no docket (an error, a log-in redirect, a receipt, a document) is refused with
// Error::Code::Unsupported, "not a docket".
class PacerAppellateReport
{
public:
    // Is this CM/ECF page one of the circuits' (TransportRoom) pages? Such a page is read by
    // this class, not by PacerDocketReport.
    static bool looksLikeAppellatePage(QByteArrayView bytes);

    static Result<Docket> parse(QByteArrayView bytes);
};

} // namespace Casebinder::Dockets
