#include "casefile.h"

#include "blobstore.h"
#include "casepaths.h"
#include "claimstore.h"
#include "custodylog.h"
#include "docketstore.h"
#include "documentstore.h"
#include "entitystore.h"
#include "eventstore.h"
#include "linkstore.h"
#include "poststore.h"
#include "schema.h"
#include "search.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"
#include "tagstore.h"
#include "timeutil.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

constexpr QByteArrayView SqliteMagic("SQLite format 3\0", 16);

Error fileError(const QString &path, Error::Code code, const QString &reason)
{
    return Error{code, QStringLiteral("%1: %2").arg(path, reason)};
}

// Reads the header through SQLite's own descriptor before any SQL touches the file, so a
// foreign file is refused without SQLite reading it as a database, creating journals or
// changing anything. Never through a descriptor of our own: closing it would drop the locks
// of every connection to the case in this process (decision 0004).
Status checkLooksLikeSqlite(Sql::Database &db, const QString &path)
{
    auto header = db.readMainFileHeader(100);
    if (!header)
        return fail(fileError(path, Error::Code::Io, header.error().message));
    if (header->size() < 100 || !QByteArrayView(*header).startsWith(SqliteMagic))
        return fail(fileError(path,
                              Error::Code::NotACase,
                              header->isEmpty()
                                  ? QStringLiteral("the file is empty, not a Casebinder case")
                                  : QStringLiteral("not a Casebinder case file")));
    return {};
}

Result<qint64> pragmaInteger(Sql::Database &db, const QString &pragma)
{
    auto statement = db.prepare(u"PRAGMA " + pragma);
    if (!statement)
        return fail(statement.error());
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    return *row ? statement->integer(0) : 0;
}

Result<QString> pragmaText(Sql::Database &db, const QString &pragma)
{
    auto statement = db.prepare(u"PRAGMA " + pragma);
    if (!statement)
        return fail(statement.error());
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    return *row ? statement->text(0).toLower() : QString();
}

} // namespace

CaseFile::CaseFile(
    Sql::Database db, QString path, int schemaVersion, Access access, CaseStorage storage)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_schemaVersion(schemaVersion)
    , m_access(access)
    , m_storage(std::move(storage))
{}

DocumentStore CaseFile::documents()
{
    return DocumentStore(m_db);
}

PostStore CaseFile::posts()
{
    return PostStore(m_db);
}

ClaimStore CaseFile::claims()
{
    return ClaimStore(m_db);
}

LinkStore CaseFile::links()
{
    return LinkStore(m_db);
}

EventStore CaseFile::events()
{
    return EventStore(m_db);
}

EntityStore CaseFile::entities()
{
    return EntityStore(m_db);
}

DocketStore CaseFile::dockets()
{
    return DocketStore(m_db);
}

TagStore CaseFile::tags()
{
    return TagStore(m_db);
}

CustodyLog CaseFile::custody()
{
    return CustodyLog(m_db);
}

BlobStore CaseFile::blobs()
{
    return BlobStore(m_db);
}

Search CaseFile::search()
{
    return Search(m_db);
}

// WAL on a local disk (readers never wait for the writer); a rollback journal on a network
// file system, where WAL's shared-memory index is not shared between hosts (decision 0004).
Result<QString> CaseFile::chooseJournal(Sql::Database &db,
                                        const QString &path,
                                        Access access,
                                        const FileSystemKind &fileSystem)
{
    auto current = pragmaText(db, QStringLiteral("journal_mode"));
    if (!current)
        return fail(fileError(path, current.error().code, current.error().message));
    if (access == Access::ReadOnly)
        return current;
    if (fileSystem.network) {
        if (*current != u"wal")
            return current;
        // Leaving WAL checkpoints it into the case and needs every other connection closed.
        auto changed = pragmaText(db, QStringLiteral("journal_mode = DELETE"));
        if (!changed || *changed == u"wal")
            return fail(fileError(
                path,
                Error::Code::Busy,
                QStringLiteral("the case is on a network file system (%1) and still uses a "
                               "journal (WAL) that is not safe there; it can only be switched "
                               "while no other program has the case open. Close it everywhere "
                               "else and open it again, or open it read-only.")
                    .arg(fileSystem.name)));
        return changed;
    }
    if (*current == u"wal")
        return current;
    // A copy or an older case in rollback mode. If another connection holds the case the
    // switch waits for it and then keeps the rollback journal, which is safe, only slower.
    auto changed = pragmaText(db, QStringLiteral("journal_mode = WAL"));
    return changed ? changed : current;
}

Status CaseFile::configureConnection(Sql::Database &db)
{
    return db.exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;"));
}

Result<CaseFile> CaseFile::create(const QString &path, const CaseCaption &caption)
{
    const QFileInfo info(path);
    if (info.exists())
        return fail(
            fileError(path,
                      Error::Code::InvalidArgument,
                      QStringLiteral("a file with this name already exists; choose another name")));
    if (!QFileInfo(info.absolutePath()).isDir())
        return fail(fileError(path, Error::Code::Io, QStringLiteral("the folder does not exist")));

    // Build the case under a temporary name and rename it into place, so a failure never
    // leaves a half-made case behind and a concurrent creator cannot be overwritten.
    const QString partial = info.absoluteFilePath() + u".partial";
    QFile::remove(partial);
    {
        auto db = Sql::Database::open(partial, Sql::Database::OpenMode::Create);
        if (!db)
            return fail(fileError(path, db.error().code, db.error().message));
        auto setup = [&]() -> Status {
            if (auto ok
                = db->exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId));
                !ok)
                return ok;
            if (auto ok = configureConnection(*db); !ok)
                return ok;
            auto transaction = Sql::Transaction::begin(*db);
            if (!transaction)
                return fail(transaction.error());
            if (auto ok = Schema::migrate(*db, 0, Schema::currentVersion()); !ok)
                return ok;
            auto insert
                = db->prepare(QStringLiteral("INSERT INTO case_meta (id, title, case_name, court, "
                                             "docket_number, judge, notes, created_at) "
                                             "VALUES (1, ?, ?, ?, ?, ?, ?, ?)"));
            if (!insert)
                return fail(insert.error());
            insert->bind(1, caption.title)
                .bind(2, caption.caseName)
                .bind(3, caption.court)
                .bind(4, caption.docketNumber)
                .bind(5, caption.judge)
                .bind(6, caption.notes)
                .bind(7, TimeUtil::nowUtcIso());
            if (auto ok = insert->exec(); !ok)
                return ok;
            if (auto ok = CustodyLog(*db).append(CustodyLog::Action::Create,
                                                 info.fileName(),
                                                 {},
                                                 QJsonObject{{u"title"_s, caption.title}});
                !ok)
                return ok;
            return transaction->commit();
        };
        if (auto ok = setup(); !ok) {
            db = Sql::Database::openInMemory(); // closes the partial file before removal
            QFile::remove(partial);
            return fail(fileError(path, ok.error().code, ok.error().message));
        }
    }
    if (auto moved = CasePaths::renameNoReplace(partial, path); !moved) {
        QFile::remove(partial);
        return fail(fileError(path, Error::Code::Io, QStringLiteral("cannot create the file")));
    }
    // open() chooses the journal (WAL on a local disk), under the final name: WAL's -wal and
    // -shm files are named after it.
    return open(path);
}

Result<CaseFile> CaseFile::open(const QString &path, Access access)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(fileError(path, Error::Code::NotFound, QStringLiteral("no such file")));
    if (info.isDir())
        return fail(
            fileError(path, Error::Code::NotACase, QStringLiteral("is a folder, not a case file")));
    const bool writable = info.isWritable();
    auto db = Sql::Database::open(path,
                                  access == Access::ReadWrite && writable
                                      ? Sql::Database::OpenMode::ReadWrite
                                      : Sql::Database::OpenMode::ReadOnly);
    if (!db)
        return fail(db.error());
    if (auto ok = checkLooksLikeSqlite(*db, path); !ok)
        return fail(ok.error());
    if (access == Access::ReadWrite && !writable)
        return fail(fileError(path,
                              Error::Code::ReadOnly,
                              QStringLiteral("the file is read-only; cannot change it")));

    auto applicationId = pragmaInteger(*db, QStringLiteral("application_id"));
    if (!applicationId)
        return fail(fileError(path, applicationId.error().code, applicationId.error().message));
    if (*applicationId != Schema::ApplicationId)
        return fail(fileError(
            path,
            Error::Code::NotACase,
            QStringLiteral("an SQLite database of another application, not a Casebinder case")));

    auto version = pragmaInteger(*db, QStringLiteral("user_version"));
    if (!version)
        return fail(version.error());
    if (*version > Schema::currentVersion())
        return fail(fileError(path,
                              Error::Code::NewerSchema,
                              QStringLiteral("made by a newer Casebinder (schema %1; this version "
                                             "reads up to %2); please update Casebinder")
                                  .arg(*version)
                                  .arg(Schema::currentVersion())));
    if (auto ok = configureConnection(*db); !ok)
        return fail(ok.error());
    auto fileSystem = fileSystemOf(info.absoluteFilePath());
    if (!fileSystem)
        return fail(fileSystem.error());
    auto journal = chooseJournal(*db, path, access, *fileSystem);
    if (!journal)
        return fail(journal.error());

    if (*version < Schema::currentVersion()) {
        if (access == Access::ReadOnly)
            return fail(fileError(
                path,
                Error::Code::ReadOnly,
                QStringLiteral("the case needs an upgrade; open it with write access once")));
        auto transaction = Sql::Transaction::begin(*db);
        if (!transaction)
            return fail(fileError(path, transaction.error().code, transaction.error().message));
        if (auto ok = Schema::migrate(*db, int(*version), Schema::currentVersion()); !ok)
            return fail(
                fileError(path,
                          ok.error().code,
                          QStringLiteral("upgrading the case failed: ") + ok.error().fullText()));
        if (auto ok = CustodyLog(*db).append(
                CustodyLog::Action::Migrate,
                info.fileName(),
                {},
                QJsonObject{{u"from"_s, *version}, {u"to"_s, Schema::currentVersion()}});
            !ok)
            return fail(ok.error());
        if (auto ok = transaction->commit(); !ok)
            return fail(ok.error());
    }
    return CaseFile(std::move(*db),
                    path,
                    Schema::currentVersion(),
                    access,
                    CaseStorage{std::move(*fileSystem), std::move(*journal)});
}

Result<CaseFile> CaseFile::reopen(Access access) const
{
    return open(m_path, access);
}

Result<CaseCaption> CaseFile::caption()
{
    auto statement = m_db.prepare(QStringLiteral(
        "SELECT title, case_name, court, docket_number, judge, notes FROM case_meta WHERE id = 1"));
    if (!statement)
        return fail(statement.error());
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return CaseCaption{};
    return CaseCaption{statement->text(0),
                       statement->text(1),
                       statement->text(2),
                       statement->text(3),
                       statement->text(4),
                       statement->text(5)};
}

Status CaseFile::setCaption(const CaseCaption &caption)
{
    auto statement
        = m_db.prepare(QStringLiteral("UPDATE case_meta SET title = ?, case_name = ?, court = ?, "
                                      "docket_number = ?, judge = ?, notes = ? WHERE id = 1"));
    if (!statement)
        return fail(statement.error());
    statement->bind(1, caption.title)
        .bind(2, caption.caseName)
        .bind(3, caption.court)
        .bind(4, caption.docketNumber)
        .bind(5, caption.judge)
        .bind(6, caption.notes);
    return statement->exec();
}

} // namespace Casebinder
