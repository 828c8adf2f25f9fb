#pragma once

#include "result.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace Casebinder::Production {

// One page of a production as an image file: a single-page TIFF (1-bit, CCITT Group IV, 300
// dpi) for a black-and-white page, a JPEG (300 dpi) for a page in colour.
struct PageImage
{
    enum class Kind { Group4Tiff, Jpeg };
    Kind kind = Kind::Group4Tiff;
    QByteArray bytes;
    QString suffix() const
    {
        return kind == Kind::Jpeg ? QStringLiteral("jpg") : QStringLiteral("tif");
    }
};

constexpr int ProductionDpi = 300;

// True when a pixel of `image` is not grey (a channel differs from another by more than a
// little, so anti-aliasing and scanner noise do not count).
bool hasColour(const QImage &image);

// A single-page TIFF of `image` made 1-bit (error-diffused; black text stays black), compressed
// with CCITT Group IV, photometric min-is-white, `dpi` in both directions. Written with
// libtiff (Qt's TIFF writer has no Group IV).
Result<QByteArray> group4Tiff(const QImage &image, int dpi, const QString &name);

// A baseline JPEG of `image` at `dpi` (quality 85).
Result<QByteArray> jpegPage(const QImage &image, int dpi, const QString &name);

// Renders each page of a (stamped) PDF at 300 dpi with Poppler and makes it a PageImage: a
// Group IV TIFF, or a JPEG when the page has colour. Refuses, naming `name`, a PDF Poppler
// cannot open or a page it cannot render.
Result<QList<PageImage>> pdfPageImages(const QByteArray &pdf, const QString &name);

} // namespace Casebinder::Production
