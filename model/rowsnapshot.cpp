#include "rowsnapshot.h"

#include "sqlite/database.h"
#include "sqlite/statement.h"

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

void bindVariant(Sql::Statement &statement, int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        statement.bind(index, value.toLongLong());
        break;
    case QMetaType::Double:
        statement.bind(index, value.toDouble());
        break;
    case QMetaType::QString:
        statement.bind(index, value.toString());
        break;
    case QMetaType::QByteArray:
        statement.bind(index, value.toByteArray());
        break;
    default:
        statement.bind(index, nullptr);
        break;
    }
}

} // namespace

Result<SavedRows> saveRows(Sql::Database &db,
                           const QString &table,
                           const QString &where,
                           const QVariantList &parameters)
{
    auto select = db.prepare(u"SELECT * FROM %1 WHERE %2"_s.arg(table, where));
    if (!select)
        return fail(select.error());
    for (int i = 0; i < parameters.size(); ++i)
        bindVariant(*select, i + 1, parameters.at(i));
    SavedRows saved{table, {}, {}};
    const int columns = select->columnCount();
    for (;;) {
        auto row = select->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        if (saved.columns.isEmpty()) {
            auto names = db.prepare(u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s);
            if (!names)
                return fail(names.error());
            names->bind(1, table);
            for (;;) {
                auto more = names->step();
                if (!more)
                    return fail(more.error());
                if (!*more)
                    break;
                saved.columns.append(names->text(0));
            }
        }
        QVariantList values;
        values.reserve(columns);
        for (int column = 0; column < columns; ++column)
            values.append(select->value(column));
        saved.rows.append(std::move(values));
    }
    return saved;
}

Status restoreRows(Sql::Database &db, const SavedRows &saved)
{
    if (saved.rows.isEmpty())
        return {};
    QStringList quoted;
    QStringList placeholders;
    for (const QString &column : saved.columns) {
        quoted.append(u'"' + column + u'"');
        placeholders.append(u"?"_s);
    }
    auto insert = db.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
        saved.table, quoted.join(u", "_s), placeholders.join(u", "_s)));
    if (!insert)
        return fail(insert.error());
    for (const QVariantList &row : saved.rows) {
        insert->reset();
        for (int i = 0; i < row.size(); ++i)
            bindVariant(*insert, i + 1, row.at(i));
        if (auto done = insert->exec(); !done)
            return done;
    }
    return {};
}

} // namespace Casebinder
