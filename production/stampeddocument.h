#pragma once

#include "casefile.h"
#include "documentstore.h"
#include "pdfstamper.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace Casebinder::Production {

struct StampedCopy
{
    QString path;
    QString manifestPath;
    QString sha256;
    qint64 exportId = 0;
    int pages = 0;
    QString batesBegin;
    QString batesEnd;
};

// "document 7 (“Order denying …”)", as the production's messages name a document.
QString describeDocument(const DocumentRecord &document);

// The Bates-stamped copy of one document, in memory: a PDF's pages, or an image's made into PDF
// pages first, each with its page's Bates number and the legend. The stored original is read,
// never changed. Refuses a document without Bates numbers on every page, one that is neither a
// PDF nor an image, and what stampPdf() refuses.
Result<QByteArray> stampedDocument(CaseFile &caseFile,
                                   qint64 documentId,
                                   const StampOptions &options);

// Writes the stamped copy to `path` (complete or not at all), its custody manifest beside it,
// and records it in the case (exports table and custody log, with the SHA-256 of the copy and
// of the original it was made from).
Result<StampedCopy> writeStampedDocument(CaseFile &caseFile,
                                         qint64 documentId,
                                         const QString &path,
                                         const StampOptions &options);

} // namespace Casebinder::Production
