#include "displaylanguage.h"

#include <QCoreApplication>
#include <QTranslator>

#include <array>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

const QString CatalogueFolder = u":/i18n"_s;

// Every program links the shared catalogue ("casebinder": the GUI's widgets, the report
// library, the model's wording); the CLI adds its own messages.
constexpr std::array CatalogueNames = {u"casebinder", u"casebinder_cli"};

QLocale::Language supportedLanguage(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::French:
        return QLocale::French;
    default:
        return QLocale::English;
    }
}

std::unique_ptr<QTranslator> loadCatalogue(const QLocale &locale, QStringView name)
{
    auto catalogue = std::make_unique<QTranslator>();
    if (!catalogue->load(locale, name.toString(), u"_"_s, CatalogueFolder))
        return nullptr;
    return catalogue;
}

DisplayLanguage &installedLanguage()
{
    static DisplayLanguage language;
    return language;
}

} // namespace

DisplayLanguage::DisplayLanguage()
    : m_locale(QLocale::English, QLocale::UnitedStates)
{}

DisplayLanguage::DisplayLanguage(QLocale locale)
    : m_locale(std::move(locale))
{
    if (supportedLanguage(m_locale) != QLocale::English)
        m_catalogue = loadCatalogue(m_locale, CatalogueNames.front());
}

Result<DisplayLanguage> DisplayLanguage::fromCode(const QString &code)
{
    const QString trimmed = code.trimmed();
    const QLocale locale(trimmed);
    const bool english = trimmed.compare(u"en"_s, Qt::CaseInsensitive) == 0
                         || trimmed.startsWith(u"en_"_s, Qt::CaseInsensitive)
                         || trimmed.startsWith(u"en-"_s, Qt::CaseInsensitive);
    if (english)
        return locale.territory() == QLocale::AnyTerritory ? DisplayLanguage()
                                                           : DisplayLanguage(locale);
    if (trimmed.isEmpty() || supportedLanguage(locale) == QLocale::English)
        return fail(Error::Code::InvalidArgument,
                    QCoreApplication::translate("Casebinder::DisplayLanguage",
                                                "\"%1\" is not a language Casebinder has; use "
                                                "one of: %2.")
                        .arg(trimmed, supportedCodes().join(u", "_s)));
    DisplayLanguage language(locale);
    if (!language.m_catalogue)
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("Casebinder::DisplayLanguage",
                                                "The %1 translation is missing from this build.")
                        .arg(nativeName(language.code())));
    return language;
}

DisplayLanguage DisplayLanguage::system()
{
    // A language Casebinder has no catalogue for still formats dates and chooses paper by
    // the system's conventions; only the text stays English.
    const QLocale locale = QLocale::system();
    return locale.language() == QLocale::C ? DisplayLanguage() : DisplayLanguage(locale);
}

const DisplayLanguage &DisplayLanguage::current()
{
    return installedLanguage();
}

QStringList DisplayLanguage::supportedCodes()
{
    return {u"en"_s, u"fr"_s};
}

QString DisplayLanguage::nativeName(const QString &code)
{
    // As each language names itself in a list of languages (not QLocale's "American English").
    if (code == u"en")
        return u"English"_s;
    if (code == u"fr")
        return u"Français"_s;
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString DisplayLanguage::code() const
{
    return supportedLanguage(m_locale) == QLocale::French ? u"fr"_s : u"en"_s;
}

QString DisplayLanguage::translate(const char *context,
                                   const char *sourceText,
                                   const char *disambiguation,
                                   int n) const
{
    if (m_catalogue) {
        const QString text = m_catalogue->translate(context, sourceText, disambiguation, n);
        if (!text.isEmpty())
            return text;
    }
    QString text = QString::fromUtf8(sourceText);
    if (n >= 0)
        text.replace(u"%n"_s, m_locale.toString(n));
    return text;
}

void DisplayLanguage::install(QCoreApplication &app) const
{
    QLocale::setDefault(m_locale);
    installedLanguage() = *this;
    if (isEnglish())
        return;
    for (QStringView name : CatalogueNames) {
        if (auto catalogue = loadCatalogue(m_locale, name)) {
            catalogue->setParent(&app); // lives as long as the application
            QCoreApplication::installTranslator(catalogue.release());
        }
    }
}

} // namespace Casebinder
