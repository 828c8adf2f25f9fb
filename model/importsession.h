#pragma once

#include "docketcasefill.h"
#include "docketevents.h"
#include "docketlinker.h"
#include "docketstore.h"
#include "documentstore.h"
#include "loadfilestore.h"
#include "phaseclock.h"
#include "postbatch.h"
#include "poststore.h"
#include "result.h"
#include "sqlite/transaction.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Casebinder {

class CaseFile;

namespace Sql {
class Database;
}

// A document as an importer produced it: the record (id, import_id, blob_sha256, created_at
// and page_count are filled in by the session), its pages and the original bytes.
struct IncomingDocument
{
    DocumentRecord record;
    QList<PageRecord> pages;
    QByteArray original;
    QString sha256; // of `original`; computed by the session when empty
    // Instead of `original` (left empty): the original is this file, streamed into its blob
    // (BlobStore::putFileWithHash); `sha256` must then be given, and is checked.
    QString originalFile;
};

struct DocumentOutcome
{
    qint64 documentId = 0; // the existing document for a duplicate
    bool duplicate = false;
};

// Stores one source's posts chunk by chunk inside an import's transaction; made by
// ImportSession::loadPosts(). A big source is loaded the fast way: the full-text trigger is set
// aside and finish() indexes all of the source's posts with one INSERT … SELECT; once the source at
// least doubles the posts table, its secondary indexes are dropped and finish() builds them once,
// sorted. All of it happens in the transaction, so a rollback restores the schema exactly as its
// owner wrote it.
class PostLoader final
{
public:
    PostLoader(PostLoader &&) noexcept = default;
    PostLoader &operator=(PostLoader &&) = delete;
    ~PostLoader() = default;

    // How many posts the source is expected to hold, when known before the first add(): a
    // source that will at least double the table has its indexes set aside from the start.
    void expect(qint64 posts) { m_expected = posts; }
    Status add(const PostBatch &posts);
    Status add(const QList<PostRecord> &posts) { return add(PostBatch(posts)); }
    // Puts back what was set aside; returns how many posts were inserted.
    Result<qint64> finish();
    qint64 inserted() const { return m_inserted; }

private:
    friend class ImportSession;
    PostLoader(Sql::Database &db, qint64 importId, std::optional<qint64> sourceDocumentId);
    Status startBulk();
    Status deferIndexesOnceDoubled();
    Status insertRows(const PostBatch &posts);

    Sql::Database *m_db = nullptr;
    qint64 m_importId = 0;
    std::optional<qint64> m_sourceDocumentId;
    qint64 m_inserted = 0;
    qint64 m_expected = 0;
    bool m_started = false;
    QString m_triggerSql;               // the full-text trigger while it is set aside
    std::optional<qint64> m_rowsBefore; // posts in the table when the bulk load started
    std::optional<qint64> m_firstId;    // of this source's posts
    PhaseClock::Lap m_rowsTime;
    QStringList m_deferredIndexes; // CREATE INDEX statements to run in finish()
};

// One import job as one transaction: BEGIN IMMEDIATE on begin(), everything or nothing on
// commit(); destroying an uncommitted session rolls it all back (cancel, error, crash).
class ImportSession final
{
public:
    // Starts the transaction and the `imports` row. `options` is stored with the job.
    static Result<ImportSession> begin(Sql::Database &db, const QJsonObject &options);
    static Result<ImportSession> begin(CaseFile &caseFile, const QJsonObject &options);

    ImportSession(ImportSession &&other) noexcept = default;
    ImportSession &operator=(ImportSession &&) = delete;
    ~ImportSession() = default;

    qint64 importId() const { return m_importId; }
    // The case's dockets, written inside this session's transaction.
    DocketStore dockets() { return DocketStore(*m_db); }
    // Ties filings and docket entries together inside this session's transaction.
    DocketLinker docketLinker() { return DocketLinker(*m_db); }
    DocketCaseFill docketCaseFill() { return DocketCaseFill(*m_db); }
    DocketEvents docketEvents() { return DocketEvents(*m_db); }
    // The files, Bates numbers and families of load-file records, in this transaction.
    LoadFileStore loadFiles() { return LoadFileStore(*m_db, m_importId); }

    // Stores a document, its pages and its original. An original whose SHA-256 is already
    // filed under a document is a duplicate: nothing new is stored.
    Result<DocumentOutcome> addDocument(const IncomingDocument &document);
    // Stores a document even when its original is already filed under another one (records
    // of a load file that share a native): the blob is kept once, both documents refer to it.
    Result<qint64> addDocumentSharingOriginal(const IncomingDocument &document);
    // Is this original already filed (before or earlier in this job)?
    Result<std::optional<qint64>> existingDocument(const QString &sha256);
    // Inserts posts in bulk; returns how many were inserted.
    Result<qint64> addPosts(QList<PostRecord> posts,
                            std::optional<qint64> sourceDocumentId = std::nullopt);
    // For a source read in chunks: see PostLoader.
    PostLoader loadPosts(std::optional<qint64> sourceDocumentId = std::nullopt);
    // Replaces a stored document's metadata (e.g. the number of posts once all are read).
    Status setDocumentMetadata(qint64 documentId, const QJsonObject &metadata);
    // Lets part of the job be undone (a file that turns out unreadable halfway through).
    Result<Sql::Savepoint> savepoint(const char *name);
    // The next free number for exhibit labels "PREFIX<n>" (1 when none exist yet).
    Result<int> nextExhibitNumber(const QString &prefix);

    // Records what came in: one entry per file {path, sha256, status, ...}, written to the
    // custody log with the job; the files' hashes go into the entry's details.
    void recordFile(const QJsonObject &file);

    // Writes the imports row's report and the custody-log entry, then commits.
    Status commit(const QJsonObject &report);
    void rollback();

private:
    ImportSession(Sql::Database &db, Sql::Transaction transaction, qint64 importId);
    Result<qint64> insertDocument(const IncomingDocument &document, const QString &sha256);
    Sql::Database *m_db = nullptr;
    std::optional<Sql::Transaction> m_transaction;
    qint64 m_importId = 0;
    QJsonArray m_files;
};

} // namespace Casebinder
