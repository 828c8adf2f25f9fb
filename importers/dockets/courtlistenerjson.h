#pragma once

#include "docket.h"
#include "result.h"

#include <QByteArrayView>
#include <QList>

namespace Casebinder::Dockets {

// CourtListener's REST API (v4) JSON: a docket (with its docket_entries when the full docket
// was asked for), a page of dockets, or a page of /docket-entries/ with their
// recap_documents. Pages are {count, next, previous, results}. Entries of a page without its
// docket name the docket only by CourtListener's id: they come back as a docket with that id
// and no number, which the store adds to the docket already in the case.
class CourtListenerJson
{
public:
    static bool looksLikeCourtListener(QByteArrayView head);

    static Result<QList<Docket>> parse(QByteArrayView bytes);
};

} // namespace Casebinder::Dockets
