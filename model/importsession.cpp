#include "importsession.h"

#include "blobstore.h"
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

    if (auto stored = BlobStore(*m_db).putWithHash(sha256, document.original); !stored)
        return fail(stored.error());

    const DocumentRecord &r = document.record;
    auto insert = m_db->cached(
        "INSERT INTO documents (kind, title, document_date, filed_date, docket_number, "
        "exhibit_label, bates_begin, bates_end, source_name, source_path, blob_sha256, "
        "media_type, page_count, text_status, privileged, notes, metadata, parent_id, import_id, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
        .bind(20, TimeUtil::nowUtcIso());
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
    return DocumentOutcome{documentId, false};
}

Result<qint64> ImportSession::addPosts(const QList<PostRecord> &posts,
                                       std::optional<qint64> sourceDocumentId)
{
    return storePosts(posts, sourceDocumentId, nullptr);
}

Result<qint64> ImportSession::addPosts(QList<PostRecord> &&posts,
                                       std::optional<qint64> sourceDocumentId)
{
    QList<PostRecord> owned = std::move(posts);
    return storePosts(owned, sourceDocumentId, &owned);
}

Result<qint64> ImportSession::storePosts(const QList<PostRecord> &posts,
                                         std::optional<qint64> sourceDocumentId,
                                         QList<PostRecord> *release)
{
    const qsizetype count = posts.size();
    // Indexing posts_fts row by row through its trigger costs five times the insert itself.
    // For a big batch the trigger is set aside inside this transaction, the batch indexed with
    // one INSERT … SELECT, and the trigger put back from its own stored SQL, so a rollback
    // restores everything and the schema stays exactly as its owner wrote it. Only done when
    // the trigger is the one this code mirrors.
    constexpr qsizetype BulkThreshold = 1000;
    QString triggerSql;
    if (count >= BulkThreshold) {
        auto trigger = m_db->prepare(
            u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'posts_fts_insert'"_s);
        if (!trigger)
            return fail(trigger.error());
        if (trigger->step().value_or(false)) {
            const QString sql = trigger->text(0).simplified();
            if (sql.contains(u"INSERT INTO posts_fts (rowid, text) VALUES (new.id, new.text);"_s)
                && sql.count(u';') == 1)
                triggerSql = trigger->text(0);
        }
    }
    const bool bulk = !triggerSql.isEmpty();
    if (bulk) {
        if (auto dropped = m_db->exec(u"DROP TRIGGER posts_fts_insert"_s); !dropped)
            return fail(dropped.error());
    }
    // Likewise the secondary indexes when the batch at least doubles the table: one sorted
    // CREATE INDEX per index at the end costs less than a million scattered index inserts
    // (about 10 % of the SQLite work at 1M posts). Only non-unique indexes, so no constraint
    // check is postponed; a rollback restores them with everything else.
    auto deferred = deferIndexes(count);
    if (!deferred)
        return fail(deferred.error());
    auto inserted = insertPosts(posts, sourceDocumentId, release);
    // Taken before the indexes are rebuilt: schema statements may move the last insert rowid.
    const qint64 last = m_db->lastInsertRowId();
    for (const QString &sql : std::as_const(*deferred)) {
        if (!inserted)
            break;
        if (auto created = m_db->exec(sql); !created)
            return fail(created.error());
    }
    if (bulk && inserted && *inserted > 0) {
        auto index = m_db->prepare(
            u"INSERT INTO posts_fts (rowid, text) SELECT id, text FROM posts WHERE id BETWEEN ? AND ?"_s);
        if (!index)
            return fail(index.error());
        index->bind(1, last - *inserted + 1).bind(2, last);
        if (auto done = index->exec(); !done)
            return fail(done.error());
    }
    if (bulk) {
        if (auto restored = m_db->exec(triggerSql); !restored)
            return fail(restored.error());
    }
    return inserted;
}

Result<QStringList> ImportSession::deferIndexes(qsizetype batch)
{
    constexpr qsizetype DeferThreshold = 200000;
    QStringList sqls;
    if (batch < DeferThreshold)
        return sqls;
    auto existing = m_db->prepare(u"SELECT count(*) FROM posts"_s);
    if (!existing)
        return fail(existing.error());
    if (auto row = existing->step(); !row)
        return fail(row.error());
    const qint64 rows = existing->integer(0);
    // A statement still on its row would keep the table locked against DROP INDEX.
    existing->reset();
    if (rows > batch)
        return sqls;
    auto indexes = m_db->prepare(u"SELECT m.name, m.sql FROM pragma_index_list('posts') AS l"
                                 u" JOIN sqlite_master AS m ON m.type = 'index' AND m.name = l.name"
                                 u" WHERE l.\"unique\" = 0 AND m.sql IS NOT NULL"_s);
    if (!indexes)
        return fail(indexes.error());
    QStringList names;
    for (;;) {
        auto row = indexes->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        names.append(indexes->text(0));
        sqls.append(indexes->text(1));
    }
    indexes->reset();
    for (const QString &name : std::as_const(names)) {
        // The name comes from sqlite_master, not from the user; quoted as an identifier.
        QString quoted = name;
        quoted.replace(u'"', u"\"\""_s);
        if (auto dropped = m_db->exec(u"DROP INDEX \"%1\""_s.arg(quoted)); !dropped)
            return fail(dropped.error());
    }
    return sqls;
}

Result<qint64> ImportSession::insertPosts(const QList<PostRecord> &posts,
                                          std::optional<qint64> sourceDocumentId,
                                          QList<PostRecord> *release)
{
    auto insert = m_db->cached(
        "INSERT INTO posts (platform, external_id, author_name, author_handle, posted_at, text, "
        "url, flag_category, flagged_by, reported_on, status, extra, notes, source_document_id, "
        "import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    Sql::Statement &s = **insert;
    qint64 inserted = 0;
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const PostRecord &post = posts.at(i);
        s.reset();
        s.bind(1, post.platform)
            .bind(2, post.externalId)
            .bind(3, post.authorName)
            .bind(4, post.authorHandle)
            .bindOrNull(5, post.postedAt)
            .bind(6, post.text)
            .bind(7, post.url)
            .bind(8, post.flagCategory)
            .bind(9, post.flaggedBy)
            .bindOrNull(10, post.reportedOn)
            .bind(11, postStatusName(post.status))
            .bind(12, post.extra.isEmpty() ? u"{}"_s : toJsonText(post.extra))
            .bind(13, post.notes)
            .bind(14, sourceDocumentId ? sourceDocumentId : post.sourceDocumentId)
            .bind(15, m_importId);
        if (auto done = s.exec(); !done)
            return fail(done.error());
        ++inserted;
        // The statement has its own copy of every bound value (SQLITE_TRANSIENT).
        if (release)
            (*release)[i] = PostRecord();
    }
    if (release)
        release->clear();
    return inserted;
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
    if (auto done = m_transaction->commit(); !done)
        return done;
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

} // namespace Casebinder
