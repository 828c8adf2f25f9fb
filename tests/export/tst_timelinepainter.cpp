#include "export/timelinepainter.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
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
        const auto placed = huge.paint(p, QRectF(0, 0, 400, 120));
        QCOMPARE(placed.size(), 10000);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        for (const TimelinePlacement &placement : placed)
            QVERIFY(placement.lane < huge.style().maxLanes);
    }
};

QTEST_MAIN(TestTimelinePainter)
#include "tst_timelinepainter.moc"
