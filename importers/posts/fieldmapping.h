#pragma once

#include "posts/sourcetable.h"
#include "result.h"

#include <QHash>
#include <QString>

namespace Casebinder {

struct ImportOptions;

namespace Posts {

// The posts fields, in the order of mappableFields().
enum class Field {
    Id,
    Text,
    Author,
    AuthorName,
    CreatedAt,
    Url,
    Platform,
    Category,
    FlaggedBy,
    ReportedOn,
    Status,
    Count
};

// Which column each posts field reads: the user's --map first (fields by their canonical or
// natural names, columns matched exactly or ignoring case), then the usual column names of
// each field in order of preference. A column serves one field at most.
Result<QHash<QString, QString>> resolveMapping(const Table &table,
                                               const ImportOptions &options,
                                               const QString &fileName);

} // namespace Posts
} // namespace Casebinder
