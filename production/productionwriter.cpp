#include "productionwriter.h"

#include "documentstore.h"
#include "exportrecords.h"
#include "pageimages.h"
#include "productionstore.h"
#include "stampeddocument.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebinder::Production {
namespace {

// The context lupdate files these strings under (a free function's tr() has none).
struct ProductionText
{
    Q_DECLARE_TR_FUNCTIONS(Casebinder::Production)
};

// Concordance defaults (see the load-file importer's notes in the corpus SOURCES.md).
constexpr char16_t Delimiter = u'\x14';
constexpr char16_t Qualifier = u'\u00FE';
constexpr char16_t Newline = u'\u00AE';

const QStringList DatFields = {
    u"BEGBATES"_s,
    u"ENDBATES"_s,
    u"BEGATTACH"_s,
    u"ENDATTACH"_s,
    u"CUSTODIAN"_s,
    u"FROM"_s,
    u"TO"_s,
    u"CC"_s,
    u"BCC"_s,
    u"SUBJECT"_s,
    u"DATESENT"_s,
    u"TITLE"_s,
    u"DOCDATE"_s,
    u"FILENAME"_s,
    u"MD5HASH"_s,
    u"PAGECOUNT"_s,
    u"CONFIDENTIALITY"_s,
    u"WITHHELD"_s,
    u"TEXTPATH"_s,
    u"NATIVEPATH"_s,
};

QString datField(QString value)
{
    value.replace(u"\r\n"_s, QString(Newline));
    value.replace(u'\n', Newline);
    value.replace(u'\r', Newline);
    return Qualifier + value + Qualifier;
}

QString datLine(const QStringList &values)
{
    QStringList fields;
    fields.reserve(values.size());
    for (const QString &value : values)
        fields.append(datField(value));
    return fields.join(Delimiter) + u"\r\n"_s;
}

// A Bates number as a file name: what a prefix may hold (letters, digits, - _ .) stays.
QString fileStem(const QString &bates)
{
    QString stem = bates;
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_s);
    stem.replace(unsafe, u"_"_s);
    return stem;
}

QString windowsPath(const QString &relative)
{
    return QString(relative).replace(u'/', u'\\');
}

bool imageable(const DocumentRecord &document)
{
    return document.mediaType == u"application/pdf" || document.mediaType.startsWith(u"image/");
}

QString nativeSuffix(const DocumentRecord &document)
{
    const QString suffix = QFileInfo(document.sourceName).suffix();
    if (!suffix.isEmpty())
        return suffix.toLower();
    return QMimeDatabase().mimeTypeForName(document.mediaType).preferredSuffix();
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return fail(Error::Code::Io,
                    ProductionText::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)),
                    file.errorString());
    file.close();
    return {};
}

Status cancelledStatus()
{
    return fail(Error::Code::Cancelled,
                ProductionText::tr("The production was cancelled; nothing was written."));
}

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

QString stated(const DocumentRecord &document, const QString &key)
{
    return document.metadata.value(key).toString().trimmed();
}

struct Planned
{
    DocumentRecord document;
    QList<PageRecord> pages;
    ProductionTreatment treatment = ProductionTreatment::Imaged;
};

} // namespace

Status checkProductionOptions(const ProductionOptions &options)
{
    static const QRegularExpression volumeName(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    if (!volumeName.match(options.volume).hasMatch())
        return fail(Error::Code::InvalidArgument,
                    ProductionText::tr("The volume \u201C%1\u201D must be 1\u2013"
                                       "64 letters, digits, '-', '_' or "
                                       "'.', starting with a letter or digit (e.g. VOL001).")
                        .arg(options.volume));
    if (auto legend = checkLegend(options.legend); !legend)
        return legend;
    if (options.outDir.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument,
                    ProductionText::tr("No production folder was given."));
    const QFileInfo out(options.outDir);
    if (out.exists()) {
        if (!out.isDir())
            return fail(Error::Code::InvalidArgument,
                        ProductionText::tr(
                            "%1 exists and is not a folder; a production needs a new or empty "
                            "folder.")
                            .arg(QDir::toNativeSeparators(options.outDir)));
        if (!QDir(options.outDir)
                 .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)
                 .isEmpty())
            return fail(Error::Code::InvalidArgument,
                        ProductionText::tr(
                            "%1 is not empty; a production is written to a new or empty folder, "
                            "so nothing already there is mixed into it.")
                            .arg(QDir::toNativeSeparators(options.outDir)));
    }
    const QFileInfo parent(out.absolutePath());
    if (!parent.isDir())
        return fail(Error::Code::NotFound,
                    ProductionText::tr(
                        "The folder %1 (where the production is to be written) does not exist.")
                        .arg(QDir::toNativeSeparators(parent.filePath())));
    return {};
}

Result<ProductionSummary> writeProduction(CaseFile &caseFile,
                                          const ProductionOptions &options,
                                          const ProductionProgress &progress,
                                          const std::atomic_bool *cancel)
{
    if (auto ok = checkProductionOptions(options); !ok)
        return fail(ok.error());
    ProductionStore productions(caseFile);
    DocumentStore store = caseFile.documents();

    // The documents, all read and checked before anything is written.
    QList<qint64> ids = options.documentIds;
    if (ids.isEmpty()) {
        auto chosen = options.tag.isEmpty() ? productions.numberedDocuments()
                                            : productions.documentsTagged(options.tag);
        if (!chosen)
            return fail(chosen.error());
        ids = *chosen;
    }
    if (ids.isEmpty())
        return fail(
            Error::Code::InvalidArgument,
            options.tag.isEmpty()
                ? ProductionText::tr(
                    "There is nothing to produce: no document in the case has a Bates "
                    "number. Number them first (casebinder-cli bates assign CASE "
                    "--prefix PREFIX).")
                : ProductionText::tr(
                      "There is nothing to produce: no document has the tag \u201C%1\u201D.")
                      .arg(options.tag));
    QList<Planned> planned;
    QStringList unnumbered;
    QSet<qint64> seen;
    for (const qint64 id : std::as_const(ids)) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        auto document = store.document(id);
        if (!document)
            return fail(document.error());
        auto pages = store.pages(id);
        if (!pages)
            return fail(pages.error());
        const bool numbered
            = !document->batesBegin.isEmpty() && !document->batesEnd.isEmpty()
              && std::all_of(pages->cbegin(), pages->cend(), [](const PageRecord &p) {
                     return !p.bates.isEmpty();
                 });
        if (!numbered) {
            unnumbered.append(describeDocument(*document));
            continue;
        }
        Planned one{*document, *pages, ProductionTreatment::Imaged};
        if (document->privileged && !options.includePrivileged)
            one.treatment = ProductionTreatment::Withheld;
        else if (!imageable(*document) || pages->isEmpty())
            one.treatment = ProductionTreatment::Native;
        planned.append(std::move(one));
    }
    if (!unnumbered.isEmpty())
        return fail(Error::Code::InvalidArgument,
                    ProductionText::tr(
                        "Cannot produce %1 document(s) without Bates numbers on every page: %2. "
                        "Number them first (casebinder-cli bates assign CASE --prefix PREFIX "
                        "--document ID).")
                        .arg(unnumbered.size())
                        .arg(unnumbered.join(u"; "_s)));
    std::stable_sort(planned.begin(), planned.end(), [](const Planned &a, const Planned &b) {
        return a.document.batesBegin.compare(b.document.batesBegin, Qt::CaseInsensitive) < 0;
    });

    // Families: a produced parent and its produced children share BEGATTACH/ENDATTACH.
    QHash<qint64, qsizetype> position;
    for (qsizetype i = 0; i < planned.size(); ++i)
        position.insert(planned.at(i).document.id, i);
    QHash<qint64, std::pair<QString, QString>> family; // parent id → (begin, end)
    for (const Planned &one : std::as_const(planned)) {
        const auto parent = one.document.parentId;
        if (!parent || !position.contains(*parent))
            continue;
        const DocumentRecord &head = planned.at(position.value(*parent)).document;
        auto &range = family[*parent];
        if (range.first.isEmpty())
            range = {head.batesBegin, head.batesEnd};
        if (one.document.batesEnd.compare(range.second, Qt::CaseInsensitive) > 0)
            range.second = one.document.batesEnd;
    }

    const QFileInfo out(options.outDir);
    const QString parentDir = QFileInfo(out.absolutePath()).canonicalFilePath();
    const QString finalPath = parentDir + u'/' + out.fileName();
    QTemporaryDir building(parentDir + u"/."_s + out.fileName() + u".partial-XXXXXX"_s);
    if (!building.isValid())
        return fail(Error::Code::Io,
                    ProductionText::tr("Cannot make a working folder in %1.")
                        .arg(QDir::toNativeSeparators(parentDir)),
                    building.errorString());
    const QDir root(building.path());
    for (const QString &folder : {u"IMAGES"_s, u"TEXT"_s, u"NATIVES"_s, u"DATA"_s})
        if (!root.mkpath(folder))
            return fail(Error::Code::Io,
                        ProductionText::tr("Cannot make %1 in %2.")
                            .arg(folder, QDir::toNativeSeparators(parentDir)));

    StampOptions stamp;
    stamp.legend = options.legend;
    ProductionSummary summary;
    summary.volume = options.volume;
    summary.documents = int(planned.size());
    QString dat = QString(QChar(0xFEFF)) + datLine(DatFields);
    QString opt;
    QList<ProducedDocument> producedDocuments;
    int done = 0;
    for (const Planned &one : std::as_const(planned)) {
        if (isCancelled(cancel))
            return fail(cancelledStatus().error());
        const DocumentRecord &document = one.document;
        if (progress)
            progress(done, int(planned.size()), document.batesBegin);
        const QString stem = fileStem(document.batesBegin);
        const QString range = document.batesBegin == document.batesEnd
                                  ? document.batesBegin
                                  : document.batesBegin + u"\u2013"_s + document.batesEnd;
        const QString imagePath = u"IMAGES/"_s + stem + u".pdf"_s;
        QString textPath;
        QString nativePath;
        QByteArray image;
        QByteArray original;
        switch (one.treatment) {
        case ProductionTreatment::Withheld: {
            auto slip
                = stampPdf(textPagePdf({ProductionText::tr("Withheld \u2014 Privileged"), range}),
                           {range},
                           stamp,
                           describeDocument(document));
            if (!slip)
                return fail(slip.error());
            image = *slip;
            ++summary.withheld;
            break;
        }
        case ProductionTreatment::Native: {
            auto stored = store.original(document.id);
            if (!stored)
                return fail(stored.error());
            original = *stored;
            const QString suffix = nativeSuffix(document);
            nativePath = u"NATIVES/"_s + stem + (suffix.isEmpty() ? QString() : u'.' + suffix);
            if (auto written = writeFile(root.filePath(nativePath), original); !written)
                return fail(written.error());
            auto placeholder
                = stampPdf(textPagePdf({ProductionText::tr("Produced in native format"),
                                        windowsPath(nativePath),
                                        range}),
                           {range},
                           stamp,
                           describeDocument(document));
            if (!placeholder)
                return fail(placeholder.error());
            image = *placeholder;
            ++summary.natives;
            break;
        }
        case ProductionTreatment::Imaged: {
            auto stamped = stampedDocument(caseFile, document.id, stamp);
            if (!stamped)
                return fail(stamped.error());
            image = *stamped;
            auto stored = store.original(document.id);
            if (!stored)
                return fail(stored.error());
            original = *stored;
            ++summary.imaged;
            break;
        }
        }
        const int imagePages
            = one.treatment == ProductionTreatment::Imaged ? int(one.pages.size()) : 1;
        QString optLines;
        if (options.images == ImageFormat::Pdf) {
            if (auto written = writeFile(root.filePath(imagePath), image); !written)
                return fail(written.error());
            // Opticon: one line per image file; a PDF holds the document's pages.
            optLines = u"%1,%2,%3,Y,,,%4\r\n"_s.arg(document.batesBegin,
                                                    options.volume,
                                                    windowsPath(imagePath),
                                                    QString::number(imagePages));
        } else {
            // One file per page, named by the page's number: a Group IV TIFF, or a JPEG for a
            // page in colour; the OPT's first line of the document carries Y and the count.
            auto pageImages = pdfPageImages(image, describeDocument(document));
            if (!pageImages)
                return fail(pageImages.error());
            if (pageImages->size() != imagePages)
                return fail(Error::Code::Generic,
                            ProductionText::tr("%1 rendered as %2 page image(s), not %3.")
                                .arg(describeDocument(document))
                                .arg(pageImages->size())
                                .arg(imagePages));
            for (int p = 0; p < imagePages; ++p) {
                const QString key = one.treatment == ProductionTreatment::Imaged
                                        ? one.pages.at(p).bates
                                        : document.batesBegin;
                const PageImage &page = pageImages->at(p);
                const QString path = u"IMAGES/"_s + fileStem(key) + u'.' + page.suffix();
                if (QFileInfo::exists(root.filePath(path)))
                    return fail(
                        Error::Code::InvalidArgument,
                        ProductionText::tr("Two pages would both be written as %1 (the same Bates "
                                           "number); nothing was produced.")
                            .arg(path));
                if (auto written = writeFile(root.filePath(path), page.bytes); !written)
                    return fail(written.error());
                optLines += u"%1,%2,%3,%4,,,%5\r\n"_s.arg(key,
                                                          options.volume,
                                                          windowsPath(path),
                                                          p == 0 ? u"Y"_s : QString(),
                                                          p == 0 ? QString::number(imagePages)
                                                                 : QString());
            }
        }
        summary.imagePages += imagePages;

        if (one.treatment != ProductionTreatment::Withheld) {
            QStringList texts;
            bool any = false;
            for (const PageRecord &page : one.pages) {
                texts.append(page.text);
                any = any || !page.text.trimmed().isEmpty();
            }
            if (any) {
                textPath = u"TEXT/"_s + stem + u".txt"_s;
                if (auto written = writeFile(root.filePath(textPath), texts.join(u'\f').toUtf8());
                    !written)
                    return fail(written.error());
            }
        }

        const qint64 familyKey = document.parentId && family.contains(*document.parentId)
                                     ? *document.parentId
                                     : document.id;
        const auto attach = family.value(familyKey);
        const bool withheld = one.treatment == ProductionTreatment::Withheld;
        const auto field = [&](const QString &key) {
            return withheld ? QString() : stated(document, key);
        };
        dat += datLine({
            document.batesBegin,
            document.batesEnd,
            attach.first,
            attach.second,
            stated(document, u"custodian"_s),
            field(u"from"_s),
            field(u"to"_s),
            field(u"cc"_s),
            field(u"bcc"_s),
            field(u"subject"_s),
            field(u"date"_s),
            withheld ? QString() : document.title,
            withheld ? QString() : document.documentDate,
            withheld ? QString() : document.sourceName,
            original.isEmpty()
                ? QString()
                : QString::fromLatin1(
                    QCryptographicHash::hash(original, QCryptographicHash::Md5).toHex()),
            QString::number(imagePages),
            options.legend,
            withheld ? ProductionText::tr("Privileged") : QString(),
            windowsPath(textPath),
            windowsPath(nativePath),
        });
        opt += optLines;
        producedDocuments.append(
            {document.id, document.batesBegin, document.batesEnd, one.treatment});
        ++done;
    }
    const QString datPath = u"DATA/"_s + options.volume + u".dat"_s;
    const QString optPath = u"DATA/"_s + options.volume + u".opt"_s;
    if (auto written = writeFile(root.filePath(datPath), dat.toUtf8()); !written)
        return fail(written.error());
    if (auto written = writeFile(root.filePath(optPath), opt.toUtf8()); !written)
        return fail(written.error());
    // Empty folders are left out, so the folder holds only what the production wrote.
    for (const QString &folder : {u"TEXT"_s, u"NATIVES"_s})
        root.rmdir(folder);

    ProductionRecord record;
    record.volume = options.volume;
    record.producedAt = TimeUtil::nowUtcIso();
    record.recipient = options.recipient.trimmed();
    record.folder = finalPath;
    record.legend = options.legend;
    record.images = options.images == ImageFormat::Tiff ? u"tiff"_s : u"pdf"_s;
    record.includePrivileged = options.includePrivileged;
    record.batesBegin = planned.constFirst().document.batesBegin;
    record.batesEnd = planned.constLast().document.batesEnd;
    record.documents = producedDocuments;
    QDirIterator files(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        auto sha = sha256OfFile(path);
        if (!sha)
            return fail(sha.error());
        record.files.append({root.relativeFilePath(path), *sha, QFileInfo(path).size()});
    }
    std::sort(record.files.begin(),
              record.files.end(),
              [](const ProducedFile &a, const ProducedFile &b) { return a.path < b.path; });
    if (isCancelled(cancel))
        return fail(cancelledStatus().error());

    // Recorded and renamed together: the record commits only once the folder is in place.
    bool moved = false;
    auto id = productions.record(record, [&]() -> Status {
        const bool existed = QFileInfo(finalPath).isDir();
        if (existed && !QDir().rmdir(finalPath))
            return fail(Error::Code::Io,
                        ProductionText::tr("Cannot replace the empty folder %1.")
                            .arg(QDir::toNativeSeparators(finalPath)));
        if (!QDir().rename(building.path(), finalPath)) {
            if (existed)
                QDir().mkdir(finalPath); // as it was
            return fail(Error::Code::Io,
                        ProductionText::tr("Cannot move the finished production to %1.")
                            .arg(QDir::toNativeSeparators(finalPath)));
        }
        building.setAutoRemove(false);
        moved = true;
        return {};
    });
    if (!id) {
        // The commit failed after the move: the folder goes, so nothing unrecorded is left.
        if (moved)
            QDir(finalPath).removeRecursively();
        return fail(id.error());
    }
    if (progress)
        progress(done, int(planned.size()), {});

    summary.productionId = *id;
    summary.folder = finalPath;
    summary.batesBegin = record.batesBegin;
    summary.batesEnd = record.batesEnd;
    summary.files = int(record.files.size());
    summary.datPath = QDir(finalPath).filePath(datPath);
    summary.optPath = QDir(finalPath).filePath(optPath);
    return summary;
}

} // namespace Casebinder::Production
