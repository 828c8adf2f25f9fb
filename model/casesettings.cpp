#include "casesettings.h"

#include "casefile.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"

using namespace Qt::StringLiterals;

namespace Casebinder {

CaseSettings CaseSettings::of(CaseFile &caseFile)
{
    return CaseSettings(caseFile.db());
}

Result<std::optional<QString>> CaseSettings::value(const QString &key)
{
    auto statement = m_db.prepare(u"SELECT value FROM case_settings WHERE key = ?"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, key);
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<QString>();
    return std::optional<QString>(statement->text(0));
}

Status CaseSettings::setValue(const QString &key, const QString &value)
{
    auto statement = m_db.prepare(u"INSERT INTO case_settings (key, value) VALUES (?, ?)"
                                  u" ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, key).bind(2, value);
    return statement->exec();
}

Status CaseSettings::remove(const QString &key)
{
    auto statement = m_db.prepare(u"DELETE FROM case_settings WHERE key = ?"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, key);
    return statement->exec();
}

} // namespace Casebinder
