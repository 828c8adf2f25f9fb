#include "ocrsettings.h"

#include "casefile.h"
#include "casesettings.h"

using namespace Qt::StringLiterals;

namespace Casebinder::Ocr {

Result<OcrSettings> OcrSettings::read(CaseFile &caseFile)
{
    CaseSettings settings = CaseSettings::of(caseFile);
    OcrSettings ocr;
    auto languages = settings.value(QString::fromUtf16(LanguagesKey));
    if (!languages)
        return fail(languages.error());
    if (*languages && !(*languages)->trimmed().isEmpty())
        ocr.languages = (*languages)->trimmed();
    auto afterImport = settings.value(QString::fromUtf16(AfterImportKey));
    if (!afterImport)
        return fail(afterImport.error());
    if (*afterImport)
        ocr.afterImport = **afterImport != u"off";
    return ocr;
}

Status OcrSettings::write(CaseFile &caseFile) const
{
    CaseSettings settings = CaseSettings::of(caseFile);
    if (auto done = settings.setValue(QString::fromUtf16(LanguagesKey), languages); !done)
        return done;
    return settings.setValue(QString::fromUtf16(AfterImportKey), afterImport ? u"on"_s : u"off"_s);
}

} // namespace Casebinder::Ocr
