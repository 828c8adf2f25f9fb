#include "exportfonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QRawFont>

#include <mutex>
#include <vector>

using namespace Qt::StringLiterals;

namespace Casebinder::Export {
namespace {

struct FontFamilyFiles
{
    QString directory;
    QStringList files; // the regular face first
};

const QString DejaVu = u"/usr/share/fonts/truetype/dejavu/"_s;
const QString Noto = u"/usr/share/fonts/truetype/noto/"_s;

// The regular face of every family the fonts are drawn from, for exportFontsCover().
std::vector<QString> &coverageFiles()
{
    static std::vector<QString> files;
    return files;
}

QString loadFamily(const FontFamilyFiles &family, const QString &fallback)
{
    QString name;
    for (const QString &file : family.files) {
        const QString path = family.directory + file;
        const int id = QFontDatabase::addApplicationFont(path);
        if (id < 0)
            continue;
        if (name.isEmpty()) {
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (!families.isEmpty()) {
                name = families.constFirst();
                coverageFiles().push_back(path);
            }
        }
    }
    return name.isEmpty() ? fallback : name;
}

// Loaded families only: a name Qt cannot find would send it to fontconfig's guesses, which
// differ from machine to machine.
QStringList loadFallbacks(const QList<FontFamilyFiles> &families)
{
    QStringList names;
    for (const FontFamilyFiles &family : families) {
        const QString name = loadFamily(family, {});
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

} // namespace

QFont ExportFonts::font(const QString &family) const
{
    QFont result(family);
    const QStringList &fallbacks = family == serif ? serifFallbacks : sansFallbacks;
    result.setFamilies(QStringList{family} + fallbacks);
    return result;
}

const ExportFonts &exportFonts()
{
    static ExportFonts fonts;
    static std::once_flag once;
    std::call_once(once, [] {
        fonts.serif = loadFamily({DejaVu,
                                  {u"DejaVuSerif.ttf"_s,
                                   u"DejaVuSerif-Bold.ttf"_s,
                                   u"DejaVuSerif-Italic.ttf"_s,
                                   u"DejaVuSerif-BoldItalic.ttf"_s}},
                                 u"serif"_s);
        fonts.sans = loadFamily(
            {DejaVu, {u"DejaVuSans.ttf"_s, u"DejaVuSans-Bold.ttf"_s, u"DejaVuSans-Oblique.ttf"_s}},
            u"sans-serif"_s);
        fonts.sansCondensed = loadFamily({DejaVu,
                                          {u"DejaVuSansCondensed.ttf"_s,
                                           u"DejaVuSansCondensed-Bold.ttf"_s,
                                           u"DejaVuSansCondensed-Oblique.ttf"_s}},
                                         fonts.sans);
        const FontFamilyFiles cjk{u"/usr/share/fonts/truetype/wqy/"_s, {u"wqy-microhei.ttc"_s}};
        const FontFamilyFiles symbols{u"/usr/share/fonts/truetype/ancient-scripts/"_s,
                                      {u"Symbola_hint.ttf"_s}};
        fonts.serifFallbacks = loadFallbacks(
            {{Noto, {u"NotoNaskhArabic-Regular.ttf"_s, u"NotoNaskhArabic-Bold.ttf"_s}},
             {Noto, {u"NotoSerifHebrew-Regular.ttf"_s, u"NotoSerifHebrew-Bold.ttf"_s}},
             cjk,
             symbols});
        fonts.sansFallbacks = loadFallbacks(
            {{Noto, {u"NotoSansArabic-Regular.ttf"_s, u"NotoSansArabic-Bold.ttf"_s}},
             {Noto, {u"NotoSansHebrew-Regular.ttf"_s, u"NotoSansHebrew-Bold.ttf"_s}},
             cjk,
             symbols});
    });
    return fonts;
}

bool exportFontsCover(char32_t ucs4)
{
    exportFonts();
    // QRawFont is per thread; the files are read once per thread that asks.
    thread_local const std::vector<QRawFont> fonts = [] {
        std::vector<QRawFont> loaded;
        for (const QString &file : coverageFiles())
            loaded.emplace_back(file, 12);
        return loaded;
    }();
    return std::any_of(fonts.begin(), fonts.end(), [ucs4](const QRawFont &font) {
        return font.isValid() && font.supportsCharacter(uint(ucs4));
    });
}

namespace {

bool drawsNothing(char32_t ucs4)
{
    if ((ucs4 >= 0xFE00 && ucs4 <= 0xFE0F) || (ucs4 >= 0xE0100 && ucs4 <= 0xE01EF))
        return true; // variation selectors
    switch (QChar::category(ucs4)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

} // namespace

QString markMissingGlyphs(QString text, std::vector<char32_t> *standsFor)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text.at(i);
        if (unit.unicode() < 0x80)
            continue; // ASCII is DejaVu's
        const bool pair
            = unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const char32_t ucs4
            = pair ? QChar::surrogateToUcs4(unit, text.at(i + 1)) : char32_t(unit.unicode());
        if (standsFor && ucs4 == MissingGlyphMarker)
            standsFor->push_back(ucs4);
        if (!drawsNothing(ucs4) && !exportFontsCover(ucs4)) {
            if (standsFor)
                standsFor->push_back(ucs4);
            text[i] = QChar(MissingGlyphMarker);
            if (pair)
                text[i + 1] = QChar(u'\u2060');
        }
        if (pair)
            ++i;
    }
    return text;
}

} // namespace Casebinder::Export
