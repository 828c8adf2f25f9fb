#include "pdfstamper.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace Casebinder::Production {
namespace {

// The context lupdate files these strings under (a free function's tr() has none).
struct ProductionText
{
    Q_DECLARE_TR_FUNCTIONS(Casebinder::Production)
};

// Courier's glyphs are all 600/1000 em wide, so a stamp is measured without a width table.
constexpr double CourierAdvance = 0.6;
constexpr double MinimumFontSize = 4;

// Unicode → WinAnsiEncoding (PDF 32000-1 Annex D.2): ASCII, Latin-1 from U+00A0, and the
// typographic marks WinAnsi keeps in 0x80–0x9F.
std::optional<char> winAnsi(char32_t c)
{
    if ((c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0xFF))
        return char(c);
    static constexpr auto Marks = std::to_array<std::pair<char32_t, unsigned char>>({
        {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85},
        {0x2020, 0x86}, {0x2021, 0x87}, {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A},
        {0x2039, 0x8B}, {0x0152, 0x8C}, {0x017D, 0x8E}, {0x2018, 0x91}, {0x2019, 0x92},
        {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95}, {0x2013, 0x96}, {0x2014, 0x97},
        {0x02DC, 0x98}, {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B}, {0x0153, 0x9C},
        {0x017E, 0x9E}, {0x0178, 0x9F},
    });
    for (const auto &[unicode, code] : Marks) {
        if (unicode == c)
            return char(code);
    }
    return std::nullopt;
}

Result<QByteArray> encodeWinAnsi(const QString &text)
{
    QByteArray bytes;
    for (const char32_t c : text.toUcs4()) {
        const auto code = winAnsi(c);
        if (!code)
            return fail(Error::Code::InvalidArgument,
                        ProductionText::tr(
                            "The stamp cannot print \u201C%1\u201D (U+%2): a Bates stamp uses "
                            "WinAnsi characters only (Latin letters, digits and common marks).")
                            .arg(QString::fromUcs4(&c, 1))
                            .arg(qulonglong(c), 4, 16, QLatin1Char('0')));
        bytes.append(*code);
    }
    return bytes;
}

QByteArray number(double value)
{
    QByteArray text = QByteArray::number(value, 'f', 3);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    return text == "-0" ? QByteArray("0") : text;
}

QByteArray showText(const QByteArray &font, double size, double x, double y, const QByteArray &text)
{
    return "BT " + font + ' ' + number(size) + " Tf 0 Tc 0 Tw 100 Tz 0 Tr 0 0 0 rg 1 0 0 1 "
           + number(x) + ' ' + number(y) + " Tm <" + text.toHex() + "> Tj ET\n";
}

struct Box
{
    double llx = 0;
    double lly = 0;
    double urx = 0;
    double ury = 0;
    double width() const { return urx - llx; }
    double height() const { return ury - lly; }
};

std::optional<Box> boxOf(QPDFObjectHandle box)
{
    if (!box.isRectangle())
        return std::nullopt;
    const QPDFObjectHandle::Rectangle r = box.getArrayAsRectangle();
    Box result{std::min(r.llx, r.urx),
               std::min(r.lly, r.ury),
               std::max(r.llx, r.urx),
               std::max(r.lly, r.ury)};
    if (result.width() <= 0 || result.height() <= 0)
        return std::nullopt;
    return result;
}

// What a viewer shows: the CropBox clipped to the MediaBox.
std::optional<Box> visibleBox(QPDFPageObjectHelper &page)
{
    const auto media = boxOf(page.getMediaBox());
    if (!media)
        return std::nullopt;
    const auto crop = boxOf(page.getCropBox());
    if (!crop)
        return media;
    Box visible{std::max(media->llx, crop->llx),
                std::max(media->lly, crop->lly),
                std::min(media->urx, crop->urx),
                std::min(media->ury, crop->ury)};
    if (visible.width() <= 0 || visible.height() <= 0)
        return media;
    return visible;
}

int rotationOf(QPDFPageObjectHelper &page)
{
    QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
    if (!rotate.isNumber())
        return 0;
    const long turns = std::lround(rotate.getNumericValue() / 90.0);
    return int(((turns % 4) + 4) % 4) * 90;
}

// The matrix from upright page space (origin at the visible bottom left, as the viewer shows
// the page after /Rotate turned it clockwise) to the page's user space.
QByteArray uprightMatrix(const Box &box, int rotation)
{
    switch (rotation) {
    case 90:
        return "0 1 -1 0 " + number(box.urx) + ' ' + number(box.lly) + " cm\n";
    case 180:
        return "-1 0 0 -1 " + number(box.urx) + ' ' + number(box.ury) + " cm\n";
    case 270:
        return "0 -1 1 0 " + number(box.llx) + ' ' + number(box.ury) + " cm\n";
    default:
        return "1 0 0 1 " + number(box.llx) + ' ' + number(box.lly) + " cm\n";
    }
}

QByteArray stampContent(const QByteArray &font,
                        const Box &box,
                        int rotation,
                        const QByteArray &bates,
                        const QByteArray &legend,
                        const StampOptions &options)
{
    const bool sideways = rotation == 90 || rotation == 270;
    const double width = sideways ? box.height() : box.width();
    const double height = sideways ? box.width() : box.height();
    const double margin = std::min({options.margin, width * 0.05, height * 0.05});
    const double room = width - 2 * margin;
    const auto advance = [](qsizetype characters, double size) {
        return CourierAdvance * size * double(characters);
    };
    double size = options.fontSize;
    bool stacked = false;
    // Side by side with two characters' gap; stacked (legend above the number) on a page too
    // narrow for that even at a small size.
    const qsizetype sideBySide = bates.size() + legend.size() + (legend.isEmpty() ? 0 : 2);
    if (advance(sideBySide, size) > room) {
        const double fitting = room / (CourierAdvance * double(sideBySide));
        if (fitting >= std::min(size, 6.0)) {
            size = fitting;
        } else {
            stacked = !legend.isEmpty();
            size = std::min(
                size, room / (CourierAdvance * double(std::max(bates.size(), legend.size()))));
        }
    }
    size = std::max(size, MinimumFontSize);
    const double numberWidth = advance(bates.size(), size);
    const double numberX = options.numberPosition == NumberPosition::BottomCenter
                               ? (width - numberWidth) / 2
                               : width - margin - numberWidth;
    QByteArray content = "Q\nq\n" + uprightMatrix(box, rotation);
    content += showText(font, size, numberX, margin, bates);
    if (!legend.isEmpty())
        content += showText(font, size, margin, stacked ? margin + size * 1.3 : margin, legend);
    content += "Q\n";
    return content;
}

Error qpdfError(const QString &name, const std::exception &exception)
{
    const auto *qpdf = dynamic_cast<const QPDFExc *>(&exception);
    if (qpdf && qpdf->getErrorCode() == qpdf_e_password)
        return Error{
            Error::Code::PasswordRequired,
            ProductionText::tr("Cannot stamp %1: the PDF is encrypted with a password.").arg(name),
            QString::fromStdString(qpdf->getMessageDetail())};
    return Error{Error::Code::Corrupt,
                 ProductionText::tr("Cannot stamp %1: the PDF is damaged and qpdf cannot read it.")
                     .arg(name),
                 QString::fromLocal8Bit(exception.what())};
}

QByteArray written(QPDF &pdf)
{
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setObjectStreamMode(qpdf_o_preserve);
    writer.setStreamDataMode(qpdf_s_preserve);
    writer.write();
    const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    return {reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize())};
}

} // namespace

Status checkLegend(const QString &legend)
{
    auto encoded = encodeWinAnsi(legend);
    if (!encoded)
        return fail(encoded.error());
    return {};
}

Result<QByteArray> stampPdf(const QByteArray &pdf,
                            const QList<QString> &numbers,
                            const StampOptions &options,
                            const QString &name)
{
    auto legend = encodeWinAnsi(options.legend);
    if (!legend)
        return fail(legend.error());
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        const QByteArray description = name.toUtf8();
        document.processMemoryFile(description.constData(), pdf.constData(), size_t(pdf.size()));
        if (document.isEncrypted())
            return fail(Error::Code::Unsupported,
                        ProductionText::tr(
                            "Cannot stamp %1: the PDF is encrypted. A stamped copy would have to "
                            "drop or re-create its encryption; decrypt it with the producing "
                            "party's consent and import the decrypted copy.")
                            .arg(name));
        QPDFPageDocumentHelper pages(document);
        pages.pushInheritedAttributesToPage();
        std::vector<QPDFPageObjectHelper> all = pages.getAllPages();
        if (qsizetype(all.size()) != numbers.size())
            return fail(Error::Code::Corrupt,
                        ProductionText::tr(
                            "Cannot stamp %1: the PDF has %2 page(s) but %3 Bates number(s) were "
                            "assigned to it.")
                            .arg(name)
                            .arg(all.size())
                            .arg(numbers.size()));
        QPDFObjectHandle font = document.makeIndirectObject(
            QPDFObjectHandle::parse("<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold "
                                    "/Encoding /WinAnsiEncoding >>"));
        for (size_t index = 0; index < all.size(); ++index) {
            QPDFPageObjectHelper &page = all[index];
            const QString &bates = numbers.at(qsizetype(index));
            if (bates.isEmpty())
                return fail(Error::Code::InvalidArgument,
                            ProductionText::tr("Cannot stamp %1: page %2 has no Bates number.")
                                .arg(name)
                                .arg(index + 1));
            auto encodedNumber = encodeWinAnsi(bates);
            if (!encodedNumber)
                return fail(encodedNumber.error());
            const auto box = visibleBox(page);
            if (!box)
                return fail(Error::Code::Corrupt,
                            ProductionText::tr("Cannot stamp %1: page %2 has no valid MediaBox.")
                                .arg(name)
                                .arg(index + 1));
            QPDFObjectHandle pageObject = page.getObjectHandle();
            QPDFObjectHandle resources = page.getAttribute("/Resources", true);
            if (!resources.isDictionary()) {
                resources = QPDFObjectHandle::newDictionary();
                pageObject.replaceKey("/Resources", resources);
            }
            QPDFObjectHandle fonts = resources.getKey("/Font");
            if (!fonts.isDictionary()) {
                fonts = QPDFObjectHandle::newDictionary();
                resources.replaceKey("/Font", fonts);
            } else if (fonts.isIndirect()) {
                fonts = fonts.shallowCopy();
                resources.replaceKey("/Font", fonts);
            }
            int suffix = 1;
            const std::string fontName = resources.getUniqueResourceName("/CbBates", suffix);
            fonts.replaceKey(fontName, font);
            // The page's own content runs inside q … Q, so whatever state it leaves does not
            // move or hide the stamp.
            page.addPageContents(document.newStream(std::string("q\n")), true);
            const QByteArray stamp = stampContent(QByteArray::fromStdString(fontName),
                                                  *box,
                                                  rotationOf(page),
                                                  *encodedNumber,
                                                  *legend,
                                                  options);
            page.addPageContents(document.newStream(stamp.toStdString()), false);
        }
        QByteArray out = written(document);
        // qpdf notes small slips (an object count one off, an unused object at offset 0) as
        // warnings too; only a cross-reference table it had to rebuild means the file is
        // damaged, and then what it recovered may not be what a viewer shows.
        for (const QPDFExc &warning : document.getWarnings()) {
            const std::string &detail = warning.getMessageDetail();
            if (detail.find("file is damaged") != std::string::npos
                || detail.find("reconstruct") != std::string::npos)
                return fail(Error::Code::Corrupt,
                            ProductionText::tr(
                                "Cannot stamp %1: the PDF is damaged (qpdf had to rebuild its "
                                "cross-reference table, so a stamped copy might not show what "
                                "the original shows).")
                                .arg(name),
                            QString::fromStdString(detail));
        }
        return out;
    } catch (const std::exception &exception) {
        return fail(qpdfError(name, exception));
    }
}

Result<int> pdfPageCount(const QByteArray &pdf, const QString &name)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        const QByteArray description = name.toUtf8();
        document.processMemoryFile(description.constData(), pdf.constData(), size_t(pdf.size()));
        return int(QPDFPageDocumentHelper(document).getAllPages().size());
    } catch (const std::exception &exception) {
        return fail(qpdfError(name, exception));
    }
}

namespace {

// Components of a baseline or progressive JPEG (its SOF marker), or 0 when not found.
int jpegComponents(const QByteArray &jpeg)
{
    qsizetype at = 2;
    while (at + 9 < jpeg.size()) {
        if (uchar(jpeg[at]) != 0xFF)
            return 0;
        const auto marker = uchar(jpeg[at + 1]);
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            at += 2;
            continue;
        }
        const int length = (uchar(jpeg[at + 2]) << 8) | uchar(jpeg[at + 3]);
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
            return uchar(jpeg[at + 9]);
        at += 2 + length;
    }
    return 0;
}

// Page size in points for an image: its stated resolution, unless that makes it larger than
// 17 inches, then 11 inches on its longer side (so does a missing resolution).
QSizeF pageSize(const QImage &image)
{
    const double dpiX = image.dotsPerMeterX() * 0.0254;
    const double dpiY = image.dotsPerMeterY() * 0.0254;
    QSizeF points(image.width() * 72.0 / (dpiX > 1 ? dpiX : 72.0),
                  image.height() * 72.0 / (dpiY > 1 ? dpiY : 72.0));
    const double longer = std::max(points.width(), points.height());
    if (dpiX <= 1 || dpiY <= 1 || longer > 17 * 72)
        points *= 11 * 72 / longer;
    return points;
}

QPDFObjectHandle imageStream(QPDF &pdf, const QImage &decoded, const QByteArray &jpeg)
{
    QPDFObjectHandle stream = pdf.newStream();
    QPDFObjectHandle dict = QPDFObjectHandle::newDictionary();
    dict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
    dict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Image"));
    dict.replaceKey("/Width", QPDFObjectHandle::newInteger(decoded.width()));
    dict.replaceKey("/Height", QPDFObjectHandle::newInteger(decoded.height()));
    if (const int components = jpeg.isEmpty() ? 0 : jpegComponents(jpeg);
        components == 1 || components == 3) {
        dict.replaceKey("/ColorSpace",
                        QPDFObjectHandle::newName(components == 1 ? "/DeviceGray" : "/DeviceRGB"));
        dict.replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(8));
        stream.replaceStreamData(jpeg.toStdString(),
                                 QPDFObjectHandle::newName("/DCTDecode"),
                                 QPDFObjectHandle::newNull());
        stream.replaceDict(dict);
        return stream;
    }
    QImage image = decoded;
    if (image.hasAlphaChannel()) { // transparent parts print as paper
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flat;
    }
    std::string data;
    const bool bilevel
        = image.format() == QImage::Format_Mono || image.format() == QImage::Format_MonoLSB;
    if (bilevel) {
        image = image.convertToFormat(QImage::Format_Mono);
        // 1-bit DeviceGray: 0 is black. Qt's index 0 may be white.
        const bool zeroIsBlack = qGray(image.color(0)) < 128;
        const qsizetype row = (image.width() + 7) / 8;
        data.reserve(size_t(row * image.height()));
        for (int y = 0; y < image.height(); ++y) {
            const uchar *line = image.constScanLine(y);
            for (qsizetype x = 0; x < row; ++x)
                data.push_back(char(zeroIsBlack ? line[x] : uchar(~line[x])));
        }
        dict.replaceKey("/ColorSpace", QPDFObjectHandle::newName("/DeviceGray"));
        dict.replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(1));
    } else {
        const bool grey = image.isGrayscale();
        image = image.convertToFormat(grey ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
        const qsizetype row = qsizetype(image.width()) * (grey ? 1 : 3);
        data.reserve(size_t(row * image.height()));
        for (int y = 0; y < image.height(); ++y)
            data.append(reinterpret_cast<const char *>(image.constScanLine(y)), size_t(row));
        dict.replaceKey("/ColorSpace",
                        QPDFObjectHandle::newName(grey ? "/DeviceGray" : "/DeviceRGB"));
        dict.replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(8));
    }
    // Stored without a filter here; QPDFWriter compresses it (Flate, lossless).
    stream.replaceStreamData(data, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
    stream.replaceDict(dict);
    return stream;
}

} // namespace

Result<QByteArray> imageToPdf(const QByteArray &image, const QString &name)
{
    QBuffer buffer;
    buffer.setData(image);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(false);
    if (!reader.canRead())
        return fail(Error::Code::Unsupported,
                    ProductionText::tr(
                        "Cannot make a PDF page of %1: it is not an image Casebinder can read.")
                        .arg(name));
    const bool jpeg = reader.format() == "jpeg";
    try {
        QPDF pdf;
        pdf.emptyPDF();
        QPDFPageDocumentHelper pages(pdf);
        // Every page of a multi-page TIFF; one page for an animation.
        const int frames = reader.supportsAnimation() ? 1 : std::max(1, reader.imageCount());
        for (int frame = 0; frame < frames; ++frame) {
            if (frame > 0 && !reader.jumpToImage(frame))
                return fail(Error::Code::Corrupt,
                            ProductionText::tr(
                                "Cannot make a PDF page of %1: page %2 of the image cannot be "
                                "read.")
                                .arg(name)
                                .arg(frame + 1),
                            reader.errorString());
            const QImage decoded = reader.read();
            if (decoded.isNull())
                return fail(
                    Error::Code::Corrupt,
                    ProductionText::tr("Cannot make a PDF page of %1: the image cannot be decoded.")
                        .arg(name),
                    reader.errorString());
            const QSizeF size = pageSize(decoded);
            QPDFObjectHandle xobject
                = imageStream(pdf, decoded, jpeg && frames == 1 ? image : QByteArray());
            QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
            QPDFObjectHandle xobjects = QPDFObjectHandle::newDictionary();
            xobjects.replaceKey("/Im0", xobject);
            resources.replaceKey("/XObject", xobjects);
            QPDFObjectHandle page = QPDFObjectHandle::newDictionary();
            page.replaceKey("/Type", QPDFObjectHandle::newName("/Page"));
            QPDFObjectHandle box = QPDFObjectHandle::newArray();
            for (const double value : {0.0, 0.0, size.width(), size.height()})
                box.appendItem(QPDFObjectHandle::newReal(value, 3));
            page.replaceKey("/MediaBox", box);
            page.replaceKey("/Resources", resources);
            const QByteArray draw = "q " + number(size.width()) + " 0 0 " + number(size.height())
                                    + " 0 0 cm /Im0 Do Q\n";
            page.replaceKey("/Contents", pdf.newStream(draw.toStdString()));
            pages.addPage(QPDFPageObjectHelper(pdf.makeIndirectObject(page)), false);
        }
        return written(pdf);
    } catch (const std::exception &exception) {
        return fail(Error::Code::Generic,
                    ProductionText::tr("Cannot make a PDF page of %1.").arg(name),
                    QString::fromLocal8Bit(exception.what()));
    }
}

QByteArray textPagePdf(const QStringList &lines)
{
    // Letter, Courier-Bold 20 pt: every glyph is 0.6 em, so each line is centred exactly.
    constexpr double Width = 612;
    constexpr double Height = 792;
    constexpr double Size = 20;
    QByteArray content = "BT\n/F1 " + number(Size) + " Tf\n";
    double y = Height / 2 + (lines.size() - 1) * Size * 0.75;
    for (const QString &line : lines) {
        QByteArray text;
        for (const char32_t c : line.toUcs4())
            text.append(winAnsi(c).value_or('?'));
        QByteArray escaped;
        for (const char c : std::as_const(text)) {
            if (c == '(' || c == ')' || c == '\\')
                escaped.append('\\');
            escaped.append(c);
        }
        const double x = std::max(18.0, (Width - text.size() * Size * CourierAdvance) / 2);
        content += "1 0 0 1 " + number(x) + ' ' + number(y) + " Tm (" + escaped + ") Tj\n";
        y -= Size * 1.5;
    }
    content += "ET\n";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + number(Width) + ' ' + number(Height)
            + "] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
            + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>",
    };
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
           + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace Casebinder::Production
