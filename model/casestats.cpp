#include "casestats.h"

#include "casefile.h"
#include "sqlite/statement.h"

namespace Casebinder {

Result<CaseCounts> countCase(CaseFile &caseFile)
{
    // max(rowid) would be faster on huge tables but wrong after deletions; count(*) on the
    // narrowest index is exact and fast enough (a few ms per million rows).
    auto statement = caseFile.db().prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM pages),"
                       " (SELECT count(*) FROM posts), (SELECT count(*) FROM claims),"
                       " (SELECT count(*) FROM evidence_links), (SELECT count(*) FROM events),"
                       " (SELECT count(*) FROM entities), (SELECT count(*) FROM tags),"
                       " (SELECT count(*) FROM docket_entries)"));
    if (!statement)
        return fail(statement.error());
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    return CaseCounts{statement->integer(0),
                      statement->integer(1),
                      statement->integer(2),
                      statement->integer(3),
                      statement->integer(4),
                      statement->integer(5),
                      statement->integer(6),
                      statement->integer(7),
                      statement->integer(8)};
}

} // namespace Casebinder
