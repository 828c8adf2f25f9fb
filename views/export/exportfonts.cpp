#include "exportfonts.h"

#include <QFontDatabase>
#include <QStringList>

#include <mutex>

using namespace Qt::StringLiterals;

namespace Casebinder::Export {
namespace {

QString loadFamily(const QStringList &files, const QString &fallback)
{
    QString family;
    for (const QString &file : files) {
        const int id
            = QFontDatabase::addApplicationFont(u"/usr/share/fonts/truetype/dejavu/"_s + file);
        if (id >= 0 && family.isEmpty()) {
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (!families.isEmpty())
                family = families.constFirst();
        }
    }
    return family.isEmpty() ? fallback : family;
}

} // namespace

const ExportFonts &exportFonts()
{
    static ExportFonts fonts;
    static std::once_flag once;
    std::call_once(once, [] {
        fonts.serif = loadFamily({u"DejaVuSerif.ttf"_s,
                                  u"DejaVuSerif-Bold.ttf"_s,
                                  u"DejaVuSerif-Italic.ttf"_s,
                                  u"DejaVuSerif-BoldItalic.ttf"_s},
                                 u"serif"_s);
        fonts.sans = loadFamily(
            {u"DejaVuSans.ttf"_s, u"DejaVuSans-Bold.ttf"_s, u"DejaVuSans-Oblique.ttf"_s},
            u"sans-serif"_s);
        fonts.sansCondensed = loadFamily({u"DejaVuSansCondensed.ttf"_s,
                                          u"DejaVuSansCondensed-Bold.ttf"_s,
                                          u"DejaVuSansCondensed-Oblique.ttf"_s},
                                         fonts.sans);
    });
    return fonts;
}

} // namespace Casebinder::Export
