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

} // namespace Casebinder::Pdf
