#pragma once

#include "casefile.h"
#include "displaylanguage.h"
#include "result.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QTextLayout>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;
class QPainter;
class QPagedPaintDevice;
class QPaintDevice;

namespace Casebinder::Export {

// The page furniture every Casebinder export shares.
struct ReportSetup
{
    QPageSize pageSize = QPageSize(QPageSize::Letter);
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    CaseCaption caption;
    QString title;      // "Chronology of Events"
    QString subtitle;   // the filters, one line
    QString exportedAt; // shown in the footer
    bool confidential = false;
    bool pdfa = false;
    DisplayLanguage language; // the running heads' and footers' words
};

enum class TextRole { Body, BodyBold, Small, SmallItalic, Header, Heading, Note };

// One table cell or paragraph: text with optional bold/italic/colour runs. Line breaks in
// `text` start new lines.
struct RichText
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
    TextRole role = TextRole::Body;
    QColor colour; // invalid: ink
    Qt::Alignment alignment = Qt::AlignLeft;

    RichText() = default;
    RichText(QString plain, TextRole textRole = TextRole::Body, QColor textColour = {});
    RichText &append(const QString &more, const QTextCharFormat &format = {});
    static QTextCharFormat bold();
    static QTextCharFormat italic();
    static QTextCharFormat coloured(const QColor &colour, bool bold = false);
};

struct TableColumn
{
    QString title;
    qreal weight = 1; // share of the table width
};

// Lays content out into pages, then paints it: caption block, headings, paragraphs, tables
// whose header repeats on every page, and custom painted blocks. A table row that does not fit
// moves to the next page whole; a row taller than a page splits between lines, never through
// one. Items marked keepWithNext() stay with what follows them. Coordinates are device units of the
// target (QPdfWriter at 600 dpi). Text is shaped once, when it is added, and kept as positioned
// glyphs until render() paints it.
class PdfReport final
{
public:
    explicit PdfReport(ReportSetup setup);
    ~PdfReport();
    PdfReport(const PdfReport &) = delete;
    PdfReport &operator=(const PdfReport &) = delete;

    // Content width and the usable height of a full page, in device units; valid after
    // construction (layout uses the PDF resolution, not the screen's).
    qreal contentWidth() const;
    qreal pageContentHeight() const;
    qreal points(qreal pt) const; // points to device units
    QFont font(TextRole role) const;
    // The device layout measures with (same resolution and font metrics as the PDF).
    const QPaintDevice *metricsDevice() const;

    void addCaption();
    void addHeading(const QString &text);
    void addParagraph(const RichText &text);
    // A block painted by `paint` into a rectangle of the content width and `height`.
    void addBlock(qreal height, std::function<void(QPainter &, const QRectF &)> paint);
    void addSpacing(qreal pt);

    int beginTable(QList<TableColumn> columns);
    // `shade` fills the row's background (gaps, disputed rows); invalid: zebra striping.
    void addRow(QList<RichText> cells, const QColor &shade = {});
    // A row of one cell across every column of the table (a group's heading).
    void addSpanningRow(const RichText &text, const QColor &shade = {});
    // Keeps the item added last on the same page as the start of the next one: a run of
    // such items moves to a new page together with the first row after them. Headings keep
    // with the next item by themselves.
    void keepWithNext();

    // Paints every page into `device` (a QPdfWriter). `maxPages` > 0 stops early (previews).
    // Returns the number of pages painted.
    Result<int> render(QPagedPaintDevice &device,
                       int maxPages = 0,
                       const std::atomic_bool *cancel = nullptr);

    // What each missing-glyph marker the last render() painted stands for, in painting order
    // (see withMarkerActualText()).
    const std::vector<char32_t> &markersPainted() const;

    static constexpr int Resolution = 600;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Opens a QPdfWriter on `device` with the report's page size, resolution, metadata and PDF/A
// setting, renders and finishes the file, its markers naming the characters they stand for in
// the text layer.
Result<int> writePdf(PdfReport &report,
                     const ReportSetup &setup,
                     QIODevice &device,
                     int maxPages = 0,
                     const std::atomic_bool *cancel = nullptr);

} // namespace Casebinder::Export
