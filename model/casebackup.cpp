#include "casebackup.h"

#include "casefile.h"
#include "casepaths.h"
#include "custodylog.h"
#include "exportrecords.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

constexpr int PagesPerStep = 256; // 1 MiB at 4 KiB pages: progress and cancel stay prompt

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

Error backupError(const QString &outPath, const QString &reason, const QString &detail = {})
{
    return Error{Error::Code::Io,
                 u"Cannot copy the case to %1: %2"_s.arg(QDir::toNativeSeparators(outPath), reason),
                 detail};
}

Status checkTarget(const QString &outPath, const QString &casePath)
{
    const QFileInfo target(outPath);
    const QString native = QDir::toNativeSeparators(target.absoluteFilePath());
    if (CasePaths::belongsToCase(outPath, casePath))
        return fail(Error::Code::InvalidArgument,
                    u"Cannot copy the case to %1: it is the case file itself."_s.arg(native));
    if (target.exists() || target.isSymLink())
        return fail(Error::Code::Duplicate,
                    u"Cannot copy the case to %1: a file with this name already exists; a copy "
                    u"never overwrites a file."_s.arg(native));
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return fail(Error::Code::NotFound,
                    u"Cannot copy the case to %1: the folder does not exist."_s.arg(native));
    if (!folder.isWritable())
        return fail(Error::Code::ReadOnly,
                    u"Cannot copy the case to %1: the folder is not writable."_s.arg(native));
    return {};
}

// A name beside the target that no one uses, so the rename stays on one file system.
QString partialNameFor(const QString &outPath)
{
    const QFileInfo target(outPath);
    for (;;) {
        const QString candidate = target.absoluteDir().filePath(
            u".%1.%2.partial"_s.arg(target.fileName())
                .arg(qulonglong(QRandomGenerator::global()->generate()), 8, 16, QChar(u'0')));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

void removeWithSidecars(const QString &path)
{
    for (const QString &file : CasePaths::sqliteFiles(path))
        QFile::remove(file);
}

Status syncFolder(const QString &folder)
{
    const int fd
        = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return {};
    ::fsync(fd);
    ::close(fd);
    return {};
}

// Copies `source` into the new database `partial`, one snapshot in steps.
Status copyPages(Sql::Database &source,
                 const QString &partial,
                 const QString &outPath,
                 qint64 *pages,
                 const BackupProgress &progress,
                 const std::atomic_bool *cancel)
{
    auto destination = Sql::Database::open(partial, Sql::Database::OpenMode::Create);
    if (!destination)
        return fail(backupError(outPath, u"cannot create the copy"_s, destination.error().message));
    // One read transaction across all steps: the copy is this one snapshot, and writers on
    // other connections never make the backup start over.
    if (auto begun = source.exec(u"BEGIN DEFERRED; SELECT count(*) FROM sqlite_schema;"_s); !begun)
        return fail(begun.error());
    const auto endRead = qScopeGuard([&source] { source.exec(u"ROLLBACK"_s); });

    sqlite3_backup *backup
        = sqlite3_backup_init(destination->handle(), "main", source.handle(), "main");
    if (!backup)
        return fail(destination->lastError(outPath));
    int rc = SQLITE_OK;
    do {
        if (isCancelled(cancel)) {
            sqlite3_backup_finish(backup);
            return fail(Error::Code::Cancelled, u"The copy of the case was cancelled."_s);
        }
        rc = sqlite3_backup_step(backup, PagesPerStep);
        const qint64 total = sqlite3_backup_pagecount(backup);
        if (progress)
            progress(total - sqlite3_backup_remaining(backup), total);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    *pages = sqlite3_backup_pagecount(backup);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return fail(Sql::errorFromCode(rc, outPath, QString::fromUtf8(sqlite3_errstr(rc))));
    // A copy is one self-contained file (no -wal, -shm), fit for a share or an archive;
    // CaseFile::open switches it back to WAL when it is opened for writing on a local disk.
    return destination->exec(u"PRAGMA journal_mode = DELETE"_s);
}

// Waits for the write lock (an import may hold it for minutes), so the entry is never lost.
Result<Sql::Transaction> beginWhenFree(Sql::Database &db, const std::atomic_bool *cancel)
{
    for (;;) {
        auto transaction = Sql::Transaction::begin(db);
        if (transaction || transaction.error().code != Error::Code::Busy)
            return transaction;
        if (isCancelled(cancel))
            return fail(Error::Code::Cancelled, u"The copy of the case was cancelled."_s);
    }
}

} // namespace

QJsonObject BackupReport::toJson() const
{
    return {{u"path"_s, path},
            {u"sha256"_s, sha256},
            {u"bytes"_s, bytes},
            {u"pages"_s, pages},
            {u"verified"_s, verification.ok()},
            {u"verification"_s, verification.toJson()}};
}

Result<BackupReport> backupCase(CaseFile &source,
                                const QString &outPath,
                                const BackupProgress &progress,
                                const std::atomic_bool *cancel)
{
    if (auto ok = checkTarget(outPath, source.path()); !ok)
        return fail(ok.error());
    const QString target = QFileInfo(outPath).absoluteFilePath();
    const QString partial = partialNameFor(target);
    auto removePartial = qScopeGuard([&partial] { removeWithSidecars(partial); });

    BackupReport report;
    if (auto copied = copyPages(source.db(), partial, target, &report.pages, progress, cancel);
        !copied)
        return fail(copied.error());
    if (isCancelled(cancel))
        return fail(Error::Code::Cancelled, u"The copy of the case was cancelled."_s);

    {
        auto copy = CaseFile::open(partial, CaseFile::Access::ReadOnly);
        if (!copy)
            return fail(
                backupError(target, u"the copy cannot be opened"_s, copy.error().fullText()));
        auto verified = verifyCase(*copy);
        if (!verified)
            return fail(verified.error());
        if (!verified->ok())
            return fail(backupError(
                target, u"the copy does not verify: %1"_s.arg(verified->problems.join(u"; "_s))));
        report.verification = *verified;
    }
    auto hash = sha256OfFile(partial);
    if (!hash)
        return fail(hash.error());
    report.sha256 = *hash;
    report.bytes = QFileInfo(partial).size();
    report.path = target;

    // The custody entry and the rename stand or fall together: committed only once the copy
    // is in place, and the copy removed again if the entry cannot be committed.
    auto transaction = beginWhenFree(source.db(), cancel);
    if (!transaction)
        return fail(transaction.error());
    if (auto logged = CustodyLog(source.db())
                          .append(CustodyLog::Action::Backup,
                                  QFileInfo(target).fileName(),
                                  report.sha256,
                                  QJsonObject{{u"kind"_s, u"backup"_s},
                                              {u"path"_s, target},
                                              {u"bytes"_s, report.bytes},
                                              {u"pages"_s, report.pages},
                                              {u"verified"_s, true}});
        !logged)
        return fail(logged.error());
    if (isCancelled(cancel))
        return fail(Error::Code::Cancelled, u"The copy of the case was cancelled."_s);
    if (auto moved = CasePaths::renameNoReplace(partial, target); !moved)
        return fail(moved.error());
    removePartial.dismiss();
    if (auto committed = transaction->commit(); !committed) {
        QFile::remove(target);
        return fail(committed.error());
    }
    syncFolder(QFileInfo(target).absolutePath());
    return report;
}

} // namespace Casebinder
