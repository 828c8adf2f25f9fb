#include "stampeddocument.h"

#include "documentstore.h"
#include "exportdata.h"
#include "exportsteps.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Casebinder::Production {
namespace {

// The context lupdate files these strings under (a free function's tr() has none).
struct ProductionText
{
    Q_DECLARE_TR_FUNCTIONS(Casebinder::Production)
};

} // namespace

QString describeDocument(const DocumentRecord &document)
{
    return document.title.isEmpty()
               ? ProductionText::tr("document %1 (%2)").arg(document.id).arg(document.sourceName)
               : ProductionText::tr("document %1 (\u201C%2\u201D)")
                     .arg(document.id)
                     .arg(document.title);
}

Result<QByteArray> stampedDocument(CaseFile &caseFile,
                                   qint64 documentId,
                                   const StampOptions &options)
{
    DocumentStore store = caseFile.documents();
    auto document = store.document(documentId);
    if (!document)
        return fail(document.error());
    auto pages = store.pages(documentId);
    if (!pages)
        return fail(pages.error());
    const QString name = describeDocument(*document);
    if (pages->isEmpty())
        return fail(
            Error::Code::Unsupported,
            ProductionText::tr("Cannot stamp %1: it has no pages (a native file is produced with a "
                               "placeholder page instead).")
                .arg(name));
    QList<QString> numbers;
    for (const PageRecord &page : std::as_const(*pages)) {
        if (page.bates.isEmpty())
            return fail(
                Error::Code::InvalidArgument,
                ProductionText::tr("Cannot stamp %1: page %2 has no Bates number; number it first "
                                   "(bates assign).")
                    .arg(name)
                    .arg(page.number));
        numbers.append(page.bates);
    }
    auto original = store.original(documentId);
    if (!original)
        return fail(original.error());
    if (document->mediaType == u"application/pdf")
        return stampPdf(*original, numbers, options, name);
    if (document->mediaType.startsWith(u"image/")) {
        auto pdf = imageToPdf(*original, name);
        if (!pdf)
            return fail(pdf.error());
        return stampPdf(*pdf, numbers, options, name);
    }
    return fail(Error::Code::Unsupported,
                ProductionText::tr("Cannot stamp %1: it is %2, not a PDF or an image.")
                    .arg(name, document->mediaType));
}

Result<StampedCopy> writeStampedDocument(CaseFile &caseFile,
                                         qint64 documentId,
                                         const QString &path,
                                         const StampOptions &options)
{
    if (auto ok = Export::checkOutputPath(path, caseFile.path()); !ok)
        return fail(ok.error());
    auto document = caseFile.documents().document(documentId);
    if (!document)
        return fail(document.error());
    // Everything is stamped in memory first: a refused PDF leaves no file behind.
    auto stamped = stampedDocument(caseFile, documentId, options);
    if (!stamped)
        return fail(stamped.error());
    auto written = Export::writeAtomically(path, caseFile.path(), [&](QIODevice &device) -> Status {
        if (device.write(*stamped) != stamped->size())
            return fail(Error::Code::Io,
                        ProductionText::tr("Cannot write the stamped copy."),
                        device.errorString());
        return {};
    });
    if (!written)
        return fail(written.error());
    ExportSource source;
    source.documentId = documentId;
    source.title = document->title;
    source.cite = document->batesBegin == document->batesEnd
                      ? document->batesBegin
                      : document->batesBegin + u"\u2013"_s + document->batesEnd;
    source.sha256 = document->blobSha256;
    Export::ExportOutcome outcome;
    outcome.items = 1;
    auto pages = caseFile.documents().pages(documentId);
    outcome.pages = pages ? int(pages->size()) : 0;
    auto finished = Export::finish(caseFile,
                                   u"bates-stamped-copy"_s,
                                   path,
                                   QJsonObject{{u"document"_s, documentId},
                                               {u"legend"_s, options.legend},
                                               {u"bates_begin"_s, document->batesBegin},
                                               {u"bates_end"_s, document->batesEnd}},
                                   {source},
                                   0,
                                   {},
                                   outcome);
    if (!finished)
        return fail(finished.error());
    return StampedCopy{finished->path,
                       finished->manifestPath,
                       finished->sha256,
                       finished->exportId,
                       finished->pages,
                       document->batesBegin,
                       document->batesEnd};
}

} // namespace Casebinder::Production
