#pragma once

#include "enricher.h"
#include "result.h"

#include <QImage>
#include <QSizeF>

#include <memory>

namespace Poppler {
class Document;
}

namespace Casebinder::Ocr {

// How large a page image may be. 300 dpi reads best; a page too large for it (a 20,000 ×
// 20,000 px scan, a plan sheet) is read at less, so memory stays bounded: an 8-bit image of
// at most maxPixels, plus Poppler's 32-bit one while it renders.
struct RasterLimits
{
    double dpi = 300;
    int maxSide = 8000;
    qint64 maxPixels = 32'000'000;

    // The resolution a page of `points` (1/72 in) is rendered at.
    double resolutionFor(const QSizeF &points) const;
};

// A page as OCR reads it: 8-bit grey, upright as displayed.
struct PageImage
{
    QImage image;
    double dpi = 0;           // pixels per inch of `image`
    double unitsPerPixel = 0; // page units (PDF points; an image's own pixels) per pixel
};

// Renders the pages of one document after another on one thread: PDFs with Poppler (one
// document kept open while its pages come), PNG and JPEG images and the frames of a TIFF
// with Qt's readers, scaled down while decoding when they are larger than the limits.
class PageRasteriser final
{
public:
    explicit PageRasteriser(RasterLimits limits = {});
    ~PageRasteriser();

    static bool canRead(const QString &mediaType);
    Result<PageImage> render(const EnrichmentSource &source, int pageNumber);

private:
    Result<PageImage> renderPdf(const EnrichmentSource &source, int pageNumber);
    Result<PageImage> renderImage(const EnrichmentSource &source, int pageNumber);

    RasterLimits m_limits;
    qint64 m_documentId = 0;
    std::unique_ptr<Poppler::Document> m_pdf;
};

} // namespace Casebinder::Ocr
