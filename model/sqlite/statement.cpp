#include "sqlite/statement.h"

#include "sqlite/database.h"

#include <sqlite3.h>

namespace Casebinder::Sql {

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt, bool owned)
    : m_db(db)
    , m_stmt(stmt)
    , m_owned(owned)
{}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_owned(other.m_owned)
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt && m_owned)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_owned = other.m_owned;
    }
    return *this;
}

Statement::~Statement()
{
    if (m_stmt && m_owned)
        sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QString &value)
{
    return bind(index, QStringView(value));
}

Statement &Statement::bind(int index, QStringView value)
{
    if (value.isNull()) {
        // A null QString binds as '' so NOT NULL text columns stay easy; use bindOrNull for NULL.
        sqlite3_bind_text(m_stmt, index, "", 0, SQLITE_STATIC);
        return *this;
    }
    sqlite3_bind_text16(
        m_stmt, index, value.utf16(), int(value.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindOrNull(int index, const QString &value)
{
    return value.isNull() ? bind(index, nullptr) : bind(index, QStringView(value));
}

Statement &Statement::bindUtf8(int index, QByteArrayView utf8)
{
    if (utf8.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_text64(
            m_stmt, index, utf8.data(), sqlite3_uint64(utf8.size()), SQLITE_STATIC, SQLITE_UTF8);
    return *this;
}

void Statement::clearBindings()
{
    sqlite3_clear_bindings(m_stmt);
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    sqlite3_bind_blob64(
        m_stmt, index, blob.constData(), sqlite3_uint64(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

int Statement::parameterIndex(const char *name) const
{
    return sqlite3_bind_parameter_index(m_stmt, name);
}

Statement &Statement::bind(const char *name, const QString &value)
{
    return bind(parameterIndex(name), value);
}

Statement &Statement::bind(const char *name, qint64 value)
{
    return bind(parameterIndex(name), value);
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    const QString sql = QString::fromUtf8(sqlite3_sql(m_stmt)).simplified().left(80);
    // Name the case, as Database's own errors do; an in-memory database has no file name.
    const char *file = sqlite3_db_filename(m_db, "main");
    const QString what
        = file && *file ? QString::fromUtf8(file) : QStringLiteral("Database operation failed");
    return fail(errorFromCode(rc, what, message + u" in: " + sql));
}

Status Statement::exec()
{
    for (;;) {
        auto more = step();
        if (!more)
            return fail(more.error());
        if (!*more)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    if (!data)
        return {};
    const int bytes = sqlite3_column_bytes16(m_stmt, column);
    return QString::fromUtf16(data, bytes / int(sizeof(char16_t)));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, bytes) : QByteArray();
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::optional<qint64> Statement::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return integer(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_TEXT:
        return text(column);
    case SQLITE_BLOB:
        return blob(column);
    default:
        return {};
    }
}

} // namespace Casebinder::Sql
