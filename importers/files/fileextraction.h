#pragma once

#include "documentstore.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Casebinder::Files {

enum class Type { Pdf, Png, Jpeg, Tiff, Text, Email, Zip, Unknown };

// Decides by content first (magic numbers), then by the file name's suffix.
Type sniff(const QString &fileName, QByteArrayView bytes);
QString mediaType(Type type);

// What a non-PDF file contributes: its pages, title, date and metadata.
struct ExtractedFile
{
    QList<PageRecord> pages;
    TextStatus textStatus = TextStatus::None;
    QString title;
    QString documentDate;
    QJsonObject metadata;
};

// Plain text: one page, decoded safely whatever the encoding.
ExtractedFile extractText(const QByteArray &bytes);
// An RFC 5322 message: headers and the readable body as one page; subject, sender and date
// as metadata.
ExtractedFile extractEmail(const QByteArray &bytes);
// PNG, JPEG, TIFF: one page that needs OCR.
ExtractedFile extractImage(Type type);

// Reads a file to import, all of it or nothing: refuses what is not a regular file (devices,
// pipes, sockets, kernel pseudo-files that report no size), anything above `maxBytes` (also
// when it grows past it while being read), and a file that changed or was replaced while it
// was read, so that the original stored is one consistent version of the file.
Result<QByteArray> readOriginal(const QString &path, qint64 maxBytes);

} // namespace Casebinder::Files
