#pragma once

#include "exportrecords.h"
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
    QList<ManifestCheck> manifests;
    QStringList manifestsMissing; // recorded exports whose manifest file is gone

    bool ok() const { return integrityOk && problems.isEmpty(); }
    QJsonObject toJson() const;
};

// Checks that a case is intact: SQLite's integrity check, then every original re-hashed
// against the SHA-256 it is filed under, then the custody manifest of every recorded export
// whose manifest still exists plus `extraManifests` (a folder among them is a production,
// checked with checkProductionFolder()). Records the verification in the custody
// log when the case is writable.
Result<VerificationReport> verifyCase(CaseFile &caseFile, const QStringList &extraManifests = {});

} // namespace Casebinder
