#include "casecopyjob.h"

namespace Casebinder {

CaseCopyJob::CaseCopyJob(std::shared_ptr<CaseConnections> connections,
                         QString outPath,
                         QObject *parent)
    : Job(std::move(connections), CaseFile::Access::ReadWrite, parent)
    , m_outPath(std::move(outPath))
{}

Job::Work CaseCopyJob::prepare()
{
    return [outPath = m_outPath, report = m_report](CaseFile *caseFile,
                                                    JobControl &control) -> Status {
        const QString stage = tr("Copying and verifying the case");
        control.report({0, 0, stage, outPath});
        auto copied = backupCase(
            *caseFile,
            outPath,
            [&](qint64 pagesDone, qint64 pagesTotal) {
                control.report({pagesDone, pagesTotal, stage, outPath});
            },
            control.cancelFlag());
        if (!copied)
            return fail(copied.error());
        *report = std::move(*copied);
        return {};
    };
}

} // namespace Casebinder
