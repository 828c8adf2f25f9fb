#pragma once

#include "result.h"

#include <QString>

#include <optional>

namespace Casebinder {

class CaseFile;

namespace Sql {
class Database;
}

// Per-case preferences (`case_settings`): a text value per key, such as "ocr.languages".
class CaseSettings final
{
public:
    explicit CaseSettings(Sql::Database &db)
        : m_db(db)
    {}
    static CaseSettings of(CaseFile &caseFile);

    Result<std::optional<QString>> value(const QString &key);
    Status setValue(const QString &key, const QString &value);
    Status remove(const QString &key);

private:
    Sql::Database &m_db;
};

} // namespace Casebinder
