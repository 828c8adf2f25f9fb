#pragma once

#include "jobs/job.h"
#include "samplecasebuilder.h"

#include <memory>

namespace Casebinder {

// Builds the sample case (SampleCaseBuilder) on a worker. The new case has no connections
// yet, so the job needs none; the builder opens its own. Progress is one step per stage of
// the build. The report is read after finished(); a cancelled build leaves nothing behind.
class SampleBuildJob final : public Job
{
    Q_OBJECT

public:
    explicit SampleBuildJob(QString outPath, QObject *parent = nullptr);

    // Valid after finished().
    const SampleBuildReport &report() const { return *m_report; }

protected:
    Work prepare() override;

private:
    const QString m_outPath;
    std::shared_ptr<SampleBuildReport> m_report = std::make_shared<SampleBuildReport>();
};

} // namespace Casebinder
