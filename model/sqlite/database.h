#pragma once

#include "result.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace Casebinder::Sql {

class Statement;

// Owns one sqlite3 connection. One Database per thread; never shared across threads.
class Database
{
public:
    enum class OpenMode { ReadWrite, ReadOnly, Create };

    static Result<Database> open(const QString &path, OpenMode mode);
    static Result<Database> openInMemory();

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    Status exec(const QString &sql);
    Result<Statement> prepare(const QString &sql);
    // Prepared once per connection and kept; for hot paths such as bulk inserts.
    Result<Statement *> cached(const char *sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    QString path() const { return m_path; }
    bool isReadOnly() const;

    // How long a writer waits for another process's write lock before giving up with Busy.
    void setBusyTimeout(int milliseconds);

    // Makes the running statement on this connection return SQLITE_INTERRUPT; thread-safe.
    void interrupt();

    // The first `bytes` bytes of the main database file (fewer if it is shorter), read through
    // SQLite's own descriptor: opening the file a second time in this process and closing it
    // would drop every POSIX lock SQLite holds on it (decision 0004).
    Result<QByteArray> readMainFileHeader(int bytes);

    // Turns the connection's current error into an Error with a readable message.
    Error lastError(const QString &what) const;

    sqlite3 *handle() const { return m_db; }

private:
    Database(sqlite3 *db, QString path);
    struct StatementCache;

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unique_ptr<StatementCache> m_cache;
};

Error errorFromCode(int code, const QString &what, const QString &sqliteMessage);

} // namespace Casebinder::Sql
