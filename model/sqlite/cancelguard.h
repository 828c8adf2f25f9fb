#pragma once

#include "sqlite/database.h"

#include <sqlite3.h>

#include <atomic>

namespace Casebinder::Sql {

// While it lives, a statement on `db` stops with SQLITE_INTERRUPT (Error::Code::Cancelled)
// soon after `*cancelled` becomes true, even in the middle of one long step (a sort, a
// full-text match). A null flag does nothing.
class CancelGuard
{
public:
    CancelGuard(Database &db, const std::atomic<bool> *cancelled)
        : m_db(db.handle())
    {
        if (cancelled)
            sqlite3_progress_handler(
                m_db, 1000, &CancelGuard::check, const_cast<std::atomic<bool> *>(cancelled));
    }
    ~CancelGuard() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    CancelGuard(const CancelGuard &) = delete;
    CancelGuard &operator=(const CancelGuard &) = delete;

private:
    static int check(void *flag) { return static_cast<std::atomic<bool> *>(flag)->load() ? 1 : 0; }
    sqlite3 *m_db;
};

} // namespace Casebinder::Sql
