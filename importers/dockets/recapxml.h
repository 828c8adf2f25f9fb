#pragma once

#include "docket.h"
#include "result.h"

#include <QByteArrayView>

namespace Casebinder::Dockets {

// The RECAP archive's docket XML (<gov_uscourts_docket>, as stored on archive.org): case
// details, the party list and the document list, where attachment_num 0 is the entry and
// higher numbers its attachments. Malformed XML is refused; so is XML of another kind ("not a
// docket").
class RecapDocketXml
{
public:
    static bool looksLikeRecapXml(QByteArrayView head);

    static Result<Docket> parse(QByteArrayView bytes);
};

} // namespace Casebinder::Dockets
