#pragma once

#include "registry/importer.h"

namespace Casebinder {

// Court dockets (decision 0015): a PACER CM/ECF docket report page or a RECAP archive docket
// XML. The file is stored as the original and its docket (case, parties, entries) as records of
// it, in the docket tables; a later download of the same docket updates it. A PACER page that
// is not a docket (an error page, a query form) is refused as "not a docket".
class DocketImporter final : public Importer
{
public:
    QString id() const override;
    Confidence sniff(const SniffInput &input) const override;
    Outcome prepare(PreparedFile &file,
                    QByteArray bytes,
                    const PrepareContext &context) const override;
};

} // namespace Casebinder
