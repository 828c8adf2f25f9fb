#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Casebinder {

namespace Sql {
class Database;
}

// Rows copied out of a table before a delete, so that undo can put them back exactly (same
// ids, every column, including columns other areas add later). Table names and WHERE clauses
// come from code, never from user text; values are bound.
struct SavedRows
{
    QString table;
    QStringList columns;
    QList<QVariantList> rows;
};

Result<SavedRows> saveRows(Sql::Database &db,
                           const QString &table,
                           const QString &where,
                           const QVariantList &parameters);
Status restoreRows(Sql::Database &db, const SavedRows &saved);

} // namespace Casebinder
