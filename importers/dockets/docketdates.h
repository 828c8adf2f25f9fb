#pragma once

#include <QDate>
#include <QStringView>

namespace Casebinder::Dockets {

// "01/09/2009" (or "1/9/09", with anything after it): the date, or a null QDate when there is
// none or it cannot exist (02/30/2019): an unknown date is never guessed.
QDate parseUsDate(QStringView text);
// "2009-01-09" (a time after it is ignored), the same way.
QDate parseIsoDate(QStringView text);

} // namespace Casebinder::Dockets
