#include "timelinepainter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Casebinder::Export {
namespace {

constexpr qint64 MsecsPerDay = 24LL * 60 * 60 * 1000;

QColor blend(const QColor &colour, const QColor &towards, qreal amount)
{
    // Opaque mixes instead of alpha: PDF/A-1b forbids transparency.
    const auto mix = [amount](int a, int b) {
        return int(std::lround(a + (b - a) * amount));
    };
    return QColor(mix(colour.red(), towards.red()),
                  mix(colour.green(), towards.green()),
                  mix(colour.blue(), towards.blue()));
}

enum class TickUnit { Hour, Day, Month, Year };

struct TickScale
{
    TickUnit unit;
    int step;
    QString format;
};

QDateTime floorTo(const QDateTime &time, TickUnit unit, int step)
{
    const QDate date = time.date();
    switch (unit) {
    case TickUnit::Hour:
        return QDateTime(date, QTime(time.time().hour() / step * step, 0), Qt::UTC);
    case TickUnit::Day:
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    case TickUnit::Month:
        return QDateTime(
            QDate(date.year(), (date.month() - 1) / step * step + 1, 1), QTime(0, 0), Qt::UTC);
    case TickUnit::Year: {
        const int year = date.year() >= 0 ? date.year() / step * step : date.year();
        return QDateTime(QDate(std::max(year, 1), 1, 1), QTime(0, 0), Qt::UTC);
    }
    }
    return time;
}

QDateTime advance(const QDateTime &time, TickUnit unit, int step)
{
    switch (unit) {
    case TickUnit::Hour:
        return time.addSecs(qint64(step) * 3600);
    case TickUnit::Day:
        return time.addDays(step);
    case TickUnit::Month:
        return time.addMonths(step);
    case TickUnit::Year:
        return time.addYears(step);
    }
    return time;
}

qint64 approximateMsecs(TickUnit unit, int step)
{
    switch (unit) {
    case TickUnit::Hour:
        return qint64(step) * 3600 * 1000;
    case TickUnit::Day:
        return qint64(step) * MsecsPerDay;
    case TickUnit::Month:
        return qint64(step) * 30 * MsecsPerDay;
    case TickUnit::Year:
        return qint64(step) * 365 * MsecsPerDay;
    }
    return MsecsPerDay;
}

const std::array<TickScale, 14> &tickScales()
{
    static const std::array<TickScale, 14> scales = {{
        {TickUnit::Hour, 1, u"HH:mm"_s},
        {TickUnit::Hour, 6, u"d MMM HH:mm"_s},
        {TickUnit::Day, 1, u"d MMM"_s},
        {TickUnit::Day, 7, u"d MMM"_s},
        {TickUnit::Month, 1, u"MMM yyyy"_s},
        {TickUnit::Month, 3, u"MMM yyyy"_s},
        {TickUnit::Month, 6, u"MMM yyyy"_s},
        {TickUnit::Year, 1, u"yyyy"_s},
        {TickUnit::Year, 2, u"yyyy"_s},
        {TickUnit::Year, 5, u"yyyy"_s},
        {TickUnit::Year, 10, u"yyyy"_s},
        {TickUnit::Year, 25, u"yyyy"_s},
        {TickUnit::Year, 50, u"yyyy"_s},
        {TickUnit::Year, 100, u"yyyy"_s},
    }};
    return scales;
}

} // namespace

struct TimelinePainter::Geometry
{
    QRectF rect;
    QRectF lanes; // where marks go
    qreal axisY = 0;
    qreal laneHeight = 0;
    int laneCount = 1;
    qint64 from = 0;
    qint64 to = 1;
    QFont labelFont;
    QFont axisFont;
    qreal labelHeight = 0;
    qreal axisHeight = 0;
    std::optional<QFontMetricsF> labelMetrics;
    std::optional<QFontMetricsF> axisMetrics;

    qreal x(qint64 msecs) const
    {
        return lanes.left() + lanes.width() * qreal(msecs - from) / qreal(to - from);
    }
};

TimelinePainter::TimelinePainter(QList<TimelineItem> items, TimelineStyle style)
    : m_items(std::move(items))
    , m_style(std::move(style))
{}

void TimelinePainter::setItems(QList<TimelineItem> items)
{
    m_items = std::move(items);
}

void TimelinePainter::setRange(const QDateTime &from, const QDateTime &to)
{
    m_from = from;
    m_to = to;
}

void TimelinePainter::resetRange()
{
    m_from = {};
    m_to = {};
}

std::pair<QDateTime, QDateTime> TimelinePainter::span(const TimelineItem &item)
{
    const auto wholeUnit = [&item](const QDateTime &time, bool atEnd) {
        const QDate date = time.date();
        QDateTime begin;
        QDateTime end;
        switch (item.precision) {
        case TimelinePrecision::Minute:
            return time;
        case TimelinePrecision::Day:
            begin = QDateTime(date, QTime(0, 0), Qt::UTC);
            end = begin.addDays(1);
            break;
        case TimelinePrecision::Month:
            begin = QDateTime(QDate(date.year(), date.month(), 1), QTime(0, 0), Qt::UTC);
            end = begin.addMonths(1);
            break;
        case TimelinePrecision::Year:
            begin = QDateTime(QDate(date.year(), 1, 1), QTime(0, 0), Qt::UTC);
            end = begin.addYears(1);
            break;
        }
        return atEnd ? end : begin;
    };
    const QDateTime start = wholeUnit(item.start, false);
    QDateTime end
        = wholeUnit(item.end.isValid() && item.end > item.start ? item.end : item.start, true);
    if (end < start)
        end = start;
    return {start, end};
}

QDateTime TimelinePainter::rangeStart() const
{
    if (m_from.isValid())
        return m_from;
    if (m_items.isEmpty())
        return QDateTime(QDate::currentDate().addYears(-1), QTime(0, 0), Qt::UTC);
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const TimelineItem &item : m_items) {
        const auto [start, end] = span(item);
        first = std::min(first, start.toMSecsSinceEpoch());
        last = std::max(last, end.toMSecsSinceEpoch());
    }
    const qint64 margin = std::max<qint64>((last - first) / 30, MsecsPerDay);
    return QDateTime::fromMSecsSinceEpoch(first - margin, Qt::UTC);
}

QDateTime TimelinePainter::rangeEnd() const
{
    if (m_to.isValid())
        return m_to;
    if (m_items.isEmpty())
        return QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const TimelineItem &item : m_items) {
        const auto [start, end] = span(item);
        first = std::min(first, start.toMSecsSinceEpoch());
        last = std::max(last, end.toMSecsSinceEpoch());
    }
    const qint64 margin = std::max<qint64>((last - first) / 30, MsecsPerDay);
    return QDateTime::fromMSecsSinceEpoch(last + margin, Qt::UTC);
}

TimelinePainter::Geometry TimelinePainter::geometry(const QRectF &rect,
                                                    const QPaintDevice *device) const
{
    Geometry g;
    g.rect = rect;
    g.labelFont = m_style.font;
    g.axisFont = m_style.font;
    if (g.axisFont.pointSizeF() > 0)
        g.axisFont.setPointSizeF(g.axisFont.pointSizeF() * 0.85);
    else
        g.axisFont.setPixelSize(std::max(1, int(g.axisFont.pixelSize() * 0.85)));
    // QFontMetricsF wants a non-const device but only reads its resolution.
    auto *metricsDevice = const_cast<QPaintDevice *>(device);
    g.labelMetrics.emplace(g.labelFont, metricsDevice);
    g.axisMetrics.emplace(g.axisFont, metricsDevice);
    g.labelHeight = g.labelMetrics->height();
    g.axisHeight = g.axisMetrics->height() * 1.6;
    g.laneHeight = m_style.laneHeight > 0 ? m_style.laneHeight : g.labelHeight * 1.5;
    g.from = rangeStart().toMSecsSinceEpoch();
    g.to = std::max(rangeEnd().toMSecsSinceEpoch(), g.from + 60 * 1000);
    const qreal pad = g.labelHeight * 0.4;
    g.lanes = QRectF(rect.left() + pad,
                     rect.top() + pad,
                     std::max<qreal>(1, rect.width() - 2 * pad),
                     std::max<qreal>(1, rect.height() - g.axisHeight - 2 * pad));
    g.axisY = g.lanes.bottom();
    g.laneCount
        = std::clamp(int(g.lanes.height() / g.laneHeight), 1, std::max(1, m_style.maxLanes));
    return g;
}

QList<TimelinePlacement> TimelinePainter::place(const Geometry &g, int *crowded) const
{
    QList<int> order;
    order.reserve(m_items.size());
    QList<std::pair<qint64, qint64>> spans(m_items.size());
    for (int i = 0; i < m_items.size(); ++i) {
        const auto [start, end] = span(m_items.at(i));
        spans[i] = {start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch()};
        if (spans[i].second >= g.from && spans[i].first <= g.to)
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&spans](int a, int b) {
        return spans[a].first < spans[b].first;
    });

    const qreal markHeight = g.laneHeight * 0.5;
    // A bar carrying its label is as tall as the text, and its circa halo still fits the lane.
    const qreal labelledBarHeight = std::min(g.labelHeight * 0.92, g.laneHeight * 0.62);
    const qreal pointWidth = markHeight * 1.1;
    const qreal gap = g.labelHeight * 0.5;
    const qreal maxLabelWidth = std::max<qreal>(g.lanes.width() * 0.3, g.labelHeight * 6);
    const qreal minInsideWidth = g.labelHeight * 4;
    const qreal insidePad = g.labelHeight * 0.3;
    const qreal minElidedWidth = g.labelHeight * 3;
    QList<qreal> laneEnds(g.laneCount, -std::numeric_limits<qreal>::infinity());
    // Per lane, the placements with a label, left to right: marks that must share a lane
    // avoid them (or, failing that, take their labels away).
    QList<QList<int>> laneLabels(g.laneCount);
    // A crowded strip reads better as marks alone than as a thicket of truncated labels.
    const qreal labelsPerLane = g.lanes.width() / (g.labelHeight * 8);
    const bool labels = m_style.showLabels && g.labelHeight <= g.laneHeight
                        && order.size() <= g.laneCount * labelsPerLane;
    const QString arrowLeft = u"\u25C0 "_s;
    const QString arrowRight = u" \u25B6"_s;
    int crowdedCount = 0;
    QList<TimelinePlacement> placements;
    placements.reserve(order.size());
    for (int index : std::as_const(order)) {
        const TimelineItem &item = m_items.at(index);
        const qreal rawX0 = g.x(spans[index].first);
        const qreal rawX1 = g.x(spans[index].second);
        const bool clippedStart = rawX0 < g.lanes.left() - 0.5;
        const bool clippedEnd = rawX1 > g.lanes.right() + 0.5;
        qreal x0 = std::max(rawX0, g.lanes.left());
        qreal x1 = std::min(rawX1, g.lanes.right());
        const bool bar = x1 - x0 >= pointWidth;
        if (!bar) {
            const qreal centre = (x0 + x1) / 2;
            x0 = centre - pointWidth / 2;
            x1 = centre + pointWidth / 2;
        }
        const bool hasLabel = labels && !item.title.isEmpty();
        qreal labelWidth = 0;
        if (hasLabel)
            labelWidth = std::min(g.labelMetrics->horizontalAdvance(item.title), maxLabelWidth);
        const qreal fuzz = item.circa ? markHeight * 0.6 : 0;
        const qreal markEnd = x1 + fuzz;
        const qreal markStart = x0 - fuzz;
        // Labels go right of the mark; near the right edge they go left of it instead.
        const bool labelRight = markEnd + gap * 0.5 + labelWidth <= g.lanes.right() + g.labelHeight;
        const bool labelLeft = !labelRight && markStart - gap * 0.5 - labelWidth >= g.rect.left();
        const qreal extentStart = labelLeft ? markStart - gap * 0.5 - labelWidth : markStart;
        const qreal extentEnd = labelRight ? markEnd + gap * 0.5 + labelWidth : markEnd;
        // A bar clipped by the visible range, or too long for a label beside it, carries the
        // label on itself, with an arrow on each side that runs on.
        qreal insideWidth = 0;
        if (hasLabel && bar) {
            const qreal arrows = (clippedStart ? g.labelMetrics->horizontalAdvance(arrowLeft) : 0)
                                 + (clippedEnd ? g.labelMetrics->horizontalAdvance(arrowRight) : 0);
            insideWidth = g.labelMetrics->horizontalAdvance(item.title) + arrows + 2 * insidePad;
        }
        const bool insideFits = insideWidth > 0 && insideWidth <= x1 - x0;
        const bool insideElided = insideWidth > 0 && x1 - x0 >= minInsideWidth;
        const auto freeLane = [&laneEnds, gap](qreal from) {
            for (int candidate = 0; candidate < laneEnds.size(); ++candidate) {
                if (laneEnds.at(candidate) + gap <= from)
                    return candidate;
            }
            return -1;
        };
        enum class Label { None, Outside, Inside } label = Label::None;
        int lane = -1;
        if ((clippedStart || clippedEnd) && insideFits) {
            lane = freeLane(markStart);
            label = Label::Inside;
        }
        if (lane < 0 && hasLabel && (labelRight || labelLeft)) {
            lane = freeLane(extentStart);
            label = Label::Outside;
        }
        if (lane < 0 && insideElided) {
            lane = freeLane(markStart);
            label = Label::Inside;
        }
        if (lane < 0) {
            label = Label::None;
            lane = freeLane(markStart);
        }
        if (lane < 0) {
            // Every lane is taken here: share one where the mark covers no label, else the
            // one that frees up first, whose labels under the mark give way (the mark stays,
            // and the full title is in the tooltip).
            ++crowdedCount;
            const auto labelsHit = [&](int candidate, bool drop) {
                bool hit = false;
                QList<int> &list = laneLabels[candidate];
                for (qsizetype at = list.size() - 1; at >= 0; --at) {
                    TimelinePlacement &other = placements[list.at(at)];
                    if (other.label.right() < markStart - gap * 0.5 - maxLabelWidth - pointWidth)
                        break;
                    if (other.label.right() + gap * 0.5 <= markStart
                        || other.label.left() - gap * 0.5 >= markEnd)
                        continue;
                    hit = true;
                    if (!drop)
                        return true;
                    // Elide the label to the side of the mark it starts on, if enough of it is
                    // left to read; else drop it.
                    const bool textLeftAligned = other.labelInside
                                                     ? !(other.clippedEnd && !other.clippedStart)
                                                     : other.label.left() >= other.mark.left();
                    QRectF shortened = other.label;
                    if (textLeftAligned)
                        shortened.setRight(std::min(shortened.right(), markStart - gap * 0.5));
                    else
                        shortened.setLeft(std::max(shortened.left(), markEnd + gap * 0.5));
                    if (shortened.width() >= minElidedWidth) {
                        other.label = shortened;
                        continue;
                    }
                    if (other.labelInside) {
                        // Back to a plain bar at the plain height.
                        const qreal midY = other.mark.center().y();
                        other.mark.setTop(midY - markHeight / 2);
                        other.mark.setHeight(markHeight);
                        other.labelInside = false;
                    }
                    other.label = {};
                    list.removeAt(at);
                }
                return hit;
            };
            for (int candidate = 0; candidate < g.laneCount && lane < 0; ++candidate) {
                if (!labelsHit(candidate, false))
                    lane = candidate;
            }
            if (lane < 0) {
                lane = int(std::min_element(laneEnds.begin(), laneEnds.end()) - laneEnds.begin());
                labelsHit(lane, true);
            }
        }
        laneEnds[lane] = std::max(laneEnds.at(lane), label == Label::Outside ? extentEnd : markEnd);

        TimelinePlacement placement;
        placement.id = item.id;
        placement.index = index;
        placement.lane = lane;
        placement.clippedStart = clippedStart;
        placement.clippedEnd = clippedEnd;
        const qreal laneTop = g.lanes.bottom() - (lane + 1) * g.laneHeight;
        const qreal midY = laneTop + g.laneHeight / 2;
        placement.mark = QRectF(x0, midY - markHeight / 2, x1 - x0, markHeight);
        if (label == Label::Inside) {
            placement.mark = QRectF(x0, midY - labelledBarHeight / 2, x1 - x0, labelledBarHeight);
            placement.label = QRectF(
                x0 + insidePad, midY - g.labelHeight / 2, x1 - x0 - 2 * insidePad, g.labelHeight);
            placement.labelInside = true;
        } else if (label == Label::Outside && labelRight) {
            placement.label = QRectF(markEnd + gap * 0.5,
                                     midY - g.labelHeight / 2,
                                     std::min(labelWidth, g.rect.right() - markEnd - gap * 0.5),
                                     g.labelHeight);
        } else if (label == Label::Outside) {
            placement.label
                = QRectF(extentStart, midY - g.labelHeight / 2, labelWidth, g.labelHeight);
        }
        if (!placement.label.isEmpty())
            laneLabels[lane].append(int(placements.size()));
        placements.append(placement);
    }
    if (crowded)
        *crowded = crowdedCount;
    return placements;
}

TimelineLayout TimelinePainter::density(const Geometry &g) const
{
    struct Unit
    {
        TickUnit unit;
        int step;
        QString name;
    };
    static const std::array<Unit, 5> units = {{
        {TickUnit::Day, 1, u"day"_s},
        {TickUnit::Day, 7, u"week"_s},
        {TickUnit::Month, 1, u"month"_s},
        {TickUnit::Month, 3, u"quarter"_s},
        {TickUnit::Year, 1, u"year"_s},
    }};
    // The finest unit whose bars are still wide enough to tell apart.
    const qreal minBarWidth = g.labelHeight * 0.3;
    const qreal msecsPerPixel = qreal(g.to - g.from) / g.lanes.width();
    const Unit *unit = &units.back();
    for (const Unit &candidate : units) {
        if (qreal(approximateMsecs(candidate.unit, candidate.step)) / msecsPerPixel
            >= minBarWidth) {
            unit = &candidate;
            break;
        }
    }
    TimelineLayout result;
    result.mode = TimelineMode::Density;
    result.binUnit = unit->name;

    const QDateTime from = QDateTime::fromMSecsSinceEpoch(g.from, Qt::UTC);
    QDateTime first = floorTo(from, unit->unit, unit->step == 7 ? 1 : unit->step);
    if (unit->step == 7) // weeks start on Monday
        first = first.addDays(1 - first.date().dayOfWeek());
    const QDate firstDate = first.date();
    const auto binOf = [&](qint64 msecs) -> qsizetype {
        const QDate date = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).date();
        switch (unit->unit) {
        case TickUnit::Day:
            return firstDate.daysTo(date) / unit->step;
        case TickUnit::Month:
            return ((date.year() - firstDate.year()) * 12 + date.month() - firstDate.month())
                   / unit->step;
        case TickUnit::Year:
            return (date.year() - firstDate.year()) / unit->step;
        case TickUnit::Hour:
            break;
        }
        return 0;
    };
    const qsizetype binCount = binOf(g.to) + 1;
    result.bins.resize(binCount);
    QDateTime start = first;
    for (TimelineDensityBin &bin : result.bins) {
        bin.start = start;
        start = advance(start, unit->unit, unit->step);
        bin.end = start;
    }
    for (const TimelineItem &item : m_items) {
        const auto [spanStart, spanEnd] = span(item);
        const qint64 s = spanStart.toMSecsSinceEpoch();
        if (spanEnd.toMSecsSinceEpoch() < g.from || s > g.to)
            continue;
        // An event counts where it starts, or where it enters the visible range.
        const qsizetype bin = std::clamp<qsizetype>(binOf(std::max(s, g.from)), 0, binCount - 1);
        ++result.bins[bin].count;
        if (item.disputed)
            ++result.bins[bin].disputed;
        ++result.eventCount;
    }
    for (const TimelineDensityBin &bin : std::as_const(result.bins))
        result.maxCount = std::max(result.maxCount, bin.count);

    // A caption line on top, then the bars, their tallest reaching the top of the area.
    const QRectF area(g.lanes.left(),
                      g.lanes.top() + g.labelHeight * 1.3,
                      g.lanes.width(),
                      std::max<qreal>(1, g.lanes.height() - g.labelHeight * 1.3));
    for (TimelineDensityBin &bin : result.bins) {
        const qreal left = std::max(g.x(bin.start.toMSecsSinceEpoch()), area.left());
        const qreal right = std::min(g.x(bin.end.toMSecsSinceEpoch()), area.right());
        const qreal inset = (right - left) >= 2 * minBarWidth ? (right - left) * 0.15 : 0;
        const qreal height = result.maxCount > 0 ? area.height() * bin.count / result.maxCount : 0;
        bin.bar = QRectF(left + inset / 2, area.bottom() - height, right - left - inset, height);
    }
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    result.caption
        = u"%1 events \u2014 density per %2"_s.arg(locale.toString(result.eventCount), unit->name);
    return result;
}

TimelineLayout TimelinePainter::computeLayout(const QRectF &rect, const QPaintDevice *device) const
{
    return layoutFor(geometry(rect, device));
}

TimelineLayout TimelinePainter::layoutFor(const Geometry &g) const
{
    int crowded = 0;
    TimelineLayout result;
    result.placements = place(g, &crowded);
    result.eventCount = int(result.placements.size());
    if (crowded >= DensityMinimumCrowded && crowded * 10 >= result.placements.size())
        return density(g);
    return result;
}

qreal TimelinePainter::preferredHeight(qreal width, const QPainter *painter) const
{
    return preferredHeight(width, painter ? painter->device() : nullptr);
}

qreal TimelinePainter::preferredHeight(qreal width, const QPaintDevice *device) const
{
    // Lay out with every lane allowed, then count the lanes used.
    Geometry g = geometry(QRectF(0, 0, width, 1e6), device);
    g.laneCount = std::max(1, m_style.maxLanes);
    int crowded = 0;
    const QList<TimelinePlacement> placements = place(g, &crowded);
    const qreal chrome = g.axisHeight + g.labelHeight * 0.8;
    if (crowded >= DensityMinimumCrowded && crowded * 10 >= placements.size())
        return g.labelHeight * 8 + chrome; // a caption line and the bars
    int lanes = 1;
    for (const TimelinePlacement &placement : placements)
        lanes = std::max(lanes, placement.lane + 1);
    return lanes * g.laneHeight + chrome;
}

QList<TimelinePlacement> TimelinePainter::layout(const QRectF &rect, const QPainter *painter) const
{
    return layout(rect, painter ? painter->device() : nullptr);
}

QList<TimelinePlacement> TimelinePainter::layout(const QRectF &rect,
                                                 const QPaintDevice *device) const
{
    return computeLayout(rect, device).placements;
}

QDateTime TimelinePainter::timeAt(const QRectF &rect, qreal x) const
{
    const Geometry g = geometry(rect, static_cast<const QPaintDevice *>(nullptr));
    const qreal fraction = (x - g.lanes.left()) / g.lanes.width();
    return QDateTime::fromMSecsSinceEpoch(g.from + qint64(fraction * qreal(g.to - g.from)),
                                          Qt::UTC);
}

qreal TimelinePainter::xFor(const QRectF &rect, const QDateTime &time) const
{
    return geometry(rect, static_cast<const QPaintDevice *>(nullptr)).x(time.toMSecsSinceEpoch());
}

std::optional<qint64> TimelinePainter::itemAt(const QRectF &rect, const QPointF &point) const
{
    const QList<TimelinePlacement> placements
        = layout(rect, static_cast<const QPaintDevice *>(nullptr));
    for (auto it = placements.crbegin(); it != placements.crend(); ++it) {
        if (it->mark.adjusted(-2, -2, 2, 2).contains(point) || it->label.contains(point))
            return it->id;
    }
    return std::nullopt;
}

namespace {

void paintMark(QPainter &painter,
               const QRectF &mark,
               const QColor &fill,
               const TimelineItem &item,
               const TimelineStyle &style,
               bool point)
{
    const qreal h = mark.height();
    if (item.circa) {
        // A soft halo in opaque steps: the date is approximate, so its edges are too.
        constexpr int Steps = 4;
        for (int step = Steps; step >= 1; --step) {
            const qreal grow = h * 0.15 * step;
            painter.setPen(Qt::NoPen);
            painter.setBrush(blend(fill, style.background, 0.55 + 0.1 * step));
            const QRectF halo = mark.adjusted(-grow, -grow * 0.5, grow, grow * 0.5);
            painter.drawRoundedRect(halo, halo.height() / 2, halo.height() / 2);
        }
    }
    const QColor outline = item.disputed ? style.disputedColour : fill.darker(130);
    QPen pen(outline, std::max<qreal>(h * (item.disputed ? 0.14 : 0.06), 0.5));
    if (item.disputed)
        pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(item.circa ? blend(fill, style.background, 0.35) : fill);
    if (point) {
        QPainterPath diamond;
        const QPointF c = mark.center();
        const qreal r = h / 2;
        diamond.moveTo(c.x(), c.y() - r);
        diamond.lineTo(c.x() + r, c.y());
        diamond.lineTo(c.x(), c.y() + r);
        diamond.lineTo(c.x() - r, c.y());
        diamond.closeSubpath();
        painter.drawPath(diamond);
    } else {
        painter.drawRoundedRect(mark, h * 0.25, h * 0.25);
    }
}

} // namespace

void TimelinePainter::paintAxis(QPainter &painter, const Geometry &g) const
{
    // Choose the finest tick scale whose labels do not collide.
    const qreal msecsPerPixel = qreal(g.to - g.from) / g.lanes.width();
    const TickScale *scale = &tickScales().back();
    for (const TickScale &candidate : tickScales()) {
        const QString sample
            = QDateTime(QDate(2000, 12, 28), QTime(23, 0), Qt::UTC).toString(candidate.format);
        const qreal needed = g.axisMetrics->horizontalAdvance(sample) * 1.5;
        if (qreal(approximateMsecs(candidate.unit, candidate.step)) / msecsPerPixel >= needed) {
            scale = &candidate;
            break;
        }
    }
    const QColor grid = blend(m_style.axis, m_style.background, 0.85);
    const qreal hair = std::max<qreal>(g.labelHeight * 0.04, 0.5);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(g.to, Qt::UTC);
    QDateTime tick
        = floorTo(QDateTime::fromMSecsSinceEpoch(g.from, Qt::UTC), scale->unit, scale->step);
    painter.setFont(g.axisFont);
    for (int guard = 0; tick <= end && guard < 2000;
         ++guard, tick = advance(tick, scale->unit, scale->step)) {
        const qreal x = g.x(tick.toMSecsSinceEpoch());
        if (x < g.lanes.left() - 0.5)
            continue;
        painter.setPen(QPen(grid, hair));
        painter.drawLine(QPointF(x, g.lanes.top()), QPointF(x, g.axisY));
        painter.setPen(QPen(m_style.axis, hair * 1.5));
        painter.drawLine(QPointF(x, g.axisY), QPointF(x, g.axisY + g.axisHeight * 0.2));
        const QString text = tick.toString(scale->format);
        const qreal w = g.axisMetrics->horizontalAdvance(text);
        const qreal left = std::clamp(x - w / 2, g.rect.left(), g.rect.right() - w);
        painter.setPen(m_style.axis);
        painter.drawText(QPointF(left, g.axisY + g.axisHeight * 0.25 + g.axisMetrics->ascent()),
                         text);
    }
    painter.setPen(QPen(m_style.axis, hair * 2));
    painter.drawLine(QPointF(g.lanes.left(), g.axisY), QPointF(g.lanes.right(), g.axisY));
}

QList<TimelinePlacement> TimelinePainter::paint(QPainter &painter, const QRectF &rect) const
{
    const Geometry g = geometry(rect, painter.device());
    const TimelineLayout layout = layoutFor(g);
    const QList<TimelinePlacement> &placements = layout.placements;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(rect);
    if (layout.mode == TimelineMode::Density) {
        m_lastMode = TimelineMode::Density;
        m_lastUnit = layout.binUnit;
        // The axis first: its gridlines go behind the bars.
        paintAxis(painter, g);
        const QColor disputedFill = blend(m_style.disputedColour, m_style.background, 0.1);
        painter.setPen(Qt::NoPen);
        for (const TimelineDensityBin &bin : layout.bins) {
            if (bin.count == 0)
                continue;
            painter.setBrush(m_style.defaultColour);
            painter.drawRect(bin.bar);
            if (bin.disputed > 0) {
                const qreal share = bin.bar.height() * bin.disputed / bin.count;
                painter.setBrush(disputedFill);
                painter.drawRect(
                    QRectF(bin.bar.left(), bin.bar.bottom() - share, bin.bar.width(), share));
            }
        }
        const qreal hair = std::max<qreal>(g.labelHeight * 0.04, 0.5);
        painter.setPen(QPen(m_style.axis, hair * 2));
        painter.drawLine(QPointF(g.lanes.left(), g.axisY), QPointF(g.lanes.right(), g.axisY));
        // The scale: a hairline at the tallest bar, its count after the caption (the strip's
        // top corners belong to the view's "earlier" and "later" markers on screen).
        const qreal top = g.lanes.top() + g.labelHeight * 1.3;
        painter.setPen(QPen(blend(m_style.axis, m_style.background, 0.5), hair, Qt::DashLine));
        painter.drawLine(QPointF(g.lanes.left(), top), QPointF(g.lanes.right(), top));
        const QString scale
            = u"  \u00B7  dashed line: %1 per %2"_s.arg(layout.maxCount).arg(layout.binUnit);
        const qreal captionWidth = g.labelMetrics->horizontalAdvance(layout.caption);
        const qreal scaleWidth = g.axisMetrics->horizontalAdvance(scale);
        const qreal captionLeft = g.lanes.center().x() - (captionWidth + scaleWidth) / 2;
        const qreal baseline = g.lanes.top() + g.labelMetrics->ascent();
        painter.setFont(g.labelFont);
        painter.setPen(m_style.ink);
        painter.drawText(QPointF(captionLeft, baseline), layout.caption);
        painter.setFont(g.axisFont);
        painter.setPen(m_style.axis);
        painter.drawText(QPointF(captionLeft + captionWidth, baseline), scale);
        painter.restore();
        return placements;
    }
    m_lastMode = TimelineMode::Events;
    paintAxis(painter, g);

    painter.setFont(g.labelFont);
    for (const TimelinePlacement &placement : std::as_const(placements)) {
        const TimelineItem &item = m_items.at(placement.index);
        const QColor fill = item.colour.isValid() ? item.colour : m_style.defaultColour;
        const bool point
            = !item.end.isValid() && placement.mark.width() <= placement.mark.height() * 1.2;
        paintMark(painter, placement.mark, fill, item, m_style, point);
        if (placement.label.isEmpty())
            continue;
        if (placement.labelInside) {
            // Text on the bar, in whichever of ink and background reads better on its fill.
            const QColor shown = item.circa ? blend(fill, m_style.background, 0.35) : fill;
            const bool dark = qGray(shown.rgb()) < 150;
            painter.setPen(dark ? m_style.background : m_style.ink);
            // Arrows only at the ends of the bar the label still reaches (it may be elided).
            const qreal reach = g.labelHeight * 0.5;
            const bool atStart = placement.label.left() <= placement.mark.left() + reach;
            const bool atEnd = placement.label.right() >= placement.mark.right() - reach;
            const QString before = placement.clippedStart && atStart ? u"\u25C0 "_s : QString();
            const QString after = placement.clippedEnd && atEnd ? u" \u25B6"_s : QString();
            const qreal arrows = g.labelMetrics->horizontalAdvance(before + after);
            QString text = before
                           + g.labelMetrics->elidedText(
                               item.title, Qt::ElideRight, placement.label.width() - arrows)
                           + after;
            qreal textLeft = placement.label.left();
            if (placement.clippedEnd && !placement.clippedStart)
                textLeft = placement.label.right() - g.labelMetrics->horizontalAdvance(text);
            painter.drawText(QPointF(textLeft, placement.label.top() + g.labelMetrics->ascent()),
                             text);
            continue;
        }
        painter.setPen(item.disputed ? m_style.disputedColour : m_style.ink);
        const QString text
            = g.labelMetrics->elidedText(item.title, Qt::ElideRight, placement.label.width());
        const bool leftOfMark = placement.label.right() <= placement.mark.left();
        const qreal textLeft
            = leftOfMark ? placement.label.right() - g.labelMetrics->horizontalAdvance(text)
                         : placement.label.left();
        painter.drawText(QPointF(textLeft, placement.label.top() + g.labelMetrics->ascent()), text);
    }
    painter.restore();
    return placements;
}

QSizeF TimelinePainter::paintLegend(QPainter &painter, const QPointF &topLeft) const
{
    QFont font = m_style.font;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetricsF metrics(font, painter.device());
    const qreal h = metrics.height();
    const qreal mark = h * 0.55;
    struct Entry
    {
        QString text;
        TimelineItem item;
        bool point;
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    qreal x = topLeft.x();
    if (m_lastMode == TimelineMode::Density) {
        const std::array<std::pair<QColor, QString>, 2> keys = {{
            {m_style.defaultColour, u"Events per %1"_s.arg(m_lastUnit)},
            {blend(m_style.disputedColour, m_style.background, 0.1), u"Disputed share"_s},
        }};
        for (const auto &[colour, text] : keys) {
            const QRectF swatch(x + mark * 0.4, topLeft.y() + (h - mark) / 2, mark, mark);
            painter.fillRect(swatch, colour);
            x = swatch.right() + mark * 0.6;
            painter.setPen(m_style.ink);
            painter.drawText(QPointF(x, topLeft.y() + metrics.ascent()), text);
            x += metrics.horizontalAdvance(text) + h * 1.2;
        }
        painter.restore();
        return {x - topLeft.x(), h};
    }
    const QList<Entry> entries = {
        {u"Date"_s, {}, true},
        {u"Period"_s, {}, false},
        {u"Approximate (circa)"_s, TimelineItem{.circa = true}, true},
        {u"Disputed"_s, TimelineItem{.disputed = true}, true},
    };
    for (const Entry &entry : entries) {
        const qreal w = entry.point ? mark : mark * 2.4;
        const QRectF rect(x + mark * 0.4, topLeft.y() + (h - mark) / 2, w, mark);
        paintMark(painter, rect, m_style.defaultColour, entry.item, m_style, entry.point);
        x = rect.right() + mark * 0.9;
        painter.setPen(m_style.ink);
        painter.drawText(QPointF(x, topLeft.y() + metrics.ascent()), entry.text);
        x += metrics.horizontalAdvance(entry.text) + h * 1.2;
    }
    painter.restore();
    return {x - topLeft.x(), h};
}

} // namespace Casebinder::Export
