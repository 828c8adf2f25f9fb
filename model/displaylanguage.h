#pragma once

#include "result.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QCoreApplication;
class QTranslator;

namespace Casebinder {

// The language a piece of output is written in: its locale (dates, month names, numbers) and
// the translations of Casebinder's own text. English is the source language and needs no
// catalogue. A value type: copies share the loaded catalogue.
//
// The GUI and the CLI install one language for the whole process (install()); an export can
// be written in another language than the window around it, so exports carry their own
// DisplayLanguage and translate through it rather than through the installed translators.
class DisplayLanguage
{
public:
    DisplayLanguage(); // English (United States): the source language

    // "en", "fr" or a locale name such as "fr_CA"; only the language part chooses the
    // catalogue. An unsupported language is an error naming the supported ones.
    static Result<DisplayLanguage> fromCode(const QString &code);
    // The system's locale; its text is English unless Casebinder has the language.
    static DisplayLanguage system();
    // The language install() made the process's; English until then. Set once at start-up,
    // before any worker thread runs.
    static const DisplayLanguage &current();
    // The languages Casebinder ships, as codes ("en", "fr").
    static QStringList supportedCodes();
    // A language's own name ("English", "français") for menus and choices.
    static QString nativeName(const QString &code);

    const QLocale &locale() const { return m_locale; }
    QString code() const;
    bool isEnglish() const { return !m_catalogue; }

    // The translation of `sourceText` in `context`, or the source text itself when the
    // catalogue has none. Mark the literals for lupdate with QT_TRANSLATE_NOOP.
    QString translate(const char *context,
                      const char *sourceText,
                      const char *disambiguation = nullptr,
                      int n = -1) const;

    // Makes this the process's language: the default QLocale, and the Casebinder catalogues
    // linked into the program (the shared one, and the CLI's or the GUI's own) installed as
    // translators owned by `app`.
    void install(QCoreApplication &app) const;

private:
    explicit DisplayLanguage(QLocale locale);

    QLocale m_locale;
    std::shared_ptr<const QTranslator> m_catalogue; // null for English
};

} // namespace Casebinder
