#include "evidencestyle.h"

#include <QColor>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Casebinder::Views {
namespace {

// Drawn rather than loaded: no icon theme is guaranteed, and a glyph's colour would follow
// the font. Neutral ink (not a stance colour) so the icon never reads as a stance.
QIcon paintIcon(EvidenceStyle::Verification verification)
{
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal unit = size / 16.0;
        const QRectF disc(1.5 * unit, 1.5 * unit, 13 * unit, 13 * unit);
        if (verification == EvidenceStyle::Verification::Verified) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0x37, 0x47, 0x4f));
            painter.drawEllipse(disc);
            QPen tick(Qt::white, 2 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            painter.setPen(tick);
            QPainterPath path;
            path.moveTo(4.6 * unit, 8.2 * unit);
            path.lineTo(7 * unit, 10.6 * unit);
            path.lineTo(11.4 * unit, 5.6 * unit);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
        } else {
            painter.setPen(QPen(QColor(0x37, 0x47, 0x4f), 1.5 * unit));
            painter.setBrush(Qt::white);
            painter.drawEllipse(disc);
            QFont font = painter.font();
            font.setBold(true);
            font.setPixelSize(int(10 * unit));
            painter.setFont(font);
            painter.drawText(disc, Qt::AlignCenter, QStringLiteral("?"));
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QColor EvidenceStyle::stanceColour(EvidenceLink::Stance stance)
{
    switch (stance) {
    case EvidenceLink::Stance::Supports:
        return {0x1b, 0x6e, 0x20};
    case EvidenceLink::Stance::Undermines:
        return {0xb7, 0x1c, 0x1c};
    case EvidenceLink::Stance::Context:
        return {0x54, 0x6e, 0x7a};
    }
    return {};
}

QString EvidenceStyle::stanceName(EvidenceLink::Stance stance)
{
    switch (stance) {
    case EvidenceLink::Stance::Supports:
        return tr("Supports");
    case EvidenceLink::Stance::Undermines:
        return tr("Undermines");
    case EvidenceLink::Stance::Context:
        return tr("Context");
    }
    return {};
}

QIcon EvidenceStyle::stanceIcon(EvidenceLink::Stance stance)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(stanceColour(stance));
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    painter.end();
    return {pixmap};
}

EvidenceStyle::Verification EvidenceStyle::verification(const std::optional<bool> &quoteVerified)
{
    if (!quoteVerified)
        return Verification::None;
    return *quoteVerified ? Verification::Verified : Verification::NotFound;
}

QIcon EvidenceStyle::verificationIcon(Verification verification)
{
    if (verification == Verification::None)
        return {};
    static const QIcon verified = paintIcon(Verification::Verified);
    static const QIcon notFound = paintIcon(Verification::NotFound);
    return verification == Verification::Verified ? verified : notFound;
}

QString EvidenceStyle::verificationText(Verification verification)
{
    switch (verification) {
    case Verification::Verified:
        return tr("Quote verified: found on the cited pages.");
    case Verification::NotFound:
        return tr("Quote not found on the cited pages.");
    case Verification::None:
        break;
    }
    return {};
}

} // namespace Casebinder::Views
