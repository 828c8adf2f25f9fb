#pragma once

#include <QBuffer>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>

namespace TestSupport {

// A real PDF with one page per text, drawn by QPdfWriter (US Letter, 72 dpi, 12 pt), so that
// Poppler extracts each page's text again. An empty text leaves its page blank. Needs a
// QGuiApplication (fonts).
inline QByteArray makePdf(const QStringList &pageTexts, const QString &title = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::Letter));
        writer.setResolution(72);
        if (!title.isEmpty())
            writer.setTitle(title);
        writer.setCreator(QStringLiteral("Casebinder tests"));
        QPainter painter(&writer);
        QFont font = painter.font();
        font.setPointSize(12);
        painter.setFont(font);
        for (qsizetype i = 0; i < pageTexts.size(); ++i) {
            if (i > 0)
                writer.newPage();
            if (!pageTexts.at(i).isEmpty())
                painter.drawText(QRectF(72, 72, 468, 600), Qt::TextWordWrap, pageTexts.at(i));
        }
    }
    return buffer.data();
}

} // namespace TestSupport
