#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Casebinder {

namespace Sql {
class Database;
}

struct CustodyEntry
{
    qint64 id = 0;
    QString at;
    QString user;
    QString action;
    QString subject;
    QString sha256;
    QJsonObject details;
};

// The append-only chain-of-custody log (triggers in the schema refuse updates and deletes).
class CustodyLog
{
public:
    // Backup is stored as an "export" whose details say {"kind": "backup"}: the schema's CHECK
    // lists the action names, and only a migration could add one (decision 0004).
    enum class Action { Create, Migrate, Import, Export, Verify, Backup };

    explicit CustodyLog(Sql::Database &db)
        : m_db(db)
    {}

    Status append(Action action,
                  const QString &subject,
                  const QString &sha256,
                  const QJsonObject &details);
    Result<QList<CustodyEntry>> entries();

    static QString actionName(Action action);

private:
    Sql::Database &m_db;
};

} // namespace Casebinder
