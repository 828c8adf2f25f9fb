#pragma once

#include "casebackup.h"
#include "jobs/job.h"

#include <memory>

namespace Casebinder {

// A verified copy of the open case (backupCase), made on a connection of the job's own. The
// copy records itself in the case's custody log, so the job leases a writer. The report is
// read after finished(); a cancelled or failed copy leaves no file.
class CaseCopyJob final : public Job
{
    Q_OBJECT

public:
    CaseCopyJob(std::shared_ptr<CaseConnections> connections,
                QString outPath,
                QObject *parent = nullptr);

    const QString &outPath() const { return m_outPath; }
    // Valid after finished().
    const BackupReport &report() const { return *m_report; }

protected:
    Work prepare() override;

private:
    const QString m_outPath;
    std::shared_ptr<BackupReport> m_report = std::make_shared<BackupReport>();
};

} // namespace Casebinder
