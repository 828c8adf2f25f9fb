#pragma once

#include <QLocale>
#include <QPageSize>
#include <QString>

namespace Casebinder::Export {

// The paper an export is printed on unless the user chooses: the case's court decides where it
// is known (a U.S. court: US Letter), else the locale (metric: A4). A locale without a country
// (C, POSIX) says nothing, and US Letter is kept. The GUI's export dialogs and the CLI's
// --page-size default both come from here.
QPageSize::PageSizeId defaultPageSize(const QString &court, const QLocale &locale = QLocale());

// Whether a court's name, as a caption gives it, names a court of the United States: federal
// ("U.S. District Court …", "W.D. Wash.", "9th Cir.", "Bankr. S.D.N.Y.") or a state's
// ("Superior Court of California").
bool isUnitedStatesCourt(const QString &court);

} // namespace Casebinder::Export
