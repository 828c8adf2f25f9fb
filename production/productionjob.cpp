#include "productionjob.h"

namespace Casebinder::Production {

ProductionJob::ProductionJob(std::shared_ptr<CaseConnections> connections,
                             ProductionOptions options,
                             QObject *parent)
    : Job(std::move(connections), CaseFile::Access::ReadWrite, parent)
    , m_options(std::move(options))
{}

Job::Work ProductionJob::prepare()
{
    return [options = m_options, summary = m_summary](CaseFile *caseFile,
                                                      JobControl &control) -> Status {
        const QString stage = tr("Writing the production");
        control.report({0, 0, stage, options.outDir});
        auto written = writeProduction(
            *caseFile,
            options,
            [&](int done, int total, const QString &item) {
                control.report({done, total, stage, item});
            },
            control.cancelFlag());
        if (!written)
            return fail(written.error());
        *summary = std::move(*written);
        return {};
    };
}

} // namespace Casebinder::Production
