#include "chronology/chronologyview.h"
#include "chronology/timelinewidget.h"
#include "commands/eventcommands.h"
#include "models/chronologymodel.h"
#include "views/viewerfixtures.h"

#include <QDate>
#include <QSignalSpy>
#include <QTest>

using namespace Casebinder;
using namespace Casebinder::Views;
using namespace Qt::StringLiterals;

class TestChronologyView final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void timelinePaints();
    void clickHitsTheRightEvent();
    void keyboardWalksTheEvents();
    void zoomAndPan();
    void tableAndTimelineStayInStep();
    void doubleClickOpensTheSource();
    void opensOnTheBusiestPeriod();
    void clickOnADensityBarZoomsToItsPeriod();

private:
    qint64 addEvent(const QString &date,
                    const QString &title,
                    bool disputed,
                    std::optional<qint64> documentId = std::nullopt);

    std::unique_ptr<TestCase> m_case;
    qint64 m_document = 0;
    QList<qint64> m_events;
};

qint64 TestChronologyView::addEvent(const QString &date,
                                    const QString &title,
                                    bool disputed,
                                    std::optional<qint64> documentId)
{
    auto parsed = EventDate::parse(date);
    if (!parsed)
        return 0;
    EventRecord record;
    record.date = *parsed;
    record.title = title;
    record.dispute = disputed ? DisputeStatus::Disputed : DisputeStatus::NotAssessed;
    if (documentId) {
        EventSource source;
        source.documentId = documentId;
        source.pageFrom = 2;
        source.pageTo = 3;
        record.sources.append(source);
    }
    auto command = std::make_unique<AddEventCommand>(*m_case->document, record);
    auto *raw = command.get();
    return m_case->document->push(std::move(command)) ? raw->eventId() : 0;
}

void TestChronologyView::init()
{
    m_case = std::make_unique<TestCase>();
    QVERIFY(m_case->create());
    m_document = m_case->addDocument(u"Complaint"_s,
                                     u"application/pdf"_s,
                                     makePdf({{u"one"_s}, {u"two"_s}, {u"three"_s}}),
                                     {u"one"_s, u"two"_s, u"three"_s});
    QVERIFY(m_document > 0);
    m_events = {
        addEvent(u"2021-01-06"_s, u"Riot at the Capitol"_s, false, m_document),
        addEvent(u"circa 2021-01-09..2021-01-10"_s, u"Amazon notifies Parler"_s, true),
        addEvent(u"2021-01-10 23:59 PST"_s, u"AWS suspends service"_s, false),
        addEvent(u"2021-03"_s, u"Parler returns online"_s, false),
    };
    for (const qint64 id : std::as_const(m_events))
        QVERIFY(id > 0);
}

void TestChronologyView::timelinePaints()
{
    ChronologyView view(*m_case->document);
    view.resize(1100, 650);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.model()->rowCount(), 4);
    QCOMPARE(view.timeline()->items().size(), 4);
    const QImage image = view.timeline()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.saturation() > 80)
                ++coloured;
        }
    }
    QVERIFY2(coloured > 20, "the strip shows coloured event marks");
    for (const qint64 id : std::as_const(m_events))
        QVERIFY(!view.timeline()->markRect(id).isEmpty());
    saveScreenshot(view, u"chronology"_s);
}

void TestChronologyView::clickHitsTheRightEvent()
{
    ChronologyView view(*m_case->document);
    view.resize(1100, 650);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    TimelineWidget *timeline = view.timeline();
    QSignalSpy clicked(timeline, &TimelineWidget::eventClicked);
    QSignalSpy selected(&view, &ChronologyView::eventSelected);
    for (const qint64 id : std::as_const(m_events)) {
        const QPoint centre = timeline->markRect(id).center().toPoint();
        QCOMPARE(timeline->eventAt(centre), std::optional<qint64>(id));
        QTest::mouseClick(timeline, Qt::LeftButton, {}, centre);
        QCOMPARE(clicked.last().first().toLongLong(), id);
        QCOMPARE(view.selectedEvent(), id);
        QCOMPARE(timeline->selectedEvent(), id);
    }
    QCOMPARE(selected.size(), m_events.size());
    // Empty space hits nothing.
    QCOMPARE(timeline->eventAt(QPoint(2, 2)), std::nullopt);
}

// #21 §11: without a mouse, Down and Up select the events in time order, the table follows,
// and a screen reader is told which event is selected.
void TestChronologyView::keyboardWalksTheEvents()
{
    ChronologyView view(*m_case->document);
    view.resize(1100, 650);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    TimelineWidget *timeline = view.timeline();
    QVERIFY(!timeline->accessibleName().isEmpty());
    QCOMPARE(timeline->focusPolicy(), Qt::StrongFocus);
    timeline->setFocus();
    QList<std::pair<QDateTime, qint64>> order;
    for (const auto &item : timeline->items())
        order.append({item.start, item.id});
    std::stable_sort(
        order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QSignalSpy activated(timeline, &TimelineWidget::eventActivated);
    for (const auto &[start, id] : std::as_const(order)) {
        QTest::keyClick(timeline, Qt::Key_Down);
        QCOMPARE(timeline->selectedEvent(), id);
        QCOMPARE(view.selectedEvent(), id);
        QVERIFY2(timeline->accessibleDescription().contains(
                     QLocale().toString(start.date(), QLocale::LongFormat)),
                 qPrintable(timeline->accessibleDescription()));
    }
    QTest::keyClick(timeline, Qt::Key_Down); // stays on the last one
    QCOMPARE(timeline->selectedEvent(), order.last().second);
    QTest::keyClick(timeline, Qt::Key_Up);
    QCOMPARE(timeline->selectedEvent(), order.at(order.size() - 2).second);
    QTest::keyClick(timeline, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), order.at(order.size() - 2).second);
}

void TestChronologyView::zoomAndPan()
{
    ChronologyView view(*m_case->document);
    view.resize(1100, 650);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    TimelineWidget *timeline = view.timeline();
    const qint64 span = timeline->rangeStart().msecsTo(timeline->rangeEnd());
    timeline->zoomIn();
    const qint64 zoomed = timeline->rangeStart().msecsTo(timeline->rangeEnd());
    QVERIFY(zoomed < span);
    const QDateTime start = timeline->rangeStart();
    QTest::mousePress(timeline, Qt::LeftButton, {}, QPoint(600, 40));
    QTest::mouseMove(timeline, QPoint(500, 40));
    QTest::mouseMove(timeline, QPoint(400, 40));
    QTest::mouseRelease(timeline, Qt::LeftButton, {}, QPoint(400, 40));
    QVERIFY(timeline->rangeStart() > start); // dragged left: later dates come in
    QCOMPARE(timeline->rangeStart().msecsTo(timeline->rangeEnd()), zoomed);
    timeline->fitAll();
    QCOMPARE(timeline->rangeStart().msecsTo(timeline->rangeEnd()), span);

    // Selecting an event off the strip brings it into view.
    timeline->setRange(QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC),
                       QDateTime(QDate(2020, 2, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(timeline->markRect(m_events[3]).isEmpty());
    view.selectEvent(m_events[3]);
    QVERIFY(!timeline->markRect(m_events[3]).isEmpty());
}

void TestChronologyView::tableAndTimelineStayInStep()
{
    ChronologyView view(*m_case->document);
    view.resize(1100, 650);
    view.show();
    const int row = view.model()->rowOfEvent(m_events[2]);
    view.table()->selectRow(row);
    QCOMPARE(view.timeline()->selectedEvent(), m_events[2]);
    // A new event appears on the strip without anything else being done.
    const qint64 added = addEvent(u"2021-02-01"_s, u"Hearing"_s, false);
    QVERIFY(added > 0);
    QTRY_COMPARE(view.timeline()->items().size(), 5);
}

void TestChronologyView::doubleClickOpensTheSource()
{
    ChronologyView view(*m_case->document);
    view.resize(1100, 650);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy open(&view, &ChronologyView::openSourceRequested);
    const QPoint centre = view.timeline()->markRect(m_events[0]).center().toPoint();
    QTest::mouseDClick(view.timeline(), Qt::LeftButton, {}, centre);
    QCOMPARE(open.size(), 1);
    const auto source = open.first().first().value<EvidenceRef>();
    QCOMPARE(source.kind, EvidenceRef::Kind::Document);
    QCOMPARE(source.id, m_document);
    QCOMPARE(source.pageFrom, 2);
    QCOMPARE(source.pageTo, 3);
}

void TestChronologyView::opensOnTheBusiestPeriod()
{
    // A busy January 2021 between two outliers years apart, as in the sample case: fitting
    // everything would squeeze January into a few pixels.
    const qint64 early = addEvent(u"2018-06"_s, u"Agreement signed"_s, false);
    const qint64 late = addEvent(u"2023-09-17"_s, u"Remand"_s, false);
    QList<qint64> busy = m_events.mid(0, 3);
    for (int day = 11; day <= 18; ++day)
        busy.append(addEvent(u"2021-01-%1"_s.arg(day), u"Filing %1"_s.arg(day), false));
    ChronologyView view(*m_case->document);
    view.resize(1100, 650);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    TimelineWidget *timeline = view.timeline();
    QCOMPARE(timeline->items().size(), 14);
    const auto [from, to] = timeline->defaultRange();
    QCOMPARE(timeline->rangeStart(), from);
    QCOMPARE(timeline->rangeEnd(), to);
    QVERIFY(from.daysTo(to) < 60);
    for (const qint64 id : std::as_const(busy))
        QVERIFY2(!timeline->markRect(id).isEmpty(), "every event of the busy weeks is shown");
    // The outliers are off the strip, counted at its edges, and reached by Show All.
    QVERIFY(timeline->markRect(early).isEmpty());
    QVERIFY(timeline->markRect(late).isEmpty());
    QCOMPARE(timeline->eventsOutside(), (std::pair{1, 2})); // March 2021 is outside too
    // The busy events are spread out enough to be told apart.
    QVERIFY(timeline->markRect(busy.at(3)).center().x() + 20
            < timeline->markRect(busy.at(4)).center().x());
    timeline->fitAll();
    QCOMPARE(timeline->eventsOutside(), (std::pair{0, 0}));
    QVERIFY(!timeline->markRect(early).isEmpty());
    QVERIFY(!timeline->markRect(late).isEmpty());
    // Show All sticks while the chronology changes; Busiest Period returns to the default.
    addEvent(u"2021-01-20"_s, u"Order"_s, false);
    QTRY_COMPARE(timeline->items().size(), 15);
    QCOMPARE(timeline->eventsOutside(), (std::pair{0, 0}));
    timeline->fitBusiest();
    QVERIFY(timeline->markRect(early).isEmpty());
    saveScreenshot(view, u"chronology-busiest"_s);
}

QTEST_MAIN(TestChronologyView)
void TestChronologyView::clickOnADensityBarZoomsToItsPeriod()
{
    // Eight months with 30 events each: far more than the strip has lanes for.
    for (int month = 1; month <= 8; ++month) {
        for (int i = 0; i < 30; ++i) {
            const QString date = QDate(2019, month, 1 + i % 28).toString(Qt::ISODate);
            QVERIFY(addEvent(date, u"Crowded %1-%2"_s.arg(month).arg(i), i % 5 == 0) > 0);
        }
    }
    ChronologyView view(*m_case->document);
    view.resize(1100, 650);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    TimelineWidget *timeline = view.timeline();
    timeline->fitAll();

    std::optional<Export::TimelineDensityBin> bin;
    for (int x = 0; x < timeline->width() && !bin; x += 2) {
        for (int y = 0; y < timeline->height() && !bin; y += 4)
            bin = timeline->densityBinAt(QPoint(x, y));
    }
    QVERIFY2(bin, "240 crowded events draw as a density histogram");
    QVERIFY(bin->count > 0);
    QVERIFY(!timeline->eventAt(bin->bar.center().toPoint()));

    QSignalSpy clicked(timeline, &TimelineWidget::eventClicked);
    QTest::mouseClick(timeline, Qt::LeftButton, {}, bin->bar.center().toPoint());
    QCOMPARE(timeline->rangeStart(), bin->start);
    QCOMPARE(timeline->rangeEnd(), bin->end);
    QCOMPARE(clicked.count(), 0);
}

#include "tst_chronologyview.moc"
