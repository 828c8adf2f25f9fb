#include "eventdate.h"

#include <QTest>

#include <algorithm>

using namespace Casebinder;
using namespace Qt::StringLiterals;

class TestEventDate : public QObject
{
    Q_OBJECT

private slots:
    void parsesAndFormats_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("precision");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("zone");

        QTest::newRow("year") << u"2018"_s << u"2018"_s << u"year"_s << u"2018"_s << QString()
                              << QString();
        QTest::newRow("month") << u"2021-01"_s << u"Jan 2021"_s << u"month"_s << u"2021-01"_s
                               << QString() << QString();
        QTest::newRow("day") << u"2021-01-10"_s << u"10 Jan 2021"_s << u"day"_s << u"2021-01-10"_s
                             << QString() << QString();
        QTest::newRow("day without padding") << u"2021-1-9"_s << u"9 Jan 2021"_s << u"day"_s
                                             << u"2021-01-09"_s << QString() << QString();
        QTest::newRow("minute iana")
            << u"2021-01-10 23:59 America/Los_Angeles"_s << u"10 Jan 2021 23:59 PST"_s
            << u"minute"_s << u"2021-01-10T23:59"_s << QString() << u"America/Los_Angeles"_s;
        QTest::newRow("minute PST")
            << u"2021-01-10 23:59 PST"_s << u"10 Jan 2021 23:59 PST"_s << u"minute"_s
            << u"2021-01-10T23:59"_s << QString() << u"America/Los_Angeles"_s;
        QTest::newRow("minute PDT in summer")
            << u"2021-07-04 09:00 pdt"_s << u"4 Jul 2021 09:00 PDT"_s << u"minute"_s
            << u"2021-07-04T09:00"_s << QString() << u"America/Los_Angeles"_s;
        QTest::newRow("minute UTC with T")
            << u"2021-01-11T07:59 UTC"_s << u"11 Jan 2021 07:59 UTC"_s << u"minute"_s
            << u"2021-01-11T07:59"_s << QString() << u"UTC"_s;
        QTest::newRow("circa day range")
            << u"circa 2021-01-17..2021-01-18"_s << u"circa 17–18 Jan 2021"_s << u"day"_s
            << u"2021-01-17"_s << u"2021-01-18"_s << QString();
        QTest::newRow("c. shorthand")
            << u"c. 2019"_s << u"circa 2019"_s << u"year"_s << u"2019"_s << QString() << QString();
        QTest::newRow("day range across months")
            << u"2021-01-30..2021-02-02"_s << u"30 Jan – 2 Feb 2021"_s << u"day"_s
            << u"2021-01-30"_s << u"2021-02-02"_s << QString();
        QTest::newRow("day range across years")
            << u"2020-12-30..2021-01-02"_s << u"30 Dec 2020 – 2 Jan 2021"_s << u"day"_s
            << u"2020-12-30"_s << u"2021-01-02"_s << QString();
        QTest::newRow("month range across years")
            << u"2020-11..2021-01"_s << u"Nov 2020 – Jan 2021"_s << u"month"_s << u"2020-11"_s
            << u"2021-01"_s << QString();
        QTest::newRow("month range in a year")
            << u"2021-02..2021-04"_s << u"Feb–Apr 2021"_s << u"month"_s << u"2021-02"_s
            << u"2021-04"_s << QString();
        QTest::newRow("year range") << u"2018..2020"_s << u"2018–2020"_s << u"year"_s << u"2018"_s
                                    << u"2020"_s << QString();
        QTest::newRow("minute range same day")
            << u"2021-01-10 23:00..2021-01-10 23:59 PST"_s << u"10 Jan 2021 23:00–23:59 PST"_s
            << u"minute"_s << u"2021-01-10T23:00"_s << u"2021-01-10T23:59"_s
            << u"America/Los_Angeles"_s;
        QTest::newRow("minute range over midnight")
            << u"2021-01-10 23:59 PST..2021-01-11 00:30 PST"_s
            << u"10 Jan 2021 23:59 PST – 11 Jan 2021 00:30 PST"_s << u"minute"_s
            << u"2021-01-10T23:59"_s << u"2021-01-11T00:30"_s << u"America/Los_Angeles"_s;
        QTest::newRow("leap day") << u"2020-02-29"_s << u"29 Feb 2020"_s << u"day"_s
                                  << u"2020-02-29"_s << QString() << QString();
    }

    void parsesAndFormats()
    {
        QFETCH(QString, input);
        QFETCH(QString, display);
        QFETCH(QString, precision);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, zone);
        auto date = EventDate::parse(input);
        QVERIFY2(date, qPrintable(date ? QString() : date.error().message));
        QCOMPARE(date->display(), display);
        QCOMPARE(date->storagePrecision(), precision);
        QCOMPARE(date->storageStart(), start);
        QCOMPARE(date->storageEnd(), end);
        QCOMPARE(date->storageTimeZone(), zone);

        // Storage and input text both round-trip.
        auto stored = EventDate::fromStorage(date->storageStart(),
                                             date->storageEnd(),
                                             date->storagePrecision(),
                                             date->isCirca(),
                                             date->storageTimeZone());
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().fullText()));
        QCOMPARE(*stored, *date);
        auto reparsed = EventDate::parse(date->toInput());
        QVERIFY2(reparsed, qPrintable(date->toInput()));
        QCOMPARE(*reparsed, *date);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("30 February") << u"2021-02-30"_s << u"February 2021 has 28 days"_s;
        QTest::newRow("29 February, not a leap year") << u"2021-02-29"_s << u"has 28 days"_s;
        QTest::newRow("31 April") << u"2021-04-31"_s << u"April 2021 has 30 days"_s;
        QTest::newRow("month 13") << u"2021-13"_s << u"no month 13"_s;
        QTest::newRow("hour 24") << u"2021-01-10 24:00 UTC"_s << u"00:00 to 23:59"_s;
        QTest::newRow("no zone") << u"2021-01-10 23:59"_s << u"no time zone"_s;
        QTest::newRow("unknown zone")
            << u"2021-01-10 23:59 Mars/Olympus"_s << u"is not a time zone"_s;
        QTest::newRow("PST in summer") << u"2021-07-04 09:00 PST"_s << u"PDT"_s;
        QTest::newRow("spring-forward gap")
            << u"2021-03-14 02:30 America/Los_Angeles"_s << u"does not exist"_s;
        QTest::newRow("backwards range")
            << u"2021-01-18..2021-01-17"_s << u"must end after it starts"_s;
        QTest::newRow("empty range")
            << u"2021-01-17..2021-01-17"_s << u"must end after it starts"_s;
        QTest::newRow("mixed precision") << u"2021-01..2021-02-03"_s << u"same precision"_s;
        QTest::newRow("half range") << u"2021-01-17.."_s << u"not a date range"_s;
        QTest::newRow("words") << u"last Tuesday"_s << u"is not a date"_s;
        QTest::newRow("empty") << u"  "_s << u"Enter a date"_s;
        QTest::newRow("circa alone") << u"circa"_s << u"Enter a date"_s;
        QTest::newRow("year zero") << u"0000"_s << u"no year 0"_s;
    }

    void refusesBadInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, messagePart);
        auto date = EventDate::parse(input);
        QVERIFY(!date);
        QCOMPARE(date.error().code, Error::Code::InvalidArgument);
        QVERIFY2(date.error().message.contains(messagePart), qPrintable(date.error().message));
    }

    void sortsByTheDocumentedRule_data()
    {
        QTest::addColumn<QStringList>("inputs"); // shuffled
        QTest::addColumn<int>("placement");
        QTest::addColumn<QStringList>("expected");

        const QStringList shuffled = {u"2021-01-10"_s,
                                      u"2021-01"_s,
                                      u"2020-12-31"_s,
                                      u"2021"_s,
                                      u"2021-01-10 23:59 PST"_s,
                                      u"2021-01-31"_s,
                                      u"2021-02-01"_s,
                                      u"2021-01-10 08:00 PST"_s,
                                      u"2021-01-10..2021-01-12"_s,
                                      u"circa 2021-01-10"_s};
        // Coarse periods before the days inside them (the default).
        QTest::newRow("period start") << shuffled << int(EventDate::Placement::PeriodStart)
                                      << QStringList{u"2020-12-31"_s,
                                                     u"2021"_s,
                                                     u"2021-01"_s,
                                                     u"2021-01-10"_s,
                                                     u"circa 2021-01-10"_s,
                                                     u"2021-01-10..2021-01-12"_s,
                                                     u"2021-01-10 08:00 PST"_s,
                                                     u"2021-01-10 23:59 PST"_s,
                                                     u"2021-01-31"_s,
                                                     u"2021-02-01"_s};
        // Coarse periods after the days inside them, when the user asks.
        QTest::newRow("period end") << shuffled << int(EventDate::Placement::PeriodEnd)
                                    << QStringList{u"2020-12-31"_s,
                                                   u"2021-01-10 08:00 PST"_s,
                                                   u"2021-01-10 23:59 PST"_s,
                                                   u"2021-01-10"_s,
                                                   u"circa 2021-01-10"_s,
                                                   u"2021-01-10..2021-01-12"_s,
                                                   u"2021-01-31"_s,
                                                   u"2021-01"_s,
                                                   u"2021-02-01"_s,
                                                   u"2021"_s};
        // Minute events on the same local day compare by instant across zones; a minute event
        // is placed on the day printed beside it.
        QTest::newRow("zones") << QStringList{u"2021-01-10 23:59 PST"_s,
                                              u"2021-01-10 21:00 EST"_s,
                                              u"2021-01-11 01:00 EST"_s,
                                              u"2021-01-11"_s}
                               << int(EventDate::Placement::PeriodStart)
                               << QStringList{u"2021-01-10 21:00 EST"_s,
                                              u"2021-01-10 23:59 PST"_s,
                                              u"2021-01-11"_s,
                                              u"2021-01-11 01:00 EST"_s};
    }

    void sortsByTheDocumentedRule()
    {
        QFETCH(QStringList, inputs);
        QFETCH(int, placement);
        QFETCH(QStringList, expected);
        QList<std::pair<EventDate, QString>> dates;
        for (const QString &input : inputs) {
            auto date = EventDate::parse(input);
            QVERIFY2(date, qPrintable(input));
            dates.append({*date, input});
        }
        std::sort(dates.begin(), dates.end(), [placement](const auto &a, const auto &b) {
            return EventDate::compare(a.first, b.first, EventDate::Placement(placement)) < 0;
        });
        QStringList sorted;
        for (const auto &[date, input] : dates)
            sorted.append(input);
        QCOMPARE(sorted, expected);
    }

    void orderIsStrictWeak()
    {
        // Every pair compares consistently both ways, and equal dates are equivalent.
        const QStringList inputs = {u"2021"_s,
                                    u"2021-01"_s,
                                    u"2021-01-01"_s,
                                    u"2021-01-01 00:00 UTC"_s,
                                    u"circa 2021"_s,
                                    u"2021..2022"_s,
                                    u"2020-12-31 23:00 PST"_s};
        QList<EventDate> dates;
        for (const QString &input : inputs)
            dates.append(*EventDate::parse(input));
        for (auto placement :
             {EventDate::Placement::PeriodStart, EventDate::Placement::PeriodEnd}) {
            for (const EventDate &a : dates) {
                QVERIFY(EventDate::compare(a, a, placement) == 0);
                for (const EventDate &b : dates) {
                    const auto ab = EventDate::compare(a, b, placement);
                    const auto ba = EventDate::compare(b, a, placement);
                    QCOMPARE(ab<0, ba> 0);
                    QCOMPARE(ab == 0, ba == 0);
                }
            }
        }
    }

    void spansAndOverlap()
    {
        const EventDate month = *EventDate::parse(u"2021-01"_s);
        QCOMPARE(month.firstDay(), QDate(2021, 1, 1));
        QCOMPARE(month.lastDay(), QDate(2021, 1, 31));
        QCOMPARE(month.spanStart(), QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(month.spanEnd(), QDateTime(QDate(2021, 2, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(month.overlaps(QDate(2021, 1, 31), QDate()));
        QVERIFY(!month.overlaps(QDate(2021, 2, 1), QDate()));
        QVERIFY(!month.overlaps(QDate(), QDate(2020, 12, 31)));

        const EventDate pst = *EventDate::parse(u"2021-01-10 23:59 PST"_s);
        QCOMPARE(pst.spanStart(), QDateTime(QDate(2021, 1, 11), QTime(7, 59), Qt::UTC));
        QCOMPARE(pst.spanStart().secsTo(pst.spanEnd()), 60);
        QCOMPARE(pst.firstDay(), QDate(2021, 1, 10)); // the local day
    }
};

QTEST_GUILESS_MAIN(TestEventDate)
#include "tst_eventdate.moc"
