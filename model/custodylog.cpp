#include "custodylog.h"

#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "timeutil.h"

#include <QJsonDocument>

namespace Casebinder {

QString CustodyLog::actionName(Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Migrate:
        return QStringLiteral("migrate");
    case Action::Import:
        return QStringLiteral("import");
    case Action::Export:
    case Action::Backup:
        return QStringLiteral("export");
    case Action::Verify:
        return QStringLiteral("verify");
    }
    return {};
}

Status CustodyLog::append(Action action,
                          const QString &subject,
                          const QString &sha256,
                          const QJsonObject &details)
{
    auto statement = m_db.cached("INSERT INTO custody_log (at, user, action, subject, sha256, "
                                 "details) VALUES (?, ?, ?, ?, ?, ?)");
    if (!statement)
        return fail(statement.error());
    (*statement)
        ->bind(1, TimeUtil::nowUtcIso())
        .bind(2, TimeUtil::currentUserName())
        .bind(3, actionName(action))
        .bind(4, subject)
        .bind(5, sha256)
        .bind(6, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    return (*statement)->exec();
}

Result<QList<CustodyEntry>> CustodyLog::entries()
{
    auto statement = m_db.prepare(QStringLiteral(
        "SELECT id, at, user, action, subject, sha256, details FROM custody_log ORDER BY id"));
    if (!statement)
        return fail(statement.error());
    QList<CustodyEntry> result;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        result.append({statement->integer(0),
                       statement->text(1),
                       statement->text(2),
                       statement->text(3),
                       statement->text(4),
                       statement->text(5),
                       QJsonDocument::fromJson(statement->text(6).toUtf8()).object()});
    }
    return result;
}

} // namespace Casebinder
