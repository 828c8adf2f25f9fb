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
    bool embedded = false;    // the PDF page's own image at its native resolution, not a render
};

// The image a PDF page consists of, when that is all it holds: one image drawn over the whole
// page, unrotated, in a form Qt can take without Poppler (8-bit grey or RGB, or 1-bit, with
// no filter, Flate/LZW, or DCT (JPEG)), and within `limits`. Null otherwise (CCITT, JBIG2 and
// JPEG 2000 scans, pages with text or drawing, images too large): the page is rendered.
// `pdf` is the whole file, `pageNumber` 1-based.
QImage embeddedPageImage(const QByteArray &pdf, int pageNumber, const RasterLimits &limits);

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
    // Whether a PDF page that is one image is read from that image (the default) or rendered.
    void setUseEmbeddedImages(bool use) { m_useEmbedded = use; }

private:
    Result<PageImage> renderPdf(const EnrichmentSource &source, int pageNumber);
    Result<PageImage> renderImage(const EnrichmentSource &source, int pageNumber);

    RasterLimits m_limits;
    qint64 m_documentId = 0;
    std::unique_ptr<Poppler::Document> m_pdf;
    QByteArray m_bytes; // the open PDF's bytes, kept for the embedded images
    bool m_useEmbedded = true;
};

} // namespace Casebinder::Ocr
