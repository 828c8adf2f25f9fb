#pragma once

#include "result.h"

namespace Casebinder::Sql {

class Database;

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() succeeded.
// IMMEDIATE takes the write lock up front, so a busy case fails here, not halfway through.
class Transaction
{
public:
    static Result<Transaction> begin(Database &db);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Status commit();
    void rollback();

private:
    explicit Transaction(Database *db)
        : m_db(db)
    {}
    Database *m_db = nullptr;
};

// A savepoint inside a transaction: part of the work can be undone without the rest.
// Rolled back (and released) on destruction unless release() succeeded.
class Savepoint
{
public:
    // `name` is a constant of the caller's, never user text.
    static Result<Savepoint> begin(Database &db, const char *name);

    Savepoint(Savepoint &&other) noexcept;
    Savepoint &operator=(Savepoint &&) = delete;
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;
    ~Savepoint();

    Status release();
    void rollback();

private:
    Savepoint(Database *db, const char *name)
        : m_db(db)
        , m_name(name)
    {}
    Database *m_db = nullptr;
    const char *m_name = nullptr;
};

} // namespace Casebinder::Sql
