#pragma once

#include "docket.h"
#include "result.h"

#include <QByteArrayView>

namespace Casebinder::Dockets {

// PACER CM/ECF "Docket Report" pages (DktRpt.pl) of district and bankruptcy courts, read the way
// Free Law Project's juriscraper reads them: the case table with "Date Filed:", the party table
// (party types in <b><u>, names in <b>, lawyers in the third cell), and the rows after the one
// reading "Docket Text". A PACER page that is no docket (an error, a query form, a receipt) is
// refused with Error::Code::Unsupported and the message "not a docket".
class PacerDocketReport
{
public:
    // Does the start of a file look like a CM/ECF docket report?
    static bool looksLikeDocketReport(QByteArrayView head);

    static Result<Docket> parse(QByteArrayView bytes);
};

} // namespace Casebinder::Dockets
