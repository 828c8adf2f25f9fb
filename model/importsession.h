#pragma once

#include "documentstore.h"
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
};

struct DocumentOutcome
{
    qint64 documentId = 0; // the existing document for a duplicate
    bool duplicate = false;
};

// One import job as one transaction: BEGIN IMMEDIATE on begin(), everything or nothing on
// commit(); destroying an uncommitted session rolls it all back (cancel, error, crash).
class ImportSession final
{
public:
    // Starts the transaction and the `imports` row. `options` is stored with the job.
    static Result<ImportSession> begin(Sql::Database &db, const QJsonObject &options);

    ImportSession(ImportSession &&other) noexcept = default;
    ImportSession &operator=(ImportSession &&) = delete;
    ~ImportSession() = default;

    qint64 importId() const { return m_importId; }

    // Stores a document, its pages and its original. An original whose SHA-256 is already
    // filed under a document is a duplicate: nothing new is stored.
    Result<DocumentOutcome> addDocument(const IncomingDocument &document);
    // Is this original already filed (before or earlier in this job)?
    Result<std::optional<qint64>> existingDocument(const QString &sha256);
    // Inserts posts in bulk; returns how many were inserted.
    Result<qint64> addPosts(const QList<PostRecord> &posts,
                            std::optional<qint64> sourceDocumentId = std::nullopt);
    // The same, releasing each record as soon as it is written, so a big file's records do
    // not stay alive next to SQLite's cache until the batch ends; `posts` is empty afterwards.
    Result<qint64> addPosts(QList<PostRecord> &&posts,
                            std::optional<qint64> sourceDocumentId = std::nullopt);
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
    // `release`, when given, is `posts` itself: each record is cleared once it is inserted.
    Result<qint64> insertPosts(const QList<PostRecord> &posts,
                               std::optional<qint64> sourceDocumentId,
                               QList<PostRecord> *release);
    Result<qint64> storePosts(const QList<PostRecord> &posts,
                              std::optional<qint64> sourceDocumentId,
                              QList<PostRecord> *release);
    // Drops the posts table's non-unique indexes before a batch that at least doubles it and
    // returns the statements that recreate them.
    Result<QStringList> deferIndexes(qsizetype batch);

    Sql::Database *m_db = nullptr;
    std::optional<Sql::Transaction> m_transaction;
    qint64 m_importId = 0;
    QJsonArray m_files;
};

} // namespace Casebinder
