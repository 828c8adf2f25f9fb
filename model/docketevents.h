#pragma once

#include "result.h"

namespace Casebinder {

namespace Sql {
class Database;
}

struct DocketEventsOutcome
{
    int added = 0;
    int undated = 0; // entries without a filing date get no event
};

// The docket in the chronology (issue #17, on request): each entry becomes an event on the
// day it was filed, titled "Dkt. 34 — ORDER denying …", with the docket text as its
// description, citing the linked filing (else the docket itself) and tagged "Docket". An
// entry gets its event once; a later download adds events only for the entries new to it.
class DocketEvents final
{
public:
    explicit DocketEvents(Sql::Database &db)
        : m_db(db)
    {}

    Result<DocketEventsOutcome> addMissing();

private:
    Sql::Database &m_db;
};

} // namespace Casebinder
