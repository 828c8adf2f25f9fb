#pragma once

#include "displaylanguage.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

class QPaintDevice;
class QPainter;

namespace Casebinder::Export {

// How precisely an item's start (and end) is known; an imprecise item covers its whole month
// or year on the strip.
enum class TimelinePrecision { Minute, Day, Month, Year };

// One event on the strip, as plain values: the painter knows nothing about the case file.
struct TimelineItem
{
    QDateTime start; // UTC
    QDateTime end;   // invalid: a point in time (or the whole unit of `precision`)
    TimelinePrecision precision = TimelinePrecision::Day;
    bool circa = false;
    bool disputed = false;
    QString title;
    QColor colour; // invalid: the style's default colour
    qint64 id = 0;
    // Printed before the title, and alone where the title does not fit, so every event stays
    // identifiable; the table beside the strip shows the same key (its row number).
    QString key;
};

struct TimelineStyle
{
    QFont font; // labels; the axis uses the same family at 85 %
    QColor ink = QColor(0x1f, 0x23, 0x28);
    QColor axis = QColor(0x6b, 0x72, 0x80);
    QColor background = Qt::white;
    QColor defaultColour = QColor(0x2b, 0x59, 0x8f);
    QColor disputedColour = QColor(0xb4, 0x23, 0x18);
    qreal laneHeight = 0;   // 0: derived from the font
    bool showLabels = true; // labels are still dropped where they would not fit
    int maxLanes = 12;      // further overlaps share the last lane
    // Print has no tooltip: draw the density view rather than leave an event on the strip
    // without its label or key.
    bool everyEventIdentified = false;
    // The words and date formats of the legend, the axis and the density captions.
    DisplayLanguage language = DisplayLanguage::current();
};

// Where an item landed in the last layout, for hit testing and tooltips.
struct TimelinePlacement
{
    qint64 id = 0;
    int index = 0; // into items()
    int lane = 0;
    QRectF mark;               // the bar or point mark
    QRectF label;              // empty when the label was dropped
    bool labelInside = false;  // drawn on the bar (a long or clipped bar with no room beside it)
    bool clippedStart = false; // the bar runs on past the left edge of the visible range
    bool clippedEnd = false;   // ... past the right edge
};

// When there are too many events to draw one by one at the strip's scale, the strip shows how
// many fall in each day, week, month, quarter or year instead.
enum class TimelineMode { Events, Density };

struct TimelineDensityBin
{
    QDateTime start; // UTC, inclusive
    QDateTime end;   // exclusive
    int count = 0;   // events starting in the bin
    int disputed = 0;
    QRectF bar; // the whole bar; its disputed share is drawn at the bottom
};

// A stretch of the axis with a scale of its own. Consecutive segments either continue in time
// (the scale changes) or leave out a stretch with no event (`breakBefore`, drawn as "//").
struct TimelineAxisSegment
{
    QDateTime start; // UTC, inclusive
    QDateTime end;   // exclusive
    qreal left = 0;
    qreal right = 0;
    qreal zoom = 1; // width per unit of time, relative to the segment that has the least
    bool breakBefore = false;
};

// Everything the painter decided for one rect, before painting.
struct TimelineLayout
{
    TimelineMode mode = TimelineMode::Events;
    QList<TimelinePlacement> placements; // Events mode only
    QList<TimelineDensityBin> bins;      // Density mode only
    QString binUnit;                     // "day", "week", "month", "quarter" or "year"
    int maxCount = 0;                    // the tallest bin
    int eventCount = 0;                  // events in the visible range
    QString caption;                     // Density mode: "10,000 events — density per month"
    // Events mode: one segment for a linear axis; several when dense periods were widened.
    QList<TimelineAxisSegment> segments;
    int unidentified = 0; // events drawn with neither their label nor their key
};

// Paints the chronology strip: ranges as bars, point events as diamonds, circa dates as fuzzy
// marks, disputed events outlined in the disputed colour with a "?" flag, overlapping items
// stacked in lanes, and an axis with year/month/day ticks chosen to fit the width. Labels never
// cover another label or another event's mark: where there is no room they are elided or
// dropped (the mark stays). Bars clipped by the visible range carry their label on the visible
// part. When a linear axis would cost events their labels, the axis is cut into segments:
// stretches with no event are left out (a "//" break) and dense periods get more width, each
// segment with its own ticks and its scale ("×8"). Where a title still does not fit, the
// event's key is shown alone. Too many events for their own marks are drawn as a histogram of
// events per period.
// Shared by the on-screen chronology view and the PDF exports; uses no widgets, so it paints
// into any QPainter (screen, QImage, QPdfWriter) on any thread.
class TimelinePainter final
{
public:
    TimelinePainter() = default;
    explicit TimelinePainter(QList<TimelineItem> items, TimelineStyle style = {});

    void setItems(QList<TimelineItem> items);
    const QList<TimelineItem> &items() const { return m_items; }
    void setStyle(const TimelineStyle &style) { m_style = style; }
    const TimelineStyle &style() const { return m_style; }

    // The visible span; by default the items' span with a small margin on each side.
    void setRange(const QDateTime &from, const QDateTime &to);
    void resetRange();
    QDateTime rangeStart() const;
    QDateTime rangeEnd() const;

    // The height the strip needs at `width` to give every lane its natural height (device
    // units of `painter`'s device when given, else of the font's default resolution).
    qreal preferredHeight(qreal width, const QPainter *painter = nullptr) const;
    qreal preferredHeight(qreal width, const QPaintDevice *device) const;

    // Paints into `rect`; lanes shrink when `rect` is shorter than preferredHeight().
    // Returns where each item went (items outside the range are left out).
    QList<TimelinePlacement> paint(QPainter &painter, const QRectF &rect) const;

    // The same layout without painting, for hit testing; empty in density mode.
    QList<TimelinePlacement> layout(const QRectF &rect, const QPainter *painter = nullptr) const;
    QList<TimelinePlacement> layout(const QRectF &rect, const QPaintDevice *device) const;

    // Every layout decision for `rect`: the mode, lanes, label positions (never over another
    // label or another event's mark), or the density bins. paint() draws exactly this.
    TimelineLayout computeLayout(const QRectF &rect, const QPaintDevice *device = nullptr) const;

    // The strip switches to the density view when at least this many events, and at least
    // a tenth of them, have marks that cannot get a lane of their own.
    static constexpr int DensityMinimumCrowded = 20;

    // A one-line key (range, date, circa, disputed) starting at `topLeft`; returns its size.
    // After a paint() in density mode, the key describes the density bars instead.
    QSizeF paintLegend(QPainter &painter, const QPointF &topLeft) const;

    // The item whose mark or label is under `point`, for the layout in `rect`.
    std::optional<qint64> itemAt(const QRectF &rect, const QPointF &point) const;

    // The instant at horizontal position `x` of `rect`, and back; for zooming views.
    QDateTime timeAt(const QRectF &rect, qreal x) const;
    qreal xFor(const QRectF &rect, const QDateTime &time) const;

    // An item's effective span: imprecise dates cover their whole day, month or year.
    static std::pair<QDateTime, QDateTime> span(const TimelineItem &item);

private:
    struct Geometry;
    struct Placed;
    struct Chosen;
    Geometry geometry(const QRectF &rect, const QPaintDevice *device, bool segmented = false) const;
    bool segment(Geometry &geometry) const;
    Placed place(const Geometry &geometry) const;
    TimelineLayout density(const Geometry &geometry) const;
    // "day", "week" … (TimelineLayout::binUnit) in the style's language.
    QString unitWord(const QString &unit) const;
    Chosen choose(const QRectF &rect, const QPaintDevice *device, int laneCount = 0) const;
    void paintAxis(QPainter &painter, const Geometry &geometry) const;

    QList<TimelineItem> m_items;
    TimelineStyle m_style;
    QDateTime m_from;
    QDateTime m_to;
    // What the last paint() drew, so the legend printed under it matches.
    mutable TimelineMode m_lastMode = TimelineMode::Events;
    mutable QString m_lastUnit;
    mutable bool m_lastSegmented = false;
    mutable bool m_lastBreaks = false;
};

} // namespace Casebinder::Export
