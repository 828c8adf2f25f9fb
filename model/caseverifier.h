#pragma once

#include "result.h"

#include <QJsonObject>
#include <QStringList>

namespace Casebinder {

class CaseFile;

struct VerificationReport
{
    bool integrityOk = false;
    QStringList integrityMessages;
    qint64 originalsChecked = 0;
    QStringList problems; // one readable sentence per mismatch

    bool ok() const { return integrityOk && problems.isEmpty(); }
    QJsonObject toJson() const;
};

// Checks that a case is intact: SQLite's integrity check, then every original re-hashed
// against the SHA-256 it is filed under. Records the verification in the custody log
// when the case is writable.
Result<VerificationReport> verifyCase(CaseFile &caseFile);

} // namespace Casebinder
