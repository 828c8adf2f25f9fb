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
    static constexpr auto ReviewBelowKey = u"ocr.review_below";
    // Tesseract's mean word confidence on a clean 300 dpi scan is above 90; below 70 a page
    // has enough misread words that a reviewer should look before relying on it.
    static constexpr double DefaultReviewBelow = 70;

    QString languages = QStringLiteral("eng"); // Tesseract's form: "eng+fra"
    bool afterImport = true; // recognise pages without a text layer after each import
    double reviewBelow = DefaultReviewBelow; // pages less sure than this are listed for review

    static Result<OcrSettings> read(CaseFile &caseFile);
    Status write(CaseFile &caseFile) const;
};

} // namespace Casebinder::Ocr
