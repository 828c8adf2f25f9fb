#include "eventdate.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <array>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

constexpr QStringView EnDash = u"\u2013";

// The abbreviations people actually type in US litigation, with the zone they stand for and
// whether they name daylight-saving time.
struct Abbreviation
{
    QStringView name;
    const char *zone;
    std::optional<bool> daylight;
};
constexpr std::array Abbreviations = {
    Abbreviation{u"UTC", "UTC", std::nullopt},
    Abbreviation{u"GMT", "UTC", std::nullopt},
    Abbreviation{u"Z", "UTC", std::nullopt},
    Abbreviation{u"EST", "America/New_York", false},
    Abbreviation{u"EDT", "America/New_York", true},
    Abbreviation{u"CST", "America/Chicago", false},
    Abbreviation{u"CDT", "America/Chicago", true},
    Abbreviation{u"MST", "America/Denver", false},
    Abbreviation{u"MDT", "America/Denver", true},
    Abbreviation{u"PST", "America/Los_Angeles", false},
    Abbreviation{u"PDT", "America/Los_Angeles", true},
};

// Dates are written day, month, year in every language ("10 Jan 2021", "10 janv. 2021"), with
// the language's abbreviated month names.
class DateWords
{
public:
    explicit DateWords(const QLocale &locale)
        : m_locale(locale)
    {}

    QString month(int month) const { return m_locale.monthName(month, QLocale::ShortFormat); }
    QString dayMonth(QDate date) const
    {
        return QString::number(date.day()) + u' ' + month(date.month());
    }
    QString day(QDate date) const { return dayMonth(date) + u' ' + year(date); }
    QString monthYear(QDate date) const { return month(date.month()) + u' ' + year(date); }
    static QString year(QDate date) { return QString::number(date.year()); }

private:
    const QLocale &m_locale;
};

struct ParsedSide
{
    EventDate::Precision precision = EventDate::Precision::Day;
    QDate date;
    QTime time;
    QString zoneToken;
};

Result<ParsedSide> parseSide(QStringView text)
{
    static const QRegularExpression pattern(
        u"^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?:\\s+(\\S+))?)?)?)?$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return fail(Error::Code::InvalidArgument,
                    u"\"%1\" is not a date; write 2021, 2021-01, 2021-01-10 or "
                    "2021-01-10 23:59 America/Los_Angeles."_s.arg(text));
    ParsedSide side;
    const int year = match.captured(1).toInt();
    if (year < 1)
        return fail(Error::Code::InvalidArgument,
                    u"\"%1\" is not a date: there is no year 0."_s.arg(text));
    if (!match.hasCaptured(2)) {
        side.precision = EventDate::Precision::Year;
        side.date = QDate(year, 1, 1);
        return side;
    }
    const int month = match.captured(2).toInt();
    if (month < 1 || month > 12)
        return fail(Error::Code::InvalidArgument,
                    u"\"%1\" is not a date: there is no month %2."_s.arg(text).arg(month));
    if (!match.hasCaptured(3)) {
        side.precision = EventDate::Precision::Month;
        side.date = QDate(year, month, 1);
        return side;
    }
    const int day = match.captured(3).toInt();
    side.date = QDate(year, month, day);
    if (!side.date.isValid())
        return fail(Error::Code::InvalidArgument,
                    u"\"%1\" is not a date: %2 %3 has %4 days."_s.arg(text)
                        .arg(QDate(year, month, 1).toString(u"MMMM"_s))
                        .arg(year)
                        .arg(QDate(year, month, 1).daysInMonth()));
    if (!match.hasCaptured(4)) {
        side.precision = EventDate::Precision::Day;
        return side;
    }
    side.precision = EventDate::Precision::Minute;
    side.time = QTime(match.captured(4).toInt(), match.captured(5).toInt());
    if (!side.time.isValid())
        return fail(Error::Code::InvalidArgument,
                    u"\"%1\" has no valid time of day; use 00:00 to 23:59."_s.arg(text));
    side.zoneToken = match.captured(6);
    return side;
}

struct ResolvedZone
{
    QByteArray id;
    std::optional<bool> daylight;
};

Result<ResolvedZone> resolveZone(const QString &token)
{
    for (const Abbreviation &abbreviation : Abbreviations) {
        if (token.compare(abbreviation.name, Qt::CaseInsensitive) == 0)
            return ResolvedZone{abbreviation.zone, abbreviation.daylight};
    }
    const QByteArray id = token.toUtf8();
    if (!QTimeZone::isTimeZoneIdAvailable(id))
        return fail(Error::Code::InvalidArgument,
                    u"\"%1\" is not a time zone; use an IANA name such as America/Los_Angeles, "
                    "or UTC, EST, CST, MST, PST (and their daylight forms)."_s.arg(token));
    return ResolvedZone{id, std::nullopt};
}

// Checks that the wall-clock time exists in the zone and matches a typed abbreviation.
Status checkLocalTime(QDate date, QTime time, const ResolvedZone &zone, const QString &token)
{
    const QTimeZone tz(zone.id);
    const QDateTime local(date, time, tz);
    if (!local.isValid() || local.date() != date || local.time() != time)
        return fail(
            Error::Code::InvalidArgument,
            u"%1 %2 does not exist in %3 (the clocks skip it for daylight-saving time)."_s.arg(
                date.toString(Qt::ISODate), time.toString(u"HH:mm"_s), QString::fromUtf8(zone.id)));
    if (zone.daylight && tz.isDaylightTime(local) != *zone.daylight)
        return fail(
            Error::Code::InvalidArgument,
            u"%1 is not in effect on %2 in %3; it is %4 then."_s.arg(token.toUpper(),
                                                                     date.toString(Qt::ISODate),
                                                                     QString::fromUtf8(zone.id),
                                                                     tz.abbreviation(local)));
    return {};
}

QDate periodEnd(QDate start, EventDate::Precision precision)
{
    switch (precision) {
    case EventDate::Precision::Year:
        return QDate(start.year(), 12, 31);
    case EventDate::Precision::Month:
        return QDate(start.year(), start.month(), start.daysInMonth());
    case EventDate::Precision::Day:
    case EventDate::Precision::Minute:
        break;
    }
    return start;
}

int coarseness(EventDate::Precision precision)
{
    switch (precision) {
    case EventDate::Precision::Minute:
        return 0;
    case EventDate::Precision::Day:
        return 1;
    case EventDate::Precision::Month:
        return 2;
    case EventDate::Precision::Year:
        return 3;
    }
    return 0;
}

} // namespace

Result<EventDate> EventDate::parse(QStringView input)
{
    QStringView text = input.trimmed();
    bool circa = false;
    for (QStringView prefix : {QStringView(u"circa"), QStringView(u"ca."), QStringView(u"c.")}) {
        if (text.startsWith(prefix, Qt::CaseInsensitive)) {
            circa = true;
            text = text.mid(prefix.size()).trimmed();
            break;
        }
    }
    if (text.isEmpty())
        return fail(Error::Code::InvalidArgument, u"Enter a date, e.g. 2021-01-10."_s);
    const qsizetype dots = text.indexOf(u"..");
    const QStringView first = dots < 0 ? text : text.left(dots).trimmed();
    const QStringView second = dots < 0 ? QStringView() : text.mid(dots + 2).trimmed();
    if (dots >= 0 && (first.isEmpty() || second.isEmpty() || second.contains(u"..")))
        return fail(
            Error::Code::InvalidArgument,
            u"\"%1\" is not a date range; write START..END, e.g. 2021-01-17..2021-01-18."_s.arg(
                text));

    auto start = parseSide(first);
    if (!start)
        return fail(start.error());
    std::optional<ParsedSide> end;
    if (dots >= 0) {
        auto parsed = parseSide(second);
        if (!parsed)
            return fail(parsed.error());
        if (parsed->precision != start->precision)
            return fail(Error::Code::InvalidArgument,
                        u"Both ends of the range \"%1\" must have the same precision (year, month, "
                        "day or time)."_s.arg(text));
        end = *parsed;
    }

    EventDate date;
    date.m_precision = start->precision;
    date.m_circa = circa;
    date.m_start = start->date;
    date.m_startTime = start->time;
    if (start->precision == Precision::Minute) {
        QString token = start->zoneToken;
        if (end && !end->zoneToken.isEmpty()) {
            if (!token.isEmpty() && token.compare(end->zoneToken, Qt::CaseInsensitive) != 0) {
                auto a = resolveZone(token);
                auto b = resolveZone(end->zoneToken);
                if (!a || !b || a->id != b->id)
                    return fail(
                        Error::Code::InvalidArgument,
                        u"Both ends of the range \"%1\" must be in the same time zone."_s.arg(
                            text));
            }
            if (token.isEmpty())
                token = end->zoneToken;
        }
        if (token.isEmpty())
            return fail(Error::Code::InvalidArgument,
                        u"\"%1\" gives a time but no time zone; add one, e.g. "
                        "\"2021-01-10 23:59 America/Los_Angeles\" or \"… 23:59 PST\"."_s.arg(text));
        auto zone = resolveZone(token);
        if (!zone)
            return fail(zone.error());
        if (auto ok = checkLocalTime(start->date, start->time, *zone, token); !ok)
            return fail(ok.error());
        if (end) {
            const QString endToken = end->zoneToken.isEmpty() ? token : end->zoneToken;
            auto endZone = resolveZone(endToken);
            if (!endZone)
                return fail(endZone.error());
            if (auto ok = checkLocalTime(end->date, end->time, *endZone, endToken); !ok)
                return fail(ok.error());
        }
        date.m_zone = QString::fromUtf8(zone->id);
    }
    if (end) {
        date.m_end = end->date;
        date.m_endTime = end->time;
        const bool after = date.m_precision == Precision::Minute ? date.endUtc() > date.startUtc()
                                                                 : date.m_end > date.m_start;
        if (!after)
            return fail(Error::Code::InvalidArgument,
                        u"The range \"%1\" must end after it starts."_s.arg(text));
    }
    return date;
}

Result<EventDate> EventDate::fromStorage(const QString &start,
                                         const QString &end,
                                         const QString &precision,
                                         bool circa,
                                         const QString &timeZone)
{
    const auto expected = precisionFromName(precision);
    if (!expected)
        return fail(Error::Code::Corrupt,
                    u"The event date precision \"%1\" is unknown."_s.arg(precision));
    QString text = circa ? u"circa "_s : QString();
    auto side = [&](QString value) {
        value.replace(u'T', u' ');
        return *expected == Precision::Minute ? value + u' ' + timeZone : value;
    };
    text += side(start);
    if (!end.isEmpty())
        text += u".."_s + side(end);
    auto parsed = parse(text);
    if (!parsed)
        return fail(Error::Code::Corrupt,
                    u"A stored event date could not be read."_s,
                    parsed.error().message);
    if (parsed->m_precision != *expected)
        return fail(Error::Code::Corrupt,
                    u"A stored event date does not match its precision \"%1\"."_s.arg(precision));
    return parsed;
}

EventDate EventDate::year(int year)
{
    EventDate date;
    date.m_precision = Precision::Year;
    date.m_start = QDate(year, 1, 1);
    return date;
}

EventDate EventDate::month(int year, int month)
{
    EventDate date;
    date.m_precision = Precision::Month;
    date.m_start = QDate(year, month, 1);
    return date;
}

EventDate EventDate::day(QDate day)
{
    EventDate date;
    date.m_precision = Precision::Day;
    date.m_start = day;
    return date;
}

std::optional<EventDate> EventDate::minute(QDate date, QTime time, const QByteArray &ianaZone)
{
    if (!date.isValid() || !time.isValid() || !QTimeZone::isTimeZoneIdAvailable(ianaZone))
        return std::nullopt;
    const ResolvedZone zone{ianaZone, std::nullopt};
    if (!checkLocalTime(date, QTime(time.hour(), time.minute()), zone, {}))
        return std::nullopt;
    EventDate result;
    result.m_precision = Precision::Minute;
    result.m_start = date;
    result.m_startTime = QTime(time.hour(), time.minute());
    result.m_zone = QString::fromUtf8(ianaZone);
    return result;
}

EventDate EventDate::withCirca(bool circa) const
{
    EventDate copy = *this;
    copy.m_circa = circa;
    return copy;
}

QDate EventDate::firstDay() const
{
    return m_start;
}

QDate EventDate::lastDay() const
{
    return periodEnd(isRange() ? m_end : m_start, m_precision);
}

QDateTime EventDate::startUtc() const
{
    if (m_precision != Precision::Minute)
        return QDateTime(m_start, QTime(0, 0), Qt::UTC);
    return QDateTime(m_start, m_startTime, QTimeZone(m_zone.toUtf8())).toUTC();
}

QDateTime EventDate::endUtc() const
{
    if (!isRange())
        return {};
    if (m_precision != Precision::Minute)
        return QDateTime(m_end, QTime(0, 0), Qt::UTC);
    return QDateTime(m_end, m_endTime, QTimeZone(m_zone.toUtf8())).toUTC();
}

QDateTime EventDate::spanStart() const
{
    return isValid() ? startUtc() : QDateTime();
}

QDateTime EventDate::spanEnd() const
{
    if (!isValid())
        return {};
    if (m_precision == Precision::Minute)
        return isRange() ? endUtc() : startUtc().addSecs(60);
    return QDateTime(lastDay().addDays(1), QTime(0, 0), Qt::UTC);
}

bool EventDate::overlaps(QDate from, QDate to) const
{
    if (!isValid())
        return false;
    return (!from.isValid() || lastDay() >= from) && (!to.isValid() || firstDay() <= to);
}

QString EventDate::display(const DisplayLanguage &language) const
{
    if (!isValid())
        return {};
    const DateWords words(language.locale());
    QString text;
    switch (m_precision) {
    case Precision::Year:
        text = QString::number(m_start.year());
        if (isRange())
            text += EnDash + QString::number(m_end.year());
        break;
    case Precision::Month:
        if (!isRange())
            text = words.monthYear(m_start);
        else if (m_start.year() == m_end.year())
            text = words.month(m_start.month()) + EnDash + words.monthYear(m_end);
        else
            text = words.monthYear(m_start) + u' ' + EnDash + u' ' + words.monthYear(m_end);
        break;
    case Precision::Day:
        if (!isRange())
            text = words.day(m_start);
        else if (m_start.year() == m_end.year() && m_start.month() == m_end.month())
            text = QString::number(m_start.day()) + EnDash + words.day(m_end);
        else if (m_start.year() == m_end.year())
            text = words.dayMonth(m_start) + u' ' + EnDash + u' ' + words.day(m_end);
        else
            text = words.day(m_start) + u' ' + EnDash + u' ' + words.day(m_end);
        break;
    case Precision::Minute: {
        const QTimeZone tz(m_zone.toUtf8());
        const QDateTime start(m_start, m_startTime, tz);
        const QString startZone = tz.abbreviation(start);
        text = words.day(m_start) + u' ' + m_startTime.toString(u"HH:mm"_s);
        if (!isRange()) {
            text += u' ' + startZone;
            break;
        }
        const QDateTime end(m_end, m_endTime, tz);
        const QString endZone = tz.abbreviation(end);
        if (m_start == m_end && startZone == endZone)
            text += EnDash + m_endTime.toString(u"HH:mm"_s) + u' ' + endZone;
        else
            text += u' ' + startZone + u' ' + EnDash + u' ' + words.day(m_end) + u' '
                    + m_endTime.toString(u"HH:mm"_s) + u' ' + endZone;
        break;
    }
    }
    if (!m_circa)
        return text;
    //: An approximate date: "circa Nov 2020".
    return language.translate("Casebinder::EventDate", "circa %1").arg(text);
}

QString EventDate::toInput() const
{
    if (!isValid())
        return {};
    QString text = m_circa ? u"circa "_s : QString();
    text += storageStart().replace(u'T', u' ');
    if (isRange())
        text += u".."_s + storageEnd().replace(u'T', u' ');
    if (m_precision == Precision::Minute)
        text += u' ' + m_zone;
    return text;
}

QString EventDate::storageStart() const
{
    switch (m_precision) {
    case Precision::Year:
        return m_start.toString(u"yyyy"_s);
    case Precision::Month:
        return m_start.toString(u"yyyy-MM"_s);
    case Precision::Day:
        return m_start.toString(Qt::ISODate);
    case Precision::Minute:
        return m_start.toString(Qt::ISODate) + u'T' + m_startTime.toString(u"HH:mm"_s);
    }
    return {};
}

QString EventDate::storageEnd() const
{
    if (!isRange())
        return {};
    switch (m_precision) {
    case Precision::Year:
        return m_end.toString(u"yyyy"_s);
    case Precision::Month:
        return m_end.toString(u"yyyy-MM"_s);
    case Precision::Day:
        return m_end.toString(Qt::ISODate);
    case Precision::Minute:
        return m_end.toString(Qt::ISODate) + u'T' + m_endTime.toString(u"HH:mm"_s);
    }
    return {};
}

QString EventDate::storagePrecision() const
{
    return precisionName(m_precision);
}

QString EventDate::precisionName(Precision precision)
{
    switch (precision) {
    case Precision::Minute:
        return u"minute"_s;
    case Precision::Day:
        return u"day"_s;
    case Precision::Month:
        return u"month"_s;
    case Precision::Year:
        return u"year"_s;
    }
    return {};
}

std::optional<EventDate::Precision> EventDate::precisionFromName(QStringView name)
{
    for (Precision precision :
         {Precision::Minute, Precision::Day, Precision::Month, Precision::Year}) {
        if (name == precisionName(precision))
            return precision;
    }
    return std::nullopt;
}

std::weak_ordering EventDate::compare(const EventDate &a, const EventDate &b, Placement placement)
{
    if (a.isValid() != b.isValid())
        return a.isValid() ? std::weak_ordering::less : std::weak_ordering::greater;
    if (!a.isValid())
        return std::weak_ordering::equivalent;
    const bool atStart = placement == Placement::PeriodStart;
    const auto anchor = [atStart](const EventDate &date) {
        return atStart ? date.m_start : periodEnd(date.m_start, date.m_precision);
    };
    if (auto order = anchor(a).toJulianDay() <=> anchor(b).toJulianDay(); order != 0)
        return order;
    // On the same anchor day: coarse first at the period's start, fine first at its end.
    const int rankA = coarseness(a.m_precision);
    const int rankB = coarseness(b.m_precision);
    if (rankA != rankB)
        return atStart ? rankB <=> rankA : rankA <=> rankB;
    if (a.m_precision == Precision::Minute) {
        if (auto order = a.startUtc().toMSecsSinceEpoch() <=> b.startUtc().toMSecsSinceEpoch();
            order != 0)
            return order;
    }
    if (a.isRange() != b.isRange())
        return a.isRange() ? std::weak_ordering::greater : std::weak_ordering::less;
    if (a.isRange()) {
        const auto last = [](const EventDate &date) {
            return date.m_precision == Precision::Minute
                       ? date.endUtc().toMSecsSinceEpoch()
                       : QDateTime(date.lastDay(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        };
        if (auto order = last(a) <=> last(b); order != 0)
            return order;
    }
    if (a.m_circa != b.m_circa)
        return a.m_circa ? std::weak_ordering::greater : std::weak_ordering::less;
    return std::weak_ordering::equivalent;
}

} // namespace Casebinder
