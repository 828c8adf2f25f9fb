#include "papersize.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Casebinder::Export {

bool isUnitedStatesCourt(const QString &court)
{
    static const QRegularExpression federal(
        uR"(\b(?:U\.\s?S\.|United States|Federal Circuit|Fed\. Cir\.|Cir\.|Bankr\.|)"
        uR"([NSEWMC]\.D\.|D\.\s?[A-Z][a-z]*\.?|District Court|Court of Appeals|)"
        uR"(Bankruptcy Court|Court of Federal Claims|Court of International Trade)\b)"_s);
    static const QRegularExpression state(
        uR"(\b(?:Superior Court|Supreme Court of (?:the State of )?[A-Z][a-z]+|Court of Common )"
        uR"(Pleas|Circuit Court|County Court|Chancery|Surrogate)\b)"_s);
    return federal.match(court).hasMatch() || state.match(court).hasMatch();
}

QPageSize::PageSizeId defaultPageSize(const QString &court, const QLocale &locale)
{
    if (isUnitedStatesCourt(court))
        return QPageSize::Letter;
    if (locale.territory() == QLocale::AnyTerritory || locale.language() == QLocale::C)
        return QPageSize::Letter;
    return locale.measurementSystem() == QLocale::MetricSystem ? QPageSize::A4 : QPageSize::Letter;
}

} // namespace Casebinder::Export
