#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Casebinder::Sql {

// One prepared statement. Bind by 1-based index or by ":name", step(), read columns.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt, bool owned = true);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, QStringView value);
    Statement &bind(int index, const char16_t *value) { return bind(index, QStringView(value)); }
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::nullptr_t);
    template<typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }
    // Binds a null QString as SQL NULL; an empty one as ''.
    Statement &bindOrNull(int index, const QString &value);
    // Binds UTF-8 text without copying it (a null view is SQL NULL): the bytes must stay
    // valid until the parameter is bound again or clearBindings() is called.
    Statement &bindUtf8(int index, QByteArrayView utf8);
    void clearBindings();
    Statement &bind(const char *name, const QString &value);
    Statement &bind(const char *name, qint64 value);

    // true: a row is ready; false: done. Errors come back as values.
    Result<bool> step();
    // step() until done, for statements that return no rows.
    Status exec();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    std::optional<qint64> optionalInteger(int column) const;
    QVariant value(int column) const;

    sqlite3_stmt *handle() const { return m_stmt; }

private:
    int parameterIndex(const char *name) const;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_owned = true;
};

} // namespace Casebinder::Sql
