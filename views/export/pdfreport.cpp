#include "pdfreport.h"

#include "exportfonts.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCharFormat>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Casebinder::Export {
namespace {

const QColor Ink(0x1a, 0x1d, 0x21);
const QColor Muted(0x5f, 0x66, 0x70);
const QColor Rule(0xc9, 0xce, 0xd6);
const QColor HeaderFill(0xe8, 0xec, 0xf1);
const QColor Zebra(0xf7, 0xf8, 0xfa);
const QColor Banner(0x9b, 0x1c, 0x1c);

// Exact outlines (the PDF must look the same at every zoom level), and no "fi"/"fl" ligatures:
// they would turn into U+FB01 in extracted text and break searching the PDF for "filed".
// Scripts that need shaping (Arabic, Indic) are still shaped.
void prepareFont(QFont &font)
{
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferNoShaping);
}

// Line breaks typed by users are paragraph separators for QTextLayout.
QString layoutText(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\n', QChar::LineSeparator);
    text.replace(u'\t', u' ');
    return text;
}

} // namespace

RichText::RichText(QString plain, TextRole textRole, QColor textColour)
    : text(std::move(plain))
    , role(textRole)
    , colour(std::move(textColour))
{}

RichText &RichText::append(const QString &more, const QTextCharFormat &format)
{
    if (format.propertyCount() > 0)
        formats.append({int(text.size()), int(more.size()), format});
    text += more;
    return *this;
}

QTextCharFormat RichText::bold()
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    return format;
}

QTextCharFormat RichText::italic()
{
    QTextCharFormat format;
    format.setFontItalic(true);
    return format;
}

QTextCharFormat RichText::coloured(const QColor &colour, bool isBold)
{
    QTextCharFormat format;
    format.setForeground(colour);
    if (isBold)
        format.setFontWeight(QFont::Bold);
    return format;
}

struct PdfReport::Private
{
    struct Cell
    {
        std::unique_ptr<QTextLayout> layout;
        qreal x = 0;
        qreal width = 0;
        QColor colour;
    };

    enum class Kind { Heading, Text, Block, Row, Spacing };

    struct Item
    {
        Kind kind = Kind::Text;
        int table = -1;
        std::vector<Cell> cells;
        qreal height = 0;
        qreal pad = 0; // above and below the text
        QColor shade;
        bool zebra = false;
        std::function<void(QPainter &, const QRectF &)> paint;
    };

    struct Table
    {
        QList<TableColumn> columns;
        QList<qreal> x;
        QList<qreal> widths;
        Item header;
        int rows = 0;
    };

    struct Slice
    {
        int item = 0; // -1 - table index for a repeated table header
        qreal y = 0;
        qreal from = 0;
        qreal to = 0;
    };

    ReportSetup setup;
    QBuffer scratch;
    std::unique_ptr<QPdfWriter> metricsDevice; // layout uses PDF metrics, not the screen's
    QRectF page;
    QRectF content;
    std::vector<Item> items;
    std::vector<Table> tables;

    qreal pt(qreal points) const { return points * Resolution / 72.0; }

    QFont font(TextRole role) const
    {
        const ExportFonts &fonts = exportFonts();
        QFont result;
        switch (role) {
        case TextRole::Body:
            result = QFont(fonts.serif);
            result.setPointSizeF(9);
            break;
        case TextRole::BodyBold:
            result = QFont(fonts.serif);
            result.setPointSizeF(9);
            result.setBold(true);
            break;
        case TextRole::Small:
            result = QFont(fonts.sansCondensed);
            result.setPointSizeF(7.5);
            break;
        case TextRole::SmallItalic:
            result = QFont(fonts.sansCondensed);
            result.setPointSizeF(7.5);
            result.setItalic(true);
            break;
        case TextRole::Header:
            result = QFont(fonts.sansCondensed);
            result.setPointSizeF(7.5);
            result.setBold(true);
            result.setLetterSpacing(QFont::PercentageSpacing, 104);
            break;
        case TextRole::Heading:
            result = QFont(fonts.serif);
            result.setPointSizeF(11.5);
            result.setBold(true);
            break;
        case TextRole::Note:
            result = QFont(fonts.sans);
            result.setPointSizeF(8);
            result.setItalic(true);
            break;
        }
        result.setKerning(true);
        prepareFont(result);
        return result;
    }

    Cell layoutCell(const RichText &text, qreal x, qreal width) const
    {
        Cell cell;
        cell.x = x;
        cell.width = width;
        cell.colour = text.colour.isValid() ? text.colour : Ink;
        cell.layout = std::make_unique<QTextLayout>(
            layoutText(text.text), font(text.role), metricsDevice.get());
        QTextOption option(text.alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        cell.layout->setTextOption(option);
        cell.layout->setFormats(QList<QTextLayout::FormatRange>(text.formats));
        cell.layout->setCacheEnabled(true);
        cell.layout->beginLayout();
        qreal y = 0;
        for (;;) {
            QTextLine line = cell.layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(std::max<qreal>(width, 1));
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        cell.layout->endLayout();
        return cell;
    }

    static qreal cellHeight(const Cell &cell)
    {
        const int count = cell.layout->lineCount();
        if (count == 0)
            return 0;
        const QTextLine last = cell.layout->lineAt(count - 1);
        return last.y() + last.height();
    }

    Item makeRow(const Table &table, const QList<RichText> &cells, qreal pad) const
    {
        Item item;
        item.kind = Kind::Row;
        item.pad = pad;
        const qreal inset = pt(4);
        qreal tallest = 0;
        for (int column = 0; column < table.columns.size(); ++column) {
            const RichText text = column < cells.size() ? cells.at(column) : RichText();
            Cell cell
                = layoutCell(text, table.x.at(column) + inset, table.widths.at(column) - 2 * inset);
            tallest = std::max(tallest, cellHeight(cell));
            item.cells.push_back(std::move(cell));
        }
        item.height = tallest + 2 * pad;
        return item;
    }

    // Where a slice starting at `from` must end so that no line crosses `limit` (row-relative).
    static qreal cutBefore(const Item &item, qreal from, qreal limit)
    {
        qreal cut = item.height;
        for (const Cell &cell : item.cells) {
            for (int i = 0; i < cell.layout->lineCount(); ++i) {
                const QTextLine line = cell.layout->lineAt(i);
                const qreal top = item.pad + line.y();
                if (top < from)
                    continue;
                if (top + line.height() > limit) {
                    cut = std::min(cut, top);
                    break;
                }
            }
        }
        return cut;
    }

    static qreal firstLineHeight(const Item &item)
    {
        qreal first = 0;
        for (const Cell &cell : item.cells) {
            if (cell.layout->lineCount() > 0)
                first = std::max(first, cell.layout->lineAt(0).height());
        }
        return item.pad * 2 + first;
    }

    std::vector<std::vector<Slice>> paginate() const
    {
        std::vector<std::vector<Slice>> pages(1);
        qreal y = content.top();
        int headerTable = -1; // whose header is on the current page
        const auto newPage = [&] {
            pages.emplace_back();
            y = content.top();
            headerTable = -1;
        };
        const auto placeHeader = [&](int table) {
            const Item &header = tables.at(size_t(table)).header;
            pages.back().push_back({-1 - table, y, 0, header.height});
            y += header.height;
            headerTable = table;
        };

        for (int index = 0; index < int(items.size()); ++index) {
            const Item &item = items.at(size_t(index));
            if (item.kind == Kind::Spacing) {
                if (y > content.top())
                    y += item.height;
                continue;
            }
            if (item.kind == Kind::Heading) {
                // Keep a heading with at least the first line of what follows it.
                qreal next = 0;
                if (index + 1 < int(items.size())) {
                    const Item &following = items.at(size_t(index + 1));
                    next = following.kind == Kind::Block ? following.height
                                                         : firstLineHeight(following);
                    if (following.table >= 0)
                        next += tables.at(size_t(following.table)).header.height;
                }
                if (y > content.top() && y + item.height + next > content.bottom())
                    newPage();
            }
            if (item.kind == Kind::Block) {
                if (y > content.top() && y + item.height > content.bottom())
                    newPage();
                pages.back().push_back({index, y, 0, item.height});
                y += item.height;
                continue;
            }
            const qreal headerHeight
                = item.table >= 0 ? tables.at(size_t(item.table)).header.height : 0;
            if (item.table >= 0 && headerTable != item.table) {
                if (y > content.top()
                    && y + headerHeight + firstLineHeight(item) > content.bottom())
                    newPage();
                placeHeader(item.table);
            }
            qreal from = 0;
            while (from < item.height) {
                const qreal topPad = from > 0 ? item.pad : 0;
                const qreal available = content.bottom() - y;
                const qreal rest = item.height - from + topPad;
                if (rest <= available + 0.01) {
                    pages.back().push_back({index, y, from, item.height});
                    y += rest;
                    break;
                }
                const bool pageIsFresh = y <= content.top() + headerHeight + 0.01;
                if (from == 0 && !pageIsFresh && item.height <= content.height() - headerHeight) {
                    newPage();
                    if (item.table >= 0)
                        placeHeader(item.table);
                    continue;
                }
                qreal cut = cutBefore(item, from, from - topPad + available - item.pad);
                if (cut <= from + 0.01) {
                    if (!pageIsFresh) {
                        newPage();
                        if (item.table >= 0)
                            placeHeader(item.table);
                        continue;
                    }
                    // A single line taller than a page: place it anyway rather than loop.
                    cut = cutBefore(item, from, item.height + 1);
                    if (cut <= from + 0.01)
                        cut = item.height;
                }
                pages.back().push_back({index, y, from, cut});
                from = cut;
                newPage();
                if (item.table >= 0)
                    placeHeader(item.table);
            }
        }
        return pages;
    }

    void paintItem(QPainter &painter, const Item &item, const Slice &slice) const
    {
        const qreal topPad = slice.from > 0 ? item.pad : 0;
        const bool last = slice.to >= item.height - 0.01;
        const qreal height = (slice.to - slice.from) + topPad + (last ? 0 : item.pad);
        const QRectF rect(content.left(), slice.y, content.width(), height);
        if (item.kind == Kind::Row) {
            const bool isHeader = slice.item < 0;
            const QColor fill = isHeader               ? HeaderFill
                                : item.shade.isValid() ? item.shade
                                : item.zebra           ? Zebra
                                                       : QColor();
            if (fill.isValid())
                painter.fillRect(rect, fill);
            painter.setPen(QPen(isHeader ? Muted : Rule, pt(isHeader ? 0.8 : 0.4)));
            if (last || isHeader)
                painter.drawLine(rect.bottomLeft(), rect.bottomRight());
            if (isHeader)
                painter.drawLine(rect.topLeft(), rect.topRight());
        }
        const auto firstColumnContinues = [&item, &slice] {
            const QTextLayout &layout = *item.cells.front().layout;
            const int lines = layout.lineCount();
            return lines > 0 && item.pad + layout.lineAt(lines - 1).y() >= slice.from - 0.01;
        };
        if (item.kind == Kind::Row && slice.item >= 0 && slice.from > 0 && !item.cells.empty()
            && !firstColumnContinues()) {
            // A row split across pages says so where its first column would start.
            const QFont note = font(TextRole::SmallItalic);
            painter.setFont(note);
            painter.setPen(Muted);
            painter.drawText(
                QPointF(item.cells.front().x,
                        slice.y + item.pad + QFontMetricsF(note, painter.device()).ascent()),
                u"(continued)"_s);
        }
        for (const Cell &cell : item.cells) {
            painter.setPen(cell.colour);
            const QPointF offset(cell.x, slice.y + topPad + item.pad - slice.from);
            for (int i = 0; i < cell.layout->lineCount(); ++i) {
                const QTextLine line = cell.layout->lineAt(i);
                const qreal top = item.pad + line.y();
                if (top < slice.from - 0.01)
                    continue;
                if (top >= slice.to - 0.01 && slice.to < item.height)
                    break;
                if (top >= item.height)
                    break;
                line.draw(&painter, offset);
            }
        }
    }

    void paintChrome(QPainter &painter, int pageNumber, int pageCount) const
    {
        const QFont small = font(TextRole::Small);
        const QFontMetricsF metrics(small, painter.device());
        painter.setFont(small);
        const qreal headerBase = content.top() - pt(setup.confidential ? 26 : 16);
        const QString caseName
            = !setup.caption.caseName.isEmpty() ? setup.caption.caseName : setup.caption.title;
        const QString left = metrics.elidedText(caseName, Qt::ElideRight, content.width() * 0.6);
        painter.setPen(Muted);
        painter.drawText(QPointF(content.left(), headerBase), left);
        const QString right
            = metrics.elidedText(setup.title, Qt::ElideRight, content.width() * 0.38);
        painter.drawText(QPointF(content.right() - metrics.horizontalAdvance(right), headerBase),
                         right);
        painter.setPen(QPen(Rule, pt(0.5)));
        painter.drawLine(QPointF(content.left(), headerBase + pt(4)),
                         QPointF(content.right(), headerBase + pt(4)));
        if (setup.confidential) {
            QFont banner = font(TextRole::Header);
            banner.setPointSizeF(8);
            const QFontMetricsF bannerMetrics(banner, painter.device());
            painter.setFont(banner);
            const QString text = u"PRIVILEGED & CONFIDENTIAL \u2014 ATTORNEY WORK PRODUCT"_s;
            const qreal width = bannerMetrics.horizontalAdvance(text);
            const qreal top = headerBase + pt(8);
            const QRectF box((page.width() - width) / 2 - pt(6),
                             top,
                             width + pt(12),
                             bannerMetrics.height() + pt(3));
            painter.setPen(QPen(Banner, pt(0.8)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box);
            painter.setPen(Banner);
            painter.drawText(
                QPointF(box.left() + pt(6), box.top() + pt(1.5) + bannerMetrics.ascent()), text);
            painter.setFont(small);
        }
        const qreal footerBase = content.bottom() + pt(22);
        painter.setPen(QPen(Rule, pt(0.5)));
        painter.drawLine(QPointF(content.left(), footerBase - metrics.ascent() - pt(5)),
                         QPointF(content.right(), footerBase - metrics.ascent() - pt(5)));
        painter.setPen(Muted);
        painter.drawText(QPointF(content.left(), footerBase),
                         u"Exported %1"_s.arg(setup.exportedAt));
        if (!setup.caption.docketNumber.isEmpty()) {
            const QString docket = u"No. "_s + setup.caption.docketNumber;
            painter.drawText(
                QPointF(content.center().x() - metrics.horizontalAdvance(docket) / 2, footerBase),
                docket);
        }
        const QString pageText = u"Page %1 of %2"_s.arg(pageNumber).arg(pageCount);
        painter.drawText(QPointF(content.right() - metrics.horizontalAdvance(pageText), footerBase),
                         pageText);
    }
};

PdfReport::PdfReport(ReportSetup setup)
    : d(std::make_unique<Private>())
{
    d->setup = std::move(setup);
    d->scratch.open(QIODevice::WriteOnly);
    d->metricsDevice = std::make_unique<QPdfWriter>(&d->scratch);
    d->metricsDevice->setResolution(Resolution);
    const QSizeF size = d->setup.pageSize.size(QPageSize::Point);
    const bool landscape = d->setup.orientation == QPageLayout::Landscape;
    d->page = QRectF(0,
                     0,
                     d->pt(landscape ? size.height() : size.width()),
                     d->pt(landscape ? size.width() : size.height()));
    const qreal side = d->pt(54);
    const qreal top = d->pt(d->setup.confidential ? 86 : 72);
    const qreal bottom = d->pt(62);
    d->content = d->page.adjusted(side, top, -side, -bottom);
}

PdfReport::~PdfReport() = default;

qreal PdfReport::contentWidth() const
{
    return d->content.width();
}

qreal PdfReport::pageContentHeight() const
{
    return d->content.height();
}

qreal PdfReport::points(qreal pt) const
{
    return d->pt(pt);
}

const QPaintDevice *PdfReport::metricsDevice() const
{
    return d->metricsDevice.get();
}

QFont PdfReport::font(TextRole role) const
{
    return d->font(role);
}

void PdfReport::addCaption()
{
    const ReportSetup &setup = d->setup;
    const ExportFonts &fonts = exportFonts();
    QFont court(fonts.serif);
    court.setPointSizeF(10.5);
    court.setBold(true);
    QFont body(fonts.serif);
    body.setPointSizeF(10.5);
    QFont title(fonts.serif);
    title.setPointSizeF(15);
    title.setBold(true);
    QFont subtitle = d->font(TextRole::Note);
    for (QFont *font : {&court, &body, &title, &subtitle})
        prepareFont(*font);

    const QString courtText = setup.caption.court.toUpper();
    const QString caseName
        = !setup.caption.caseName.isEmpty() ? setup.caption.caseName : setup.caption.title;
    QStringList right;
    if (!setup.caption.docketNumber.isEmpty())
        right.append(u"No. "_s + setup.caption.docketNumber);
    if (!setup.caption.judge.isEmpty())
        right.append(u"Hon. "_s + setup.caption.judge);

    const qreal width = d->content.width();
    const qreal leftWidth = width * 0.56;
    const qreal gutter = d->pt(14);
    QPdfWriter *device = d->metricsDevice.get();
    const auto measure = [device](const QFont &font, const QString &text, qreal w) {
        return QFontMetricsF(font, device)
            .boundingRect(QRectF(0, 0, w, 1e7), Qt::TextWordWrap | Qt::AlignLeft, text)
            .height();
    };
    const qreal courtHeight
        = courtText.isEmpty() ? 0 : measure(court, courtText, width) + d->pt(14);
    const qreal leftHeight = caseName.isEmpty() ? 0 : measure(body, caseName, leftWidth - gutter);
    const qreal rightHeight = measure(body, right.join(u'\n'), width - leftWidth - gutter);
    const qreal captionHeight = std::max(leftHeight, rightHeight)
                                + (caseName.isEmpty() && right.isEmpty() ? 0 : d->pt(16));
    const qreal titleHeight = measure(title, setup.title, width) + d->pt(6);
    const qreal subtitleHeight
        = setup.subtitle.isEmpty() ? 0 : measure(subtitle, setup.subtitle, width);
    const qreal total = courtHeight + captionHeight + titleHeight + subtitleHeight + d->pt(14);

    const qreal pad = d->pt(8);
    addBlock(total, [=, this](QPainter &painter, const QRectF &rect) {
        qreal y = rect.top();
        painter.setPen(Ink);
        if (!courtText.isEmpty()) {
            painter.setFont(court);
            painter.drawText(QRectF(rect.left(), y, rect.width(), courtHeight),
                             Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                             courtText);
            y += courtHeight;
        }
        if (captionHeight > 0) {
            painter.setFont(body);
            const qreal blockHeight = captionHeight - d->pt(10);
            painter.drawText(QRectF(rect.left(), y + pad / 2, leftWidth - gutter, blockHeight),
                             Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                             caseName);
            painter.drawText(QRectF(rect.left() + leftWidth + gutter,
                                    y + pad / 2,
                                    width - leftWidth - gutter,
                                    blockHeight),
                             Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                             right.join(u'\n'));
            // The classic caption box: a rule under the parties and a bracket beside them.
            painter.setPen(QPen(Ink, d->pt(0.7)));
            const qreal bottom = y + blockHeight + pad / 2;
            painter.drawLine(QPointF(rect.left(), bottom),
                             QPointF(rect.left() + leftWidth, bottom));
            painter.drawLine(QPointF(rect.left() + leftWidth, y),
                             QPointF(rect.left() + leftWidth, bottom));
            y += captionHeight;
        }
        painter.setPen(Ink);
        painter.setFont(title);
        painter.drawText(QRectF(rect.left(), y, rect.width(), titleHeight),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         setup.title.toUpper());
        y += titleHeight;
        if (!setup.subtitle.isEmpty()) {
            painter.setPen(Muted);
            painter.setFont(subtitle);
            painter.drawText(QRectF(rect.left(), y, rect.width(), subtitleHeight),
                             Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                             setup.subtitle);
        }
    });
}

void PdfReport::addHeading(const QString &text)
{
    Private::Item item;
    item.kind = Private::Kind::Heading;
    item.pad = d->pt(5);
    RichText rich(text, TextRole::Heading);
    item.cells.push_back(d->layoutCell(rich, d->content.left(), d->content.width()));
    item.height = Private::cellHeight(item.cells.front()) + 2 * item.pad;
    d->items.push_back(std::move(item));
}

void PdfReport::addParagraph(const RichText &text)
{
    Private::Item item;
    item.kind = Private::Kind::Text;
    item.pad = d->pt(2);
    item.cells.push_back(d->layoutCell(text, d->content.left(), d->content.width()));
    item.height = Private::cellHeight(item.cells.front()) + 2 * item.pad;
    d->items.push_back(std::move(item));
}

void PdfReport::addBlock(qreal height, std::function<void(QPainter &, const QRectF &)> paint)
{
    Private::Item item;
    item.kind = Private::Kind::Block;
    item.height = std::min(height, d->content.height());
    item.paint = std::move(paint);
    d->items.push_back(std::move(item));
}

void PdfReport::addSpacing(qreal pt)
{
    Private::Item item;
    item.kind = Private::Kind::Spacing;
    item.height = d->pt(pt);
    d->items.push_back(std::move(item));
}

int PdfReport::beginTable(QList<TableColumn> columns)
{
    Private::Table table;
    table.columns = std::move(columns);
    qreal total = 0;
    for (const TableColumn &column : std::as_const(table.columns))
        total += column.weight;
    qreal x = d->content.left();
    for (const TableColumn &column : std::as_const(table.columns)) {
        const qreal width = d->content.width() * column.weight / std::max<qreal>(total, 1e-6);
        table.x.append(x);
        table.widths.append(width);
        x += width;
    }
    QList<RichText> titles;
    for (const TableColumn &column : std::as_const(table.columns))
        titles.append(RichText(column.title.toUpper(), TextRole::Header));
    table.header = d->makeRow(table, titles, d->pt(4));
    d->tables.push_back(std::move(table));
    return int(d->tables.size()) - 1;
}

void PdfReport::addRow(QList<RichText> cells, const QColor &shade)
{
    Q_ASSERT(!d->tables.empty());
    const int tableIndex = int(d->tables.size()) - 1;
    Private::Table &table = d->tables.back();
    Private::Item item = d->makeRow(table, cells, d->pt(4));
    item.table = tableIndex;
    item.shade = shade;
    item.zebra = (table.rows++ % 2) == 1;
    d->items.push_back(std::move(item));
}

Result<int> PdfReport::render(QPagedPaintDevice &device,
                              int maxPages,
                              const std::atomic_bool *cancel)
{
    const auto pages = d->paginate();
    const int pageCount = int(pages.size());
    const int toPaint = maxPages > 0 ? std::min(maxPages, pageCount) : pageCount;
    QPainter painter;
    if (!painter.begin(&device))
        return fail(Error::Code::Io, u"Cannot start painting the PDF."_s);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int number = 0; number < toPaint; ++number) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            painter.end();
            return fail(Error::Code::Cancelled, u"The export was cancelled."_s);
        }
        if (number > 0 && !device.newPage()) {
            painter.end();
            return fail(Error::Code::Io, u"Cannot add a page to the PDF."_s);
        }
        d->paintChrome(painter, number + 1, pageCount);
        for (const Private::Slice &slice : pages.at(size_t(number))) {
            if (slice.item < 0) {
                d->paintItem(painter, d->tables.at(size_t(-1 - slice.item)).header, slice);
                continue;
            }
            const Private::Item &item = d->items.at(size_t(slice.item));
            if (item.kind == Private::Kind::Block) {
                painter.save();
                item.paint(painter,
                           QRectF(d->content.left(), slice.y, d->content.width(), item.height));
                painter.restore();
            } else {
                d->paintItem(painter, item, slice);
            }
        }
    }
    if (!painter.end())
        return fail(Error::Code::Io, u"Cannot finish the PDF."_s);
    return toPaint;
}

Result<int> writePdf(PdfReport &report,
                     const ReportSetup &setup,
                     QIODevice &device,
                     int maxPages,
                     const std::atomic_bool *cancel)
{
    QPdfWriter writer(&device);
    writer.setResolution(PdfReport::Resolution);
    writer.setPageLayout(QPageLayout(setup.pageSize, setup.orientation, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(setup.title);
    writer.setCreator(u"Casebinder "_s + QString::fromLatin1(CASEBINDER_VERSION));
    if (setup.pdfa)
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    return report.render(writer, maxPages, cancel);
}

} // namespace Casebinder::Export
