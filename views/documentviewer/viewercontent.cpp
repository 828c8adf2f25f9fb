#include "viewercontent.h"

#include "casefile.h"
#include "documentstore.h"

using namespace Qt::StringLiterals;

namespace Casebinder::Views {

ViewerContent::Kind ViewerContent::kind() const
{
    if (mediaType == "application/pdf"_L1 || original.startsWith("%PDF-"))
        return Kind::Pdf;
    if (mediaType.startsWith("image/"_L1))
        return Kind::Image;
    return Kind::Text;
}

Result<ViewerContent> loadViewerContent(const QString &casePath, qint64 documentId)
{
    auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    if (!caseFile)
        return fail(caseFile.error());
    auto store = caseFile->documents();
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
    for (const PageRecord &page : std::as_const(*pages))
        content.pageTexts.append(page.text);
    return content;
}

} // namespace Casebinder::Views
