#include "dockets/docketdates.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Casebinder::Dockets {

namespace {

QDate dateOf(int year, int month, int day)
{
    const QDate date(year, month, day);
    return date.isValid() ? date : QDate();
}

} // namespace

QDate parseUsDate(QStringView text)
{
    static const QRegularExpression us(u"^\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b"_s);
    const auto match = us.match(text.toString());
    if (!match.hasMatch())
        return parseIsoDate(text);
    int year = match.capturedView(3).toInt();
    if (match.capturedLength(3) == 2)
        year += year < 70 ? 2000 : 1900;
    return dateOf(year, match.capturedView(1).toInt(), match.capturedView(2).toInt());
}

QDate parseIsoDate(QStringView text)
{
    static const QRegularExpression iso(u"^\\s*(\\d{4})-(\\d{2})-(\\d{2})\\b"_s);
    const auto match = iso.match(text.toString());
    if (!match.hasMatch())
        return {};
    return dateOf(match.capturedView(1).toInt(),
                  match.capturedView(2).toInt(),
                  match.capturedView(3).toInt());
}

} // namespace Casebinder::Dockets
