#pragma once

#include "exportjob.h"

#include <QImage>

namespace Casebinder::Views {

// The first page of an export as an image, for a dialog's live preview: a one-page preview
// export (Export::ExportRequest::previewPages) written to `path` on a read connection, then
// rendered with Poppler, both on the job's worker.
class ExportPreviewJob final : public Job
{
    Q_OBJECT

public:
    ExportPreviewJob(std::shared_ptr<CaseConnections> connections,
                     Export::ExportSpec spec,
                     QString path,
                     qreal dpi,
                     QObject *parent = nullptr);

    // Valid after finished().
    const QImage &image() const { return *m_image; }

protected:
    Work prepare() override;

private:
    const Export::ExportSpec m_spec;
    const QString m_path;
    const qreal m_dpi;
    std::shared_ptr<QImage> m_image = std::make_shared<QImage>();
};

} // namespace Casebinder::Views
