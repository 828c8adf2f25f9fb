#include "exportpreviewjob.h"

#include "exportfonts.h"

#include <poppler-qt6.h>

namespace Casebinder::Views {

ExportPreviewJob::ExportPreviewJob(std::shared_ptr<CaseConnections> connections,
                                   Export::ExportSpec spec,
                                   QString path,
                                   qreal dpi,
                                   QObject *parent)
    : Job(std::move(connections), CaseFile::Access::ReadOnly, parent)
    , m_spec(std::move(spec))
    , m_path(std::move(path))
    , m_dpi(dpi)
{}

Job::Work ExportPreviewJob::prepare()
{
    Export::exportFonts(); // registered here, before the worker paints with them
    return [spec = m_spec, path = m_path, dpi = m_dpi, image = m_image](
               CaseFile *caseFile, JobControl &control) -> Status {
        Export::ExportControl exportControl;
        exportControl.cancel = control.cancelFlag();
        exportControl.previewPages = 1;
        auto made = Export::runExport(*caseFile, path, spec, exportControl);
        if (!made)
            return fail(made.error());
        const auto unrendered = [] {
            return fail(Error::Code::Corrupt, tr("The preview could not be rendered."));
        };
        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
        if (!pdf || pdf->isLocked() || pdf->numPages() < 1)
            return unrendered();
        pdf->setRenderHint(Poppler::Document::Antialiasing);
        pdf->setRenderHint(Poppler::Document::TextAntialiasing);
        std::unique_ptr<Poppler::Page> page = pdf->page(0);
        if (!page)
            return unrendered();
        *image = page->renderToImage(dpi, dpi);
        return {};
    };
}

} // namespace Casebinder::Views
