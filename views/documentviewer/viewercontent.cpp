#include "viewercontent.h"

#include "casefile.h"
#include "documentstore.h"

#include <QBuffer>
#include <QImageReader>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace Casebinder::Views {

ViewerContent::Kind ViewerContent::kind() const
{
    if (!pagesPdf.isEmpty())
        return Kind::Pdf;
    if (mediaType == "application/pdf"_L1 || original.startsWith("%PDF-"))
        return Kind::Pdf;
    if (mediaType.startsWith("image/"_L1))
        return Kind::Image;
    return Kind::Text;
}

Result<ViewerContent> loadViewerContent(CaseFile &caseFile, qint64 documentId)
{
    auto store = caseFile.documents();
    auto record = store.document(documentId);
    if (!record)
        return fail(record.error());
    auto pages = store.pages(documentId);
    if (!pages)
        return fail(pages.error());
    auto original = store.original(documentId);
    if (!original)
        return fail(original.error());

    ViewerContent content;
    content.documentId = documentId;
    content.title = record->title.isEmpty() ? record->sourceName : record->title;
    content.mediaType = record->mediaType;
    content.original = std::move(*original);
    content.privileged = record->privileged;
    content.pageTexts.reserve(pages->size());
    PageTextStore pageText = PageTextStore::of(caseFile);
    for (const PageRecord &page : std::as_const(*pages)) {
        content.pageTexts.append(page.text);
        if (!page.needsOcr)
            continue;
        auto ocr = pageText.ocr(page.id);
        if (!ocr)
            return fail(ocr.error());
        if (*ocr)
            content.ocr.insert(page.number, std::move(**ocr));
    }
    if (content.mediaType.startsWith("image/"_L1)
        && (!content.ocr.isEmpty() || content.pageTexts.size() > 1))
        content.pagesPdf = imagePagesPdf(content.original);
    return content;
}

QByteArray imagePagesPdf(const QByteArray &bytes)
{
    QBuffer input;
    input.setData(bytes);
    input.open(QIODevice::ReadOnly);
    QImageReader reader(&input);
    reader.setAutoTransform(true);
    if (!reader.canRead())
        return {};
    QBuffer output;
    output.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&output);
        writer.setResolution(72);
        writer.setPageMargins({});
        QPainter painter;
        const int frames = std::max(1, reader.imageCount());
        for (int frame = 0; frame < frames; ++frame) {
            if (frame > 0 && !reader.jumpToNextImage())
                break;
            const QImage image = reader.read();
            if (image.isNull())
                return {};
            writer.setPageSize(QPageSize(
                QSizeF(image.size()), QPageSize::Point, QString(), QPageSize::ExactMatch));
            if (frame == 0) {
                if (!painter.begin(&writer))
                    return {};
            } else if (!writer.newPage()) {
                return {};
            }
            painter.drawImage(QRectF(QPointF(0, 0), QSizeF(image.size())), image);
        }
    }
    return output.data();
}

ViewerContentJob::ViewerContentJob(std::shared_ptr<CaseConnections> connections,
                                   qint64 documentId,
                                   QObject *parent)
    : Job(std::move(connections), CaseFile::Access::ReadOnly, parent)
    , m_documentId(documentId)
{}

Job::Work ViewerContentJob::prepare()
{
    return [documentId = m_documentId, content = m_content](CaseFile *caseFile,
                                                            JobControl &control) -> Status {
        if (control.isCancelled())
            return fail(Error::Code::Cancelled, tr("Cancelled."));
        auto loaded = loadViewerContent(*caseFile, documentId);
        if (!loaded)
            return fail(loaded.error());
        *content = std::move(*loaded);
        return {};
    };
}

} // namespace Casebinder::Views
