#include "pageimages.h"

#include <poppler-qt6.h>
#include <tiffio.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QImageWriter>
#include <QTemporaryFile>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace Casebinder::Production {
namespace {

// The context lupdate files these strings under (a free function's tr() has none).
struct ProductionText
{
    Q_DECLARE_TR_FUNCTIONS(Casebinder::Production)
};

constexpr int ColourTolerance = 24; // of 255: more is colour, less is grey with noise

// libtiff's messages go to stderr by default; for the one thread that writes, collect them.
thread_local QString t_tiffError;

void collectTiffError(const char *module, const char *format, va_list args)
{
    std::array<char, 512> text{};
    std::vsnprintf(text.data(), text.size(), format, args);
    t_tiffError = module
                      ? u"%1: %2"_s.arg(QString::fromUtf8(module), QString::fromUtf8(text.data()))
                      : QString::fromUtf8(text.data());
}

void ignoreTiffWarning(const char *, const char *, va_list) {}

struct TiffCloser
{
    void operator()(TIFF *tiff) const { TIFFClose(tiff); }
};

} // namespace

bool hasColour(const QImage &image)
{
    const QImage rgb = image.format() == QImage::Format_RGB32
                               || image.format() == QImage::Format_ARGB32
                               || image.format() == QImage::Format_ARGB32_Premultiplied
                           ? image
                           : image.convertToFormat(QImage::Format_RGB32);
    if (rgb.isGrayscale())
        return false;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const int r = qRed(line[x]);
            const int g = qGreen(line[x]);
            const int b = qBlue(line[x]);
            if (std::abs(r - g) > ColourTolerance || std::abs(g - b) > ColourTolerance
                || std::abs(r - b) > ColourTolerance)
                return true;
        }
    }
    return false;
}

Result<QByteArray> group4Tiff(const QImage &image, int dpi, const QString &name)
{
    if (image.isNull())
        return fail(Error::Code::InvalidArgument,
                    ProductionText::tr("%1: there is no page image to write.").arg(name));
    // Flattened on white first, so a transparent page is white, not black.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QImage source = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        for (int y = 0; y < flat.height(); ++y) {
            auto *out = reinterpret_cast<QRgb *>(flat.scanLine(y));
            const auto *in = reinterpret_cast<const QRgb *>(source.constScanLine(y));
            for (int x = 0; x < flat.width(); ++x) {
                const QRgb p = in[x];
                const int a = qAlpha(p);
                out[x] = qRgb(qRed(p) + 255 - a, qGreen(p) + 255 - a, qBlue(p) + 255 - a);
            }
        }
    }
    const QImage mono = flat.convertToFormat(QImage::Format_Grayscale8)
                            .convertToFormat(QImage::Format_Mono, Qt::DiffuseDither);
    // Which index is black: TIFF min-is-white stores black as 1.
    const QList<QRgb> table = mono.colorTable();
    const bool oneIsBlack = table.size() < 2 || qGray(table.at(1)) < qGray(table.at(0));

    // libtiff writes to a file; a temporary one, read back, keeps the result in memory like
    // the other production steps (nothing reaches the folder until the page is complete).
    QTemporaryFile file;
    if (!file.open())
        return fail(Error::Code::Io,
                    ProductionText::tr("%1: cannot make a temporary file for the TIFF.").arg(name),
                    file.errorString());
    file.close();
    t_tiffError.clear();
    const TIFFErrorHandler oldError = TIFFSetErrorHandler(collectTiffError);
    const TIFFErrorHandler oldWarning = TIFFSetWarningHandler(ignoreTiffWarning);
    const auto restore = qScopeGuard([&] {
        TIFFSetErrorHandler(oldError);
        TIFFSetWarningHandler(oldWarning);
    });
    const auto failed = [&](const QString &what) {
        return fail(Error::Code::Io,
                    ProductionText::tr("%1: cannot write the Group IV TIFF (%2).").arg(name, what),
                    t_tiffError);
    };
    {
        std::unique_ptr<TIFF, TiffCloser> tiff(
            TIFFOpen(QFile::encodeName(file.fileName()).constData(), "w"));
        if (!tiff)
            return failed(ProductionText::tr("libtiff cannot open it"));
        const auto width = uint32_t(mono.width());
        const auto height = uint32_t(mono.height());
        TIFF *t = tiff.get();
        TIFFSetField(t, TIFFTAG_IMAGEWIDTH, width);
        TIFFSetField(t, TIFFTAG_IMAGELENGTH, height);
        TIFFSetField(t, TIFFTAG_BITSPERSAMPLE, 1);
        TIFFSetField(t, TIFFTAG_SAMPLESPERPIXEL, 1);
        TIFFSetField(t, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        TIFFSetField(t, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISWHITE);
        TIFFSetField(t, TIFFTAG_FILLORDER, FILLORDER_MSB2LSB);
        TIFFSetField(t, TIFFTAG_COMPRESSION, COMPRESSION_CCITTFAX4);
        TIFFSetField(t, TIFFTAG_ROWSPERSTRIP, height);
        TIFFSetField(t, TIFFTAG_XRESOLUTION, float(dpi));
        TIFFSetField(t, TIFFTAG_YRESOLUTION, float(dpi));
        TIFFSetField(t, TIFFTAG_RESOLUTIONUNIT, RESUNIT_INCH);
        TIFFSetField(t, TIFFTAG_SOFTWARE, "Casebinder");
        const qsizetype rowBytes = (mono.width() + 7) / 8;
        QByteArray row(rowBytes, '\0');
        for (uint32_t y = 0; y < height; ++y) {
            const uchar *line = mono.constScanLine(int(y));
            for (qsizetype i = 0; i < rowBytes; ++i)
                row[i] = char(oneIsBlack ? line[i] : uchar(~line[i]));
            if (TIFFWriteScanline(t, row.data(), y, 0) < 0)
                return failed(ProductionText::tr("row %1").arg(y + 1));
        }
        if (!TIFFWriteDirectory(t))
            return failed(ProductionText::tr("its directory"));
    }
    if (!file.open())
        return fail(Error::Code::Io,
                    ProductionText::tr("%1: cannot read the TIFF back.").arg(name),
                    file.errorString());
    return file.readAll();
}

Result<QByteArray> jpegPage(const QImage &image, int dpi, const QString &name)
{
    QImage page = image.convertToFormat(QImage::Format_RGB32);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    page.setDotsPerMeterX(dotsPerMeter);
    page.setDotsPerMeterY(dotsPerMeter);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(85);
    if (!writer.write(page))
        return fail(Error::Code::Io,
                    ProductionText::tr("%1: cannot write the page as JPEG.").arg(name),
                    writer.errorString());
    return bytes;
}

Result<QList<PageImage>> pdfPageImages(const QByteArray &pdf, const QString &name)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked())
        return fail(
            Error::Code::InvalidArgument,
            ProductionText::tr("Cannot render %1 as page images: Poppler cannot open its PDF.")
                .arg(name));
    // No anti-aliasing: text and lines stay solid black for the 1-bit pages.
    document->setRenderHint(Poppler::Document::Antialiasing, false);
    document->setRenderHint(Poppler::Document::TextAntialiasing, false);
    QList<PageImage> images;
    for (int i = 0; i < document->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        const QImage rendered = page ? page->renderToImage(ProductionDpi, ProductionDpi) : QImage();
        if (rendered.isNull())
            return fail(Error::Code::InvalidArgument,
                        ProductionText::tr("Cannot render page %1 of %2 as an image.")
                            .arg(i + 1)
                            .arg(name));
        const QString pageName = ProductionText::tr("page %1 of %2").arg(i + 1).arg(name);
        if (hasColour(rendered)) {
            auto jpeg = jpegPage(rendered, ProductionDpi, pageName);
            if (!jpeg)
                return fail(jpeg.error());
            images.append({PageImage::Kind::Jpeg, *jpeg});
        } else {
            auto tiff = group4Tiff(rendered, ProductionDpi, pageName);
            if (!tiff)
                return fail(tiff.error());
            images.append({PageImage::Kind::Group4Tiff, *tiff});
        }
    }
    return images;
}

} // namespace Casebinder::Production
