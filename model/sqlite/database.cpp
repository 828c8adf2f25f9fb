#include "sqlite/database.h"

#include "sqlite/fts5rank.h"
#include "sqlite/statement.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <string>

namespace Casebinder::Sql {

struct Database::StatementCache
{
    std::map<std::string, Statement> statements;
};

namespace {

// True when the text after a prepared statement holds more than whitespace, comments and
// semicolons: SQLite itself is the judge of what is another statement.
bool hasStatementAfter(sqlite3 *db, const char *tail, const char *end)
{
    while (tail && tail < end) {
        sqlite3_stmt *next = nullptr;
        const char *after = nullptr;
        const int rc = sqlite3_prepare_v2(db, tail, int(end - tail), &next, &after);
        sqlite3_finalize(next);
        if (rc != SQLITE_OK || next)
            return true;
        if (after == tail)
            return false;
        tail = after;
    }
    return false;
}

} // namespace

Error errorFromCode(int code, const QString &what, const QString &sqliteMessage)
{
    using Code = Error::Code;
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {Code::Busy,
                what + u": the case is busy (another program is writing to it)",
                sqliteMessage};
    case SQLITE_READONLY:
        return {Code::ReadOnly, what + u": the case file is read-only", sqliteMessage};
    case SQLITE_NOTADB:
        return {Code::NotACase,
                what + u": not a Casebinder case file (not an SQLite database)",
                sqliteMessage};
    case SQLITE_CORRUPT:
        return {Code::Corrupt, what + u": the case file is damaged", sqliteMessage};
    case SQLITE_CANTOPEN:
        return {Code::Io, what + u": cannot open the file", sqliteMessage};
    case SQLITE_FULL:
        return {Code::Io, what + u": the disk is full", sqliteMessage};
    case SQLITE_IOERR:
        return {Code::Io, what + u": a disk read or write failed", sqliteMessage};
    case SQLITE_INTERRUPT:
        return {Code::Cancelled, what + u": cancelled", sqliteMessage};
    case SQLITE_CONSTRAINT:
        return {
            Code::Constraint, what + u": the change conflicts with existing data", sqliteMessage};
    default:
        return {Code::Generic, what, sqliteMessage};
    }
}

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
    , m_cache(std::make_unique<StatementCache>())
{}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_cache(std::move(other.m_cache))
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        m_cache.reset();
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

Database::~Database()
{
    m_cache.reset(); // statements must be finalized before the connection closes
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<Database> Database::open(const QString &path, OpenMode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3 *db = nullptr;
    const QByteArray encoded = QFileInfo(path).absoluteFilePath().toUtf8();
    const int rc = sqlite3_open_v2(encoded.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
        sqlite3_close_v2(db);
        return fail(errorFromCode(rc, path, message));
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    if (auto registered = Fts5Rank::registerFunction(db); !registered) {
        sqlite3_close_v2(db);
        return fail(registered.error().code,
                    path + u": the search's ranking function could not be registered",
                    registered.error().detail);
    }
    return Database(db, path);
}

Result<Database> Database::openInMemory()
{
    sqlite3 *db = nullptr;
    const int rc
        = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(db);
        return fail(Error::Code::Generic, QStringLiteral("Cannot open an in-memory database"));
    }
    if (auto registered = Fts5Rank::registerFunction(db); !registered) {
        sqlite3_close_v2(db);
        return fail(registered.error());
    }
    return Database(db, QStringLiteral(":memory:"));
}

Status Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return fail(errorFromCode(rc, m_path, text));
    }
    return {};
}

Result<Statement> Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, &tail);
    if (rc != SQLITE_OK)
        return fail(lastError(m_path));
    Statement statement(m_db, stmt);
    // A second statement after the first would be silently ignored by sqlite3_prepare_v2;
    // that is always a programming error, so refuse it instead of running half the SQL.
    if (hasStatementAfter(m_db, tail, utf8.constData() + utf8.size()))
        return fail(
            Error{Error::Code::InvalidArgument,
                  QStringLiteral("%1: more than one SQL statement given to prepare()").arg(m_path),
                  sql});
    return statement;
}

Result<Statement *> Database::cached(const char *sql)
{
    auto it = m_cache->statements.find(sql);
    if (it == m_cache->statements.end()) {
        auto statement = prepare(QString::fromUtf8(sql));
        if (!statement)
            return fail(statement.error());
        it = m_cache->statements.emplace(sql, std::move(*statement)).first;
    }
    it->second.reset();
    return &it->second;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

void Database::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(m_db, milliseconds);
}

void Database::interrupt()
{
    sqlite3_interrupt(m_db);
}

Result<QByteArray> Database::readMainFileHeader(int bytes)
{
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(m_db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file
        || !file->pMethods)
        return fail(Error::Code::Io, m_path + u": cannot read the file");
    sqlite3_int64 size = 0;
    if (const int rc = file->pMethods->xFileSize(file, &size); rc != SQLITE_OK)
        return fail(errorFromCode(rc, m_path, QString::fromUtf8(sqlite3_errstr(rc))));
    QByteArray header(int(std::min<sqlite3_int64>(size, bytes)), '\0');
    if (header.isEmpty())
        return header;
    if (const int rc = file->pMethods->xRead(file, header.data(), int(header.size()), 0);
        rc != SQLITE_OK)
        return fail(errorFromCode(rc, m_path, QString::fromUtf8(sqlite3_errstr(rc))));
    return header;
}

Error Database::lastError(const QString &what) const
{
    return errorFromCode(
        sqlite3_extended_errcode(m_db), what, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

} // namespace Casebinder::Sql
