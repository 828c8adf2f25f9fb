#include "importsession.h"

#include "blobstore.h"
#include "casefile.h"
#include "custodylog.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "timeutil.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// FTS5 writes its pending terms out as a new segment whenever they pass 'hashsize' (1 MB by
// default), and merges the segments again and again as they pile up: at a million posts that
// is half the time of the whole index build. Past ~32 MB the buffer's own hash lookups miss
// the CPU cache and it gets slower again (1M posts, CPU s: 1 MB 10.7, 8 MB 6.7, 16 MB 6.0,
// 32 MB 4.9, 64 MB 5.3, 128 MB 6.7). It is a setting of the index, stored with it, so only
// written when it differs.
constexpr qint64 FtsBufferBytes = 32 * 1024 * 1024;

Status ensureFtsBuffer(Sql::Database &db, const QString &table)
{
    // Table names are this file's constants, never user text.
    auto current = db.prepare(u"SELECT v FROM %1_config WHERE k = 'hashsize'"_s.arg(table));
    if (!current)
        return fail(current.error());
    auto row = current->step();
    if (!row)
        return fail(row.error());
    if (*row && current->integer(0) == FtsBufferBytes)
        return {};
    current->reset();
    return db.exec(
        u"INSERT INTO %1 (%1, rank) VALUES ('hashsize', %2)"_s.arg(table).arg(FtsBufferBytes));
}

} // namespace

ImportSession::ImportSession(Sql::Database &db, Sql::Transaction transaction, qint64 importId)
    : m_db(&db)
    , m_transaction(std::move(transaction))
    , m_importId(importId)
{}

Result<ImportSession> ImportSession::begin(Sql::Database &db, const QJsonObject &options)
{
    // A job is one big transaction; with SQLite's default 2 MB page cache the index and FTS
    // pages spill to the WAL again and again. 64 MB keeps them in memory until commit.
    if (auto sized = db.exec(u"PRAGMA cache_size = -65536"_s); !sized)
        return fail(sized.error());
    auto transaction = Sql::Transaction::begin(db);
    if (!transaction)
        return fail(transaction.error());
    for (const QString &table : {u"pages_fts"_s, u"posts_fts"_s}) {
        if (auto buffered = ensureFtsBuffer(db, table); !buffered)
            return fail(buffered.error());
    }
    auto statement = db.cached(
        "INSERT INTO imports (started_at, user, options, status) VALUES (?, ?, ?, 'running')");
    if (!statement)
        return fail(statement.error());
    (*statement)
        ->bind(1, TimeUtil::nowUtcIso())
        .bind(2, TimeUtil::currentUserName())
        .bind(3, toJsonText(options));
    if (auto done = (*statement)->exec(); !done)
        return fail(done.error());
    return ImportSession(db, std::move(*transaction), db.lastInsertRowId());
}

Result<std::optional<qint64>> ImportSession::existingDocument(const QString &sha256)
{
    auto statement = m_db->cached("SELECT id FROM documents WHERE blob_sha256 = ? ORDER BY id "
                                  "LIMIT 1");
    if (!statement)
        return fail(statement.error());
    (*statement)->bind(1, sha256);
    auto row = (*statement)->step();
    if (!row)
        return fail(row.error());
    std::optional<qint64> id;
    if (*row)
        id = (*statement)->integer(0);
    (*statement)->reset();
    return id;
}

Result<DocumentOutcome> ImportSession::addDocument(const IncomingDocument &document)
{
    const QString sha256
        = document.sha256.isEmpty() ? BlobStore::sha256Hex(document.original) : document.sha256;
    auto existing = existingDocument(sha256);
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return DocumentOutcome{**existing, true};
    auto inserted = insertDocument(document, sha256);
    if (!inserted)
        return fail(inserted.error());
    return DocumentOutcome{*inserted, false};
}

Result<qint64> ImportSession::addDocumentSharingOriginal(const IncomingDocument &document)
{
    const QString sha256
        = document.sha256.isEmpty() ? BlobStore::sha256Hex(document.original) : document.sha256;
    return insertDocument(document, sha256);
}

Result<qint64> ImportSession::insertDocument(const IncomingDocument &document,
                                             const QString &sha256)
{
    BlobStore blobs(*m_db);
    auto stored = document.originalFile.isEmpty()
                      ? blobs.putWithHash(sha256, document.original)
                      : blobs.putFileWithHash(sha256, document.originalFile);
    if (!stored)
        return fail(stored.error());

    const DocumentRecord &r = document.record;
    auto insert = m_db->cached(
        "INSERT INTO documents (kind, title, document_date, filed_date, docket_number, "
        "exhibit_label, bates_begin, bates_end, source_name, source_path, blob_sha256, "
        "media_type, page_count, text_status, privileged, notes, metadata, parent_id, import_id, "
        "created_at, date_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, "
        "?)");
    if (!insert)
        return fail(insert.error());
    (*insert)
        ->bind(1, documentKindName(r.kind))
        .bind(2, r.title)
        .bindOrNull(3, r.documentDate)
        .bindOrNull(4, r.filedDate)
        .bindOrNull(5, r.docketNumber)
        .bindOrNull(6, r.exhibitLabel)
        .bindOrNull(7, r.batesBegin)
        .bindOrNull(8, r.batesEnd)
        .bind(9, r.sourceName)
        .bind(10, r.sourcePath)
        .bind(11, sha256)
        .bind(12, r.mediaType)
        .bind(13, int(document.pages.size()))
        .bind(14, textStatusName(r.textStatus))
        .bind(15, r.privileged)
        .bind(16, r.notes)
        .bind(17, toJsonText(r.metadata))
        .bind(18, r.parentId)
        .bind(19, m_importId)
        .bind(20, TimeUtil::nowUtcIso())
        .bindOrNull(21, r.documentDate.isEmpty() ? QString() : dateSourceName(r.dateSource));
    if (auto done = (*insert)->exec(); !done)
        return fail(done.error());
    const qint64 documentId = m_db->lastInsertRowId();

    auto page = m_db->cached(
        "INSERT INTO pages (document_id, number, text, needs_ocr) VALUES (?, ?, ?, ?)");
    if (!page)
        return fail(page.error());
    int number = 0;
    for (const PageRecord &p : document.pages) {
        (*page)->reset();
        (*page)->bind(1, documentId).bind(2, ++number).bind(3, p.text).bind(4, p.needsOcr);
        if (auto done = (*page)->exec(); !done)
            return fail(done.error());
    }
    return documentId;
}

Result<qint64> ImportSession::addPosts(QList<PostRecord> posts,
                                       std::optional<qint64> sourceDocumentId)
{
    PostLoader loader = loadPosts(sourceDocumentId);
    const PostBatch batch(posts);
    posts = {};
    if (auto added = loader.add(batch); !added)
        return fail(added.error());
    return loader.finish();
}

PostLoader ImportSession::loadPosts(std::optional<qint64> sourceDocumentId)
{
    return PostLoader(*m_db, m_importId, sourceDocumentId);
}

Status ImportSession::setDocumentMetadata(qint64 documentId, const QJsonObject &metadata)
{
    auto statement = m_db->cached("UPDATE documents SET metadata = ? WHERE id = ?");
    if (!statement)
        return fail(statement.error());
    (*statement)->bind(1, toJsonText(metadata)).bind(2, documentId);
    return (*statement)->exec();
}

Result<Sql::Savepoint> ImportSession::savepoint(const char *name)
{
    return Sql::Savepoint::begin(*m_db, name);
}

PostLoader::PostLoader(Sql::Database &db, qint64 importId, std::optional<qint64> sourceDocumentId)
    : m_db(&db)
    , m_importId(importId)
    , m_sourceDocumentId(sourceDocumentId)
{}

Status PostLoader::add(const PostBatch &chunk)
{
    // Indexing posts_fts row by row through its trigger costs five times the insert itself,
    // so a source whose first chunk is big is loaded in bulk. Only done when the trigger is
    // the one this code mirrors.
    constexpr qsizetype BulkThreshold = 1000;
    if (!m_started) {
        m_started = true;
        if (chunk.size() >= BulkThreshold) {
            if (auto started = startBulk(); !started)
                return started;
        }
    }
    const qsizetype count = chunk.size();
    PhaseClock clock;
    if (auto inserted = insertRows(chunk); !inserted)
        return inserted;
    m_rowsTime += clock.lap();
    if (count > 0 && !m_firstId)
        m_firstId = m_db->lastInsertRowId() - count + 1;
    return deferIndexesOnceDoubled();
}

Status PostLoader::startBulk()
{
    auto trigger = m_db->prepare(
        u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'posts_fts_insert'"_s);
    if (!trigger)
        return fail(trigger.error());
    auto row = trigger->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return {};
    const QString sql = trigger->text(0);
    trigger->reset();
    const QString simplified = sql.simplified();
    if (!simplified.contains(u"INSERT INTO posts_fts (rowid, text) VALUES (new.id, new.text);"_s)
        || simplified.count(u';') != 1)
        return {};
    if (auto dropped = m_db->exec(u"DROP TRIGGER posts_fts_insert"_s); !dropped)
        return dropped;
    m_triggerSql = sql;
    auto existing = m_db->prepare(u"SELECT count(*) FROM posts"_s);
    if (!existing)
        return fail(existing.error());
    if (auto counted = existing->step(); !counted)
        return fail(counted.error());
    m_rowsBefore = existing->integer(0);
    existing->reset();
    return deferIndexesOnceDoubled();
}

// One sorted CREATE INDEX per index at the end costs less than a million scattered index
// inserts. Only non-unique indexes, so no constraint check is postponed; the rows inserted
// before the drop are indexed again by the rebuild like all the others.
Status PostLoader::deferIndexesOnceDoubled()
{
    constexpr qint64 DeferThreshold = 200000;
    const qint64 batch = std::max(m_inserted, m_expected);
    if (!m_rowsBefore || !m_deferredIndexes.isEmpty() || batch < DeferThreshold
        || batch < *m_rowsBefore)
        return {};
    auto indexes = m_db->prepare(u"SELECT m.name, m.sql FROM pragma_index_list('posts') AS l"
                                 u" JOIN sqlite_master AS m ON m.type = 'index' AND m.name = l.name"
                                 u" WHERE l.\"unique\" = 0 AND m.sql IS NOT NULL"_s);
    if (!indexes)
        return fail(indexes.error());
    QStringList names;
    QStringList sqls;
    for (;;) {
        auto row = indexes->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        names.append(indexes->text(0));
        sqls.append(indexes->text(1));
    }
    // A statement still on its row would keep the table locked against DROP INDEX.
    indexes->reset();
    for (const QString &name : std::as_const(names)) {
        // The name comes from sqlite_master, not from the user; quoted as an identifier.
        QString quoted = name;
        quoted.replace(u'"', u"\"\""_s);
        if (auto dropped = m_db->exec(u"DROP INDEX \"%1\""_s.arg(quoted)); !dropped)
            return dropped;
    }
    m_deferredIndexes = sqls;
    return {};
}

Status PostLoader::insertRows(const PostBatch &posts)
{
    auto insert = m_db->cached(
        "INSERT INTO posts (platform, external_id, author_name, author_handle, posted_at, text, "
        "url, flag_category, flagged_by, reported_on, status, extra, notes, source_document_id, "
        "import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    Sql::Statement &s = **insert;
    Status done;
    for (qsizetype i = 0; i < posts.size() && done; ++i) {
        s.reset();
        for (int column = 0; column < PostBatch::ColumnCount; ++column)
            s.bindUtf8(column + 1, posts.value(i, PostBatch::Column(column)));
        s.bind(14, m_sourceDocumentId ? m_sourceDocumentId : posts.sourceDocumentId(i))
            .bind(15, m_importId);
        done = s.exec();
        m_inserted += done ? 1 : 0;
    }
    // The batch's bytes were bound without a copy; the cached statement must not keep them.
    s.reset();
    s.clearBindings();
    return done;
}

Result<qint64> PostLoader::finish()
{
    PhaseClock::log("posts rows", m_rowsTime);
    PhaseClock clock;
    for (const QString &sql : std::as_const(m_deferredIndexes)) {
        if (auto created = m_db->exec(sql); !created)
            return fail(created.error());
    }
    if (!m_deferredIndexes.isEmpty())
        clock.log("posts indexes");
    m_deferredIndexes.clear();
    // One statement for the whole source: FTS5 writes its buffered terms out at every
    // statement boundary inside a savepoint, so chunk-sized statements would leave hundreds
    // of small segments to merge.
    if (!m_triggerSql.isEmpty() && m_firstId) {
        auto index = m_db->prepare(
            u"INSERT INTO posts_fts (rowid, text) SELECT id, text FROM posts WHERE id >= ?"_s);
        if (!index)
            return fail(index.error());
        index->bind(1, *m_firstId);
        if (auto done = index->exec(); !done)
            return fail(done.error());
        clock.log("posts full-text index");
    }
    if (!m_triggerSql.isEmpty()) {
        if (auto restored = m_db->exec(m_triggerSql); !restored)
            return fail(restored.error());
        m_triggerSql.clear();
    }
    return m_inserted;
}

Result<int> ImportSession::nextExhibitNumber(const QString &prefix)
{
    // Labels are "PREFIX<digits>"; the prefix is bound, never spliced into the SQL.
    auto statement = m_db->cached(
        "SELECT max(CAST(substr(exhibit_label, length(?1) + 1) AS INTEGER)) FROM documents "
        "WHERE substr(exhibit_label, 1, length(?1)) = ?1 "
        "AND substr(exhibit_label, length(?1) + 1) GLOB '[0-9]*'");
    if (!statement)
        return fail(statement.error());
    (*statement)->bind(1, prefix);
    auto row = (*statement)->step();
    if (!row)
        return fail(row.error());
    const int next = (*statement)->isNull(0) ? 1 : int((*statement)->integer(0)) + 1;
    (*statement)->reset();
    return next;
}

void ImportSession::recordFile(const QJsonObject &file)
{
    m_files.append(file);
}

Status ImportSession::commit(const QJsonObject &report)
{
    if (!m_transaction)
        return fail(Error::Code::InvalidArgument, u"The import was already finished"_s);
    auto statement = m_db->cached(
        "UPDATE imports SET finished_at = ?, status = 'committed', report = ? WHERE id = ?");
    if (!statement)
        return fail(statement.error());
    (*statement)->bind(1, TimeUtil::nowUtcIso()).bind(2, toJsonText(report)).bind(3, m_importId);
    if (auto done = (*statement)->exec(); !done)
        return done;

    // The entry's own hash covers every incoming file's hash, in order, so the log line
    // alone pins down exactly what this job brought in.
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const auto &value : std::as_const(m_files))
        digest.addData(
            QByteArray(value.toObject().value(u"sha256"_s).toString().toLatin1() + '\n'));
    const QJsonObject details{{u"import_id"_s, m_importId},
                              {u"files"_s, m_files},
                              {u"imported"_s, report.value(u"imported"_s)},
                              {u"duplicates"_s, report.value(u"duplicates"_s)},
                              {u"rejected"_s, report.value(u"rejected"_s)},
                              {u"posts"_s, report.value(u"posts"_s)}};
    if (auto logged
        = CustodyLog(*m_db).append(CustodyLog::Action::Import,
                                   u"import %1 (%2 files)"_s.arg(m_importId).arg(m_files.size()),
                                   QString::fromLatin1(digest.result().toHex()),
                                   details);
        !logged)
        return logged;
    PhaseClock clock;
    if (auto done = m_transaction->commit(); !done)
        return done;
    clock.log("commit");
    m_transaction.reset();
    return {};
}

void ImportSession::rollback()
{
    if (m_transaction) {
        m_transaction->rollback();
        m_transaction.reset();
    }
}

Result<ImportSession> ImportSession::begin(CaseFile &caseFile, const QJsonObject &options)
{
    return begin(caseFile.db(), options);
}

} // namespace Casebinder
