#include "samplebuildjob.h"

namespace Casebinder {

SampleBuildJob::SampleBuildJob(QString outPath, QObject *parent)
    : Job(nullptr, CaseFile::Access::ReadWrite, parent)
    , m_outPath(std::move(outPath))
{}

Job::Work SampleBuildJob::prepare()
{
    return [outPath = m_outPath, report = m_report](CaseFile *, JobControl &control) -> Status {
        auto built = SampleCaseBuilder::build(
            outPath,
            [&control](const SampleBuildProgress &step) {
                control.report({step.step, step.steps, step.message, {}});
            },
            control.cancelFlag());
        if (!built)
            return fail(built.error());
        *report = std::move(*built);
        return {};
    };
}

} // namespace Casebinder
