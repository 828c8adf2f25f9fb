#include "pdf/pdfimporter.h"

#include "files/fileextraction.h"
#include "pdf/pdfextraction.h"

using namespace Qt::StringLiterals;

namespace Casebinder {

QString PdfImporter::id() const
{
    return u"pdf"_s;
}

Confidence PdfImporter::sniff(const SniffInput &input) const
{
    if (Files::sniff(input.fileName, input.head) != Files::Type::Pdf)
        return Confidence::None;
    // A file named .pdf without the header still goes here: the reader says what is wrong.
    return Pdf::hasPdfHeader(input.head) ? Confidence::Signature : Confidence::Named;
}

Importer::Outcome PdfImporter::prepare(PreparedFile &file,
                                       QByteArray bytes,
                                       const PrepareContext &context) const
{
    DocumentRecord &record = file.document.record;
    record.mediaType = Files::mediaType(Files::Type::Pdf);
    // A PDF the user chose is a filing unless exhibits are being numbered; one that came in a
    // production is an exhibit.
    const bool filing = !context.inArchive() && context.options.exhibitPrefix.isEmpty();
    record.kind
        = documentKindFor(context.options, filing ? DocumentKind::Filing : DocumentKind::Exhibit);
    auto pdf = Pdf::extract(bytes, record.sourceName, context.options.password, context.cancel);
    if (!pdf) {
        file.rejection = pdf.error();
        return Outcome::Prepared;
    }
    // The file name stays the source name; the title says what the document is.
    const QString fileTitle = record.title;
    record.title = Pdf::defaultTitle(*pdf, record.sourceName, fileTitle);
    file.document.pages = std::move(pdf->pages);
    record.textStatus = pdf->textStatus;
    record.metadata = pdf->metadata;
    // A title the import chose may give way to a better source later (its docket entry); one a
    // person or a manifest gave may not. Keep which is which.
    if (record.title != fileTitle)
        record.metadata.insert(u"imported_title"_s, record.title);
    if (!pdf->repaired.isEmpty())
        file.warnings.append(u"repaired: %1"_s.arg(pdf->repaired));
    if (pdf->textStatus == TextStatus::NeedsOcr)
        file.warnings.append(u"no text layer: every page needs OCR"_s);
    else if (pdf->textStatus == TextStatus::Partial)
        file.warnings.append(u"some pages have no text layer and need OCR"_s);
    file.document.original = std::move(bytes);
    return Outcome::Prepared;
}

} // namespace Casebinder
