#pragma once

#include <QBuffer>
#include <QHash>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QStringList>

// Scans for the OCR tests, made in the test: text painted at 300 dpi, and image-only PDFs.
namespace ScanTest {

using namespace Qt::StringLiterals;

inline const QStringList Pages{
    u"The parties agree that the indemnification clause survives termination of this "
    u"agreement. Each party shall bear its own costs, and any dispute arising under this "
    u"contract shall be resolved by binding arbitration in the County of Alameda. The "
    u"supplier warrants that every shipment conforms to the specifications in Schedule B."_s,
    u"I declare under penalty of perjury under the laws of the State of California that the "
    u"foregoing is true and correct. Executed on the fourth day of March at Oakland, "
    u"California, by the undersigned witness after reviewing the invoices and the ledger."_s,
};

inline QStringList words(const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}

// The share of the known words that OCR found, each counted as often as it occurs.
inline double recall(const QString &known, const QString &recognised)
{
    QHash<QString, int> found;
    for (const QString &word : words(recognised))
        ++found[word];
    const QStringList expected = words(known);
    int matched = 0;
    for (const QString &word : expected) {
        if (found.value(word) > 0) {
            --found[word];
            ++matched;
        }
    }
    return expected.isEmpty() ? 1.0 : double(matched) / double(expected.size());
}

// A Letter page scanned at 300 dpi: black 12 pt serif text on white, 8-bit grey.
inline QImage scan(const QString &text)
{
    QImage image(2550, 3300, QImage::Format_Grayscale8);
    image.setDotsPerMeterX(11811);
    image.setDotsPerMeterY(11811);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font(u"DejaVu Serif"_s);
    font.setPixelSize(50); // 12 pt at 300 dpi
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QRect(300, 300, 1950, 2700), Qt::TextWordWrap, text);
    return image;
}

// An image-only PDF: each image fills a Letter page, no text layer.
inline QByteArray imagePdf(const QList<QImage> &images)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::Letter));
        writer.setPageMargins({});
        writer.setResolution(300);
        QPainter painter(&writer);
        for (qsizetype i = 0; i < images.size(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.drawImage(QRect(0, 0, 2550, 3300), images.at(i));
        }
    }
    return buffer.data();
}

} // namespace ScanTest
