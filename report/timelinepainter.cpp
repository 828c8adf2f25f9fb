#include "timelinepainter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <vector>

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
    struct Segment
    {
        qint64 from = 0;
        qint64 to = 1;
        qreal left = 0;
        qreal right = 1;
        bool breakBefore = false;
    };

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
    // Left to right; one segment for a linear axis.
    QList<Segment> segments;

    qreal x(qint64 msecs) const
    {
        if (segments.size() <= 1)
            return lanes.left() + lanes.width() * qreal(msecs - from) / qreal(to - from);
        const auto at = std::partition_point(
            segments.cbegin(), segments.cend(), [msecs](const Segment &s) { return s.to < msecs; });
        const Segment &s = at == segments.cend() ? segments.last() : *at;
        if (at != segments.cend() && at != segments.cbegin() && msecs < s.from)
            return std::prev(at)->right; // in time left out: there is no event there
        return s.left + (s.right - s.left) * qreal(msecs - s.from) / qreal(s.to - s.from);
    }

    qint64 time(qreal atX) const
    {
        if (segments.size() <= 1)
            return from + qint64((atX - lanes.left()) / lanes.width() * qreal(to - from));
        const auto at = std::partition_point(
            segments.cbegin(), segments.cend(), [atX](const Segment &s) { return s.right < atX; });
        const Segment &s = at == segments.cend() ? segments.last() : *at;
        if (at != segments.cend() && at != segments.cbegin() && atX < s.left)
            return std::prev(at)->to;
        return s.from + qint64((atX - s.left) / (s.right - s.left) * qreal(s.to - s.from));
    }
};

// A layout and what it cost: events left without label or key, and titles shown whole.
struct TimelinePainter::Placed
{
    QList<TimelinePlacement> placements;
    int crowded = 0; // marks that found no lane of their own
    int unidentified = 0;
    int whole = 0;
};

struct TimelinePainter::Chosen
{
    Geometry geometry;
    TimelineLayout layout;
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
                                                    const QPaintDevice *device,
                                                    bool segmented) const
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
    // A segmented axis prints each segment's scale on a second line.
    g.axisHeight = g.axisMetrics->height() * (segmented ? 2.7 : 1.6);
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
    g.segments = {{g.from, g.to, g.lanes.left(), g.lanes.right(), false}};
    if (segmented && !segment(g))
        g.segments.clear();
    return g;
}

// Cuts the axis into segments: clusters of events separated by long empty stretches (left
// out), and inside a cluster its densest core (the shortest period holding two thirds of its
// events) when that is a small part of it. Each segment's width follows its number of events.
// Returns false when a linear axis is as good (or there is no room for segments).
bool TimelinePainter::segment(Geometry &g) const
{
    struct Span
    {
        qint64 start;
        qint64 end;
    };
    std::vector<Span> spans;
    spans.reserve(size_t(m_items.size()));
    for (const TimelineItem &item : m_items) {
        const auto [start, end] = span(item);
        const qint64 s = start.toMSecsSinceEpoch();
        const qint64 e = end.toMSecsSinceEpoch();
        if (e >= g.from && s <= g.to)
            spans.push_back({std::max(s, g.from), std::min(e, g.to)});
    }
    if (spans.size() < 3)
        return false;
    std::ranges::sort(spans, {}, &Span::start);
    const qint64 whole = g.to - g.from;
    const qint64 breakGap = whole / 12;

    struct Piece
    {
        qint64 from;
        qint64 to;
        int count;
        bool breakBefore;
    };
    std::vector<Piece> pieces;
    const auto countIn = [&spans](qint64 from, qint64 to, bool last) {
        const auto first = std::ranges::lower_bound(spans, from, {}, &Span::start);
        const auto end = last ? std::ranges::upper_bound(spans, to, {}, &Span::start)
                              : std::ranges::lower_bound(spans, to, {}, &Span::start);
        return int(end - first);
    };
    const auto dayFloor = [](qint64 msecs) {
        return msecs - ((msecs % MsecsPerDay) + MsecsPerDay) % MsecsPerDay;
    };
    const qreal breakWidth = g.labelHeight * 1.6;
    const qreal minWidth = g.labelHeight * 5;
    const auto maxPieces = size_t(std::max<qreal>(1, g.lanes.width() / (minWidth * 2)));
    // Splits [from, to) around its dense core, and the parts around theirs, a few levels deep.
    // (Each split leaves at most three pieces.)
    std::function<void(qint64, qint64, int, bool)> split
        = [&](qint64 from, qint64 to, int depth, bool breakBefore) {
              const auto first = std::ranges::lower_bound(spans, from, {}, &Span::start);
              const auto last = std::ranges::lower_bound(spans, to, {}, &Span::start);
              const int n = int(last - first);
              const int wanted = (2 * n + 2) / 3;
              if (depth < 4 && n >= 6 && pieces.size() + 3 <= maxPieces) {
                  qsizetype best = 0;
                  qint64 shortest = std::numeric_limits<qint64>::max();
                  for (qsizetype i = 0; i + wanted <= n; ++i) {
                      const qint64 length = (first + i + wanted - 1)->start - (first + i)->start;
                      if (length < shortest) {
                          shortest = length;
                          best = i;
                      }
                  }
                  qint64 coreFrom = (first + best)->start;
                  qint64 coreTo = (first + best + wanted - 1)->start + 1;
                  const qint64 margin = std::max<qint64>((coreTo - coreFrom) / 10, 60 * 60 * 1000);
                  coreFrom -= margin;
                  coreTo += margin;
                  if (to - from > 4 * MsecsPerDay) {
                      // Whole days, so the scale changes at midnight.
                      coreFrom = dayFloor(coreFrom);
                      coreTo = dayFloor(coreTo) + MsecsPerDay;
                  }
                  coreFrom = std::max(coreFrom, from);
                  coreTo = std::min(coreTo, to);
                  if (coreTo - coreFrom <= (to - from) / 4) {
                      if (coreFrom > from)
                          split(from, coreFrom, depth + 1, breakBefore);
                      split(coreFrom, coreTo, depth + 1, coreFrom > from ? false : breakBefore);
                      if (coreTo < to)
                          split(coreTo, to, depth + 1, false);
                      return;
                  }
              }
              pieces.push_back({from, to, n, breakBefore});
          };
    // Clusters of events, apart by more than a twelfth of the range.
    std::vector<Span> clusters;
    for (const Span &s : spans) {
        if (!clusters.empty() && s.start - clusters.back().end <= breakGap)
            clusters.back().end = std::max(clusters.back().end, s.end);
        else
            clusters.push_back(s);
    }
    for (size_t i = 0; i < clusters.size(); ++i) {
        const Span &c = clusters[i];
        const qint64 pad
            = std::max<qint64>((c.end - c.start) / 20, std::min<qint64>(whole / 100, MsecsPerDay));
        const qint64 before = i > 0 ? (c.start - clusters[i - 1].end) / 3 : c.start - g.from;
        const qint64 after
            = i + 1 < clusters.size() ? (clusters[i + 1].start - c.end) / 3 : g.to - c.end;
        split(c.start - std::min(pad, before),
              std::max(c.end + std::min(pad, after), c.start + 1),
              0,
              i > 0);
    }
    // The last piece counts events starting at its very end.
    if (!pieces.empty())
        pieces.back().count = countIn(pieces.back().from, pieces.back().to, true);
    if (pieces.size() < 2)
        return false;

    const int breaks = int(std::ranges::count_if(pieces, &Piece::breakBefore));
    const qreal available = g.lanes.width() - breaks * breakWidth;
    if (available < minWidth * qreal(pieces.size()))
        return false;
    // Widths follow the events, none narrower than its ticks and scale need.
    std::vector<qreal> widths(pieces.size(), 0);
    std::vector<bool> atMinimum(pieces.size(), false);
    for (bool changed = true; changed;) {
        changed = false;
        qreal free = available;
        qreal weights = 0;
        for (size_t i = 0; i < pieces.size(); ++i) {
            if (atMinimum[i])
                free -= minWidth;
            else
                weights += pieces[i].count + 0.5;
        }
        for (size_t i = 0; i < pieces.size(); ++i) {
            if (atMinimum[i]) {
                widths[i] = minWidth;
                continue;
            }
            widths[i] = free * (pieces[i].count + 0.5) / weights;
            if (widths[i] < minWidth) {
                atMinimum[i] = true;
                changed = true;
            }
        }
    }
    g.segments.clear();
    qreal x = g.lanes.left();
    for (size_t i = 0; i < pieces.size(); ++i) {
        if (pieces[i].breakBefore)
            x += breakWidth;
        g.segments.append({pieces[i].from, pieces[i].to, x, x + widths[i], pieces[i].breakBefore});
        x += widths[i];
    }
    return true;
}

TimelinePainter::Placed TimelinePainter::place(const Geometry &g) const
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
    QList<qreal> laneMarkEnds(g.laneCount, -std::numeric_limits<qreal>::infinity());
    // Per lane, the placements with a label, left to right: marks that must share a lane
    // avoid them (or, failing that, shorten them to their keys or take them away).
    QList<QList<int>> laneLabels(g.laneCount);
    // A crowded strip reads better as marks and keys than as a thicket of truncated labels.
    const qreal labelsPerLane = g.lanes.width() / (g.labelHeight * 8);
    const bool labels = m_style.showLabels && g.labelHeight <= g.laneHeight
                        && order.size() <= g.laneCount * labelsPerLane;
    const bool keys = g.labelHeight <= g.laneHeight;
    const QString arrowLeft = u"\u25C0 "_s;
    const QString arrowRight = u" \u25B6"_s;
    Placed result;
    QList<TimelinePlacement> &placements = result.placements;
    placements.reserve(order.size());
    QList<qreal> keyWidths; // per placement: the narrowest label that still identifies it
    QList<qreal> wholeWidths;
    keyWidths.reserve(order.size());
    wholeWidths.reserve(order.size());
    // Shortens `other`'s label so that it ends before `markStart` (or starts after `markEnd`);
    // false when not even its key would be left.
    const auto shorten = [&](int at, qreal markStart, qreal markEnd, bool apply) {
        TimelinePlacement &other = placements[at];
        const bool textLeftAligned = other.labelInside ? !(other.clippedEnd && !other.clippedStart)
                                                       : other.label.left() >= other.mark.left();
        QRectF shortened = other.label;
        if (textLeftAligned)
            shortened.setRight(std::min(shortened.right(), markStart - gap * 0.5));
        else
            shortened.setLeft(std::max(shortened.left(), markEnd + gap * 0.5));
        const qreal keyWidth = keyWidths.at(at);
        const bool elided = shortened.width() >= minElidedWidth;
        const bool keyOnly = !elided && keyWidth > 0 && shortened.width() >= keyWidth;
        if (!apply)
            return elided || keyOnly;
        if (elided || keyOnly) {
            other.label = shortened;
            return true;
        }
        if (other.labelInside) {
            // Back to a plain bar at the plain height.
            const qreal midY = other.mark.center().y();
            other.mark.setTop(midY - markHeight / 2);
            other.mark.setHeight(markHeight);
            other.labelInside = false;
        }
        other.label = {};
        return false;
    };
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
        const bool hasKey = keys && !item.key.isEmpty();
        const QString text = hasKey && hasLabel ? item.key + u' ' + item.title
                             : hasLabel         ? item.title
                                                : item.key;
        const qreal keyWidth = hasKey ? g.labelMetrics->horizontalAdvance(item.key) : 0;
        const qreal textWidth = hasLabel ? g.labelMetrics->horizontalAdvance(text) : keyWidth;
        const qreal labelWidth = std::min(textWidth, maxLabelWidth);
        const qreal fuzz = item.circa ? markHeight * 0.6 : 0;
        const qreal markEnd = x1 + fuzz;
        const qreal markStart = x0 - fuzz;
        // Labels go right of the mark; near the right edge they go left of it instead.
        struct Side
        {
            bool right;
            bool left;
            qreal start;
            qreal end;
        };
        const auto side = [&](qreal width) {
            Side s;
            s.right = markEnd + gap * 0.5 + width <= g.lanes.right() + g.labelHeight;
            s.left = !s.right && markStart - gap * 0.5 - width >= g.rect.left();
            s.start = s.left ? markStart - gap * 0.5 - width : markStart;
            s.end = s.right ? markEnd + gap * 0.5 + width : markEnd;
            return s;
        };
        const Side whole = side(labelWidth);
        const Side keyed = side(keyWidth);
        // A bar clipped by the visible range, or too long for a label beside it, carries the
        // label on itself, with an arrow on each side that runs on.
        qreal insideWidth = 0;
        if ((hasLabel || hasKey) && bar) {
            const qreal arrows = (clippedStart ? g.labelMetrics->horizontalAdvance(arrowLeft) : 0)
                                 + (clippedEnd ? g.labelMetrics->horizontalAdvance(arrowRight) : 0);
            insideWidth = textWidth + arrows + 2 * insidePad;
        }
        const bool insideFits = insideWidth > 0 && insideWidth <= x1 - x0;
        const bool insideElided = insideWidth > 0 && hasLabel && x1 - x0 >= minInsideWidth;
        const auto freeLane = [&laneEnds, gap](qreal from, qreal space = 1) {
            for (int candidate = 0; candidate < laneEnds.size(); ++candidate) {
                if (laneEnds.at(candidate) + gap * space <= from)
                    return candidate;
            }
            return -1;
        };
        enum class Label { None, Outside, Key, Inside } label = Label::None;
        int lane = -1;
        if ((clippedStart || clippedEnd) && insideFits) {
            lane = freeLane(markStart);
            label = Label::Inside;
        }
        if (lane < 0 && (hasLabel || hasKey) && (whole.right || whole.left)) {
            lane = freeLane(whole.start);
            label = Label::Outside;
        }
        if (lane < 0 && insideElided) {
            lane = freeLane(markStart);
            label = Label::Inside;
        }
        if (lane < 0 && hasKey && (keyed.right || keyed.left)) {
            // A key is short: half the usual space before it still reads apart.
            lane = freeLane(keyed.start, 0.5);
            label = Label::Key;
            if (lane < 0) {
                // A lane whose marks leave room, where earlier labels can give way down to
                // their keys.
                for (int candidate = 0; candidate < g.laneCount && lane < 0; ++candidate) {
                    if (laneMarkEnds.at(candidate) + gap > keyed.start)
                        continue;
                    bool room = true;
                    for (int at : std::as_const(laneLabels.at(candidate))) {
                        const QRectF &other = placements.at(at).label;
                        if (other.right() + gap * 0.5 > keyed.start
                            && other.left() - gap * 0.5 < keyed.end)
                            room = room && shorten(at, keyed.start, keyed.end, false);
                    }
                    if (room)
                        lane = candidate;
                }
                if (lane >= 0) {
                    for (int at : std::as_const(laneLabels.at(lane))) {
                        const QRectF &other = placements.at(at).label;
                        if (other.right() + gap * 0.5 > keyed.start
                            && other.left() - gap * 0.5 < keyed.end)
                            shorten(at, keyed.start, keyed.end, true);
                    }
                }
            }
        }
        if (lane < 0) {
            label = Label::None;
            lane = freeLane(markStart);
        }
        if (lane < 0) {
            // Every lane is taken here: share one where the mark covers no label, else the
            // one that frees up first, whose labels under the mark give way (the mark stays,
            // and the full title is in the tooltip).
            ++result.crowded;
            const auto labelsHit = [&](int candidate, bool drop) {
                bool hit = false;
                QList<int> &list = laneLabels[candidate];
                for (qsizetype at = list.size() - 1; at >= 0; --at) {
                    const TimelinePlacement &other = placements.at(list.at(at));
                    if (other.label.right() < markStart - gap * 0.5 - maxLabelWidth - pointWidth)
                        break;
                    if (other.label.right() + gap * 0.5 <= markStart
                        || other.label.left() - gap * 0.5 >= markEnd)
                        continue;
                    hit = true;
                    if (!drop)
                        return true;
                    if (!shorten(list.at(at), markStart, markEnd, true))
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
        const Side &used = label == Label::Key ? keyed : whole;
        laneEnds[lane] = std::max(
            laneEnds.at(lane), label == Label::Outside || label == Label::Key ? used.end : markEnd);
        laneMarkEnds[lane] = std::max(laneMarkEnds.at(lane), markEnd);

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
        } else if (label == Label::Outside || label == Label::Key) {
            const qreal width = label == Label::Key ? keyWidth : labelWidth;
            if (used.right)
                placement.label = QRectF(markEnd + gap * 0.5,
                                         midY - g.labelHeight / 2,
                                         std::min(width, g.rect.right() - markEnd - gap * 0.5),
                                         g.labelHeight);
            else
                placement.label
                    = QRectF(used.start, midY - g.labelHeight / 2, width, g.labelHeight);
        }
        if (!placement.label.isEmpty())
            laneLabels[lane].append(int(placements.size()));
        placements.append(placement);
        keyWidths.append(keyWidth);
        wholeWidths.append(label == Label::Inside ? insideWidth - 2 * insidePad : textWidth);
    }
    for (int i = 0; i < placements.size(); ++i) {
        const TimelinePlacement &placement = placements.at(i);
        const TimelineItem &item = m_items.at(placement.index);
        const bool identifiable
            = (keys && !item.key.isEmpty()) || (labels && !item.title.isEmpty());
        if (placement.label.isEmpty())
            result.unidentified += identifiable ? 1 : 0;
        else if (placement.label.width() + 0.5 >= wholeWidths.at(i))
            ++result.whole;
    }
    return result;
}

QString TimelinePainter::unitWord(const QString &unit) const
{
    return m_style.language.translate("Casebinder::Report", unit.toLatin1().constData());
}

TimelineLayout TimelinePainter::density(const Geometry &g) const
{
    struct Unit
    {
        TickUnit unit;
        int step;
        const char *name;
    };
    static const std::array<Unit, 5> units = {{
        {TickUnit::Day, 1, QT_TRANSLATE_NOOP("Casebinder::Report", "day")},
        {TickUnit::Day, 7, QT_TRANSLATE_NOOP("Casebinder::Report", "week")},
        {TickUnit::Month, 1, QT_TRANSLATE_NOOP("Casebinder::Report", "month")},
        {TickUnit::Month, 3, QT_TRANSLATE_NOOP("Casebinder::Report", "quarter")},
        {TickUnit::Year, 1, QT_TRANSLATE_NOOP("Casebinder::Report", "year")},
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
    result.binUnit = QString::fromLatin1(unit->name);

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
    result.caption
        = m_style.language.translate("Casebinder::Report", "%1 events \u2014 density per %2")
              .arg(m_style.language.locale().toString(result.eventCount), unitWord(result.binUnit));
    return result;
}

TimelineLayout TimelinePainter::computeLayout(const QRectF &rect, const QPaintDevice *device) const
{
    return choose(rect, device).layout;
}

TimelinePainter::Chosen TimelinePainter::choose(const QRectF &rect,
                                                const QPaintDevice *device,
                                                int laneCount) const
{
    const auto events = [this](Geometry g, const Placed &placed) {
        Chosen chosen{std::move(g), {}};
        TimelineLayout &layout = chosen.layout;
        layout.placements = placed.placements;
        layout.eventCount = int(placed.placements.size());
        layout.unidentified = placed.unidentified;
        const Geometry &geometry = chosen.geometry;
        qreal leastScale = std::numeric_limits<qreal>::max();
        for (const Geometry::Segment &s : geometry.segments)
            leastScale = std::min(leastScale, (s.right - s.left) / qreal(s.to - s.from));
        for (const Geometry::Segment &s : geometry.segments) {
            layout.segments.append({QDateTime::fromMSecsSinceEpoch(s.from, Qt::UTC),
                                    QDateTime::fromMSecsSinceEpoch(s.to, Qt::UTC),
                                    s.left,
                                    s.right,
                                    (s.right - s.left) / qreal(s.to - s.from) / leastScale,
                                    s.breakBefore});
        }
        return chosen;
    };
    Geometry linear = geometry(rect, device);
    if (laneCount > 0)
        linear.laneCount = laneCount;
    Placed placed = place(linear);
    const qsizetype count = placed.placements.size();
    Chosen chosen;
    if (placed.unidentified == 0 && placed.whole == count) {
        chosen = events(std::move(linear), placed);
    } else {
        // Labels are lost on the linear axis: try widening the dense periods.
        Geometry segmented = geometry(rect, device, true);
        if (!segmented.segments.isEmpty()) {
            if (laneCount > 0)
                segmented.laneCount = laneCount;
            Placed better = place(segmented);
            if (better.unidentified < placed.unidentified
                || (better.unidentified == placed.unidentified && better.whole > placed.whole)) {
                placed = std::move(better);
                linear = std::move(segmented);
            }
        }
        chosen = events(std::move(linear), placed);
    }
    const bool crowded = placed.crowded >= DensityMinimumCrowded && placed.crowded * 10 >= count;
    if (crowded || (m_style.everyEventIdentified && placed.unidentified > 0)) {
        Geometry g = geometry(rect, device);
        if (laneCount > 0)
            g.laneCount = laneCount;
        chosen.layout = density(g);
        chosen.geometry = std::move(g);
    }
    return chosen;
}

qreal TimelinePainter::preferredHeight(qreal width, const QPainter *painter) const
{
    return preferredHeight(width, painter ? painter->device() : nullptr);
}

qreal TimelinePainter::preferredHeight(qreal width, const QPaintDevice *device) const
{
    // Lay out with every lane allowed, then count the lanes used.
    const Chosen chosen = choose(QRectF(0, 0, width, 1e6), device, std::max(1, m_style.maxLanes));
    const Geometry &g = chosen.geometry;
    const qreal chrome = g.axisHeight + g.labelHeight * 0.8;
    if (chosen.layout.mode == TimelineMode::Density)
        return g.labelHeight * 8 + chrome; // a caption line and the bars
    int lanes = 1;
    for (const TimelinePlacement &placement : chosen.layout.placements)
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
    const Chosen chosen = choose(rect, nullptr);
    return QDateTime::fromMSecsSinceEpoch(chosen.geometry.time(x), Qt::UTC);
}

qreal TimelinePainter::xFor(const QRectF &rect, const QDateTime &time) const
{
    return choose(rect, nullptr).geometry.x(time.toMSecsSinceEpoch());
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

// The key and as much of the title as fits in `width`; the key alone when none of it does.
QString labelText(const TimelineItem &item, qreal width, const QFontMetricsF &metrics)
{
    if (item.key.isEmpty())
        return metrics.elidedText(item.title, Qt::ElideRight, width);
    const QString whole = item.key + u' ' + item.title;
    if (item.title.isEmpty() || metrics.horizontalAdvance(whole) <= width)
        return item.title.isEmpty() ? item.key : whole;
    const QString lead = item.key + u' ';
    const QString title
        = metrics.elidedText(item.title, Qt::ElideRight, width - metrics.horizontalAdvance(lead));
    if (title.size() < 3) // "…" or a letter and "…" identifies nothing the key does not
        return item.key;
    return lead + title;
}

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
    const QColor grid = blend(m_style.axis, m_style.background, 0.85);
    const qreal hair = std::max<qreal>(g.labelHeight * 0.04, 0.5);
    const bool segmented = g.segments.size() > 1;
    qreal leastScale = std::numeric_limits<qreal>::max();
    for (const Geometry::Segment &s : g.segments)
        leastScale = std::min(leastScale, (s.right - s.left) / qreal(s.to - s.from));
    painter.setFont(g.axisFont);
    const qreal textTop = g.axisY + g.axisHeight * (segmented ? 0.15 : 0.25);
    qreal lastLabelRight = -std::numeric_limits<qreal>::infinity();
    for (const Geometry::Segment &segment : g.segments) {
        // Per segment, the finest tick scale whose labels do not collide.
        const qreal msecsPerPixel
            = qreal(segment.to - segment.from) / (segment.right - segment.left);
        const TickScale *scale = &tickScales().back();
        for (const TickScale &candidate : tickScales()) {
            const QString sample = m_style.language.locale().toString(
                QDateTime(QDate(2000, 12, 28), QTime(23, 0), Qt::UTC), candidate.format);
            const qreal needed = g.axisMetrics->horizontalAdvance(sample) * 1.5;
            if (qreal(approximateMsecs(candidate.unit, candidate.step)) / msecsPerPixel >= needed) {
                scale = &candidate;
                break;
            }
        }
        const QDateTime end = QDateTime::fromMSecsSinceEpoch(segment.to, Qt::UTC);
        QDateTime tick = floorTo(
            QDateTime::fromMSecsSinceEpoch(segment.from, Qt::UTC), scale->unit, scale->step);
        const qreal segmentLeft = segmented ? segment.left : g.rect.left();
        const qreal segmentRight = segmented ? segment.right : g.rect.right();
        for (int guard = 0; tick <= end && guard < 2000;
             ++guard, tick = advance(tick, scale->unit, scale->step)) {
            const qint64 msecs = tick.toMSecsSinceEpoch();
            if (msecs < segment.from || (segmented && msecs > segment.to))
                continue;
            const qreal x = segment.left
                            + (segment.right - segment.left) * qreal(msecs - segment.from)
                                  / qreal(segment.to - segment.from);
            if (x < g.lanes.left() - 0.5)
                continue;
            painter.setPen(QPen(grid, hair));
            painter.drawLine(QPointF(x, g.lanes.top()), QPointF(x, g.axisY));
            painter.setPen(QPen(m_style.axis, hair * 1.5));
            painter.drawLine(QPointF(x, g.axisY), QPointF(x, g.axisY + g.axisHeight * 0.12));
            const QString text = m_style.language.locale().toString(tick, scale->format);
            const qreal w = g.axisMetrics->horizontalAdvance(text);
            const qreal left
                = std::clamp(x - w / 2, segmentLeft, std::max(segmentLeft, segmentRight - w));
            if (left < lastLabelRight + g.axisMetrics->averageCharWidth()
                || left + w > segmentRight + 0.5)
                continue; // the ticks of two segments meet: the later label gives way
            lastLabelRight = left + w;
            painter.setPen(m_style.axis);
            painter.drawText(QPointF(left, textTop + g.axisMetrics->ascent()), text);
        }
        painter.setPen(QPen(m_style.axis, hair * 2));
        painter.drawLine(QPointF(segment.left, g.axisY), QPointF(segment.right, g.axisY));
        if (!segmented)
            continue;
        // The segment's reach and scale, under its ticks; its edges drawn through the lanes.
        const qreal zoom
            = (segment.right - segment.left) / qreal(segment.to - segment.from) / leastScale;
        const QString factor = zoom < 9.95 ? QString::number(zoom, 'f', zoom < 1.05 ? 0 : 1)
                                           : QString::number(qRound(zoom));
        const QString years = [&] {
            const int first = QDateTime::fromMSecsSinceEpoch(segment.from, Qt::UTC).date().year();
            const int last = QDateTime::fromMSecsSinceEpoch(segment.to - 1, Qt::UTC).date().year();
            return first == last ? QString::number(first) : u"%1\u2013%2"_s.arg(first).arg(last);
        }();
        QString caption = u"\u00D7%1"_s.arg(factor);
        if (!scale->format.contains(u"yyyy"_s))
            caption = years + u" \u00B7 "_s + caption;
        const qreal width = segment.right - segment.left - g.labelHeight * 0.4;
        if (g.axisMetrics->horizontalAdvance(caption) > width)
            caption = u"\u00D7%1"_s.arg(factor);
        const qreal captionWidth = g.axisMetrics->horizontalAdvance(caption);
        const qreal captionY = textTop + g.axisMetrics->height() * 1.05;
        painter.setPen(QPen(blend(m_style.axis, m_style.background, 0.4), hair));
        const qreal bracketY = captionY + g.axisMetrics->height() * 0.5;
        const qreal inset = g.labelHeight * 0.15;
        const qreal centre = (segment.left + segment.right) / 2;
        painter.drawLine(QPointF(segment.left + inset, bracketY - g.axisHeight * 0.08),
                         QPointF(segment.left + inset, bracketY));
        painter.drawLine(QPointF(segment.right - inset, bracketY - g.axisHeight * 0.08),
                         QPointF(segment.right - inset, bracketY));
        painter.drawLine(QPointF(segment.left + inset, bracketY),
                         QPointF(centre - captionWidth / 2 - inset * 2, bracketY));
        painter.drawLine(QPointF(centre + captionWidth / 2 + inset * 2, bracketY),
                         QPointF(segment.right - inset, bracketY));
        painter.setPen(m_style.axis);
        painter.drawText(QPointF(centre - captionWidth / 2, captionY + g.axisMetrics->ascent()),
                         caption);
        painter.setPen(QPen(blend(m_style.axis, m_style.background, 0.55), hair, Qt::DashLine));
        for (const qreal edge : {segment.left, segment.right}) {
            if (edge > g.lanes.left() + 0.5 && edge < g.lanes.right() - 0.5)
                painter.drawLine(QPointF(edge, g.lanes.top()), QPointF(edge, g.axisY));
        }
        if (segment.breakBefore) {
            // "//" across the axis, in the stretch left out.
            const qreal mid = segment.left - g.labelHeight * 0.8;
            const qreal h = g.labelHeight * 0.45;
            painter.setPen(QPen(m_style.axis, hair * 2));
            for (const qreal dx : {-g.labelHeight * 0.18, g.labelHeight * 0.18})
                painter.drawLine(QPointF(mid + dx - h * 0.35, g.axisY + h / 2),
                                 QPointF(mid + dx + h * 0.35, g.axisY - h / 2));
        }
    }
}

QList<TimelinePlacement> TimelinePainter::paint(QPainter &painter, const QRectF &rect) const
{
    const Chosen chosen = choose(rect, painter.device());
    const Geometry &g = chosen.geometry;
    const TimelineLayout &layout = chosen.layout;
    const QList<TimelinePlacement> &placements = layout.placements;
    m_lastSegmented = layout.mode == TimelineMode::Events && g.segments.size() > 1;
    m_lastBreaks
        = m_lastSegmented && std::ranges::any_of(g.segments, &Geometry::Segment::breakBefore);
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
            = u"  \u00B7  "_s
              + m_style.language.translate("Casebinder::Report", "dashed line: %1 per %2")
                    .arg(layout.maxCount)
                    .arg(unitWord(layout.binUnit));
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
                           + labelText(item, placement.label.width() - arrows, *g.labelMetrics)
                           + after;
            qreal textLeft = placement.label.left();
            if (placement.clippedEnd && !placement.clippedStart)
                textLeft = placement.label.right() - g.labelMetrics->horizontalAdvance(text);
            painter.drawText(QPointF(textLeft, placement.label.top() + g.labelMetrics->ascent()),
                             text);
            continue;
        }
        painter.setPen(item.disputed ? m_style.disputedColour : m_style.ink);
        const QString text = labelText(item, placement.label.width(), *g.labelMetrics);
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
            {m_style.defaultColour,
             m_style.language.translate("Casebinder::Report", "Events per %1")
                 .arg(unitWord(m_lastUnit))},
            {blend(m_style.disputedColour, m_style.background, 0.1),
             m_style.language.translate("Casebinder::Report", "Disputed share")},
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
        {m_style.language.translate("Casebinder::Report", "Date"), {}, true},
        {m_style.language.translate("Casebinder::Report", "Period"), {}, false},
        {m_style.language.translate("Casebinder::Report", "Approximate (circa)"),
         TimelineItem{.circa = true},
         true},
        {m_style.language.translate("Casebinder::Report", "Disputed"),
         TimelineItem{.disputed = true},
         true},
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
    if (m_lastSegmented) {
        // The axis is not linear: say so where the key is read.
        QString text = m_style.language.translate("Casebinder::Report",
                                                  "Axis in segments, each at its own scale (\u00D7"
                                                  "4: four times as wide per day as "
                                                  "\u00D7"
                                                  "1)");
        if (m_lastBreaks)
            text += u"  //  "_s
                    + m_style.language.translate("Casebinder::Report",
                                                 "time with no event left out");
        painter.setPen(m_style.ink);
        painter.drawText(QPointF(x, topLeft.y() + metrics.ascent()), text);
        x += metrics.horizontalAdvance(text);
    }
    painter.restore();
    return {x - topLeft.x(), h};
}

} // namespace Casebinder::Export
