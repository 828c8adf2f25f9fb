#include "common/timestamps.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Casebinder::Timestamps {

QString normalize(QStringView input)
{
    const QString text = input.trimmed().toString();
    if (text.isEmpty())
        return {};
    const auto utc = [](const QDateTime &dateTime) {
        return dateTime.isValid() ? dateTime.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s)
                                  : QString();
    };
    // Zone-less times are taken as UTC: the source did not say, and guessing would be worse.
    static const QRegularExpression iso(
        uR"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$)"_s);
    if (const auto m = iso.match(text); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        if (!date.isValid() || !time.isValid())
            return {};
        QString zone = m.captured(7);
        int offset = 0;
        if (zone.startsWith(u'+') || zone.startsWith(u'-')) {
            zone.remove(u':');
            offset = (zone.mid(1, 2).toInt() * 3600 + zone.mid(3, 2).toInt() * 60)
                     * (zone.startsWith(u'-') ? -1 : 1);
        }
        return utc(QDateTime(date, time, Qt::OffsetFromUTC, offset));
    }
    static const QRegularExpression american(
        uR"(^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$)"_s);
    if (const auto m = american.match(text); m.hasMatch()) {
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year += year < 70 ? 2000 : 1900;
        int hour = m.captured(4).toInt();
        const QString meridiem = m.captured(7).toLower();
        if (meridiem == u"pm"_s && hour < 12)
            hour += 12;
        else if (meridiem == u"am"_s && hour == 12)
            hour = 0;
        const QDate date(year, m.captured(1).toInt(), m.captured(2).toInt());
        const QTime time(hour, m.captured(5).toInt(), m.captured(6).toInt());
        if (!date.isValid() || !time.isValid())
            return {};
        return utc(QDateTime(date, time, Qt::UTC));
    }
    static const QRegularExpression twitter(
        uR"(^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$)"_s);
    if (const auto m = twitter.match(text); m.hasMatch()) {
        static const QStringList months = {u"jan"_s,
                                           u"feb"_s,
                                           u"mar"_s,
                                           u"apr"_s,
                                           u"may"_s,
                                           u"jun"_s,
                                           u"jul"_s,
                                           u"aug"_s,
                                           u"sep"_s,
                                           u"oct"_s,
                                           u"nov"_s,
                                           u"dec"_s};
        const int month = int(months.indexOf(m.captured(1).toLower())) + 1;
        const QDate date(m.captured(9).toInt(), month, m.captured(2).toInt());
        const QTime time(m.captured(3).toInt(), m.captured(4).toInt(), m.captured(5).toInt());
        if (month == 0 || !date.isValid() || !time.isValid())
            return {};
        const int offset = (m.captured(7).toInt() * 3600 + m.captured(8).toInt() * 60)
                           * (m.captured(6) == u"-"_s ? -1 : 1);
        return utc(QDateTime(date, time, Qt::OffsetFromUTC, offset));
    }
    static const QRegularExpression epoch(uR"(^\d{9,13}$)"_s);
    if (epoch.match(text).hasMatch()) {
        const qint64 value = text.toLongLong();
        return utc(text.size() > 11 ? QDateTime::fromMSecsSinceEpoch(value, Qt::UTC)
                                    : QDateTime::fromSecsSinceEpoch(value, Qt::UTC));
    }
    return {};
}
} // namespace Casebinder::Timestamps
