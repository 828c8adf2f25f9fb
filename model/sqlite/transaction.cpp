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

} // namespace Casebinder::Sql
