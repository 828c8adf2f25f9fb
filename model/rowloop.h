#pragma once

#include "result.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"

#include <utility>

namespace Casebinder::Sql {

// Steps `statement` to the end, calling `onRow(statement)` for each row.
template<typename OnRow>
Status forEachRow(Statement &statement, OnRow &&onRow)
{
    for (;;) {
        auto row = statement.step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return {};
        onRow(statement);
    }
}

// True when `sql` (one bound id) returns a row.
inline Result<bool> rowExists(Database &db, const char *sql, qint64 id)
{
    auto statement = db.cached(sql);
    if (!statement)
        return fail(statement.error());
    (*statement)->bind(1, id);
    auto row = (*statement)->step();
    if (!row)
        return fail(row.error());
    const bool found = *row;
    (*statement)->reset();
    return found;
}

// Runs `sql` (a DELETE with one bound id); NotFound with `notFound` when no row was deleted.
inline Status deleteRow(Database &db, const char *sql, qint64 id, const QString &notFound)
{
    auto statement = db.prepare(QString::fromUtf8(sql));
    if (!statement)
        return fail(statement.error());
    statement->bind(1, id);
    if (auto done = statement->exec(); !done)
        return done;
    if (db.changes() == 0)
        return fail(Error::Code::NotFound, notFound);
    return {};
}

} // namespace Casebinder::Sql
