#pragma once

#include <QString>

class QCoreApplication;

namespace Casebinder::Views {

// The user interface language: empty means "follow the system locale", otherwise a language
// code such as "en" or "fr". Kept in QSettings; takes effect when the application starts.
QString languageOverride();
void setLanguageOverride(const QString &language);

// Installs the Casebinder and Qt translators for the chosen language on `app`.
void installTranslators(QCoreApplication &app);

} // namespace Casebinder::Views
