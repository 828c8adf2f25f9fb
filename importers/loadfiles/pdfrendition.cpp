#include "loadfiles/pdfrendition.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Casebinder::LoadFiles {
namespace {

struct EncodedImage
{
    QByteArray data;
    QByteArray filter; // "DCTDecode" or "FlateDecode"
    QByteArray colorSpace;
    int bits = 8;
    int width = 0;
    int height = 0;
    bool invert = false; // 1-bit images whose 0 is white
    double dpiX = 300;
    double dpiY = 300;
};

QByteArray deflate(const QByteArray &raw)
{
    // qCompress prefixes a 4-byte length to a zlib stream; FlateDecode reads the zlib stream.
    return qCompress(raw, 6).mid(4);
}

double ownDpi(int dotsPerMeter)
{
    const double dpi = std::round(dotsPerMeter * 0.0254 * 10) / 10;
    return dpi >= 100 ? dpi : 300;
}

Result<EncodedImage> encode(const PageImageSource &page)
{
    QBuffer buffer;
    buffer.setData(page.bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (format.isEmpty())
        return fail(Error::Code::Corrupt,
                    u"the image \"%1\" cannot be read: %2"_s.arg(page.name, reader.errorString()));
    if (page.frame > 0 && !reader.jumpToImage(page.frame))
        return fail(Error::Code::NotFound,
                    u"the image \"%1\" has no page %2"_s.arg(page.name).arg(page.frame + 1));
    EncodedImage out;
    if (format == "jpeg" && page.frame == 0) {
        const QImage::Format pixel = reader.imageFormat();
        const QSize size = reader.size();
        if (size.isValid()
            && (pixel == QImage::Format_Grayscale8 || pixel == QImage::Format_RGB32)) {
            const QImage probe = reader.read(); // its resolution
            if (probe.isNull())
                return fail(
                    Error::Code::Corrupt,
                    u"the image \"%1\" cannot be read: %2"_s.arg(page.name, reader.errorString()));
            out.data = page.bytes;
            out.filter = "DCTDecode";
            out.colorSpace = pixel == QImage::Format_Grayscale8 ? "DeviceGray" : "DeviceRGB";
            out.width = size.width();
            out.height = size.height();
            out.dpiX = ownDpi(probe.dotsPerMeterX());
            out.dpiY = ownDpi(probe.dotsPerMeterY());
            return out;
        }
    }
    QImage image = reader.read();
    if (image.isNull())
        return fail(Error::Code::Corrupt,
                    u"the image \"%1\" cannot be read: %2"_s.arg(page.name, reader.errorString()));
    out.width = image.width();
    out.height = image.height();
    out.dpiX = ownDpi(image.dotsPerMeterX());
    out.dpiY = ownDpi(image.dotsPerMeterY());
    out.filter = "FlateDecode";
    QByteArray raw;
    if (image.depth() == 1) {
        image = image.convertToFormat(QImage::Format_Mono);
        const int rowBytes = (out.width + 7) / 8;
        raw.reserve(qsizetype(rowBytes) * out.height);
        for (int y = 0; y < out.height; ++y)
            raw.append(reinterpret_cast<const char *>(image.constScanLine(y)), rowBytes);
        out.bits = 1;
        out.colorSpace = "DeviceGray";
        out.invert = qGray(image.color(0)) > 127; // PDF's 1-bit grey: 0 is black
    } else if (image.isGrayscale()) {
        image = image.convertToFormat(QImage::Format_Grayscale8);
        raw.reserve(qsizetype(out.width) * out.height);
        for (int y = 0; y < out.height; ++y)
            raw.append(reinterpret_cast<const char *>(image.constScanLine(y)), out.width);
        out.colorSpace = "DeviceGray";
    } else {
        image = image.convertToFormat(QImage::Format_RGB888);
        raw.reserve(qsizetype(out.width) * out.height * 3);
        for (int y = 0; y < out.height; ++y)
            raw.append(reinterpret_cast<const char *>(image.constScanLine(y)),
                       qsizetype(out.width) * 3);
        out.colorSpace = "DeviceRGB";
    }
    out.data = deflate(raw);
    return out;
}

} // namespace

Result<QByteArray> buildImagePdf(const QList<PageImageSource> &pages)
{
    if (pages.isEmpty())
        return fail(Error::Code::InvalidArgument, u"a rendition needs at least one page"_s);
    QByteArray pdf("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    QList<qsizetype> offsets;
    const auto begin = [&](int number) {
        if (offsets.size() < number)
            offsets.resize(number);
        offsets[number - 1] = pdf.size();
        pdf += QByteArray::number(number) + " 0 obj\n";
    };
    // 1: catalog, 2: pages; page n uses objects 3n, 3n+1 (contents), 3n+2 (image).
    const int count = int(pages.size());
    QByteArray kids;
    for (int n = 1; n <= count; ++n)
        kids += QByteArray::number(3 * n) + " 0 R ";
    begin(1);
    pdf += "<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
    begin(2);
    pdf += "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(count)
           + " >>\nendobj\n";
    for (int n = 1; n <= count; ++n) {
        auto image = encode(pages[n - 1]);
        if (!image)
            return fail(image.error());
        const double w = image->width * 72.0 / image->dpiX;
        const double h = image->height * 72.0 / image->dpiY;
        const QByteArray width = QByteArray::number(w, 'f', 2);
        const QByteArray height = QByteArray::number(h, 'f', 2);
        begin(3 * n);
        pdf += "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + width + " " + height
               + "] /Resources << /XObject << /Im0 " + QByteArray::number(3 * n + 2)
               + " 0 R >> >> /Contents " + QByteArray::number(3 * n + 1) + " 0 R >>\nendobj\n";
        const QByteArray content = "q " + width + " 0 0 " + height + " 0 0 cm /Im0 Do Q\n";
        begin(3 * n + 1);
        pdf += "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
               + "\nendstream\nendobj\n";
        begin(3 * n + 2);
        pdf += "<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(image->width)
               + " /Height " + QByteArray::number(image->height) + " /ColorSpace /"
               + image->colorSpace + " /BitsPerComponent " + QByteArray::number(image->bits)
               + (image->invert ? " /Decode [1 0]" : "") + " /Filter /" + image->filter
               + " /Length " + QByteArray::number(image->data.size()) + " >>\nstream\n";
        pdf += image->data;
        pdf += "\nendstream\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1)
           + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace Casebinder::LoadFiles
