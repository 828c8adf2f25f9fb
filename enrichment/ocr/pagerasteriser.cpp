#include "pagerasteriser.h"

#include <QBuffer>
#include <QImageReader>

#include <poppler-qt6.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Casebinder::Ocr {
namespace {

constexpr double PointsPerInch = 72;

bool isImage(const QString &mediaType)
{
    return mediaType == u"image/png" || mediaType == u"image/jpeg" || mediaType == u"image/tiff";
}

} // namespace

double RasterLimits::resolutionFor(const QSizeF &points) const
{
    if (points.width() <= 0 || points.height() <= 0)
        return dpi;
    const double longSide = std::max(points.width(), points.height()) / PointsPerInch;
    const double area = points.width() * points.height() / (PointsPerInch * PointsPerInch);
    return std::min({dpi, maxSide / longSide, std::sqrt(double(maxPixels) / area)});
}

PageRasteriser::PageRasteriser(RasterLimits limits)
    : m_limits(limits)
{}

PageRasteriser::~PageRasteriser() = default;

bool PageRasteriser::canRead(const QString &mediaType)
{
    return mediaType == u"application/pdf" || isImage(mediaType);
}

Result<PageImage> PageRasteriser::render(const EnrichmentSource &source, int pageNumber)
{
    if (source.mediaType == u"application/pdf")
        return renderPdf(source, pageNumber);
    if (isImage(source.mediaType))
        return renderImage(source, pageNumber);
    return fail(Error::Code::Unsupported, u"OCR cannot read %1 documents."_s.arg(source.mediaType));
}

Result<PageImage> PageRasteriser::renderPdf(const EnrichmentSource &source, int pageNumber)
{
    if (!m_pdf || m_documentId != source.documentId) {
        m_pdf.reset();
        m_pdf = Poppler::Document::loadFromData(source.original);
        m_documentId = source.documentId;
        if (!m_pdf)
            return fail(Error::Code::Corrupt, u"Poppler cannot open the PDF."_s);
        if (m_pdf->isLocked()) {
            m_pdf.reset();
            return fail(Error::Code::PasswordRequired, u"The PDF is locked with a password."_s);
        }
        m_pdf->setRenderHint(Poppler::Document::Antialiasing);
        m_pdf->setRenderHint(Poppler::Document::TextAntialiasing);
    }
    if (pageNumber < 1 || pageNumber > m_pdf->numPages())
        return fail(Error::Code::NotFound, u"The PDF has no page %1."_s.arg(pageNumber));
    const std::unique_ptr<Poppler::Page> page = m_pdf->page(pageNumber - 1);
    if (!page)
        return fail(Error::Code::Corrupt, u"Poppler cannot read page %1."_s.arg(pageNumber));
    const QSizeF points = page->pageSizeF();
    if (points.width() < 1 || points.height() < 1)
        return fail(Error::Code::Corrupt,
                    u"Page %1 has no area (%2 × %3 points)."_s.arg(pageNumber)
                        .arg(points.width())
                        .arg(points.height()));
    const double dpi = m_limits.resolutionFor(points);
    QImage image = page->renderToImage(dpi, dpi);
    if (image.isNull())
        return fail(Error::Code::Corrupt,
                    u"Poppler could not render page %1 at %2 dpi."_s.arg(pageNumber).arg(dpi));
    image = image.convertToFormat(QImage::Format_Grayscale8);
    return PageImage{std::move(image), dpi, PointsPerInch / dpi};
}

Result<PageImage> PageRasteriser::renderImage(const EnrichmentSource &source, int pageNumber)
{
    QBuffer buffer;
    buffer.setData(source.original);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // EXIF orientation: the image as it is displayed
    // A multi-page TIFF is a page per frame; other images have one.
    const bool tiff = source.mediaType == u"image/tiff";
    if (pageNumber < 1 || (!tiff && pageNumber != 1))
        return fail(Error::Code::NotFound, u"The image has no page %1."_s.arg(pageNumber));
    if (tiff) {
        if (!reader.canRead())
            return fail(Error::Code::Corrupt,
                        u"The TIFF cannot be read: %1."_s.arg(reader.errorString()));
        const int frames = reader.imageCount();
        if (pageNumber > std::max(frames, 1))
            return fail(Error::Code::NotFound,
                        u"The TIFF has %1 page(s), not %2."_s.arg(frames).arg(pageNumber));
        if (pageNumber > 1 && !reader.jumpToImage(pageNumber - 1))
            return fail(Error::Code::Corrupt,
                        u"Page %1 of the TIFF cannot be reached: %2."_s.arg(pageNumber)
                            .arg(reader.errorString()));
    }
    const QSize size = reader.size();
    if (!size.isValid() || size.width() <= 0 || size.height() <= 0)
        return fail(
            Error::Code::Corrupt,
            size.isValid() || reader.canRead()
                ? u"The image has no pixels (%1 × %2)."_s.arg(size.width()).arg(size.height())
                : u"The image cannot be read: %1."_s.arg(reader.errorString()));
    // An image's own pixels are its page units; read it scaled down when it is too large.
    const double scale = std::min(
        {1.0,
         double(m_limits.maxSide) / std::max(size.width(), size.height()),
         std::sqrt(double(m_limits.maxPixels) / (double(size.width()) * size.height()))});
    if (scale < 1.0)
        reader.setScaledSize((QSizeF(size) * scale).toSize().expandedTo({1, 1}));
    QImage image = reader.read();
    if (image.isNull())
        return fail(Error::Code::Corrupt,
                    u"The image cannot be read: %1."_s.arg(reader.errorString()));
    const double unitsPerPixel = double(size.width()) / image.width();
    // Scans record their resolution; without one (or Qt's 72 dpi default) assume 300.
    const double ownDpi = std::round(image.dotsPerMeterX() * 0.0254 * 10) / 10; // 11811 dpm: 300
    const double dpi = (ownDpi >= 100 ? ownDpi : 300) / unitsPerPixel;
    return PageImage{image.convertToFormat(QImage::Format_Grayscale8), dpi, unitsPerPixel};
}

} // namespace Casebinder::Ocr
