#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Casebinder::Posts {

// The records of a posts file as column names and values, whatever the source format: CSV
// columns, or the dotted paths of flattened JSON objects.
struct Table
{
    QStringList columns;
    QHash<QString, int> index; // column -> position
    QList<QStringList> rows;   // aligned to columns; missing values are null strings
    QList<qint64> lines;

    int addColumn(const QString &name)
    {
        auto it = index.constFind(name);
        if (it != index.cend())
            return *it;
        columns.append(name);
        index.insert(name, int(columns.size() - 1));
        return int(columns.size() - 1);
    }
};

} // namespace Casebinder::Posts
