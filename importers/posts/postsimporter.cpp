#include "posts/postsimporter.h"

#include "posts/postreader.h"
#include "posts/postrecords.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Casebinder {

QString PostsImporter::id() const
{
    return u"posts"_s;
}

const char *PostsImporter::forcedLabel() const
{
    return QT_TRANSLATE_NOOP("Casebinder::ImportKinds", "Flagged posts");
}

Confidence PostsImporter::sniff(const SniffInput &input) const
{
    // Posts come as files of their own, never inside a production.
    if (input.inArchive || !Posts::looksLikePosts(input.fileName, input.head))
        return Confidence::None;
    return Confidence::Content;
}

Importer::Outcome PostsImporter::prepare(PreparedFile &file,
                                         QByteArray bytes,
                                         const PrepareContext &context) const
{
    DocumentRecord &record = file.document.record;
    auto reader
        = Posts::PostReader::open(bytes, record.sourceName, context.options, -1, context.cancel);
    // A table that has no post text (a docket list, a manifest) is simply a document; asked for
    // posts explicitly, it is an error.
    const QString suffix = QFileInfo(record.sourceName).suffix().toLower();
    const bool table = suffix == u"csv"_s || suffix == u"tsv"_s;
    if (!reader && !context.forced && table && reader.error().code == Error::Code::Unsupported)
        return Outcome::Declined;
    if (!reader) {
        file.rejection = reader.error();
        return Outcome::Prepared;
    }
    record.kind = DocumentKind::Other;
    record.mediaType = (*reader)->format() == Posts::Format::Csv      ? u"text/csv"_s
                       : (*reader)->format() == Posts::Format::Ndjson ? u"application/x-ndjson"_s
                                                                      : u"application/json"_s;
    record.textStatus = TextStatus::None;
    file.records = std::make_shared<PostRecords>(std::move(*reader));
    file.document.original = std::move(bytes);
    return Outcome::Prepared;
}

} // namespace Casebinder
