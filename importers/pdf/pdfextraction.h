#pragma once

#include "documentstore.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>

namespace Casebinder::Pdf {

struct Limits
{
    int maxPages = 20000;              // a PDF that claims more is refused, not walked
    qint64 maxTextChars = 256LL << 20; // all pages together
    int maxSeconds = 300;              // checked between pages
};

struct ExtractedPdf
{
    QList<PageRecord> pages;
    QJsonObject metadata; // title, author, subject, creator, producer, creation_date, encrypted
    QString title;        // the PDF's own title, when it has one
    TextStatus textStatus = TextStatus::Extracted;
    QString repaired; // what was wrong with a damaged file Poppler could read; empty if sound
};

// Extracts text per page (Poppler, default layout) and the document's metadata. A file with a
// missing %%EOF or a broken cross-reference table is read as Poppler repairs it, and says so in
// `repaired` and metadata["repaired"]; refuses empty and non-PDF files, and files that yield no
// page, with a reason; encrypted files need `password` (Error::Code::PasswordRequired
// otherwise). Thread-safe: one Poppler document per call.
Result<ExtractedPdf> extract(const QByteArray &bytes,
                             const QString &fileName,
                             const QString &password = {},
                             const std::atomic_bool *cancel = nullptr,
                             const Limits &limits = {});

bool hasPdfHeader(QByteArrayView bytes);

// The title an imported PDF gets (issue #21 §1), first that applies: the PDF's Title metadata
// unless it is junk (isJunkTitle); "Dkt. 34" from a PACER header on page 1 ("Case
// 2:21-cv-00031-BJR Document 34 Filed 01/21/21 Page 1 of 14"); the first heading of page 1's
// text (headingOf); else `fallback` (the file's base name). The file name stays the source name.
QString defaultTitle(const ExtractedPdf &pdf, const QString &fileName, const QString &fallback);

// Metadata titles that name the file or the program, not the document: empty, "Untitled",
// "Microsoft Word - brief.docx", "Document1", a file name or path, no letters at all.
bool isJunkTitle(const QString &title, const QString &fileName);

// "Dkt. 34" (or "Dkt. 34-2" for an attachment) from a PACER/ECF header in `text`; empty when
// there is none.
QString pacerDocketTitle(const QString &text);

// The first heading of a page's text: a line in capitals that names a filing (ORDER …,
// MOTION …, COMPLAINT …), else the first capitals line that is not the court's or a party's
// caption line; empty when there is none.
QString headingOf(const QString &text);

} // namespace Casebinder::Pdf
