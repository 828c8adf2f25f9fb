#pragma once

#include "caseverifier.h"
#include "result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace Casebinder {

class CaseFile;

struct BackupReport
{
    QString path; // the finished copy
    QString sha256;
    qint64 bytes = 0;
    qint64 pages = 0;
    VerificationReport verification; // of the copy

    QJsonObject toJson() const;
};

// Progress of a copy: pages copied out of the case's pages.
using BackupProgress = std::function<void(qint64 pagesDone, qint64 pagesTotal)>;

// A consistent copy of an open case, safe while the GUI or an import writes to it: SQLite's
// online backup API copies one read snapshot, in steps. The copy is built under a temporary
// name beside `outPath`, verified (caseverifier, read-only), recorded in the custody log of the
// source, and only then renamed into place; an existing file is never overwritten and a
// failure or a cancel leaves no file. `source` should be a connection of the caller's thread
// (CaseFile::reopen on a worker); it waits for the write lock to record the custody entry.
Result<BackupReport> backupCase(CaseFile &source,
                                const QString &outPath,
                                const BackupProgress &progress = {},
                                const std::atomic_bool *cancel = nullptr);

} // namespace Casebinder
