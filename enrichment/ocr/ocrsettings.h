#pragma once

#include "result.h"

#include <QString>

namespace Casebinder {
class CaseFile;
}

namespace Casebinder::Ocr {

// A case's OCR preferences, kept in its settings so everyone working on the case reads the
// same languages.
struct OcrSettings
{
    static constexpr auto LanguagesKey = u"ocr.languages";
    static constexpr auto AfterImportKey = u"ocr.after_import";

    QString languages = QStringLiteral("eng"); // Tesseract's form: "eng+fra"
    bool afterImport = true; // recognise pages without a text layer after each import

    static Result<OcrSettings> read(CaseFile &caseFile);
    Status write(CaseFile &caseFile) const;
};

} // namespace Casebinder::Ocr
