#pragma once

#include "displaylanguage.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QTime>

#include <compare>
#include <optional>

namespace Casebinder {

// When an event happened, at the precision the evidence supports: a minute in a named time
// zone, a day, a month or a year; optionally a range (start..end, same precision) and
// optionally approximate ("circa").
//
// Input (parse) is strict ISO-like text:
//   "2021", "2021-01", "2021-01-10", "2021-01-10 23:59 America/Los_Angeles",
//   "2021-01-10 23:59 PST" (US abbreviations must match the date's daylight-saving state),
//   "2021-01-17..2021-01-18", "circa 2020-11..2021-01" ("c." and "ca." work too).
// Impossible dates (2021-02-30), times that do not exist (a spring-forward gap), ranges that
// end before they start and mixed precisions are refused with a readable message.
//
// Display (en-GB legal style): "2018", "Jan 2021", "10 Jan 2021", "10 Jan 2021 23:59 PST",
// "circa 17–18 Jan 2021", "Nov 2020 – Jan 2021".
//
// Sort order. Each event is placed on the calendar day its start period is anchored to, then:
//   Placement::PeriodStart (the default): anchored to the FIRST day of its start period, and
//     on the same day coarser events come first: 2021 < Jan 2021 < 1 Jan 2021 < 1 Jan 2021 09:00.
//     A month-precise event sorts before every day of that month ("earliest it could be").
//   Placement::PeriodEnd: anchored to the LAST day of its start period, finer events first on
//     that day: 31 Jan 2021 < Jan 2021 < 1 Feb 2021; Dec 2021 < 2021.
// Minute events are anchored to their local calendar day (the day the reader sees printed);
// minute events on the same anchor day compare by UTC instant. Remaining ties: a single date
// before a range, shorter range first, exact before circa. compare() is a weak order (equal
// dates compare equivalent); callers break final ties by event id.
class EventDate
{
public:
    enum class Precision { Minute, Day, Month, Year };
    enum class Placement { PeriodStart, PeriodEnd };

    EventDate() = default;

    static Result<EventDate> parse(QStringView text);
    // Reads the events table's start/end/precision/circa/time_zone columns.
    static Result<EventDate> fromStorage(const QString &start,
                                         const QString &end,
                                         const QString &precision,
                                         bool circa,
                                         const QString &timeZone);

    static EventDate year(int year);
    static EventDate month(int year, int month);
    static EventDate day(QDate date);
    // Minute precision; nullopt when the zone is unknown or the local time does not exist.
    static std::optional<EventDate> minute(QDate date, QTime time, const QByteArray &ianaZone);

    bool isValid() const { return m_start.isValid(); }
    Precision precision() const { return m_precision; }
    bool isCirca() const { return m_circa; }
    bool isRange() const { return m_end.isValid(); }
    // IANA id for minute precision ("America/Los_Angeles"), empty otherwise.
    QString timeZoneId() const { return m_zone; }

    // The local calendar date and (minute precision) wall-clock time of the start and end.
    QDate startDate() const { return m_start; }
    QTime startTime() const { return m_startTime; }
    QDate endDate() const { return m_end; }
    QTime endTime() const { return m_endTime; }

    // First and last calendar day the event could cover (whole periods; local days).
    QDate firstDay() const;
    QDate lastDay() const;
    // The covered span as UTC instants, for drawing: [spanStart, spanEnd). Calendar periods
    // (day, month, year) are taken as UTC days; minute precision is exact (one minute long
    // without an end).
    QDateTime spanStart() const;
    QDateTime spanEnd() const;

    bool overlaps(QDate from, QDate to) const; // either bound may be invalid (open)

    EventDate withCirca(bool circa) const;

    QString display(const DisplayLanguage &language = DisplayLanguage::current()) const;
    // Text that parse() reads back to the same date: "circa 2021-01-17..2021-01-18".
    QString toInput() const;

    // Storage for the events table.
    QString storageStart() const;
    QString storageEnd() const; // null when not a range
    QString storagePrecision() const;
    QString storageTimeZone() const { return m_zone; }

    static QString precisionName(Precision precision);
    static std::optional<Precision> precisionFromName(QStringView name);

    static std::weak_ordering compare(const EventDate &a,
                                      const EventDate &b,
                                      Placement placement = Placement::PeriodStart);
    friend bool operator==(const EventDate &a, const EventDate &b)
    {
        return a.m_precision == b.m_precision && a.m_circa == b.m_circa && a.m_start == b.m_start
               && a.m_startTime == b.m_startTime && a.m_end == b.m_end && a.m_endTime == b.m_endTime
               && a.m_zone == b.m_zone;
    }

private:
    QDateTime startUtc() const;
    QDateTime endUtc() const;

    Precision m_precision = Precision::Day;
    bool m_circa = false;
    QDate m_start;
    QTime m_startTime;
    QDate m_end;
    QTime m_endTime;
    QString m_zone;
};

} // namespace Casebinder

Q_DECLARE_METATYPE(Casebinder::EventDate)
