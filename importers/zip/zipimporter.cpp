#include "zip/zipimporter.h"

#include "files/fileextraction.h"
#include "zip/productionmanifest.h"
#include "zip/zipreader.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Casebinder {

QString ZipImporter::id() const
{
    return u"zip"_s;
}

Confidence ZipImporter::sniff(const SniffInput &input) const
{
    if (Files::sniff(input.fileName, input.head) != Files::Type::Zip)
        return Confidence::None;
    return input.head.startsWith("PK") ? Confidence::Signature : Confidence::Named;
}

Importer::Outcome ZipImporter::prepare(PreparedFile &file,
                                       QByteArray bytes,
                                       const PrepareContext &context) const
{
    DocumentRecord &record = file.document.record;
    record.mediaType = Files::mediaType(Files::Type::Zip);
    record.kind = documentKindFor(context.options, DocumentKind::Exhibit);
    record.pageCount = 0;
    file.document.original = std::move(bytes);
    if (context.depth >= 2) {
        record.kind = DocumentKind::Other;
        record.textStatus = TextStatus::None;
        file.warnings.append(
            u"nested archive stored unopened (archives are opened one level deep)"_s);
        return Outcome::Prepared;
    }

    Zip::Budget ownBudget;
    Zip::Budget &budget = context.archiveBudget ? *context.archiveBudget : ownBudget;
    auto entries = Zip::readArchive(
        file.document.original, record.sourceName, Zip::Limits{}, budget, context.cancel);
    if (!entries) {
        file.rejection = entries.error();
        return Outcome::Prepared;
    }
    file.container = true;
    if (context.options.role == DocumentRole::Auto)
        record.kind = DocumentKind::Other;
    record.textStatus = TextStatus::None;
    QByteArray manifest;
    for (Zip::Entry &entry : *entries) {
        const QString entryDisplay = file.displayPath + u'/' + entry.path;
        if (entry.rejection) {
            PreparedFile refused;
            refused.displayPath = entryDisplay;
            refused.rejection = entry.rejection;
            file.children.push_back(std::move(refused));
            continue;
        }
        const QString name = QFileInfo(entry.path).fileName();
        if (name.compare(u"manifest.csv"_s, Qt::CaseInsensitive) == 0)
            manifest = entry.bytes;
        PreparedFile child
            = context.prepareEntry(std::move(entry.bytes), name, entryDisplay, entry.path, &budget);
        if (child.rejection && child.rejection->code == Error::Code::Cancelled) {
            file.rejection = child.rejection;
            return Outcome::Prepared;
        }
        file.children.push_back(std::move(child));
    }
    if (!manifest.isEmpty())
        applyManifest(file.children, manifest, file.warnings);
    if (file.children.empty())
        file.warnings.append(u"the archive holds no files"_s);
    return Outcome::Prepared;
}

} // namespace Casebinder
