#include "importjob.h"

#include "blobstore.h"
#include "casefile.h"
#include "casepaths.h"
#include "fileimporter.h"
#include "importsession.h"
#include "pdfimporter.h"
#include "phaseclock.h"
#include "postimporter.h"
#include "zipreader.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QScopeGuard>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <deque>
#include <vector>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

// A single file above this is refused before it is read: SQLite's default limit for one
// value is 1e9 bytes, and the original must fit in one blob.
constexpr qint64 MaxFileBytes = 900LL << 20;
// Files prepared in parallel before the writer commits them; bounds memory.
constexpr qint64 BatchBytes = 128LL << 20;

QString errorCodeName(Error::Code code)
{
    switch (code) {
    case Error::Code::Generic:
        return u"generic"_s;
    case Error::Code::NotFound:
        return u"not_found"_s;
    case Error::Code::InvalidArgument:
        return u"invalid_argument"_s;
    case Error::Code::NotACase:
        return u"not_a_case"_s;
    case Error::Code::NewerSchema:
        return u"newer_schema"_s;
    case Error::Code::ReadOnly:
        return u"read_only"_s;
    case Error::Code::Busy:
        return u"busy"_s;
    case Error::Code::Io:
        return u"io"_s;
    case Error::Code::Corrupt:
        return u"corrupt"_s;
    case Error::Code::Constraint:
        return u"constraint"_s;
    case Error::Code::Cancelled:
        return u"cancelled"_s;
    case Error::Code::Unsupported:
        return u"unsupported"_s;
    case Error::Code::PasswordRequired:
        return u"password_required"_s;
    case Error::Code::Duplicate:
        return u"duplicate"_s;
    }
    return u"generic"_s;
}

Error cancelledError()
{
    return Error{Error::Code::Cancelled, u"The import was cancelled; nothing was changed"_s};
}

// A file or archive entry, read and extracted, waiting for the writer.
struct Prepared
{
    QString displayPath;
    qint64 size = 0;
    std::optional<Error> rejection;
    IncomingDocument document;
    std::shared_ptr<Posts::PostReader> posts; // opened: format, header and mapping known
    QStringList warnings;
    std::vector<Prepared> children; // ZIP entries
    bool container = false;
};

struct Context
{
    const ImportOptions &options;
    const std::atomic_bool *cancel;
    QString archiveDisplayPath; // for archive entries
};

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

DocumentKind kindFor(const ImportOptions &options, Files::Type type, bool inArchive)
{
    if (options.kind == ImportKind::Filing)
        return DocumentKind::Filing;
    if (options.kind == ImportKind::Exhibit)
        return DocumentKind::Exhibit;
    if (type == Files::Type::Unknown)
        return DocumentKind::Other;
    if (type == Files::Type::Pdf && !inArchive && options.exhibitPrefix.isEmpty())
        return DocumentKind::Filing;
    return DocumentKind::Exhibit;
}

QString normalizedHeader(QString name)
{
    name = name.trimmed().toLower();
    name.replace(u' ', u'_').replace(u'-', u'_');
    return name;
}

// manifest.csv in a production: file name -> exhibit label, title, date, Bates range.
void applyManifest(std::vector<Prepared> &entries,
                   const QByteArray &manifest,
                   QStringList &warnings)
{
    auto rows = Posts::readCsvRows(manifest, u"manifest.csv"_s);
    if (!rows || rows->size() < 2) {
        warnings.append(rows ? u"manifest.csv has no rows"_s : rows.error().message);
        return;
    }
    const QStringList header = rows->constFirst();
    const auto find = [&](std::initializer_list<const char16_t *> names) {
        for (const char16_t *name : names) {
            for (qsizetype i = 0; i < header.size(); ++i) {
                if (normalizedHeader(header.at(i)) == QStringView(name))
                    return int(i);
            }
        }
        return -1;
    };
    const int file = find({u"file", u"filename", u"file_name", u"path", u"name", u"document"});
    const int label
        = find({u"exhibit", u"exhibit_label", u"label", u"exhibit_no", u"exhibit_number"});
    const int title = find({u"title", u"description"});
    const int date = find({u"date", u"document_date"});
    const int begin
        = find({u"bates_begin", u"begbates", u"begin_bates", u"bates_start", u"prodbeg"});
    const int end = find({u"bates_end", u"endbates", u"end_bates", u"bates_stop", u"prodend"});
    if (file < 0) {
        warnings.append(u"manifest.csv has no file name column; it was not applied"_s);
        return;
    }
    const auto cell = [](const QStringList &row, int column) {
        return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
    };
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const QStringList &row = rows->at(r);
        const QString name = cell(row, file);
        if (name.isEmpty())
            continue;
        auto match = std::find_if(entries.begin(), entries.end(), [&](const Prepared &entry) {
            const QString path = entry.document.record.sourcePath;
            return path.compare(name, Qt::CaseInsensitive) == 0
                   || QFileInfo(path).fileName().compare(name, Qt::CaseInsensitive) == 0;
        });
        if (match == entries.end()) {
            warnings.append(u"manifest.csv names %1, which is not in the archive"_s.arg(name));
            continue;
        }
        DocumentRecord &record = match->document.record;
        if (const QString value = cell(row, label); !value.isEmpty()) {
            record.exhibitLabel = value;
            record.kind = DocumentKind::Exhibit;
        }
        if (const QString value = cell(row, title); !value.isEmpty())
            record.title = value;
        if (const QString value = cell(row, date); !value.isEmpty()) {
            if (checkDocumentDate(value)) {
                record.documentDate = value;
            } else {
                const QString iso = Posts::normalizeTimestamp(value);
                record.documentDate = iso.isEmpty() ? value : iso.left(10);
            }
            record.dateSource = DateSource::Manifest;
        }
        if (const QString value = cell(row, begin); !value.isEmpty())
            record.batesBegin = value;
        if (const QString value = cell(row, end); !value.isEmpty())
            record.batesEnd = value;
    }
}

Prepared prepareBytes(QByteArray bytes,
                      const QString &name,
                      const QString &displayPath,
                      const QString &sourcePath,
                      const Context &context,
                      int depth,
                      Zip::Budget *budget);
Prepared prepareDocument(Prepared item,
                         QByteArray bytes,
                         const QString &name,
                         const Context &context,
                         int depth,
                         Zip::Budget *budget);

void prepareArchive(Prepared &item,
                    const QString &name,
                    const Context &context,
                    int depth,
                    Zip::Budget *outerBudget)
{
    Zip::Budget ownBudget;
    Zip::Budget &budget = outerBudget ? *outerBudget : ownBudget;
    auto entries
        = Zip::readArchive(item.document.original, name, Zip::Limits{}, budget, context.cancel);
    if (!entries) {
        item.rejection = entries.error();
        return;
    }
    item.container = true;
    item.document.record.kind = context.options.kind == ImportKind::Auto
                                    ? DocumentKind::Other
                                    : item.document.record.kind;
    item.document.record.textStatus = TextStatus::None;
    QByteArray manifest;
    for (Zip::Entry &entry : *entries) {
        const QString entryDisplay = item.displayPath + u'/' + entry.path;
        if (entry.rejection) {
            Prepared refused;
            refused.displayPath = entryDisplay;
            refused.rejection = entry.rejection;
            item.children.push_back(std::move(refused));
            continue;
        }
        if (QFileInfo(entry.path).fileName().compare(u"manifest.csv"_s, Qt::CaseInsensitive) == 0)
            manifest = entry.bytes;
        Prepared child = prepareBytes(std::move(entry.bytes),
                                      QFileInfo(entry.path).fileName(),
                                      entryDisplay,
                                      entry.path,
                                      context,
                                      depth + 1,
                                      &budget);
        if (child.rejection && child.rejection->code == Error::Code::Cancelled) {
            item.rejection = child.rejection;
            return;
        }
        item.children.push_back(std::move(child));
    }
    if (!manifest.isEmpty())
        applyManifest(item.children, manifest, item.warnings);
    if (item.children.empty())
        item.warnings.append(u"the archive holds no files"_s);
}

Prepared prepareBytes(QByteArray bytes,
                      const QString &name,
                      const QString &displayPath,
                      const QString &sourcePath,
                      const Context &context,
                      int depth,
                      Zip::Budget *budget)
{
    Prepared item;
    item.displayPath = displayPath;
    item.size = bytes.size();
    if (cancelled(context.cancel)) {
        item.rejection = cancelledError();
        return item;
    }
    if (bytes.isEmpty()) {
        item.rejection = Error{Error::Code::Corrupt, u"%1 is empty (0 bytes)"_s.arg(name)};
        return item;
    }
    const bool inArchive = depth > 0;
    PhaseClock clock;
    item.document.sha256 = BlobStore::sha256Hex(bytes);
    clock.log("SHA-256");
    DocumentRecord &record = item.document.record;
    record.sourceName = name;
    record.sourcePath = sourcePath;
    record.title = QFileInfo(name).completeBaseName();

    const bool posts = !inArchive
                       && (context.options.kind == ImportKind::Posts
                           || (context.options.kind == ImportKind::Auto
                               && Posts::looksLikePosts(
                                   name, bytes.first(std::min<qsizetype>(bytes.size(), 4096)))));
    if (posts) {
        auto reader = Posts::PostReader::open(bytes, name, context.options, -1, context.cancel);
        clock.log("posts file opened");
        // In auto mode a table that has no post text (a docket list, a manifest) is simply a
        // document; asked for posts explicitly, it is an error.
        const QString suffix = QFileInfo(name).suffix().toLower();
        const bool table = suffix == u"csv"_s || suffix == u"tsv"_s;
        if (!reader && context.options.kind == ImportKind::Auto && table
            && reader.error().code == Error::Code::Unsupported) {
            return prepareDocument(std::move(item), std::move(bytes), name, context, depth, budget);
        }
        if (!reader) {
            item.rejection = reader.error();
            return item;
        }
        record.kind = DocumentKind::Other;
        record.mediaType = (*reader)->format() == Posts::Format::Csv ? u"text/csv"_s
                           : (*reader)->format() == Posts::Format::Ndjson
                               ? u"application/x-ndjson"_s
                               : u"application/json"_s;
        record.textStatus = TextStatus::None;
        item.posts = std::move(*reader);
        item.document.original = std::move(bytes);
        return item;
    }

    return prepareDocument(std::move(item), std::move(bytes), name, context, depth, budget);
}

Prepared prepareDocument(Prepared item,
                         QByteArray bytes,
                         const QString &name,
                         const Context &context,
                         int depth,
                         Zip::Budget *budget)
{
    const bool inArchive = depth > 0;
    DocumentRecord &record = item.document.record;
    const Files::Type type = Files::sniff(name, bytes);
    record.mediaType = Files::mediaType(type);
    record.kind = kindFor(context.options, type, inArchive);
    switch (type) {
    case Files::Type::Pdf: {
        auto pdf = Pdf::extract(bytes, name, context.options.password, context.cancel);
        if (!pdf) {
            item.rejection = pdf.error();
            return item;
        }
        item.document.pages = std::move(pdf->pages);
        record.textStatus = pdf->textStatus;
        record.metadata = pdf->metadata;
        if (!pdf->repaired.isEmpty())
            item.warnings.append(u"repaired: %1"_s.arg(pdf->repaired));
        if (pdf->textStatus == TextStatus::NeedsOcr)
            item.warnings.append(u"no text layer: every page needs OCR"_s);
        else if (pdf->textStatus == TextStatus::Partial)
            item.warnings.append(u"some pages have no text layer and need OCR"_s);
        break;
    }
    case Files::Type::Zip:
        item.document.original = std::move(bytes);
        record.pageCount = 0;
        if (depth >= 2) {
            record.kind = DocumentKind::Other;
            record.textStatus = TextStatus::None;
            item.warnings.append(
                u"nested archive stored unopened (archives are opened one level deep)"_s);
            return item;
        }
        prepareArchive(item, name, context, depth, budget);
        return item;
    case Files::Type::Png:
    case Files::Type::Jpeg:
    case Files::Type::Tiff: {
        Files::ExtractedFile image = Files::extractImage(type);
        item.document.pages = std::move(image.pages);
        record.textStatus = image.textStatus;
        record.metadata = image.metadata;
        item.warnings.append(u"image: the page needs OCR"_s);
        break;
    }
    case Files::Type::Text:
    case Files::Type::Email: {
        Files::ExtractedFile text
            = type == Files::Type::Email ? Files::extractEmail(bytes) : Files::extractText(bytes);
        item.document.pages = std::move(text.pages);
        record.textStatus = text.textStatus;
        record.metadata = text.metadata;
        if (!text.title.isEmpty())
            record.title = text.title;
        if (!text.documentDate.isEmpty()) {
            // An e-mail's Date header is the message's own statement of when it was sent.
            record.documentDate = text.documentDate;
            record.dateSource = DateSource::EmailHeader;
        }
        break;
    }
    case Files::Type::Unknown:
        record.textStatus = TextStatus::None;
        item.warnings.append(u"no text extracted: the file type is not one Casebinder reads"_s);
        break;
    }
    item.document.original = std::move(bytes);
    return item;
}

Prepared prepareFile(const QString &path, const Context &context)
{
    const QFileInfo info(path);
    Prepared item;
    item.displayPath = path;
    PhaseClock clock;
    auto bytes = Files::readOriginal(path, MaxFileBytes);
    clock.log("file read");
    if (!bytes) {
        item.rejection = bytes.error();
        return item;
    }
    const QString sourcePath = context.options.provenance.isEmpty()
                                   ? info.absoluteFilePath()
                                   : context.options.provenance + u'/' + info.fileName();
    return prepareBytes(std::move(*bytes), info.fileName(), path, sourcePath, context, 0, nullptr);
}

// The files to import, directories walked in a stable order; the case file itself is skipped.
QList<QString> collectFiles(const QStringList &paths, const QString &casePath)
{
    // Reading one of them would open and close it in a process that holds connections to it.
    const auto isCase = [&casePath](const QString &file) {
        return CasePaths::belongsToCase(file, casePath);
    };
    QList<QString> files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            if (!isCase(path))
                files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(
            path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!isCase(file))
                found.append(file);
        }
        found.sort();
        files.append(found);
    }
    return files;
}

// Hands out a posts file's chunks, reading and encoding the next one on `pool` while the
// caller stores the one it has.
class ChunkPrefetch final
{
public:
    static constexpr qsizetype ChunkSize = 10000;

    ChunkPrefetch(Posts::PostReader &reader, QThreadPool &pool)
        : m_reader(reader)
        , m_pool(pool)
    {
        readAhead();
    }
    ~ChunkPrefetch()
    {
        if (m_pending.isValid())
            m_pending.waitForFinished();
        PhaseClock::log("posts read and encoded (reader thread)", m_readTime);
    }
    ChunkPrefetch(const ChunkPrefetch &) = delete;
    ChunkPrefetch &operator=(const ChunkPrefetch &) = delete;

    struct Chunk
    {
        PostBatch posts;
        // Taken by the reading thread as it read the chunk: the reader is not to be asked
        // while it reads the next one.
        qint64 estimatedTotal = 0;
        double fractionRead = 0;
    };

    // The next chunk: empty at the end of the file.
    Result<Chunk> next()
    {
        auto chunk = m_pending.takeResult();
        if (chunk && !chunk->posts.isEmpty())
            readAhead();
        return chunk;
    }

private:
    void readAhead()
    {
        m_pending = QtConcurrent::run(&m_pool, [this]() -> Result<Chunk> {
            PhaseClock clock;
            auto posts = m_reader.read(ChunkSize);
            if (!posts)
                return fail(posts.error());
            Chunk chunk{PostBatch(*posts), m_reader.estimatedTotal(), m_reader.fractionRead()};
            m_readTime += clock.lap();
            return chunk;
        });
    }

    Posts::PostReader &m_reader;
    QThreadPool &m_pool;
    QFuture<Result<Chunk>> m_pending;
    PhaseClock::Lap m_readTime; // written by one read at a time, read after it finished
};

class Writer final
{
public:
    Writer(ImportSession &session,
           const Context &context,
           ImportReport &report,
           const ProgressCallback &progress)
        : m_session(session)
        , m_options(context.options)
        , m_cancel(context.cancel)
        , m_report(report)
        , m_progress(progress)
    {
        m_readerPool.setMaxThreadCount(1);
    }

    Status start()
    {
        if (m_options.exhibitPrefix.isEmpty())
            return {};
        auto next = m_session.nextExhibitNumber(m_options.exhibitPrefix);
        if (!next)
            return fail(next.error());
        m_nextExhibit = *next;
        return {};
    }

    // Commits one prepared item (and its archive entries); fails only on database errors.
    Status commit(Prepared &item, std::optional<qint64> parentId, ImportProgress &progress)
    {
        ImportedFile file;
        file.path = item.displayPath;
        file.sha256 = item.document.sha256;
        file.warnings = item.warnings;
        if (item.rejection) {
            file.status = ImportedFile::Status::Rejected;
            file.reason = item.rejection->message;
            file.errorCode = item.rejection->code;
            return record(std::move(file));
        }
        auto existing = m_session.existingDocument(item.document.sha256);
        if (!existing)
            return fail(existing.error());
        if (*existing) {
            file.status = ImportedFile::Status::Duplicate;
            file.documentId = **existing;
            file.reason = u"already in the case as document %1"_s.arg(**existing);
            return record(std::move(file));
        }
        if (item.posts)
            return commitPosts(item, std::move(file), progress);
        DocumentRecord &document = item.document.record;
        document.parentId = parentId;
        if (!item.container && !item.posts && m_nextExhibit > 0
            && document.exhibitLabel.isEmpty()) {
            document.exhibitLabel = m_options.exhibitPrefix + QString::number(m_nextExhibit++);
            document.kind = DocumentKind::Exhibit;
        }
        auto outcome = m_session.addDocument(item.document);
        if (!outcome)
            return fail(outcome.error());
        file.status = ImportedFile::Status::Imported;
        file.documentId = outcome->documentId;
        file.pages = int(item.document.pages.size());
        progress.pages += file.pages;
        // The bytes are in the database now; free them before the next file.
        item.document = {};
        item.posts.reset();
        if (auto done = record(std::move(file)); !done)
            return done;
        const qint64 containerId = outcome->documentId;
        for (Prepared &child : item.children) {
            if (auto done = commit(child, containerId, progress); !done)
                return done;
        }
        return {};
    }

private:
    // A posts file is read a chunk ahead of the inserts, on a thread of its own so the files
    // being extracted on the pool never hold it up. If the rest of the file turns out to be
    // unreadable halfway (a quote never closed), the file is undone and rejected; the other
    // files of the job stay.
    Status commitPosts(Prepared &item, ImportedFile file, ImportProgress &progress)
    {
        Posts::PostReader &reader = *item.posts;
        auto savepoint = m_session.savepoint("posts_file");
        if (!savepoint)
            return fail(savepoint.error());
        ChunkPrefetch chunks(reader, m_readerPool);
        const qint64 bytesBefore = progress.bytesDone;
        const qint64 postsBefore = progress.posts;
        const auto restoreBytes = qScopeGuard([&] { progress.bytesDone = bytesBefore; });
        PhaseClock clock;
        auto outcome = m_session.addDocument(item.document);
        if (!outcome)
            return fail(outcome.error());
        clock.log("posts original stored");
        PhaseClock::Lap waited;
        // The original is stored; at a million posts it is hundreds of MB.
        item.document = {};
        PostLoader loader = m_session.loadPosts(outcome->documentId);
        for (;;) {
            clock.lap();
            if (cancelled(m_cancel))
                return fail(cancelledError());
            auto chunk = chunks.next();
            waited += clock.lap();
            if (!chunk && chunk.error().code == Error::Code::Cancelled)
                return fail(cancelledError());
            if (!chunk) {
                savepoint->rollback();
                progress.posts = postsBefore;
                file.status = ImportedFile::Status::Rejected;
                file.reason = chunk.error().message;
                file.errorCode = chunk.error().code;
                return record(std::move(file));
            }
            if (chunk->posts.isEmpty())
                break;
            if (loader.inserted() == 0)
                loader.expect(chunk->estimatedTotal);
            if (auto added = loader.add(chunk->posts); !added)
                return fail(added.error());
            progress.posts += chunk->posts.size();
            // The runner adds the whole file once it is stored.
            progress.bytesDone = bytesBefore + qint64(double(item.size) * chunk->fractionRead);
            if (m_progress)
                m_progress(progress);
        }
        PhaseClock::log("posts waiting for the reader", waited);
        if (m_progress && loader.inserted() >= ChunkPrefetch::ChunkSize) {
            progress.stage = ImportProgress::Stage::Indexing;
            m_progress(progress);
            progress.stage = ImportProgress::Stage::Reading;
        }
        auto inserted = loader.finish();
        if (!inserted)
            return fail(inserted.error());
        if (auto described = m_session.setDocumentMetadata(
                outcome->documentId,
                QJsonObject{{u"posts"_s, *inserted}, {u"encoding"_s, reader.encoding()}});
            !described)
            return described;
        if (auto released = savepoint->release(); !released)
            return released;
        for (const Posts::RecordProblem &problem : reader.problems())
            file.warnings.append(problem.message);
        if (reader.repairedTexts() > 0)
            file.warnings.append(
                u"repaired double-encoded UTF-8 in %1 fields"_s.arg(reader.repairedTexts()));
        file.status = ImportedFile::Status::Imported;
        file.documentId = outcome->documentId;
        file.posts = *inserted;
        item.posts.reset();
        return record(std::move(file));
    }

    Status record(ImportedFile file)
    {
        QJsonObject custody{{u"path"_s, file.path},
                            {u"sha256"_s, file.sha256},
                            {u"status"_s, ImportedFile::statusName(file.status)}};
        if (!file.reason.isEmpty())
            custody.insert(u"reason"_s, file.reason);
        if (file.documentId > 0)
            custody.insert(u"document_id"_s, file.documentId);
        m_session.recordFile(custody);
        m_report.files.append(std::move(file));
        return {};
    }

    ImportSession &m_session;
    const ImportOptions &m_options;
    const std::atomic_bool *m_cancel;
    ImportReport &m_report;
    const ProgressCallback &m_progress;
    QThreadPool m_readerPool;
    int m_nextExhibit = 0;
};

} // namespace

QString importKindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Auto:
        return u"auto"_s;
    case ImportKind::Filing:
        return u"filing"_s;
    case ImportKind::Exhibit:
        return u"exhibit"_s;
    case ImportKind::Posts:
        return u"posts"_s;
    }
    return {};
}

std::optional<ImportKind> importKindFromName(QStringView name)
{
    for (ImportKind kind :
         {ImportKind::Auto, ImportKind::Filing, ImportKind::Exhibit, ImportKind::Posts}) {
        if (name.compare(importKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QJsonObject ImportOptions::toJson() const
{
    // The password is deliberately not recorded.
    QJsonObject map;
    for (auto it = fieldMap.cbegin(); it != fieldMap.cend(); ++it)
        map.insert(it.key(), it.value());
    QJsonObject json{{u"kind"_s, importKindName(kind)}, {u"repair_mojibake"_s, repairMojibake}};
    if (!exhibitPrefix.isEmpty())
        json.insert(u"exhibit_prefix"_s, exhibitPrefix);
    if (!map.isEmpty())
        json.insert(u"map"_s, map);
    if (!platform.isEmpty())
        json.insert(u"platform"_s, platform);
    if (!flagCategory.isEmpty())
        json.insert(u"flag_category"_s, flagCategory);
    if (!password.isEmpty())
        json.insert(u"password_given"_s, true);
    if (!provenance.isEmpty())
        json.insert(u"provenance"_s, provenance);
    return json;
}

Result<QHash<QString, QString>> ImportOptions::parseFieldMap(const QString &spec)
{
    QHash<QString, QString> map;
    for (const QString &pair : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString field = pair.left(equals).trimmed();
        const QString column = pair.mid(equals + 1).trimmed();
        if (equals <= 0 || field.isEmpty() || column.isEmpty())
            return fail(Error::Code::InvalidArgument,
                        u"\"%1\" is not a field mapping; write FIELD=COLUMN, e.g. "
                        u"text=full_text"_s.arg(pair.trimmed()));
        map.insert(field, column);
    }
    return map;
}

QString ImportedFile::statusName(Status status)
{
    switch (status) {
    case Status::Imported:
        return u"imported"_s;
    case Status::Duplicate:
        return u"duplicate"_s;
    case Status::Rejected:
        return u"rejected"_s;
    }
    return {};
}

QJsonObject ImportedFile::toJson() const
{
    QJsonObject json{{u"path"_s, path}, {u"status"_s, statusName(status)}};
    if (!sha256.isEmpty())
        json.insert(u"sha256"_s, sha256);
    if (!reason.isEmpty())
        json.insert(u"reason"_s, reason);
    if (errorCode)
        json.insert(u"error_code"_s, errorCodeName(*errorCode));
    if (documentId > 0)
        json.insert(u"document_id"_s, documentId);
    if (status == Status::Imported) {
        json.insert(u"pages"_s, pages);
        if (posts > 0)
            json.insert(u"posts"_s, posts);
    }
    if (!warnings.isEmpty())
        json.insert(u"warnings"_s, QJsonArray::fromStringList(warnings));
    return json;
}

int ImportReport::imported() const
{
    return int(std::count_if(files.cbegin(), files.cend(), [](const ImportedFile &f) {
        return f.status == ImportedFile::Status::Imported;
    }));
}

int ImportReport::duplicates() const
{
    return int(std::count_if(files.cbegin(), files.cend(), [](const ImportedFile &f) {
        return f.status == ImportedFile::Status::Duplicate;
    }));
}

int ImportReport::rejected() const
{
    return int(std::count_if(files.cbegin(), files.cend(), [](const ImportedFile &f) {
        return f.status == ImportedFile::Status::Rejected;
    }));
}

qint64 ImportReport::pages() const
{
    qint64 total = 0;
    for (const ImportedFile &file : files)
        total += file.status == ImportedFile::Status::Imported ? file.pages : 0;
    return total;
}

qint64 ImportReport::posts() const
{
    qint64 total = 0;
    for (const ImportedFile &file : files)
        total += file.posts;
    return total;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray array;
    for (const ImportedFile &file : files)
        array.append(file.toJson());
    return {{u"import_id"_s, importId},
            {u"files"_s, array},
            {u"imported"_s, imported()},
            {u"duplicates"_s, duplicates()},
            {u"rejected"_s, rejected()},
            {u"pages"_s, pages()},
            {u"posts"_s, posts()}};
}

Result<ImportReport> runImport(CaseFile &caseFile,
                               const QStringList &paths,
                               const ImportOptions &options,
                               const std::atomic_bool *cancel,
                               const ProgressCallback &progress)
{
    const QList<QString> files = collectFiles(paths, caseFile.path());
    ImportProgress state;
    state.filesTotal = int(files.size());
    QList<qint64> sizes;
    for (const QString &file : files) {
        sizes.append(std::max<qint64>(0, QFileInfo(file).size()));
        state.bytesTotal += sizes.last();
    }

    auto session = ImportSession::begin(caseFile, options.toJson());
    if (!session)
        return fail(session.error());
    ImportReport report;
    const Context context{options, cancel, {}};
    Writer writer(*session, context, report, progress);
    if (auto started = writer.start(); !started)
        return fail(started.error());

    // Extraction runs on the pool (both cores) a few files ahead of this thread, the only
    // writer, which commits each file as soon as it and those before it are ready. No batch
    // barrier: a slow file holds back the commits, never the other core.
    struct InFlight
    {
        QFuture<Prepared> future;
        qint64 size;
    };
    std::deque<InFlight> inFlight;
    qint64 bytesInFlight = 0;
    const size_t window = size_t(std::max(2, QThreadPool::globalInstance()->maxThreadCount()) * 2);
    qsizetype nextIndex = 0;
    const auto fill = [&] {
        while (!cancelled(cancel) && nextIndex < files.size() && inFlight.size() < window
               && (inFlight.empty() || bytesInFlight + sizes.at(nextIndex) <= BatchBytes)) {
            const QString path = files.at(nextIndex);
            inFlight.push_back(
                {QtConcurrent::run([&context, path] { return prepareFile(path, context); }),
                 sizes.at(nextIndex)});
            bytesInFlight += sizes.at(nextIndex++);
        }
    };
    const auto abandon = [&](const Error &error) -> Result<ImportReport> {
        for (InFlight &pending : inFlight)
            pending.future.waitForFinished();
        session->rollback();
        return fail(error);
    };
    fill();
    while (!inFlight.empty()) {
        Prepared item = inFlight.front().future.takeResult();
        bytesInFlight -= inFlight.front().size;
        inFlight.pop_front();
        if (cancelled(cancel))
            return abandon(cancelledError());
        fill();
        state.currentFile = item.displayPath;
        const qint64 size = item.size;
        if (auto done = writer.commit(item, std::nullopt, state); !done)
            return abandon(done.error());
        ++state.filesDone;
        state.bytesDone += size;
        if (progress)
            progress(state);
    }
    if (cancelled(cancel))
        return abandon(cancelledError());
    report.importId = session->importId();
    if (progress) {
        state.stage = ImportProgress::Stage::Saving;
        progress(state);
    }
    if (auto committed = session->commit(report.toJson()); !committed)
        return fail(committed.error());
    return report;
}

Result<ImportReport> runImport(const QString &casePath,
                               const QStringList &paths,
                               const ImportOptions &options,
                               const std::atomic_bool *cancel,
                               const ProgressCallback &progress)
{
    auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadWrite);
    if (!caseFile)
        return fail(caseFile.error());
    return runImport(*caseFile, paths, options, cancel, progress);
}

ImportJob::ImportJob(QString casePath, QStringList paths, ImportOptions options, QObject *parent)
    : QObject(parent)
    , m_casePath(std::move(casePath))
    , m_paths(std::move(paths))
    , m_options(std::move(options))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{}

ImportJob::~ImportJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void ImportJob::start()
{
    if (isRunning())
        return;
    if (m_thread)
        m_thread->wait();
    m_cancel->store(false);
    m_thread.reset(QThread::create(
        [this, cancel = m_cancel, casePath = m_casePath, paths = m_paths, options = m_options] {
            QElapsedTimer throttle;
            throttle.start();
            auto result = runImport(
                casePath,
                paths,
                options,
                cancel.get(),
                [this, &throttle, stage = ImportProgress::Stage::Reading](
                    const ImportProgress &state) mutable {
                    if (!throttle.hasExpired(100) && state.filesDone < state.filesTotal
                        && state.stage == stage)
                        return;
                    stage = state.stage;
                    throttle.restart();
                    QMetaObject::invokeMethod(
                        this, [this, state] { emit progress(state); }, Qt::QueuedConnection);
                });
            // Delivered on the job's thread; dropped if the job is gone by then.
            QMetaObject::invokeMethod(
                this,
                [this, result = std::move(result)] {
                    if (result)
                        emit finished(*result);
                    else
                        emit failed(result.error());
                },
                Qt::QueuedConnection);
        }));
    m_thread->start();
}

void ImportJob::cancel()
{
    m_cancel->store(true);
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace Casebinder
