#pragma once

#include "jobs/job.h"
#include "pagetextstore.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace Casebinder::Views {

// What the document viewer shows: the original bytes and the stored text of each page.
struct ViewerContent
{
    enum class Kind { Pdf, Text, Image };

    qint64 documentId = 0;
    QString title;
    QString mediaType;
    QByteArray original;
    QStringList pageTexts; // page 1 first
    bool privileged = false;
    QHash<int, PageOcr> ocr; // what OCR read on pages without a text layer, by page number
    // An image document shown as PDF pages, one per frame, each page as many points as the
    // frame has pixels (OCR's unit for images): set when the image has OCR results or more
    // than one frame, so its pages get search hits, selection and the recognised text.
    QByteArray pagesPdf;

    Kind kind() const;
};

Result<ViewerContent> loadViewerContent(CaseFile &caseFile, qint64 documentId);

// The frames of image `bytes` as a PDF, one page per frame of its pixels' size in points; an
// empty array when Qt cannot read it (the viewer then shows the image as it can).
QByteArray imagePagesPdf(const QByteArray &bytes);

// Reads one document for the viewer on a read connection from the case's CaseConnections.
class ViewerContentJob final : public Job
{
    Q_OBJECT

public:
    ViewerContentJob(std::shared_ptr<CaseConnections> connections,
                     qint64 documentId,
                     QObject *parent = nullptr);

    qint64 documentId() const { return m_documentId; }
    // Valid after finished(); taken once.
    ViewerContent takeContent() { return std::move(*m_content); }

protected:
    Work prepare() override;

private:
    const qint64 m_documentId;
    std::shared_ptr<ViewerContent> m_content = std::make_shared<ViewerContent>();
};

} // namespace Casebinder::Views
