#pragma once

#include <QString>
#include <QStringView>

namespace Casebinder::Timestamps {

// Timestamps as exports and load files write them: ISO 8601, "YYYY-MM-DD HH:MM:SS",
// "M/D/YY H:MM", "M/D/YYYY H:MM:SS" (with AM/PM), Twitter's "Mon Nov 07 14:54:57 +0000 2022"
// and Unix seconds/milliseconds. Returns ISO 8601 UTC with seconds ("2022-11-07T14:54:57Z"),
// or a null string when the text is not a timestamp. A time without a zone is taken as UTC.
QString normalize(QStringView text);

} // namespace Casebinder::Timestamps
