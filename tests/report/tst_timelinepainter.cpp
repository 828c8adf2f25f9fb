#include "timelinepainter.h"

#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Casebinder::Export;

namespace {

QDateTime day(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC);
}

TimelineItem item(qint64 id, const QDateTime &start, const QString &title)
{
    TimelineItem result;
    result.id = id;
    result.start = start;
    result.title = title;
    return result;
}

} // namespace

class TestTimelinePainter final : public QObject
{
    Q_OBJECT

private slots:
    void spanCoversImpreciseDates()
    {
        TimelineItem month = item(1, day(2021, 1, 17), u"m"_s);
        month.precision = TimelinePrecision::Month;
        auto [start, end] = TimelinePainter::span(month);
        QCOMPARE(start, day(2021, 1, 1));
        QCOMPARE(end, day(2021, 2, 1));

        TimelineItem range = item(2, day(2021, 1, 17), u"r"_s);
        range.end = day(2021, 1, 18);
        std::tie(start, end) = TimelinePainter::span(range);
        QCOMPARE(start, day(2021, 1, 17));
        QCOMPARE(end, day(2021, 1, 19));

        TimelineItem minute = item(3, QDateTime(QDate(2021, 1, 11), QTime(7, 59), Qt::UTC), u"x"_s);
        minute.precision = TimelinePrecision::Minute;
        std::tie(start, end) = TimelinePainter::span(minute);
        QCOMPARE(start, end);
    }

    void overlappingItemsGetSeparateLanes()
    {
        QList<TimelineItem> items = {item(1, day(2021, 1, 6), u"Riot at the Capitol"_s),
                                     item(2, day(2021, 1, 6), u"Same day"_s),
                                     item(3, day(2021, 1, 7), u"Next day"_s),
                                     item(4, day(2021, 6, 1), u"Months later"_s)};
        items[2].disputed = true;
        items[1].circa = true;
        TimelinePainter painter(items);
        painter.setRange(day(2021, 1, 1), day(2021, 7, 1));
        QImage image(900, 200, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        const QRectF rect(0, 0, 900, 200);
        const QList<TimelinePlacement> placed = painter.paint(p, rect);
        p.end();
        QCOMPARE(placed.size(), 4);
        QHash<qint64, TimelinePlacement> byId;
        for (const TimelinePlacement &placement : placed)
            byId.insert(placement.id, placement);
        QVERIFY(byId.value(1).lane != byId.value(2).lane);
        QVERIFY(byId.value(3).lane != byId.value(1).lane);
        QCOMPARE(byId.value(4).lane, 0); // far enough to reuse the first lane
        QVERIFY(!byId.value(4).label.isEmpty());
        // Marks in the same lane never overlap, labels included.
        for (const TimelinePlacement &a : placed) {
            for (const TimelinePlacement &b : placed) {
                if (a.id != b.id && a.lane == b.lane)
                    QVERIFY(!a.mark.united(a.label).intersects(b.mark.united(b.label)));
            }
        }
        // Something was painted where the first item's mark is.
        const QPoint centre = byId.value(1).mark.center().toPoint();
        QVERIFY(image.pixelColor(centre) != QColor(Qt::white));
        QCOMPARE(painter.itemAt(rect, byId.value(4).mark.center()), std::optional<qint64>(4));
        QCOMPARE(painter.itemAt(rect, QPointF(5, 5)), std::nullopt);
        QVERIFY(painter.preferredHeight(900) > painter.preferredHeight(900) / 2);
    }

    void rangesAreBarsProportionalToTime()
    {
        TimelineItem range = item(1, day(2021, 1, 1), u"Quarter"_s);
        range.end = day(2021, 3, 31);
        TimelinePainter painter({range, item(2, day(2021, 12, 31), u"End"_s)});
        painter.setRange(day(2021, 1, 1), day(2022, 1, 1));
        const QRectF rect(0, 0, 1000, 120);
        const auto placed = painter.layout(rect);
        QCOMPARE(placed.size(), 2);
        const qreal width = placed.at(0).mark.width();
        const qreal lanes = rect.width() - (painter.xFor(rect, day(2021, 1, 1)) * 2);
        QVERIFY(qAbs(width - lanes * 90.0 / 365.0) < 5);
        QVERIFY(painter.timeAt(rect, placed.at(0).mark.left()).date() == QDate(2021, 1, 1));
    }

    void itemsOutsideTheRangeAreLeftOut()
    {
        TimelinePainter painter(
            {item(1, day(2019, 1, 1), u"Before"_s), item(2, day(2021, 5, 1), u"In"_s)});
        painter.setRange(day(2021, 1, 1), day(2021, 12, 31));
        const auto placed = painter.layout(QRectF(0, 0, 600, 100));
        QCOMPARE(placed.size(), 1);
        QCOMPARE(placed.at(0).id, 2);
        painter.resetRange();
        QVERIFY(painter.rangeStart() < day(2019, 1, 1));
        QVERIFY(painter.rangeEnd() > day(2021, 5, 1));
    }

    void emptyAndHugeStripsPaint()
    {
        QImage image(400, 120, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        TimelinePainter empty;
        QVERIFY(empty.paint(p, QRectF(0, 0, 400, 120)).isEmpty());
        empty.paintLegend(p, QPointF(0, 100));

        QList<TimelineItem> many;
        for (int i = 0; i < 10000; ++i) {
            TimelineItem entry = item(i, day(2010, 1, 1).addDays(i % 4000), u"Event %1"_s.arg(i));
            entry.circa = i % 7 == 0;
            entry.disputed = i % 5 == 0;
            if (i % 13 == 0)
                entry.end = entry.start.addDays(30);
            many.append(entry);
        }
        TimelinePainter huge(many);
        QElapsedTimer timer;
        timer.start();
        // Far too many to draw one by one in 400 pixels: the strip shows their density.
        QVERIFY(huge.paint(p, QRectF(0, 0, 400, 120)).isEmpty());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(huge.paintLegend(p, QPointF(0, 100)).width() > 0);
        QCOMPARE(huge.computeLayout(QRectF(0, 0, 400, 120)).mode, TimelineMode::Density);
    }

    void crowdedLabelsNeverCoverLabelsOrMarks()
    {
        // The sample case's busy week: more events than lanes, points, circa marks and bars.
        QList<TimelineItem> items;
        for (int i = 0; i < 24; ++i) {
            TimelineItem entry = item(i + 1,
                                      day(2021, 1, 6 + i % 5).addSecs(3600 * i),
                                      u"Calls between AWS and Parler, part %1"_s.arg(i));
            entry.circa = i % 4 == 1;
            entry.disputed = i % 6 == 2;
            if (i % 5 == 3)
                entry.end = entry.start.addDays(2);
            items.append(entry);
        }
        TimelineStyle style;
        style.maxLanes = 8;
        TimelinePainter painter(items, style);
        painter.setRange(day(2021, 1, 1), day(2021, 1, 31));
        const QRectF rect(0, 0, 900, 400);
        const TimelineLayout layout = painter.computeLayout(rect);
        QCOMPARE(layout.mode, TimelineMode::Events);
        QCOMPARE(layout.placements.size(), items.size()); // every event keeps its mark
        int labelled = 0;
        QSet<int> lanes;
        for (const TimelinePlacement &a : layout.placements) {
            QVERIFY(!a.mark.isEmpty());
            QVERIFY(a.lane < style.maxLanes);
            lanes.insert(a.lane);
            if (a.label.isEmpty())
                continue;
            ++labelled;
            for (const TimelinePlacement &b : layout.placements) {
                if (a.id == b.id)
                    continue;
                QVERIFY2(!a.label.intersects(b.label),
                         qPrintable(u"labels of %1 and %2 overlap"_s.arg(a.id).arg(b.id)));
                QVERIFY2(!a.label.intersects(b.mark),
                         qPrintable(u"mark of %1 covers the label of %2"_s.arg(b.id).arg(a.id)));
            }
        }
        // Crowded, not hopeless: lanes fill up and some labels give way, most stay.
        QCOMPARE(lanes.size(), style.maxLanes);
        QVERIFY(labelled > items.size() / 4);
        QVERIFY(labelled < items.size());
        // paint() draws the same decisions.
        QImage image(900, 400, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        const QList<TimelinePlacement> painted = painter.paint(p, rect);
        QCOMPARE(painted.size(), layout.placements.size());
        for (int i = 0; i < painted.size(); ++i)
            QCOMPARE(painted.at(i).label, layout.placements.at(i).label);
    }

    void clippedBarsKeepTheirLabels()
    {
        TimelineItem across = item(1, day(2021, 1, 1), u"Negotiations over the hosting terms"_s);
        across.end = day(2021, 3, 31);
        across.precision = TimelinePrecision::Month;
        TimelineItem fromLeft = item(2, day(2020, 12, 15), u"Notice period"_s);
        fromLeft.end = day(2021, 2, 20);
        TimelineItem toRight = item(3, day(2021, 2, 5), u"Suspension"_s);
        toRight.end = day(2021, 4, 30);
        TimelinePainter painter({across, fromLeft, toRight, item(4, day(2021, 2, 10), u"Call"_s)});
        painter.setRange(day(2021, 2, 1), day(2021, 3, 1));
        const QRectF rect(0, 0, 800, 200);
        const TimelineLayout layout = painter.computeLayout(rect);
        QCOMPARE(layout.placements.size(), 4);
        QHash<qint64, TimelinePlacement> byId;
        for (const TimelinePlacement &placement : layout.placements)
            byId.insert(placement.id, placement);
        QVERIFY(byId.value(1).clippedStart && byId.value(1).clippedEnd);
        QVERIFY(byId.value(2).clippedStart && !byId.value(2).clippedEnd);
        QVERIFY(!byId.value(3).clippedStart && byId.value(3).clippedEnd);
        QVERIFY(!byId.value(4).clippedStart && !byId.value(4).clippedEnd);
        for (const qint64 id : {1, 2, 3}) {
            const TimelinePlacement placement = byId.value(id);
            QVERIFY2(!placement.label.isEmpty(), qPrintable(QString::number(id)));
            QVERIFY(rect.contains(placement.label));
            // On the visible part of the bar, where the arrows say it runs on.
            QVERIFY(placement.labelInside);
            QVERIFY(placement.mark.contains(placement.label.center()));
        }
        // A bar running across the whole strip spans it.
        QVERIFY(byId.value(1).mark.width() > rect.width() * 0.9);
        QCOMPARE(painter.itemAt(rect, byId.value(1).label.center()), std::optional<qint64>(1));
    }

    void denseChronologyGetsASegmentedAxisAndKeys()
    {
        // Years of quiet and two bursts, numbered as in the table of the printed chronology.
        QList<TimelineItem> items;
        for (int i = 0; i < 500; ++i) {
            QDateTime start;
            if (i % 5 == 0)
                start = day(2012, 3, 1).addDays(i * 9);
            else if (i % 5 < 4)
                start = day(2019, 5, 1).addDays(i % 61);
            else
                start = day(2021, 1, 4).addDays(i % 37);
            TimelineItem entry = item(i + 1, start, u"Motion about the contract terms"_s);
            if (i % 37 == 0)
                entry.end = start.addDays(20);
            entry.circa = i % 13 == 0;
            items.append(entry);
        }
        std::ranges::stable_sort(items, {}, &TimelineItem::start);
        for (int i = 0; i < items.size(); ++i)
            items[i].key = QString::number(i + 1);
        TimelineStyle style;
        // As printed: a 7.5 pt font on a landscape page, at the screen's 96 dpi.
        style.font.setPixelSize(10);
        style.maxLanes = 48;
        style.everyEventIdentified = true;
        TimelinePainter painter(items, style);
        // The printed strip packs its lanes tighter when it must.
        style.laneHeight = QFontMetricsF(style.font).height() * 1.2;
        painter.setStyle(style);
        const QRectF rect(0, 0, 912, 640);
        const TimelineLayout layout = painter.computeLayout(rect);
        QCOMPARE(layout.mode, TimelineMode::Events);
        QCOMPARE(layout.unidentified, 0);
        QCOMPARE(layout.placements.size(), 500);
        // The axis left out the quiet years and widened the two bursts; the scale says so.
        QVERIFY(layout.segments.size() > 2);
        qreal right = layout.segments.first().left;
        qreal zoom = 1;
        for (const TimelineAxisSegment &segment : layout.segments) {
            QVERIFY(segment.left >= right - 0.01);
            QVERIFY(segment.start < segment.end);
            right = segment.right;
            zoom = std::max(zoom, segment.zoom);
        }
        QVERIFY(zoom > 10);
        for (const TimelinePlacement &a : layout.placements) {
            QVERIFY(!a.label.isEmpty());
            for (const TimelinePlacement &b : layout.placements) {
                if (a.id != b.id)
                    QVERIFY(!a.label.intersects(b.label) && !a.label.intersects(b.mark));
            }
        }
        // A lone event or two keep the linear axis.
        TimelinePainter two(items.mid(0, 2), style);
        QCOMPARE(two.computeLayout(rect).segments.size(), 1);
    }

    void densityModeAboveTheThreshold()
    {
        QList<TimelineItem> many;
        for (int i = 0; i < 10000; ++i) {
            TimelineItem entry = item(i, day(2012, 1, 1).addDays(i % 3650), u"E%1"_s.arg(i));
            entry.disputed = i % 13 == 0;
            many.append(entry);
        }
        TimelinePainter painter(many);
        const QRectF rect(0, 0, 1000, 160);
        const TimelineLayout layout = painter.computeLayout(rect);
        QCOMPARE(layout.mode, TimelineMode::Density);
        QVERIFY(layout.placements.isEmpty());
        QVERIFY(painter.layout(rect).isEmpty());
        QCOMPARE(layout.binUnit, u"month"_s);
        QCOMPARE(layout.eventCount, 10000);
        QVERIFY(layout.caption.startsWith(u"10,000 events"_s));
        QVERIFY(layout.caption.endsWith(u"density per month"_s));
        int total = 0;
        int disputed = 0;
        qreal previousRight = -1;
        for (const TimelineDensityBin &bin : layout.bins) {
            total += bin.count;
            disputed += bin.disputed;
            QVERIFY(bin.disputed <= bin.count);
            QVERIFY(bin.bar.left() >= previousRight);
            previousRight = bin.bar.right();
        }
        // Bar heights are proportional to their counts.
        const auto tallest
            = std::max_element(layout.bins.cbegin(),
                               layout.bins.cend(),
                               [](const auto &a, const auto &b) { return a.count < b.count; });
        QCOMPARE(tallest->count, layout.maxCount);
        for (const TimelineDensityBin &bin : layout.bins)
            QVERIFY(qAbs(bin.bar.height() * layout.maxCount - tallest->bar.height() * bin.count)
                    < layout.maxCount * 0.01);
        QCOMPARE(total, 10000);
        QCOMPARE(disputed, (10000 + 12) / 13);
        // The density strip asks for a fixed, modest height instead of every lane.
        QVERIFY(painter.preferredHeight(1000) < 200);

        // The same events, a few at a time, are drawn one by one.
        TimelinePainter few(many.mid(0, 40));
        QCOMPARE(few.computeLayout(rect).mode, TimelineMode::Events);
        // Zoomed into one month, the many are few again.
        painter.setRange(day(2015, 3, 1), day(2015, 3, 8));
        QCOMPARE(painter.computeLayout(QRectF(0, 0, 1000, 600)).mode, TimelineMode::Events);
    }
};

QTEST_MAIN(TestTimelinePainter)
#include "tst_timelinepainter.moc"
