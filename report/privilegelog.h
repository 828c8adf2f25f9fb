#pragma once

#include "exporter.h"

namespace Casebinder::Export {

struct PrivilegeLogOptions
{
    PdfOptions pdf; // ignored for CSV
};

// The privilege log of every document marked privileged (FRCP 26(b)(5)(A)): log no., Bates or
// control no., date, document type, author, recipients (to / cc / bcc), privilege asserted,
// a description of the subject matter and whether it is withheld or redacted. A value the
// case does not hold is printed as "unknown", never guessed. PDF with the report library's
// caption and page furniture, or CSV (UTF-8 with BOM) when `path` ends in .csv; written,
// manifested and recorded like every export (exporter.h).
Result<ExportOutcome> exportPrivilegeLog(CaseFile &caseFile,
                                         const QString &path,
                                         const PrivilegeLogOptions &options,
                                         const ExportControl &control = {});

} // namespace Casebinder::Export
