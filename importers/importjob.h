#pragma once

#include "importoptions.h"
#include "importreport.h"
#include "jobs/job.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace Casebinder {

class CaseFile;

// Imports files and directories (walked recursively) into the case at `casePath` as one
// transaction on a connection of its own. Each file goes to the importer of the registry that
// recognises it (registry/importerregistry.h). Per-file problems are in the report; the Result
// fails only when the job as a whole could not run (case not openable, busy, cancelled, I/O).
// Cancelling rolls everything back and fails with Error::Code::Cancelled.
Result<ImportReport> runImport(const QString &casePath,
                               const QStringList &paths,
                               const ImportOptions &options,
                               const std::atomic_bool *cancel = nullptr,
                               const ProgressCallback &progress = {});
// The same on an already-open case (its connection must belong to this thread).
Result<ImportReport> runImport(CaseFile &caseFile,
                               const QStringList &paths,
                               const ImportOptions &options,
                               const std::atomic_bool *cancel = nullptr,
                               const ProgressCallback &progress = {});

// runImport as a Job, for the GUI, on a read-write connection of its own. Its progress carries
// the ImportProgress as JobProgress::detail; the report is read after finished().
class ImportJob final : public Job
{
    Q_OBJECT

public:
    ImportJob(std::shared_ptr<CaseConnections> connections,
              QStringList paths,
              ImportOptions options,
              QObject *parent = nullptr);
    // With connections of its own to the case at `casePath`.
    ImportJob(const QString &casePath,
              QStringList paths,
              ImportOptions options,
              QObject *parent = nullptr);

    // Valid after finished().
    const ImportReport &report() const { return *m_report; }

protected:
    Work prepare() override;

private:
    const QStringList m_paths;
    const ImportOptions m_options;
    std::shared_ptr<ImportReport> m_report = std::make_shared<ImportReport>();
};

} // namespace Casebinder
