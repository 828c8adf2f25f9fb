#include "pagerasteriser.h"

#include <QBuffer>
#include <QImageReader>

#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <poppler-qt6.h>

#include <array>
#include <cmath>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace Casebinder::Ocr {
namespace {

constexpr double PointsPerInch = 72;

bool isImage(const QString &mediaType)
{
    return mediaType == u"image/png" || mediaType == u"image/jpeg" || mediaType == u"image/tiff";
}

QByteArray bytesOf(const std::shared_ptr<Buffer> &buffer)
{
    return buffer ? QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                               qsizetype(buffer->getSize()))
                  : QByteArray();
}

// The one image XObject the content draws over `box` (llx lly urx ury): the content must be
// exactly "[q] a 0 0 d e f cm /Name Do [Q]" with the matrix filling the box.
std::optional<std::string> soleImageName(const QByteArray &content,
                                         const QPDFObjectHandle::Rectangle &box)
{
    QList<QByteArray> tokens = content.simplified().split(' ');
    if (!tokens.isEmpty() && tokens.constFirst() == "q")
        tokens.removeFirst();
    if (!tokens.isEmpty() && tokens.constLast() == "Q")
        tokens.removeLast();
    if (tokens.size() != 9 || tokens.at(6) != "cm" || tokens.at(8) != "Do"
        || !tokens.at(7).startsWith('/'))
        return std::nullopt;
    std::array<double, 6> m{};
    for (int i = 0; i < 6; ++i) {
        bool ok = false;
        m[size_t(i)] = tokens.at(i).toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    const auto near = [](double a, double b) {
        return std::abs(a - b) <= 1.0;
    };
    if (!near(m[1], 0) || !near(m[2], 0) || !near(m[0], box.urx - box.llx)
        || !near(m[3], box.ury - box.lly) || !near(m[4], box.llx) || !near(m[5], box.lly))
        return std::nullopt;
    return tokens.at(7).toStdString();
}

// The components of a colour space Qt can take as it is: DeviceGray 1, DeviceRGB 3, an ICC
// profile with 1 or 3; 0 for anything else (Indexed, CMYK, Lab, Separation).
int componentsOf(QPDFObjectHandle space)
{
    if (space.isName()) {
        const std::string name = space.getName();
        return name == "/DeviceGray" ? 1 : name == "/DeviceRGB" ? 3 : 0;
    }
    if (space.isArray() && space.getArrayNItems() == 2 && space.getArrayItem(0).isName()
        && space.getArrayItem(0).getName() == "/ICCBased" && space.getArrayItem(1).isStream()) {
        QPDFObjectHandle n = space.getArrayItem(1).getDict().getKey("/N");
        const int components = n.isInteger() ? int(n.getIntValue()) : 0;
        return components == 1 || components == 3 ? components : 0;
    }
    return 0;
}

QImage decodedImage(QPDFObjectHandle image, const RasterLimits &limits)
{
    QPDFObjectHandle dict = image.getDict();
    const auto integer = [&dict](const char *key) {
        QPDFObjectHandle value = dict.getKey(key);
        return value.isInteger() ? qint64(value.getIntValue()) : qint64(0);
    };
    const qint64 width = integer("/Width");
    const qint64 height = integer("/Height");
    const qint64 bits = integer("/BitsPerComponent");
    if (width <= 0 || height <= 0 || width > limits.maxSide || height > limits.maxSide
        || width * height > limits.maxPixels)
        return {};
    // A mask, a soft mask or a decode array changes what the pixels mean: render instead.
    if (dict.getKey("/ImageMask").isBool() && dict.getKey("/ImageMask").getBoolValue())
        return {};
    if (!dict.getKey("/SMask").isNull() || !dict.getKey("/Mask").isNull()
        || !dict.getKey("/Decode").isNull())
        return {};
    const int components = componentsOf(dict.getKey("/ColorSpace"));
    if (components == 0)
        return {};
    QPDFObjectHandle filter = dict.getKey("/Filter");
    if (filter.isArray() && filter.getArrayNItems() == 1)
        filter = filter.getArrayItem(0);
    if (filter.isName() && filter.getName() == "/DCTDecode") {
        QImage jpeg = QImage::fromData(bytesOf(image.getRawStreamData()), "JPEG");
        if (jpeg.width() != width || jpeg.height() != height)
            return {};
        return jpeg.convertToFormat(QImage::Format_Grayscale8);
    }
    if (!filter.isNull()
        && !(filter.isName()
             && (filter.getName() == "/FlateDecode" || filter.getName() == "/LZWDecode")))
        return {}; // CCITT, JBIG2, JPEG 2000, or a chain: Poppler decodes those
    if (!((bits == 8 && (components == 1 || components == 3)) || (bits == 1 && components == 1)))
        return {};
    const QByteArray data = bytesOf(image.getStreamData(qpdf_dl_generalized));
    const qint64 rowBytes = (width * components * bits + 7) / 8;
    if (data.size() < rowBytes * height)
        return {};
    const QImage::Format format = bits == 1         ? QImage::Format_Mono
                                  : components == 1 ? QImage::Format_Grayscale8
                                                    : QImage::Format_RGB888;
    QImage decoded(int(width), int(height), format);
    if (decoded.isNull())
        return {};
    if (format == QImage::Format_Mono)
        decoded.setColorTable({qRgb(0, 0, 0), qRgb(255, 255, 255)}); // PDF: 0 is black
    for (qint64 y = 0; y < height; ++y)
        std::memcpy(decoded.scanLine(int(y)), data.constData() + y * rowBytes, size_t(rowBytes));
    return decoded.convertToFormat(QImage::Format_Grayscale8);
}

} // namespace

QImage embeddedPageImage(const QByteArray &pdf, int pageNumber, const RasterLimits &limits)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("page", pdf.constData(), size_t(pdf.size()));
        if (document.isEncrypted())
            return {};
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(document).getAllPages();
        if (pageNumber < 1 || size_t(pageNumber) > pages.size())
            return {};
        QPDFPageObjectHelper &page = pages[size_t(pageNumber - 1)];
        QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
        if (rotate.isNumber() && std::lround(rotate.getNumericValue()) % 360 != 0)
            return {};
        QPDFObjectHandle media = page.getMediaBox();
        QPDFObjectHandle crop = page.getCropBox();
        if (!media.isRectangle() || (crop.isRectangle() && crop.unparse() != media.unparse()))
            return {};
        if (page.getObjectHandle().hasKey("/Annots"))
            return {};
        Pl_Buffer content("content");
        page.pipeContents(&content);
        const auto name
            = soleImageName(bytesOf(content.getBufferSharedPointer()), media.getArrayAsRectangle());
        if (!name)
            return {};
        const std::map<std::string, QPDFObjectHandle> images = page.getImages();
        const auto found = images.find(*name);
        if (found == images.end())
            return {};
        return decodedImage(found->second, limits);
    } catch (const std::exception &) {
        return {}; // whatever qpdf cannot read, Poppler may: render it
    }
}

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
        m_bytes = source.original;
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
    // A scan is read at its own resolution from its own pixels when the page is only that.
    if (m_useEmbedded) {
        if (QImage own = embeddedPageImage(m_bytes, pageNumber, m_limits); !own.isNull()) {
            const double unitsPerPixel = points.width() / own.width();
            const double ownDpi = PointsPerInch / unitsPerPixel;
            if (ownDpi >= 50
                && std::abs(points.height() / own.height() - unitsPerPixel) < unitsPerPixel * 0.02)
                return PageImage{std::move(own), ownDpi, unitsPerPixel, true};
        }
    }
    const double dpi = m_limits.resolutionFor(points);
    QImage image = page->renderToImage(dpi, dpi);
    if (image.isNull())
        return fail(Error::Code::Corrupt,
                    u"Poppler could not render page %1 at %2 dpi."_s.arg(pageNumber).arg(dpi));
    image = image.convertToFormat(QImage::Format_Grayscale8);
    return PageImage{std::move(image), dpi, PointsPerInch / dpi, false};
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
    return PageImage{image.convertToFormat(QImage::Format_Grayscale8), dpi, unitsPerPixel, false};
}

} // namespace Casebinder::Ocr
