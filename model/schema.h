#pragma once

#include "result.h"

namespace Casebinder {

namespace Sql {
class Database;
}

// The case file's schema: versions and forward migrations. Version N is reached by running
// migrations 1..N in order, each in the caller's transaction.
namespace Schema {

// 'CBND': lets us tell a case file from any other SQLite database.
inline constexpr int ApplicationId = 0x43424E44;

int currentVersion();

// Migrates a database at `fromVersion` (0 = empty) to `toVersion`. Runs inside the caller's
// transaction so that a failed migration leaves the file as it was.
Status migrate(Sql::Database &db, int fromVersion, int toVersion);

} // namespace Schema
} // namespace Casebinder
