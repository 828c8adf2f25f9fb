#pragma once

#include <QString>

namespace Casebinder::Export {

// The families exports print with. DejaVu (fonts-dejavu-core) is loaded from disk once, so
// every PDF embeds the same fonts whatever the desktop has installed.
struct ExportFonts
{
    QString serif;
    QString sans;
    QString sansCondensed;
};

// Thread-safe; the first call registers the fonts with QFontDatabase.
const ExportFonts &exportFonts();

} // namespace Casebinder::Export
