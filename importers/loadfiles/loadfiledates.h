#pragma once

#include <QString>

namespace Casebinder::LoadFiles {

// A load file's date as a document date (ISO day): "4/21/2001 2:48 PM" (US month first, as
// Concordance and Relativity write), "2001-04-21", "2000-09-26T16:26:00.0+00:00", "20010421".
// An empty result with `error` set: not a date (e.g. month 13).
QString documentDay(const QString &value, QString *error);

} // namespace Casebinder::LoadFiles
