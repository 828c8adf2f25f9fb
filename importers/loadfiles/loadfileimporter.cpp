#include "loadfiles/loadfileimporter.h"

#include "blobstore.h"
#include "common/textdecoding.h"
#include "importsession.h"
#include "loadfiles/datreader.h"
#include "loadfiles/edrmxml.h"
#include "loadfiles/imagelists.h"
#include "loadfiles/loadfiledates.h"
#include "loadfiles/loadrecord.h"
#include "loadfiles/pdfrendition.h"
#include "loadfiles/productionpaths.h"
#include "loadfiles/productionvolume.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QSet>

#include <optional>
#include <variant>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

using namespace LoadFiles;

enum class Format { Dat, Opt, Lfp, Edrm };

constexpr qint64 MaxReferencedFileBytes = 900LL << 20;
constexpr int MaxListed = 20; // unmatched image documents named one by one in the report
constexpr qsizetype MaxWarnings = 10000;

QString formatName(Format format)
{
    switch (format) {
    case Format::Dat:
        return u"dat"_s;
    case Format::Opt:
        return u"opt"_s;
    case Format::Lfp:
        return u"lfp"_s;
    case Format::Edrm:
        return u"edrm_xml"_s;
    }
    return {};
}

std::optional<Format> formatOf(const QString &fileName, QByteArrayView head)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"dat") {
        // A Concordance delimiter or qualifier, or a pipe, in the first line.
        const QByteArrayView line = head.first(std::min<qsizetype>(head.size(), 4096));
        if (line.contains('\x14') || line.contains("\xC3\xBE") || line.contains('\xFE')
            || line.contains('|') || (line.size() > 2 && line[1] == '\0'))
            return Format::Dat;
        // Other delimiters (tab, comma, semicolon) on a first line of text.
        const qsizetype end = line.indexOf('\n');
        const QByteArrayView first = end < 0 ? line : line.first(end);
        if (!first.isEmpty() && !first.contains('\0')
            && (first.contains('\t') || first.contains(',') || first.contains(';')))
            return Format::Dat;
        return std::nullopt;
    }
    if (suffix == u"opt") {
        const QByteArray first = head.toByteArray().split('\n').value(0);
        return first.count(',') >= 3 ? std::optional(Format::Opt) : std::nullopt;
    }
    if (suffix == u"lfp") {
        const QByteArray start
            = head.first(std::min<qsizetype>(head.size(), 8)).toByteArray().toUpper();
        return start.startsWith("IM,") || start.startsWith("FT,") || start.startsWith("OF,")
                   ? std::optional(Format::Lfp)
                   : std::nullopt;
    }
    if (suffix == u"xml" && looksLikeEdrmXml(head))
        return Format::Edrm;
    return std::nullopt;
}

// The file beside `path` with the same name and one of these suffixes, if any.
QString sibling(const QString &path, const QStringList &suffixes)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    const QStringList names = dir.entryList(QDir::Files);
    for (const QString &suffix : suffixes) {
        for (const QString &name : names) {
            const QFileInfo other(name);
            if (other.completeBaseName().compare(info.completeBaseName(), Qt::CaseInsensitive) == 0
                && other.suffix().compare(suffix, Qt::CaseInsensitive) == 0)
                return dir.filePath(name);
        }
    }
    return {};
}

QString hexDigest(const QByteArray &bytes, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, algorithm).toHex());
}

// Reads the load file's records and stores each as a document, on the writer's thread.
class LoadFileRecords final : public AttachedRecords
{
public:
    LoadFileRecords(Format format,
                    QString loadFilePath,
                    QString loadFileName,
                    ProductionFolder folder,
                    ImportOptions options)
        : m_format(format)
        , m_loadFilePath(std::move(loadFilePath))
        , m_loadFileName(std::move(loadFileName))
        , m_folder(std::move(folder))
        , m_options(std::move(options))
    {}

    std::optional<DatReader> dat;
    std::optional<FieldMapping> mapping;
    QList<LoadRecord> listed; // EDRM XML, or an OPT/LFP alone
    std::optional<ImageList> images;
    QString imageListName;
    QStringList warnings;
    QString expectedSha256; // of the DAT the preparer read; the records must come from it

    Result<Outcome> store(ImportSession &session,
                          qint64 documentId,
                          const Context &context) override
    {
        m_session = &session;
        m_loadFileDocumentId = documentId;
        Outcome outcome;
        outcome.warnings = warnings;
        if (images) {
            for (qsizetype i = 0; i < images->documents.size(); ++i) {
                const ImageDocument &document = images->documents[i];
                if (const auto seen = m_imageIndex.constFind(document.firstKey);
                    seen != m_imageIndex.cend()) {
                    warn(outcome,
                         u"%1 line %2: the image key %3 begins a document again (first at line "
                         u"%4, which is used); a duplicate Bates number"_s.arg(imageListName)
                             .arg(document.line)
                             .arg(document.firstKey)
                             .arg(images->documents[*seen].line));
                    continue;
                }
                m_imageIndex.insert(document.firstKey, i);
            }
            m_imageUsed.assign(size_t(images->documents.size()), false);
        }
        qint64 read = 0;
        const qint64 total = listed.size();
        for (;;) {
            if (context.cancel && context.cancel->load(std::memory_order_relaxed))
                return fail(Error::Code::Cancelled, u"Cancelled."_s);
            LoadRecord record;
            double fraction = 0;
            if (dat) {
                DatReader::Record raw;
                if (!dat->next(raw))
                    break;
                record = fromDat(std::move(raw));
                fraction = dat->fractionRead();
            } else {
                if (read >= total)
                    break;
                record = std::move(listed[read]);
                fraction = double(read + 1) / double(total);
            }
            ++read;
            if (!record.error.isEmpty()) {
                warn(outcome, u"%1: %2"_s.arg(record.label(), record.error));
                continue;
            }
            if (auto done = storeRecord(record, outcome); !done)
                return fail(done.error());
            if (read % 256 == 0 && context.stored)
                context.stored(read, fraction);
        }
        if (context.stored)
            context.stored(read, 1.0);
        if (dat && !expectedSha256.isEmpty() && dat->sha256() != expectedSha256) {
            outcome.rejection = Error{
                Error::Code::Corrupt,
                u"%1 changed while it was being imported (its SHA-256 is no "
                u"longer the one it had when it was read); import it again"_s.arg(m_loadFileName)};
            return outcome;
        }
        if (dat)
            outcome.warnings.append(dat->warnings());
        if (images) {
            qint64 unmatched = 0;
            for (qsizetype i = 0; i < images->documents.size(); ++i) {
                if (m_imageUsed[size_t(i)])
                    continue;
                if (++unmatched <= MaxListed)
                    outcome.warnings.append(
                        u"%1 line %2: the image document %3 (%4 page(s)) has no record in %5; its "
                        u"images are not imported"_s.arg(imageListName)
                            .arg(images->documents[i].line)
                            .arg(images->documents[i].firstKey)
                            .arg(images->documents[i].pages.size())
                            .arg(m_loadFileName));
            }
            if (unmatched > MaxListed)
                outcome.warnings.append(
                    u"%1: %2 more image documents have no record in %3"_s.arg(imageListName)
                        .arg(unmatched - MaxListed)
                        .arg(m_loadFileName));
        }
        auto orphans = session.loadFiles().linkFamilies(documentId);
        if (!orphans)
            return fail(orphans.error());
        for (const QString &orphan : std::as_const(*orphans))
            outcome.warnings.append(
                u"family %1: the parent is not in the load file; the record stays under the "
                u"load file"_s.arg(orphan));
        if (m_stored == 0 && outcome.rejection == std::nullopt && read > 0)
            outcome.warnings.append(u"none of the %1 record(s) could be imported"_s.arg(read));
        if (m_unlisted > 0)
            outcome.warnings.append(u"… and %1 more record problem(s), not listed (the report "
                                    u"lists the first %2)"_s.arg(m_unlisted)
                                        .arg(MaxWarnings));
        outcome.documents = m_stored;
        outcome.pages = m_pages;
        return outcome;
    }

private:
    // Per-record problems, listed up to MaxWarnings so that a million bad records do not fill
    // memory; the rest are counted.
    void warn(Outcome &outcome, const QString &text)
    {
        if (outcome.warnings.size() < MaxWarnings)
            outcome.warnings.append(text);
        else
            ++m_unlisted;
    }

    LoadRecord fromDat(DatReader::Record raw)
    {
        LoadRecord record;
        record.number = raw.number;
        record.line = raw.line;
        record.error = raw.error;
        if (!dat || !mapping)
            return record;
        const QStringList &columns = dat->columns();
        for (qsizetype c = 0; c < raw.values.size(); ++c)
            record.fields.append(
                {c < columns.size() ? columns[c] : u"Column %1"_s.arg(c + 1), raw.values[c]});
        for (int f = 0; f < FieldCount; ++f)
            record.mapped[size_t(f)] = mapping->value(raw.values, Field(f));
        if (mapping->column(Field::BegBates) < 0 && !raw.values.isEmpty())
            record.mapped[size_t(Field::BegBates)] = raw.values.front().trimmed();
        return record;
    }

    struct Resolved
    {
        QString asWritten;
        QString path; // empty: missing
    };

    // Every path of the record, resolved before anything is read: one that leaves the
    // production folder refuses the whole record; a missing file is reported and skipped.
    Status resolve(const QString &asWritten,
                   std::optional<Resolved> &out,
                   QStringList &missing,
                   QString &refusal) const
    {
        if (asWritten.trimmed().isEmpty())
            return {};
        auto found = m_folder.resolve(asWritten);
        if (found) {
            out = Resolved{asWritten, *found};
            return {};
        }
        if (found.error().code == Error::Code::InvalidArgument) {
            refusal = found.error().message;
            return {};
        }
        // EDRM XML writes FilePath + FileName; productions often keep the file beside the
        // load file instead.
        if (m_format == Format::Edrm) {
            auto beside
                = m_folder.resolve(QFileInfo(QString(asWritten).replace(u'\\', u'/')).fileName());
            if (beside) {
                out = Resolved{asWritten, *beside};
                return {};
            }
        }
        missing.append(found.error().message);
        return {};
    }

    Status storeRecord(const LoadRecord &record, Outcome &outcome)
    {
        const QString label = record.label();
        const QString &key = record.value(Field::BegBates);
        if (key.isEmpty()) {
            warn(outcome,
                 u"%1: the control number (BEGBATES) is empty; the record is "
                 u"not imported"_s.arg(label));
            return {};
        }
        auto owner = m_session->loadFiles().documentWithBates(key);
        if (!owner)
            return fail(owner.error());
        const std::optional<LoadFileStore::BatesOwner> existing = *owner;
        if (existing && existing->thisImport) {
            warn(outcome,
                 u"%1: the Bates number %2 is already used by an earlier "
                 u"record of this load file (document %3); the record is not "
                 u"imported"_s.arg(label, key)
                     .arg(existing->documentId));
            return {};
        }
        if (existing)
            warn(outcome,
                 u"%1: the Bates number %2 is already in the case (document "
                 u"%3, an earlier import); imported again"_s.arg(label, key)
                     .arg(existing->documentId));

        // The page images: the record's own (EDRM XML), or the OPT/LFP document it begins.
        QList<ImagePage> pages = record.images;
        if (pages.isEmpty() && images) {
            if (const auto found = m_imageIndex.constFind(key); found != m_imageIndex.cend()) {
                m_imageUsed[size_t(*found)] = true;
                pages = images->documents[*found].pages;
            }
        }

        QStringList missing;
        QString refusal;
        std::optional<Resolved> native;
        std::optional<Resolved> text;
        QList<std::optional<Resolved>> imageFiles(pages.size());
        if (auto done = resolve(record.value(Field::NativePath), native, missing, refusal); !done)
            return done;
        if (auto done = resolve(record.value(Field::TextPath), text, missing, refusal); !done)
            return done;
        for (qsizetype i = 0; i < pages.size() && refusal.isEmpty(); ++i) {
            if (auto done = resolve(pages[i].path, imageFiles[i], missing, refusal); !done)
                return done;
        }
        if (!refusal.isEmpty()) {
            warn(outcome, u"%1: %2; the record is not imported"_s.arg(label, refusal));
            return {};
        }
        for (const QString &gone : std::as_const(missing))
            warn(outcome, u"%1: %2"_s.arg(label, gone));

        IncomingDocument document;
        DocumentRecord &r = document.record;
        QJsonObject loadFile{{u"file"_s, m_loadFileName},
                             {u"format"_s, formatName(m_format)},
                             {u"record"_s, record.number}};
        if (record.line > 0)
            loadFile.insert(u"line"_s, record.line);
        QJsonObject fields;
        for (const auto &[name, value] : record.fields) {
            QString unique = name;
            for (int n = 2; fields.contains(unique); ++n)
                unique = u"%1 (%2)"_s.arg(name).arg(n);
            fields.insert(unique, value);
        }
        loadFile.insert(u"fields"_s, fields);
        QJsonObject mapped;
        for (int f = 0; f < FieldCount; ++f) {
            if (!record.mapped[size_t(f)].isEmpty())
                mapped.insert(fieldName(Field(f)), record.mapped[size_t(f)]);
        }
        loadFile.insert(u"mapped"_s, mapped);

        // The native, byte for byte, and its hashes checked against the load file's.
        QByteArray nativeBytes;
        if (native) {
            auto bytes
                = ProductionFolder::read(native->path, native->asWritten, MaxReferencedFileBytes);
            if (bytes) {
                nativeBytes = std::move(*bytes);
                const QString &md5 = record.value(Field::Md5Hash);
                if (!md5.isEmpty()) {
                    const QString actual = hexDigest(nativeBytes, QCryptographicHash::Md5);
                    if (actual.compare(md5, Qt::CaseInsensitive) != 0) {
                        warn(outcome,
                             u"%1: MD5 mismatch: the native \"%2\" has MD5 %3, "
                             u"the load file says %4"_s.arg(
                                 label, native->asWritten, actual.toUpper(), md5));
                        loadFile.insert(u"md5_mismatch"_s, actual);
                    } else {
                        loadFile.insert(u"md5_verified"_s, true);
                    }
                }
                const QString &sha1 = record.value(Field::Sha1Hash);
                if (!sha1.isEmpty()) {
                    const QString actual = hexDigest(nativeBytes, QCryptographicHash::Sha1);
                    if (actual.compare(sha1, Qt::CaseInsensitive) != 0) {
                        warn(outcome,
                             u"%1: SHA-1 mismatch: the native \"%2\" has SHA-1 "
                             u"%3, the load file says %4"_s.arg(
                                 label, native->asWritten, actual, sha1));
                        loadFile.insert(u"sha1_mismatch"_s, actual);
                    } else {
                        loadFile.insert(u"sha1_verified"_s, true);
                    }
                }
            } else {
                warn(outcome, u"%1: %2"_s.arg(label, bytes.error().message));
                native.reset();
            }
        }

        QString textContent;
        QByteArray textBytes;
        if (text) {
            auto bytes
                = ProductionFolder::read(text->path, text->asWritten, MaxReferencedFileBytes);
            if (bytes) {
                textBytes = std::move(*bytes);
                textContent = TextDecoding::decode(textBytes).text;
                if (textContent.startsWith(QChar(0xFEFF)))
                    textContent.remove(0, 1);
            } else {
                warn(outcome, u"%1: %2"_s.arg(label, bytes.error().message));
                text.reset();
            }
        }

        struct PageFile
        {
            QByteArray bytes;
            QString sha256;
            ImagePage page;
            QString path;
        };
        QList<PageFile> pageFiles;
        QHash<QString, qsizetype> byPath; // a multi-page file is read once
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const std::optional<Resolved> &image = imageFiles[i];
            if (!image)
                continue;
            PageFile file{{}, {}, pages[i], image->path};
            if (const auto seen = byPath.constFind(file.path); seen != byPath.cend()) {
                file.bytes = pageFiles[*seen].bytes;
                file.sha256 = pageFiles[*seen].sha256;
            } else {
                auto bytes
                    = ProductionFolder::read(file.path, pages[i].path, MaxReferencedFileBytes);
                if (!bytes) {
                    warn(outcome, u"%1: %2"_s.arg(label, bytes.error().message));
                    continue;
                }
                file.bytes = std::move(*bytes);
                file.sha256 = BlobStore::sha256Hex(file.bytes);
                byPath.insert(file.path, pageFiles.size());
            }
            pageFiles.append(std::move(file));
        }

        // The document's original: the native; else a PDF of the page images (the images are
        // kept as well); else the text file; else the record itself.
        QString originalKind;
        if (native) {
            document.original = nativeBytes;
            QMimeDatabase mimes;
            r.mediaType = mimes.mimeTypeForFileNameAndData(native->path, nativeBytes).name();
            originalKind = u"native"_s;
        } else if (!pageFiles.isEmpty()) {
            QList<PageImageSource> sources;
            for (const PageFile &file : std::as_const(pageFiles))
                sources.append({file.bytes, file.page.frame, file.page.path});
            auto pdf = buildImagePdf(sources);
            if (pdf) {
                document.original = std::move(*pdf);
                r.mediaType = u"application/pdf"_s;
                originalKind = u"rendition"_s;
            } else {
                warn(outcome,
                     u"%1: the page images cannot be shown: %2"_s.arg(label, pdf.error().message));
            }
        }
        if (originalKind.isEmpty() && text) {
            document.original = textBytes;
            r.mediaType = u"text/plain"_s;
            originalKind = u"text"_s;
        }
        if (originalKind.isEmpty()) {
            document.original = QJsonDocument(fields).toJson(QJsonDocument::Indented);
            r.mediaType = u"application/json"_s;
            originalKind = u"record"_s;
        }
        loadFile.insert(u"original"_s, originalKind);
        if (native)
            loadFile.insert(u"native"_s, native->asWritten);
        if (text)
            loadFile.insert(u"text"_s, text->asWritten);
        if (!pages.isEmpty())
            loadFile.insert(u"images"_s, int(pages.size()));

        // Pages: one per image, the text split at form feeds when they match; else one page of
        // text.
        const int pageCount = int(pageFiles.size());
        if (pageCount > 0) {
            QStringList split = textContent.split(u'\f');
            if (!textContent.isEmpty() && split.size() != pageCount) {
                split = QStringList{textContent};
                if (pageCount > 1)
                    loadFile.insert(u"text_page_breaks"_s, u"unknown"_s);
            }
            for (int p = 0; p < pageCount; ++p) {
                PageRecord page;
                page.text = p < split.size() ? split[p].trimmed() : QString();
                page.needsOcr = page.text.isEmpty() && originalKind == u"rendition";
                document.pages.append(page);
            }
        } else if (!textContent.isEmpty()) {
            PageRecord page;
            page.text = textContent;
            document.pages.append(page);
        }
        r.textStatus = !textContent.isEmpty()                            ? TextStatus::Extracted
                       : (pageCount > 0 && originalKind == u"rendition") ? TextStatus::NeedsOcr
                                                                         : TextStatus::None;

        r.kind = documentKindFor(m_options, DocumentKind::Exhibit);
        r.batesBegin = key;
        r.batesEnd = record.value(Field::EndBates);
        if (r.batesEnd.isEmpty() && !pages.isEmpty() && record.images.isEmpty())
            r.batesEnd = pages.back().frame == 0 ? pages.back().key : pages.front().key;
        const QString &subject = record.value(Field::Subject);
        const QString &fileName = record.value(Field::FileName);
        r.title = !subject.isEmpty() ? subject : !fileName.isEmpty() ? fileName : key;
        r.sourceName = !fileName.isEmpty() ? fileName
                       : native            ? QFileInfo(native->path).fileName()
                                           : key;
        r.sourcePath = native ? native->path : m_loadFilePath + u'#' + key;
        r.parentId = m_loadFileDocumentId;
        const QString &sent = record.value(Field::DateSent);
        if (!sent.isEmpty()) {
            QString error;
            const QString day = documentDay(sent, &error);
            if (!day.isEmpty()) {
                r.documentDate = day;
                r.dateSource = DateSource::LoadFile;
            } else {
                warn(outcome, u"%1: DATESENT %2; the document has no date"_s.arg(label, error));
            }
        }
        QString parent = record.value(Field::ParentId);
        if (parent.isEmpty() || parent == key)
            parent = record.value(Field::BegAttach);
        if (!parent.isEmpty() && parent != key)
            loadFile.insert(u"family_parent"_s, parent);
        QJsonObject metadata{{u"load_file"_s, loadFile}};
        r.metadata = metadata;

        auto added = m_session->addDocumentSharingOriginal(document);
        if (!added)
            return fail(added.error());
        ++m_stored;
        m_pages += document.pages.size();

        LoadFileStore files = m_session->loadFiles();
        if (native) {
            DocumentFile file{
                *added, DocumentFile::Role::Native, std::nullopt, 0, {}, {}, native->asWritten};
            if (auto done = files.addFile(file, nativeBytes); !done)
                return done;
        }
        if (text) {
            DocumentFile file{
                *added, DocumentFile::Role::Text, std::nullopt, 0, {}, {}, text->asWritten};
            if (auto done = files.addFile(file, textBytes); !done)
                return done;
        }
        for (qsizetype p = 0; p < pageFiles.size(); ++p) {
            const PageFile &page = pageFiles[p];
            DocumentFile file{*added,
                              DocumentFile::Role::Image,
                              int(p + 1),
                              page.page.frame,
                              page.page.key,
                              page.sha256,
                              page.page.path};
            if (auto done = files.addFile(file, page.bytes); !done)
                return done;
        }
        return {};
    }

    Format m_format;
    QString m_loadFilePath;
    QString m_loadFileName;
    ProductionFolder m_folder;
    ImportOptions m_options;
    ImportSession *m_session = nullptr;
    qint64 m_loadFileDocumentId = 0;
    QHash<QString, qsizetype> m_imageIndex;
    std::vector<bool> m_imageUsed;
    qint64 m_stored = 0;
    qint64 m_pages = 0;
    qint64 m_unlisted = 0;
};

// An OPT or LFP alone: each image document is a record.
QList<LoadRecord> recordsFromImages(const ImageList &list)
{
    QList<LoadRecord> records;
    QString parentKey;
    for (const ImageDocument &document : list.documents) {
        LoadRecord record;
        record.number = records.size() + 1;
        record.line = document.line;
        record.images = document.pages;
        record.mapped[size_t(Field::BegBates)] = document.firstKey;
        const ImagePage &last = document.pages.back();
        record.mapped[size_t(Field::EndBates)] = last.frame == 0 ? last.key : document.firstKey;
        record.fields.append({u"ImageKey"_s, document.firstKey});
        if (!document.pages.front().volume.isEmpty())
            record.fields.append({u"Volume"_s, document.pages.front().volume});
        record.fields.append({u"Pages"_s, QString::number(document.pages.size())});
        if (document.child && !parentKey.isEmpty())
            record.mapped[size_t(Field::ParentId)] = parentKey;
        else
            parentKey = document.firstKey;
        records.append(record);
    }
    return records;
}

} // namespace

QString LoadFileImporter::id() const
{
    return u"loadfile"_s;
}

Confidence LoadFileImporter::sniff(const SniffInput &input) const
{
    if (input.inArchive)
        return Confidence::None;
    return formatOf(input.fileName, input.head) ? Confidence::Content : Confidence::None;
}

std::optional<Result<QStringList>> LoadFileImporter::claimFolder(const QString &folder) const
{
    auto loadFile = productionVolumeLoadFile(folder);
    if (!loadFile)
        return std::nullopt;
    if (!*loadFile)
        return Result<QStringList>(fail(loadFile->error()));
    return Result<QStringList>(QStringList{**loadFile});
}

Importer::Outcome LoadFileImporter::prepare(PreparedFile &file,
                                            QByteArray bytes,
                                            const PrepareContext &context) const
{
    if (context.inArchive())
        return Outcome::Declined;
    DocumentRecord &record = file.document.record;
    const QString name = record.sourceName;
    std::optional<Format> format = formatOf(
        name, QByteArrayView(bytes).first(std::min(bytes.size(), SniffInput::HeadBytes)));
    if (!format) {
        if (!context.forced)
            return Outcome::Declined;
        const QString suffix = QFileInfo(name).suffix().toLower();
        format = suffix == u"opt"   ? Format::Opt
                 : suffix == u"lfp" ? Format::Lfp
                 : suffix == u"xml" ? Format::Edrm
                                    : Format::Dat;
    }
    const QString onDisk = QFileInfo(file.displayPath).absoluteFilePath();
    record.kind = DocumentKind::Other;
    record.textStatus = TextStatus::None;
    record.mediaType = *format == Format::Edrm ? u"application/xml"_s : u"text/plain"_s;
    record.title = name;
    file.document.original = bytes;

    // An OPT or LFP beside a DAT or EDRM XML of the same name is read with it.
    if ((*format == Format::Opt || *format == Format::Lfp)
        && !sibling(onDisk, {u"dat"_s, u"xml"_s}).isEmpty()) {
        file.warnings.append(u"read as the image cross-reference of %1"_s.arg(
            QFileInfo(sibling(onDisk, {u"dat"_s, u"xml"_s})).fileName()));
        return Outcome::Prepared;
    }

    auto records = std::make_shared<LoadFileRecords>(
        *format, onDisk, name, ProductionFolder::forLoadFile(onDisk), context.options);
    switch (*format) {
    case Format::Dat: {
        DatOptions options;
        options.delimiter = context.options.loadFileDelimiter;
        options.qualifier = context.options.loadFileQualifier;
        // Read from the file a chunk at a time, and stored into its blob the same way: neither
        // the records nor the original keep the DAT in memory (decision 0021). The hash the
        // preparer took is checked by both, so a file changed meanwhile is refused.
        auto reader = DatReader::openFile(onDisk, name, options);
        if (!reader) {
            file.rejection = reader.error();
            return Outcome::Prepared;
        }
        auto mapping = FieldMapping::resolve(reader->columns(), context.options.fieldMap);
        if (!mapping) {
            file.rejection = mapping.error();
            return Outcome::Prepared;
        }
        const DatDialect &dialect = reader->dialect();
        QJsonObject metadata{
            {u"encoding"_s, dialect.encoding},
            {u"delimiter"_s, QString(dialect.delimiter)},
            {u"qualifier"_s, dialect.qualifier ? QString(*dialect.qualifier) : QString()},
            {u"header"_s, dialect.header},
            {u"columns"_s, QJsonArray::fromStringList(reader->columns())},
            {u"mapping"_s, QJsonArray::fromStringList(mapping->describe(reader->columns()))}};
        record.metadata.insert(u"load_file"_s, metadata);
        if (!dialect.header)
            file.warnings.append(u"no header row: the fields are named Column 1 … Column %1 "
                                 u"(map them with --map field=N)"_s.arg(reader->columns().size()));
        if (mapping->column(Field::BegBates) < 0)
            file.warnings.append(u"no BEGBATES or control-number column: the first column "
                                 u"(\"%1\") is taken as each record's control number"_s.arg(
                                     reader->columns().value(0)));
        records->dat = std::move(*reader);
        records->expectedSha256 = file.document.sha256;
        file.document.original.clear();
        file.document.originalFile = onDisk;
        records->mapping = std::move(*mapping);
        for (const QString &suffix : {u"opt"_s, u"lfp"_s}) {
            const QString cross = sibling(onDisk, {suffix});
            if (cross.isEmpty())
                continue;
            auto crossBytes
                = ProductionFolder::read(cross, QFileInfo(cross).fileName(), 512LL << 20);
            auto list = !crossBytes        ? Result<ImageList>(fail(crossBytes.error()))
                        : suffix == u"opt" ? readOpticon(*crossBytes, QFileInfo(cross).fileName())
                                           : readLfp(*crossBytes, QFileInfo(cross).fileName());
            if (!list) {
                file.warnings.append(list.error().message);
                continue;
            }
            records->imageListName = QFileInfo(cross).fileName();
            records->warnings.append(list->warnings);
            records->images = std::move(*list);
            break;
        }
        break;
    }
    case Format::Opt:
    case Format::Lfp: {
        auto list = *format == Format::Opt ? readOpticon(bytes, name) : readLfp(bytes, name);
        if (!list) {
            file.rejection = list.error();
            return Outcome::Prepared;
        }
        records->warnings.append(list->warnings);
        records->listed = recordsFromImages(*list);
        break;
    }
    case Format::Edrm: {
        auto batch = readEdrmXml(bytes, name);
        if (!batch) {
            file.rejection = batch.error();
            return Outcome::Prepared;
        }
        record.metadata.insert(u"load_file"_s, QJsonObject{{u"edrm_version"_s, batch->version}});
        records->warnings.append(batch->warnings);
        records->listed = std::move(batch->records);
        break;
    }
    }
    file.records = std::move(records);
    return Outcome::Prepared;
}

} // namespace Casebinder
