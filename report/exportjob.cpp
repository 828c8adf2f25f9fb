#include "exportjob.h"

#include "exportfonts.h"

namespace Casebinder::Export {

Result<ExportOutcome> runExport(CaseFile &caseFile,
                                const QString &path,
                                const ExportSpec &spec,
                                const ExportControl &control)
{
    return std::visit(
        [&](const auto &options) -> Result<ExportOutcome> {
            using Options = std::decay_t<decltype(options)>;
            if constexpr (std::is_same_v<Options, TimelineOptions>)
                return exportTimeline(caseFile, path, options, control);
            else if constexpr (std::is_same_v<Options, ClaimChartOptions>)
                return exportClaimChart(caseFile, path, options, control);
            else if constexpr (std::is_same_v<Options, PrivilegeLogOptions>)
                return exportPrivilegeLog(caseFile, path, options, control);
            else
                return exportExhibitList(caseFile, path, options, control);
        },
        spec);
}

ExportJob::ExportJob(std::shared_ptr<CaseConnections> connections,
                     ExportSpec spec,
                     QString path,
                     QObject *parent)
    : Job(std::move(connections), CaseFile::Access::ReadWrite, parent)
    , m_spec(std::move(spec))
    , m_path(std::move(path))
{}

Job::Work ExportJob::prepare()
{
    exportFonts(); // registered here, on the job's thread, before the worker paints with them
    return [spec = m_spec, path = m_path, outcome = m_outcome](CaseFile *caseFile,
                                                               JobControl &control) -> Status {
        const QString stage = tr("Exporting");
        ExportControl exportControl;
        exportControl.cancel = control.cancelFlag();
        exportControl.progress = [&control, &stage, &path](int percent) {
            control.report({percent, 100, stage, path});
        };
        control.report({0, 100, stage, path});
        auto made = runExport(*caseFile, path, spec, exportControl);
        if (!made)
            return fail(made.error());
        *outcome = std::move(*made);
        return {};
    };
}

} // namespace Casebinder::Export
