#include "language.h"

#include "displaylanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Casebinder::Views {
namespace {
const QString LanguageKey = QStringLiteral("ui/language");
}

QString languageOverride()
{
    return QSettings().value(LanguageKey).toString();
}

void setLanguageOverride(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, language);
}

void installTranslators(QCoreApplication &app)
{
    const QString chosen = languageOverride();
    const auto language = chosen.isEmpty()
                              ? DisplayLanguage::system()
                              : DisplayLanguage::fromCode(chosen).value_or(DisplayLanguage());
    language.install(app);
    // English is the source language: a French system Qt translation must not show up under
    // an English override.
    if (language.isEnglish())
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(language.locale(),
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace Casebinder::Views
