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

} // namespace Casebinder::Sql
