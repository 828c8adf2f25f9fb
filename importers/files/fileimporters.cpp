#include "files/fileimporters.h"

#include "files/fileextraction.h"

#include <QBuffer>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

bool isImage(Files::Type type)
{
    return type == Files::Type::Png || type == Files::Type::Jpeg || type == Files::Type::Tiff;
}

// Pages, text status and metadata of an extracted file into the prepared document.
void take(PreparedFile &file, Files::ExtractedFile extracted)
{
    DocumentRecord &record = file.document.record;
    file.document.pages = std::move(extracted.pages);
    record.textStatus = extracted.textStatus;
    record.metadata = std::move(extracted.metadata);
    if (!extracted.title.isEmpty())
        record.title = extracted.title;
    if (!extracted.documentDate.isEmpty()) {
        // An e-mail's Date header is the message's own statement of when it was sent.
        record.documentDate = extracted.documentDate;
        record.dateSource = DateSource::EmailHeader;
    }
}

void describe(PreparedFile &file, Files::Type type, const PrepareContext &context)
{
    file.document.record.mediaType = Files::mediaType(type);
    file.document.record.kind = documentKindFor(context.options, DocumentKind::Exhibit);
}

} // namespace

QString ImageImporter::id() const
{
    return u"image"_s;
}

Confidence ImageImporter::sniff(const SniffInput &input) const
{
    return isImage(Files::sniff(input.fileName, input.head)) ? Confidence::Signature
                                                             : Confidence::None;
}

Importer::Outcome ImageImporter::prepare(PreparedFile &file,
                                         QByteArray bytes,
                                         const PrepareContext &context) const
{
    const Files::Type type = Files::sniff(file.document.record.sourceName, bytes);
    describe(file, type, context);
    take(file, Files::extractImage(type));
    // A multi-page TIFF (a fax, a scanned bundle) is one page per frame.
    if (type == Files::Type::Tiff) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        const int frames = QImageReader(&buffer, "tiff").imageCount();
        for (int page = 2; page <= frames; ++page)
            file.document.pages.append(PageRecord{0, 0, page, QString(), true});
    }
    file.warnings.append(file.document.pages.size() > 1
                             ? u"image: the %1 pages need OCR"_s.arg(file.document.pages.size())
                             : u"image: the page needs OCR"_s);
    file.document.original = std::move(bytes);
    return Outcome::Prepared;
}

QString EmailImporter::id() const
{
    return u"email"_s;
}

Confidence EmailImporter::sniff(const SniffInput &input) const
{
    return Files::sniff(input.fileName, input.head) == Files::Type::Email ? Confidence::Named
                                                                          : Confidence::None;
}

Importer::Outcome EmailImporter::prepare(PreparedFile &file,
                                         QByteArray bytes,
                                         const PrepareContext &context) const
{
    describe(file, Files::Type::Email, context);
    take(file, Files::extractEmail(bytes));
    file.document.original = std::move(bytes);
    return Outcome::Prepared;
}

QString TextImporter::id() const
{
    return u"text"_s;
}

Confidence TextImporter::sniff(const SniffInput &input) const
{
    return Files::sniff(input.fileName, input.head) == Files::Type::Text ? Confidence::Plausible
                                                                         : Confidence::None;
}

Importer::Outcome TextImporter::prepare(PreparedFile &file,
                                        QByteArray bytes,
                                        const PrepareContext &context) const
{
    describe(file, Files::Type::Text, context);
    take(file, Files::extractText(bytes));
    file.document.original = std::move(bytes);
    return Outcome::Prepared;
}

QString OpaqueFileImporter::id() const
{
    return u"file"_s;
}

Confidence OpaqueFileImporter::sniff(const SniffInput &) const
{
    return Confidence::Fallback;
}

Importer::Outcome OpaqueFileImporter::prepare(PreparedFile &file,
                                              QByteArray bytes,
                                              const PrepareContext &context) const
{
    DocumentRecord &record = file.document.record;
    record.mediaType = Files::mediaType(Files::Type::Unknown);
    record.kind = documentKindFor(context.options, DocumentKind::Other);
    record.textStatus = TextStatus::None;
    file.warnings.append(u"no text extracted: the file type is not one Casebinder reads"_s);
    file.document.original = std::move(bytes);
    return Outcome::Prepared;
}

} // namespace Casebinder
