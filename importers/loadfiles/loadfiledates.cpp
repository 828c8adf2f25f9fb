#include "loadfiles/loadfiledates.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Casebinder::LoadFiles {

QString documentDay(const QString &value, QString *error)
{
    const QString text = value.trimmed();
    static const QRegularExpression us(u"^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ T].*)?$"_s);
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{2})-(\\d{2})(?:[ T].*)?$"_s);
    static const QRegularExpression compact(u"^(\\d{4})(\\d{2})(\\d{2})$"_s);
    int y = 0;
    int m = 0;
    int d = 0;
    if (const auto match = us.match(text); match.hasMatch()) {
        m = match.captured(1).toInt();
        d = match.captured(2).toInt();
        y = match.captured(3).toInt();
    } else if (const auto isoMatch = iso.match(text); isoMatch.hasMatch()) {
        y = isoMatch.captured(1).toInt();
        m = isoMatch.captured(2).toInt();
        d = isoMatch.captured(3).toInt();
    } else if (const auto c = compact.match(text); c.hasMatch()) {
        y = c.captured(1).toInt();
        m = c.captured(2).toInt();
        d = c.captured(3).toInt();
    } else {
        if (error)
            *error = u"\"%1\" is not a date (M/D/YYYY or YYYY-MM-DD)"_s.arg(text);
        return {};
    }
    const QDate date(y, m, d);
    if (!date.isValid()) {
        if (error)
            *error
                = m < 1 || m > 12
                      ? u"\"%1\" is not a date (there is no month %2)"_s.arg(text).arg(m)
                      : u"\"%1\" is not a date (there is no day %2 in that month)"_s.arg(text).arg(
                          d);
        return {};
    }
    return date.toString(Qt::ISODate);
}

} // namespace Casebinder::LoadFiles
