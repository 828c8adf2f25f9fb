#pragma once

#include "exporter.h"
#include "jobs/job.h"
#include "privilegelog.h"

#include <memory>
#include <variant>

namespace Casebinder::Export {

// Which export to make, with its options.
using ExportSpec
    = std::variant<TimelineOptions, ClaimChartOptions, ExhibitListOptions, PrivilegeLogOptions>;

// Runs the export `spec` names: exportTimeline, exportClaimChart, exportExhibitList or
// exportPrivilegeLog.
Result<ExportOutcome> runExport(CaseFile &caseFile,
                                const QString &path,
                                const ExportSpec &spec,
                                const ExportControl &control = {});

// One export as a Job (docs/decisions/0009-one-job-shape.md), on a read-write connection from
// the case's CaseConnections, since an export records itself in the case (exports table and
// custody log). Progress is in percent (done of 100); a cancelled export fails with
// Error::Code::Cancelled and leaves no file behind.
class ExportJob final : public Job
{
    Q_OBJECT

public:
    ExportJob(std::shared_ptr<CaseConnections> connections,
              ExportSpec spec,
              QString path,
              QObject *parent = nullptr);

    const QString &path() const { return m_path; }
    // Valid after finished().
    const ExportOutcome &outcome() const { return *m_outcome; }

protected:
    Work prepare() override;

private:
    const ExportSpec m_spec;
    const QString m_path;
    std::shared_ptr<ExportOutcome> m_outcome = std::make_shared<ExportOutcome>();
};

} // namespace Casebinder::Export
