#include "sqlite/transaction.h"

#include "sqlite/database.h"

#include <QStringLiteral>

namespace Casebinder::Sql {

Result<Transaction> Transaction::begin(Database &db)
{
    if (auto started = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !started)
        return fail(started.error());
    return Transaction(&db);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_db)
        return fail(Error::Code::Generic, QStringLiteral("Transaction already finished"));
    auto committed = m_db->exec(QStringLiteral("COMMIT"));
    if (committed)
        m_db = nullptr;
    return committed;
}

void Transaction::rollback()
{
    if (m_db)
        (void)std::exchange(m_db, nullptr)->exec(QStringLiteral("ROLLBACK"));
}

Result<Savepoint> Savepoint::begin(Database &db, const char *name)
{
    if (auto started = db.exec(QStringLiteral("SAVEPOINT ") + QLatin1StringView(name)); !started)
        return fail(started.error());
    return Savepoint(&db, name);
}

Savepoint::Savepoint(Savepoint &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_name(other.m_name)
{}

Savepoint::~Savepoint()
{
    rollback();
}

Status Savepoint::release()
{
    if (!m_db)
        return fail(Error::Code::Generic, QStringLiteral("Savepoint already finished"));
    auto released = m_db->exec(QStringLiteral("RELEASE ") + QLatin1StringView(m_name));
    if (released)
        m_db = nullptr;
    return released;
}

void Savepoint::rollback()
{
    if (!m_db)
        return;
    Database *db = std::exchange(m_db, nullptr);
    // ROLLBACK TO keeps the savepoint open; RELEASE then ends it with nothing left to keep.
    (void)db->exec(QStringLiteral("ROLLBACK TO ") + QLatin1StringView(m_name));
    (void)db->exec(QStringLiteral("RELEASE ") + QLatin1StringView(m_name));
}

} // namespace Casebinder::Sql
