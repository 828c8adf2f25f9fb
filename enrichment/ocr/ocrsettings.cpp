#include "ocrsettings.h"

#include "casefile.h"
#include "casesettings.h"

#include <QVariant>

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
    auto reviewBelow = settings.value(QString::fromUtf16(ReviewBelowKey));
    if (!reviewBelow)
        return fail(reviewBelow.error());
    if (const std::optional<QVariant> &stored = *reviewBelow; stored.has_value()) {
        bool ok = false;
        const double threshold = stored->toDouble(&ok);
        if (ok && threshold >= 0 && threshold <= 100)
            ocr.reviewBelow = threshold;
    }
    return ocr;
}

Status OcrSettings::write(CaseFile &caseFile) const
{
    if (reviewBelow < 0 || reviewBelow > 100)
        return fail(Error::Code::InvalidArgument,
                    u"The review threshold is a confidence of 0–100, not %1."_s.arg(reviewBelow));
    CaseSettings settings = CaseSettings::of(caseFile);
    if (auto done = settings.setValue(QString::fromUtf16(LanguagesKey), languages); !done)
        return done;
    if (auto done
        = settings.setValue(QString::fromUtf16(AfterImportKey), afterImport ? u"on"_s : u"off"_s);
        !done)
        return done;
    return settings.setValue(QString::fromUtf16(ReviewBelowKey), QString::number(reviewBelow));
}

} // namespace Casebinder::Ocr
