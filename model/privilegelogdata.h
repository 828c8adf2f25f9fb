#pragma once

#include "casefile.h"
#include "documentstore.h"
#include "result.h"

#include <QList>
#include <QString>

namespace Casebinder {

// One row of a privilege log (FRCP 26(b)(5)(A)). A value the case does not hold is empty;
// the report prints it as unknown. Nothing is guessed: the author and recipients come from
// what the source stated (an e-mail's headers, a load file's fields), never from a PDF's
// file metadata.
struct PrivilegeLogEntry
{
    int number = 0;        // log no., from 1
    qint64 documentId = 0; // the control number when there is no Bates number
    QString batesBegin;
    QString batesEnd;
    QString date;         // displayDocumentDate(); empty: unknown
    QString documentType; // "E-mail", "PDF document", "Image"; empty: unknown
    QString author;
    QString to;
    QString cc;
    QString bcc;
    PrivilegeBasis basis = PrivilegeBasis::Unknown;
    QString description;
    // Casebinder withholds a privileged document whole; it does not redact.
    bool redacted = false;
    QString title;
    QString sha256;
};

struct PrivilegeLogData
{
    CaseCaption caption;
    QList<PrivilegeLogEntry> entries; // by Bates number, then control number
    int missingBasis = 0;             // entries without a privilege asserted
    int missingDescription = 0;
};

// Every document marked privileged, as its privilege log entry.
Result<PrivilegeLogData> loadPrivilegeLog(CaseFile &caseFile,
                                          const DisplayLanguage &language
                                          = DisplayLanguage::current());

} // namespace Casebinder
