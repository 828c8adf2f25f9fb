#include "pdfreport.h"

#include <QCoreApplication>

#include "exportfonts.h"
#include "pdftextlayer.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QTextCharFormat>
#include <QThread>
#include <QThreadPool>
#include <QVarLengthArray>
#include <QtConcurrentRun>

#include <algorithm>
#include <array>
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

constexpr size_t TextRoleCount = size_t(TextRole::Note) + 1;

// Short unformatted cells repeat (status, dates, pin cites, column titles); each distinct one is
// laid out once.
constexpr qsizetype MaxSharedCellLength = 64;

struct SharedCellKey
{
    QString text;
    qint64 width = 0; // 1/64 device units
    QRgb colour = 0;
    int role = 0;
    int alignment = 0;

    friend bool operator==(const SharedCellKey &, const SharedCellKey &) = default;
};

size_t qHash(const SharedCellKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.text, key.width, key.colour, key.role, key.alignment);
}

// Names a font across threads: glyphs shaped with one thread's QRawFont are painted with the
// painting thread's QRawFont of the same file, size and style. The 'head' table carries the
// file's checksum and dates.
struct FontKey
{
    QString family;
    QString style;
    qreal pixelSize = 0;
    int weight = 0;
    int fontStyle = 0;
    QByteArray head;

    static FontKey of(const QRawFont &font)
    {
        return {font.familyName(),
                font.styleName(),
                font.pixelSize(),
                font.weight(),
                int(font.style()),
                font.fontTable("head")};
    }
    friend bool operator==(const FontKey &, const FontKey &) = default;
};

// Rows are shaped in chunks taken in turn by the export thread and the pool's workers.
constexpr size_t RowsPerChunk = 64;

// Exact outlines (the PDF must look the same at every zoom level), and no "fi"/"fl" ligatures:
// they would turn into U+FB01 in extracted text and break searching the PDF for "filed".
// Scripts that need shaping (Arabic, Indic) are still shaped.
void prepareFont(QFont &font)
{
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferNoShaping);
}

// Line breaks typed by users are paragraph separators for QTextLayout. A character no export
// font has shows as a marker; QTextLayout would otherwise draw nothing for it.
QString layoutText(QString text, std::vector<char32_t> &standsFor)
{
    text = markMissingGlyphs(std::move(text), &standsFor);
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
    // Laid-out text is kept as positioned glyphs in pools shared by the whole report, not as
    // QTextLayouts: a layout costs kilobytes, and a 10,000-event chronology has 50,000 cells
    // that must all be measured before the first page is painted ("page 1 of N").
    struct Glyph
    {
        quint32 index = 0;
        float x = 0; // relative to the cell's top left; y is the baseline
        float y = 0;
        char32_t standsFor = 0; // a missing-glyph marker's character
    };

    struct Run // glyphs of one font and colour
    {
        quint32 begin = 0;
        quint32 end = 0;
        quint32 font = 0;
        QRgb colour = 0;
    };

    struct Line
    {
        float top = 0;
        float height = 0;
        quint32 firstRun = 0;
        quint32 endRun = 0;
    };

    struct Cell
    {
        qreal x = 0;
        qreal width = 0;
        quint32 firstLine = 0;
        quint32 endLine = 0;
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
        QList<RichText> unshaped; // a row's cells until shapeRows()
        bool shaped = true;
        bool span = false;         // a row of one cell across every column
        bool keepWithNext = false; // on the same page as the start of the next item
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

    // Shapes text into positioned glyphs kept in its pools. QFont and QRawFont resolve their
    // font engines per thread, so each thread that shapes has its own Shaper, fonts included.
    struct Shaper
    {
        // One QFont per role, resolved for the PDF's resolution, so that every cell of a role
        // shares its font engine.
        std::array<QFont, TextRoleCount> fonts;
        std::vector<QRawFont> rawFonts;
        std::vector<quint32> spaceGlyphs;  // per raw font; 0: none
        std::vector<quint32> markerGlyphs; // per raw font; 0: none
        // The characters the markers of the cell being shaped stand for, in text order.
        std::vector<char32_t> cellMarkers;
        size_t nextCellMarker = 0;
        std::vector<Line> lines;
        std::vector<Run> runs;
        std::vector<Glyph> glyphs;
        QHash<SharedCellKey, Cell> sharedCells;

        const QFont &font(TextRole role) const { return fonts.at(size_t(role)); }

        quint32 rawFontIndex(const QRawFont &font)
        {
            for (size_t i = rawFonts.size(); i-- > 0;) {
                if (rawFonts[i] == font)
                    return quint32(i);
            }
            rawFonts.push_back(font);
            const QList<quint32> space = font.glyphIndexesForString(u" "_s);
            spaceGlyphs.push_back(space.isEmpty() ? 0 : space.constFirst());
            const QList<quint32> marker
                = font.glyphIndexesForString(QString(QChar(MissingGlyphMarker)));
            markerGlyphs.push_back(marker.isEmpty() ? 0 : marker.constFirst());
            return quint32(rawFonts.size() - 1);
        }

        void keepGlyphs(const QList<QGlyphRun> &glyphRuns, QRgb colour)
        {
            for (const QGlyphRun &glyphRun : glyphRuns) {
                const QList<quint32> indexes = glyphRun.glyphIndexes();
                const QList<QPointF> positions = glyphRun.positions();
                const qsizetype count = std::min(indexes.size(), positions.size());
                if (count == 0)
                    continue;
                Run run;
                run.begin = quint32(glyphs.size());
                run.font = rawFontIndex(glyphRun.rawFont());
                run.colour = colour;
                // Right-to-left runs come in visual order; the PDF gets them in reading order, as
                // QTextLine::draw() writes them, so that extracted text reads right.
                const bool reversed = glyphRun.flags().testFlag(QGlyphRun::RightToLeft);
                // Spaces are not kept: they draw nothing, QPdfWriter writes and compresses an
                // operator for every glyph, and text extraction finds word breaks in the gaps.
                const quint32 space = spaceGlyphs[run.font];
                const quint32 marker = markerGlyphs[run.font];
                for (qsizetype n = 0; n < count; ++n) {
                    const qsizetype i = reversed ? count - 1 - n : n;
                    if (space != 0 && indexes.at(i) == space)
                        continue;
                    // Markers come in reading order within a run; a line that mixes
                    // directions may name two markers' characters in each other's places.
                    char32_t standsFor = 0;
                    if (marker != 0 && indexes.at(i) == marker
                        && nextCellMarker < cellMarkers.size())
                        standsFor = cellMarkers[nextCellMarker++];
                    glyphs.push_back({indexes.at(i),
                                      float(positions.at(i).x()),
                                      float(positions.at(i).y()),
                                      standsFor});
                }
                run.end = quint32(glyphs.size());
                if (run.end > run.begin)
                    runs.push_back(run);
            }
        }

        Cell layoutCell(const RichText &text, qreal x, qreal width)
        {
            if (!text.formats.isEmpty() || text.text.size() > MaxSharedCellLength)
                return shapeCell(text, x, width);
            SharedCellKey key{text.text,
                              qRound64(width * 64),
                              text.colour.isValid() ? text.colour.rgb() : Ink.rgb(),
                              int(text.role),
                              int(text.alignment)};
            if (const auto found = sharedCells.constFind(key); found != sharedCells.cend()) {
                Cell cell = *found;
                cell.x = x;
                return cell;
            }
            const Cell cell = shapeCell(text, x, width);
            sharedCells.insert(std::move(key), cell);
            return cell;
        }

        Cell shapeCell(const RichText &text, qreal x, qreal width)
        {
            Cell cell;
            cell.x = x;
            cell.width = width;
            cell.firstLine = cell.endLine = quint32(lines.size());
            // The role fonts are resolved for the PDF's resolution already; passing the device
            // again would make every layout resolve its own copy of the font.
            cellMarkers.clear();
            nextCellMarker = 0;
            QTextLayout layout(layoutText(text.text, cellMarkers), font(text.role));
            QTextOption option(text.alignment);
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.setFormats(text.formats);
            layout.setCacheEnabled(true); // keep the shaped glyphs for glyphRuns()
            layout.beginLayout();
            qreal y = 0;
            for (;;) {
                QTextLine line = layout.createLine();
                if (!line.isValid())
                    break;
                line.setLineWidth(std::max<qreal>(width, 1));
                line.setPosition(QPointF(0, y));
                y += line.height();
            }
            layout.endLayout();

            // Colour changes split a line's glyph runs; fonts (bold, italic, fallbacks) split them
            // already.
            struct Span
            {
                int from;
                int to;
                QRgb colour;
            };
            const QRgb base = (text.colour.isValid() ? text.colour : Ink).rgb();
            QVarLengthArray<Span, 8> spans;
            int at = 0;
            for (const QTextLayout::FormatRange &range : text.formats) {
                if (!range.format.hasProperty(QTextFormat::ForegroundBrush) || range.start < at)
                    continue;
                if (range.start > at)
                    spans.append({at, range.start, base});
                spans.append({range.start,
                              range.start + range.length,
                              range.format.foreground().color().rgb()});
                at = range.start + range.length;
            }
            for (int i = 0; i < layout.lineCount(); ++i) {
                const QTextLine line = layout.lineAt(i);
                Line kept;
                kept.top = float(line.y());
                kept.height = float(line.height());
                kept.firstRun = quint32(runs.size());
                if (spans.isEmpty()) {
                    keepGlyphs(line.glyphRuns(), base);
                } else {
                    const int start = line.textStart();
                    const int end = start + line.textLength();
                    int covered = start;
                    for (const Span &span : spans) {
                        const int from = std::clamp(span.from, covered, end);
                        const int to = std::clamp(span.to, from, end);
                        if (from > covered)
                            keepGlyphs(line.glyphRuns(covered, from - covered), base);
                        if (to > from)
                            keepGlyphs(line.glyphRuns(from, to - from), span.colour);
                        covered = to;
                    }
                    if (end > covered)
                        keepGlyphs(line.glyphRuns(covered, end - covered), base);
                }
                kept.endRun = quint32(runs.size());
                lines.push_back(kept);
            }
            cell.endLine = quint32(lines.size());
            return cell;
        }

        qreal cellHeight(const Cell &cell) const
        {
            if (cell.endLine == cell.firstLine)
                return 0;
            const Line &last = lines[cell.endLine - 1];
            return qreal(last.top) + qreal(last.height);
        }

        // Resolves the raw fonts of every role, bold and italic included, so that rows shaped
        // on other threads find theirs here.
        void resolveRoleFonts()
        {
            for (const QFont &role : fonts) {
                for (const bool bold : {false, true}) {
                    for (const bool italic : {false, true}) {
                        QFont variant = role;
                        if (bold)
                            variant.setWeight(QFont::Bold);
                        if (italic)
                            variant.setItalic(true);
                        rawFontIndex(QRawFont::fromFont(variant));
                    }
                }
            }
        }

        void shapeRow(const Table &table, Item &item)
        {
            const qreal inset = pt(4);
            qreal tallest = 0;
            static const RichText empty;
            item.cells.clear();
            if (item.span) {
                const qreal width = table.x.back() + table.widths.back() - table.x.front();
                const RichText &text = item.unshaped.isEmpty() ? empty : item.unshaped.front();
                item.cells.push_back(layoutCell(text, table.x.front() + inset, width - 2 * inset));
                item.height = cellHeight(item.cells.front()) + 2 * item.pad;
                item.shaped = true;
                return;
            }
            item.cells.reserve(size_t(table.columns.size()));
            for (int column = 0; column < table.columns.size(); ++column) {
                const RichText &text
                    = column < item.unshaped.size() ? item.unshaped.at(column) : empty;
                Cell cell = layoutCell(
                    text, table.x.at(column) + inset, table.widths.at(column) - 2 * inset);
                tallest = std::max(tallest, cellHeight(cell));
                item.cells.push_back(cell);
            }
            item.height = tallest + 2 * item.pad;
            item.shaped = true;
        }
    };

    ReportSetup setup;
    QBuffer scratch;
    // Filled while painting, which is otherwise const.
    mutable std::vector<char32_t> markersPainted;
    std::unique_ptr<QPdfWriter> metricsDevice; // layout uses PDF metrics, not the screen's
    QRectF page;
    QRectF content;
    std::vector<Item> items;
    std::vector<Table> tables;
    Shaper shaper; // the painting thread's: every glyph painted is in its pools

    static qreal pt(qreal points) { return points * Resolution / 72.0; }
    const QFont &font(TextRole role) const { return shaper.font(role); }
    Cell layoutCell(const RichText &rich, qreal x, qreal width)
    {
        return shaper.layoutCell(rich, x, width);
    }
    qreal cellHeight(const Cell &cell) const { return shaper.cellHeight(cell); }

    static QFont makeFont(TextRole role)
    {
        const ExportFonts &families = exportFonts();
        QFont result;
        switch (role) {
        case TextRole::Body:
            result = families.font(families.serif);
            result.setPointSizeF(9);
            break;
        case TextRole::BodyBold:
            result = families.font(families.serif);
            result.setPointSizeF(9);
            result.setBold(true);
            break;
        case TextRole::Small:
            result = families.font(families.sansCondensed);
            result.setPointSizeF(7.5);
            break;
        case TextRole::SmallItalic:
            result = families.font(families.sansCondensed);
            result.setPointSizeF(7.5);
            result.setItalic(true);
            break;
        case TextRole::Header:
            result = families.font(families.sansCondensed);
            result.setPointSizeF(7.5);
            result.setBold(true);
            result.setLetterSpacing(QFont::PercentageSpacing, 104);
            break;
        case TextRole::Heading:
            result = families.font(families.serif);
            result.setPointSizeF(11.5);
            result.setBold(true);
            break;
        case TextRole::Note:
            result = families.font(families.sans);
            result.setPointSizeF(8);
            result.setItalic(true);
            break;
        }
        result.setKerning(true);
        prepareFont(result);
        return result;
    }

    // What a worker thread shaped: its pools, its fonts by name, and the rows it did (whose
    // cells index its pools).
    struct ShapedRows
    {
        std::vector<Line> lines;
        std::vector<Run> runs;
        std::vector<Glyph> glyphs;
        std::vector<FontKey> fonts;
        std::vector<size_t> rows;
    };

    // Shapes the rows added since the last call, on every core: each thread lays out whole
    // rows with its own fonts into its own pools; the pools are then appended to the painting
    // thread's. Rows that use a font the painting thread has not resolved (a fallback font
    // only a worker met) are shaped again here.
    Status shapeRows(const std::atomic_bool *cancel)
    {
        std::vector<size_t> rows;
        for (size_t i = 0; i < items.size(); ++i) {
            if (!items[i].shaped)
                rows.push_back(i);
        }
        if (rows.empty())
            return {};
        // Glyphs are about one per character: reserving spares the pools' regrowth (copies and
        // fresh pages) while tens of megabytes of glyphs are kept.
        size_t characters = 0;
        for (const size_t row : rows) {
            for (const RichText &cell : std::as_const(items[row].unshaped))
                characters += size_t(cell.text.size());
        }
        shaper.glyphs.reserve(shaper.glyphs.size() + characters);
        const size_t chunks = (rows.size() + RowsPerChunk - 1) / RowsPerChunk;
        std::atomic<size_t> nextChunk = 0;
        const auto shapeChunks = [&](Shaper &into, std::vector<size_t> *done) {
            for (;;) {
                if (cancel && cancel->load(std::memory_order_relaxed))
                    return;
                const size_t chunk = nextChunk.fetch_add(1, std::memory_order_relaxed);
                if (chunk >= chunks)
                    return;
                const size_t end = std::min(rows.size(), (chunk + 1) * RowsPerChunk);
                for (size_t k = chunk * RowsPerChunk; k < end; ++k) {
                    Item &item = items[rows[k]];
                    into.shapeRow(tables.at(size_t(item.table)), item);
                    if (done)
                        done->push_back(rows[k]);
                }
            }
        };

        const int workers = chunks < 4 ? 0
                                       : std::clamp(QThread::idealThreadCount() - 1,
                                                    0,
                                                    int(std::min<size_t>(chunks - 1, 7)));
        const size_t share = characters / size_t(workers + 1);
        QList<QFuture<ShapedRows>> futures;
        for (int w = 0; w < workers; ++w) {
            // Fonts of their own (QFont caches its engine in its shared data), made here because
            // they are resolved for the metrics device.
            std::array<QFont, TextRoleCount> fonts;
            for (size_t role = 0; role < TextRoleCount; ++role)
                fonts[role] = QFont(makeFont(TextRole(role)), metricsDevice.get());
            futures.append(QtConcurrent::run(
                QThreadPool::globalInstance(),
                [&shapeChunks, share](std::array<QFont, TextRoleCount> roleFonts) {
                    Shaper own;
                    own.fonts = std::move(roleFonts);
                    own.glyphs.reserve(share);
                    ShapedRows shaped;
                    shapeChunks(own, &shaped.rows);
                    for (const QRawFont &font : own.rawFonts)
                        shaped.fonts.push_back(FontKey::of(font));
                    shaped.lines = std::move(own.lines);
                    shaped.runs = std::move(own.runs);
                    shaped.glyphs = std::move(own.glyphs);
                    return shaped; // the worker's fonts and engines end on its thread
                },
                std::move(fonts)));
        }
        if (workers > 0)
            shaper.resolveRoleFonts();
        shapeChunks(shaper, nullptr);
        for (QFuture<ShapedRows> &future : futures) {
            future.waitForFinished();
            adopt(future.takeResult());
        }
        for (const size_t row : rows)
            items[row].unshaped.clear();
        if (cancel && cancel->load(std::memory_order_relaxed))
            return fail(
                Error::Code::Cancelled,
                QCoreApplication::translate("Casebinder::Report", "The export was cancelled."));
        return {};
    }

    void adopt(ShapedRows shaped)
    {
        std::vector<FontKey> known;
        known.reserve(shaper.rawFonts.size());
        for (const QRawFont &font : shaper.rawFonts)
            known.push_back(FontKey::of(font));
        constexpr quint32 Unknown = ~quint32(0);
        std::vector<quint32> fontMap;
        for (const FontKey &key : shaped.fonts) {
            const auto found = std::find(known.begin(), known.end(), key);
            fontMap.push_back(found == known.end() ? Unknown : quint32(found - known.begin()));
        }
        const auto lineOffset = quint32(shaper.lines.size());
        const auto runOffset = quint32(shaper.runs.size());
        const auto glyphOffset = quint32(shaper.glyphs.size());
        for (Line line : shaped.lines) {
            line.firstRun += runOffset;
            line.endRun += runOffset;
            shaper.lines.push_back(line);
        }
        for (Run run : shaped.runs) {
            run.begin += glyphOffset;
            run.end += glyphOffset;
            run.font = fontMap[run.font];
            shaper.runs.push_back(run);
        }
        shaper.glyphs.insert(shaper.glyphs.end(), shaped.glyphs.begin(), shaped.glyphs.end());
        for (const size_t row : shaped.rows) {
            Item &item = items[row];
            bool painted = true;
            for (Cell &cell : item.cells) {
                cell.firstLine += lineOffset;
                cell.endLine += lineOffset;
                for (quint32 l = cell.firstLine; l < cell.endLine; ++l) {
                    for (quint32 r = shaper.lines[l].firstRun; r < shaper.lines[l].endRun; ++r)
                        painted = painted && shaper.runs[r].font != Unknown;
                }
            }
            if (!painted)
                shaper.shapeRow(tables.at(size_t(item.table)), item);
        }
    }

    // Where a slice starting at `from` must end so that no line crosses `limit` (row-relative).
    qreal cutBefore(const Item &item, qreal from, qreal limit) const
    {
        qreal cut = item.height;
        for (const Cell &cell : item.cells) {
            for (quint32 i = cell.firstLine; i < cell.endLine; ++i) {
                const Line &line = shaper.lines[i];
                const qreal top = item.pad + qreal(line.top);
                if (top < from)
                    continue;
                if (top + qreal(line.height) > limit) {
                    cut = std::min(cut, top);
                    break;
                }
            }
        }
        return cut;
    }

    qreal firstLineHeight(const Item &item) const
    {
        qreal first = 0;
        for (const Cell &cell : item.cells) {
            if (cell.endLine > cell.firstLine)
                first = std::max(first, qreal(shaper.lines[cell.firstLine].height));
        }
        return item.pad * 2 + first;
    }

    // How much of the page the items from `first` need together: every item that keeps with
    // the next one, then the first row after them whole (or its first line, when it is taller
    // than a page), with the table header that would come before it. A run taller than a
    // page asks for no more than its first item and the first line of the next.
    qreal keptHeight(int first, int headerTable) const
    {
        qreal height = 0;
        int index = first;
        const auto headerOf = [&](const Item &item) {
            if (item.table < 0 || item.table == headerTable)
                return qreal(0);
            headerTable = item.table;
            return tables.at(size_t(item.table)).header.height;
        };
        for (; index < int(items.size()); ++index) {
            const Item &item = items.at(size_t(index));
            if (!item.keepWithNext && item.kind != Kind::Spacing)
                break;
            height += headerOf(item) + item.height;
        }
        if (index < int(items.size())) {
            const Item &next = items.at(size_t(index));
            const qreal header = headerOf(next);
            const qreal whole = next.kind == Kind::Block || next.height <= content.height() - header
                                    ? next.height
                                    : firstLineHeight(next);
            height += header + whole;
        }
        if (height <= content.height())
            return height;
        const Item &item = items.at(size_t(first));
        if (first + 1 >= int(items.size()))
            return item.height;
        const Item &next = items.at(size_t(first + 1));
        return item.height + (next.kind == Kind::Block ? next.height : firstLineHeight(next))
               + (next.table >= 0 ? tables.at(size_t(next.table)).header.height : 0);
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
            if (item.keepWithNext && (index == 0 || !items.at(size_t(index - 1)).keepWithNext)) {
                if (y > content.top() && y + keptHeight(index, headerTable) > content.bottom())
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

    // Collects the glyphs of consecutive runs that share a font and colour and draws them with
    // one drawGlyphRun(). Positions are rounded to whole device pixels (1/600 in): QPdfWriter
    // prints every glyph's offset, "38 0 Td" is a third shorter than "37.984375 0 Td", and
    // writing and compressing those operators is most of an export's time.
    class GlyphPainter
    {
    public:
        GlyphPainter(QPainter &painter, const Private &report)
            : m_painter(painter)
            , m_report(report)
        {}
        ~GlyphPainter() { flush(); }
        GlyphPainter(const GlyphPainter &) = delete;
        GlyphPainter &operator=(const GlyphPainter &) = delete;

        void addLine(const Line &line, QPointF origin)
        {
            for (quint32 r = line.firstRun; r < line.endRun; ++r) {
                const Run &run = m_report.shaper.runs[r];
                if (run.font != m_font || run.colour != m_colour) {
                    flush();
                    m_font = run.font;
                    m_colour = run.colour;
                }
                for (quint32 g = run.begin; g < run.end; ++g) {
                    const Glyph &glyph = m_report.shaper.glyphs[g];
                    if (glyph.standsFor != 0)
                        m_report.markersPainted.push_back(glyph.standsFor);
                    m_indexes.append(glyph.index);
                    m_positions.append(QPointF(std::round(origin.x() + qreal(glyph.x)),
                                               std::round(origin.y() + qreal(glyph.y))));
                }
            }
        }

        void flush()
        {
            if (m_indexes.isEmpty())
                return;
            if (m_painter.pen().color().rgb() != m_colour)
                m_painter.setPen(QColor::fromRgb(m_colour));
            m_run.setRawFont(m_report.shaper.rawFonts[m_font]);
            m_run.setRawData(m_indexes.constData(), m_positions.constData(), int(m_indexes.size()));
            m_painter.drawGlyphRun(QPointF(), m_run);
            m_indexes.clear();
            m_positions.clear();
        }

    private:
        QPainter &m_painter;
        const Private &m_report;
        QGlyphRun m_run;
        QVarLengthArray<quint32, 512> m_indexes;
        QVarLengthArray<QPointF, 512> m_positions;
        quint32 m_font = 0;
        QRgb m_colour = 0;
    };

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
        const auto firstColumnContinues = [this, &item, &slice] {
            const Cell &first = item.cells.front();
            return first.endLine > first.firstLine
                   && item.pad + qreal(shaper.lines[first.endLine - 1].top) >= slice.from - 0.01;
        };
        if (item.kind == Kind::Row && slice.item >= 0 && slice.from > 0 && !item.cells.empty()
            && !firstColumnContinues()) {
            // A row split across pages says so where its first column would start.
            const QFont &note = font(TextRole::SmallItalic);
            painter.setFont(note);
            painter.setPen(Muted);
            painter.drawText(
                QPointF(item.cells.front().x,
                        slice.y + item.pad + QFontMetricsF(note, painter.device()).ascent()),
                setup.language.translate("Casebinder::Report", "(continued)"));
        }
        GlyphPainter glyphPainter(painter, *this);
        for (const Cell &cell : item.cells) {
            const QPointF origin(cell.x, slice.y + topPad + item.pad - slice.from);
            for (quint32 i = cell.firstLine; i < cell.endLine; ++i) {
                const Line &line = shaper.lines[i];
                const qreal top = item.pad + qreal(line.top);
                if (top < slice.from - 0.01)
                    continue;
                if (top >= slice.to - 0.01 && slice.to < item.height)
                    break;
                if (top >= item.height)
                    break;
                glyphPainter.addLine(line, origin);
            }
        }
    }

    // Page furniture that is the same on every page, laid out once.
    struct Chrome
    {
        Cell caseName;
        Cell title;
        Cell exported;
        Cell docket;
        qreal headerBase = 0;
        qreal footerBase = 0;
        qreal ascent = 0;
    };

    Chrome layoutChrome()
    {
        const QFont &small = font(TextRole::Small);
        const QFontMetricsF metrics(small, metricsDevice.get());
        const auto line = [&](const QString &text, Qt::Alignment alignment, qreal width) {
            RichText rich(text, TextRole::Small, Muted);
            rich.alignment = alignment | Qt::AlignAbsolute;
            return layoutCell(rich, content.left(), width);
        };
        Chrome chrome;
        chrome.ascent = metrics.ascent();
        chrome.headerBase = content.top() - pt(setup.confidential ? 26 : 16);
        chrome.footerBase = content.bottom() + pt(22);
        const QString caseName
            = !setup.caption.caseName.isEmpty() ? setup.caption.caseName : setup.caption.title;
        chrome.caseName = line(metrics.elidedText(caseName, Qt::ElideRight, content.width() * 0.6),
                               Qt::AlignLeft,
                               content.width() * 0.6);
        chrome.title = line(metrics.elidedText(setup.title, Qt::ElideRight, content.width() * 0.38),
                            Qt::AlignRight,
                            content.width());
        chrome.exported = line(
            setup.language.translate("Casebinder::Report", "Exported %1").arg(setup.exportedAt),
            Qt::AlignLeft,
            content.width() * 0.4);
        if (!setup.caption.docketNumber.isEmpty())
            chrome.docket = line(setup.language.translate("Casebinder::Report", "No. %1")
                                     .arg(setup.caption.docketNumber),
                                 Qt::AlignHCenter,
                                 content.width());
        return chrome;
    }

    Cell layoutPageNumber(int number, int count)
    {
        RichText text(
            setup.language.translate("Casebinder::Report", "Page %1 of %2").arg(number).arg(count),
            TextRole::Small,
            Muted);
        text.alignment = Qt::AlignRight | Qt::AlignAbsolute;
        return layoutCell(text, content.left(), content.width());
    }

    void paintText(GlyphPainter &glyphPainter, const Cell &cell, qreal top) const
    {
        for (quint32 i = cell.firstLine; i < cell.endLine; ++i)
            glyphPainter.addLine(shaper.lines[i], QPointF(cell.x, top));
    }

    // The running header and footer share a font and colour: one text object per page.
    void paintChrome(QPainter &painter, const Chrome &chrome, const Cell &pageNumber) const
    {
        painter.setPen(QPen(Rule, pt(0.5)));
        painter.drawLine(QPointF(content.left(), chrome.headerBase + pt(4)),
                         QPointF(content.right(), chrome.headerBase + pt(4)));
        painter.drawLine(QPointF(content.left(), chrome.footerBase - chrome.ascent - pt(5)),
                         QPointF(content.right(), chrome.footerBase - chrome.ascent - pt(5)));
        GlyphPainter glyphPainter(painter, *this);
        const qreal headerTop = chrome.headerBase - chrome.ascent;
        paintText(glyphPainter, chrome.caseName, headerTop);
        paintText(glyphPainter, chrome.title, headerTop);
        if (setup.confidential) {
            glyphPainter.flush();
            QFont banner = font(TextRole::Header);
            banner.setPointSizeF(8);
            const QFontMetricsF bannerMetrics(banner, painter.device());
            painter.setFont(banner);
            const QString text = u"PRIVILEGED & CONFIDENTIAL \u2014 ATTORNEY WORK PRODUCT"_s;
            const qreal width = bannerMetrics.horizontalAdvance(text);
            const qreal top = chrome.headerBase + pt(8);
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
        }
        const qreal footerTop = chrome.footerBase - chrome.ascent;
        paintText(glyphPainter, chrome.exported, footerTop);
        paintText(glyphPainter, chrome.docket, footerTop);
        paintText(glyphPainter, pageNumber, footerTop);
    }
};

PdfReport::PdfReport(ReportSetup setup)
    : d(std::make_unique<Private>())
{
    d->setup = std::move(setup);
    d->scratch.open(QIODevice::WriteOnly);
    d->metricsDevice = std::make_unique<QPdfWriter>(&d->scratch);
    d->metricsDevice->setResolution(Resolution);
    for (size_t role = 0; role < TextRoleCount; ++role)
        d->shaper.fonts[role] = QFont(Private::makeFont(TextRole(role)), d->metricsDevice.get());
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
    QFont court = fonts.font(fonts.serif);
    court.setPointSizeF(10.5);
    court.setBold(true);
    QFont body = fonts.font(fonts.serif);
    body.setPointSizeF(10.5);
    QFont title = fonts.font(fonts.serif);
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
        right.append(setup.language.translate("Casebinder::Report", "No. %1")
                         .arg(setup.caption.docketNumber));
    if (!setup.caption.judge.isEmpty())
        right.append(
            setup.language.translate("Casebinder::Report", "Hon. %1").arg(setup.caption.judge));

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
    item.keepWithNext = true;
    item.pad = d->pt(5);
    RichText rich(text, TextRole::Heading);
    item.cells.push_back(d->layoutCell(rich, d->content.left(), d->content.width()));
    item.height = d->cellHeight(item.cells.front()) + 2 * item.pad;
    d->items.push_back(std::move(item));
}

void PdfReport::addParagraph(const RichText &text)
{
    Private::Item item;
    item.kind = Private::Kind::Text;
    item.pad = d->pt(2);
    item.cells.push_back(d->layoutCell(text, d->content.left(), d->content.width()));
    item.height = d->cellHeight(item.cells.front()) + 2 * item.pad;
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
    table.header.kind = Private::Kind::Row;
    table.header.pad = d->pt(4);
    table.header.unshaped = std::move(titles);
    d->shaper.shapeRow(table, table.header);
    table.header.unshaped.clear();
    d->tables.push_back(std::move(table));
    return int(d->tables.size()) - 1;
}

void PdfReport::addRow(QList<RichText> cells, const QColor &shade)
{
    Q_ASSERT(!d->tables.empty());
    const int tableIndex = int(d->tables.size()) - 1;
    Private::Table &table = d->tables.back();
    Private::Item item;
    item.kind = Private::Kind::Row;
    item.pad = d->pt(4);
    item.unshaped = std::move(cells);
    item.shaped = false;
    // The row is shaped on whichever thread takes it (shapeRows()), and QTextFormat computes
    // its hash lazily when laid out: formats shared with other rows get a copy of their own.
    for (RichText &cell : item.unshaped) {
        for (QTextLayout::FormatRange &range : cell.formats)
            range.format.setObjectIndex(range.format.objectIndex());
    }
    item.table = tableIndex;
    item.shade = shade;
    item.zebra = (table.rows++ % 2) == 1;
    d->items.push_back(std::move(item));
}

void PdfReport::addSpanningRow(const RichText &text, const QColor &shade)
{
    addRow({text}, shade);
    d->items.back().span = true;
}

void PdfReport::keepWithNext()
{
    if (!d->items.empty())
        d->items.back().keepWithNext = true;
}

Result<int> PdfReport::render(QPagedPaintDevice &device,
                              int maxPages,
                              const std::atomic_bool *cancel)
{
    if (auto shaped = d->shapeRows(cancel); !shaped)
        return fail(shaped.error());
    const auto pages = d->paginate();
    const int pageCount = int(pages.size());
    const Private::Chrome chrome = d->layoutChrome();
    const int toPaint = maxPages > 0 ? std::min(maxPages, pageCount) : pageCount;
    d->markersPainted.clear();
    QPainter painter;
    if (!painter.begin(&device))
        return fail(
            Error::Code::Io,
            QCoreApplication::translate("Casebinder::Report", "Cannot start painting the PDF."));
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int number = 0; number < toPaint; ++number) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            painter.end();
            return fail(
                Error::Code::Cancelled,
                QCoreApplication::translate("Casebinder::Report", "The export was cancelled."));
        }
        if (number > 0 && !device.newPage()) {
            painter.end();
            return fail(
                Error::Code::Io,
                QCoreApplication::translate("Casebinder::Report", "Cannot add a page to the PDF."));
        }
        d->paintChrome(painter, chrome, d->layoutPageNumber(number + 1, pageCount));
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
        return fail(Error::Code::Io,
                    QCoreApplication::translate("Casebinder::Report", "Cannot finish the PDF."));
    return toPaint;
}

namespace {

Result<int> writePdfAsQtDoes(PdfReport &report,
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

} // namespace

const std::vector<char32_t> &PdfReport::markersPainted() const
{
    return d->markersPainted;
}

Result<int> writePdf(PdfReport &report,
                     const ReportSetup &setup,
                     QIODevice &device,
                     int maxPages,
                     const std::atomic_bool *cancel)
{
    // Written in memory first: the text layer is completed after QPdfWriter has finished.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto pages = writePdfAsQtDoes(report, setup, buffer, maxPages, cancel);
    if (!pages)
        return pages;
    const QByteArray pdf = withMarkerActualText(buffer.data(), report.markersPainted());
    if (device.write(pdf) != pdf.size())
        return fail(Error::Code::Io,
                    QCoreApplication::translate("Casebinder::Report", "Cannot write the PDF."),
                    device.errorString());
    return pages;
}

} // namespace Casebinder::Export
