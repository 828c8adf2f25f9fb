#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

#include <vector>

namespace Casebinder::Export {

// The families exports print with, loaded from the files Debian installs (scripts/deps.sh), so
// that every PDF embeds the same fonts whatever the desktop has installed:
// DejaVu (fonts-dejavu-core) for Latin, Greek and Cyrillic, then, glyph by glyph, Noto Naskh
// Arabic / Noto Sans Arabic and Noto Serif Hebrew / Noto Sans Hebrew (fonts-noto-core),
// WenQuanYi Micro Hei for Chinese, Japanese and Korean (fonts-wqy-microhei: TrueType outlines,
// which QPdfWriter subsets and embeds, at 5 MB against fonts-noto-cjk's 91 MB of CFF) and
// Symbola for symbols and emoji (fonts-symbola: monochrome outlines, which PDFs embed, unlike
// colour bitmaps).
struct ExportFonts
{
    QString serif;
    QString sans;
    QString sansCondensed;
    QStringList serifFallbacks; // after `serif`, in order
    QStringList sansFallbacks;  // after `sans` and `sansCondensed`

    // `family` (one of the above) with its fallbacks: the font every export text is set in.
    QFont font(const QString &family) const;
};

// Thread-safe; the first call registers the fonts with QFontDatabase.
const ExportFonts &exportFonts();

// The character a PDF shows where no export font has a glyph: U+FFFD, a white question mark
// in a black diamond (DejaVu), instead of a gap.
inline constexpr char16_t MissingGlyphMarker = u'\uFFFD';

// True when some export font draws `ucs4`. Thread-safe.
bool exportFontsCover(char32_t ucs4);

// `text` with every character no export font can draw replaced by MissingGlyphMarker (one
// UTF-16 unit for one, so that format ranges stay put; a surrogate pair becomes the marker
// and U+2060 WORD JOINER). Controls, format characters, separators and variation selectors
// draw nothing by design and are kept. `standsFor`, when given, receives for every marker of
// the result, in order, the character it replaced (U+FFFD for a U+FFFD `text` has), for the
// PDF's text layer (withMarkerActualText()).
QString markMissingGlyphs(QString text, std::vector<char32_t> *standsFor = nullptr);

} // namespace Casebinder::Export
