// backupCase (issue 22, part 4): a consistent, verified copy while others use the case.
#include "casebackup.h"
#include "casefile.h"
#include "sqlite/statement.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

QString createCase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"source.casebinder"_s);
    return CaseFile::create(path, CaseCaption{.title = u"Source"_s}) ? path : QString();
}

Status addTag(CaseFile &caseFile, const QString &name)
{
    auto insert = caseFile.db().prepare(u"INSERT INTO tags (name) VALUES (?)"_s);
    if (!insert)
        return fail(insert.error());
    insert->bind(1, name);
    return insert->exec();
}

qint64 tagsNamed(const QString &casePath, const QString &name)
{
    auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    if (!caseFile)
        return -1;
    auto count = caseFile->db().prepare(u"SELECT count(*) FROM tags WHERE name = ?"_s);
    if (!count)
        return -1;
    count->bind(1, name);
    auto row = count->step();
    return row && *row ? count->integer(0) : -1;
}

QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TestCaseBackup : public QObject
{
    Q_OBJECT

private slots:
    void copiesOnlyCommittedStateWhileAnotherConnectionWrites()
    {
        QTemporaryDir dir;
        const QString path = createCase(dir);
        QVERIFY(!path.isEmpty());
        auto writer = CaseFile::open(path);
        QVERIFY(writer);
        QVERIFY(addTag(*writer, u"Committed"_s));
        QVERIFY(writer->db().exec(u"BEGIN IMMEDIATE"_s));
        QVERIFY(addTag(*writer, u"Uncommitted"_s));

        const QString out = dir.filePath(u"copy.casebinder"_s);
        std::atomic_bool copied = false;
        Result<BackupReport> result = fail(Error::Code::Io, u"not run"_s);
        std::thread worker([&] {
            auto source = CaseFile::open(path); // the worker's own connection
            if (!source) {
                result = fail(source.error());
                return;
            }
            result = backupCase(*source, out, [&copied](qint64 done, qint64 total) {
                if (done == total)
                    copied = true;
            });
        });
        // The pages are copied while the write transaction is open; the custody entry waits.
        QTRY_VERIFY_WITH_TIMEOUT(copied.load(), 60000);
        QVERIFY(writer->db().exec(u"COMMIT"_s));
        worker.join();
        QVERIFY2(result, result ? "" : qPrintable(result.error().fullText()));
        QVERIFY(result->verification.ok());
        QCOMPARE(tagsNamed(out, u"Committed"_s), 1);
        QCOMPARE(tagsNamed(out, u"Uncommitted"_s), 0);
        QCOMPARE(tagsNamed(path, u"Uncommitted"_s), 1);
    }

    void copiesACaseHeldByAnotherProcess()
    {
        QTemporaryDir dir;
        const QString path = createCase(dir);
        QVERIFY(!path.isEmpty());
        QProcess holder;
        holder.start(QStringLiteral(CASEHOLD_EXE), {});
        QVERIFY(holder.waitForStarted());
        const auto send = [&holder](const QString &command) {
            holder.write((command + u'\n').toUtf8());
            holder.waitForBytesWritten();
            while (!holder.canReadLine()) {
                if (!holder.waitForReadyRead(60000))
                    return u"error no answer"_s;
            }
            return QString::fromUtf8(holder.readLine()).trimmed();
        };
        QCOMPARE(send(u"open "_s + path), u"ok"_s);
        QCOMPARE(send(u"tag Held elsewhere"_s), u"ok"_s);

        const QString out = dir.filePath(u"copy.casebinder"_s);
        {
            auto source = CaseFile::open(path);
            QVERIFY(source);
            auto report = backupCase(*source, out);
            QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
            QVERIFY(report->verification.ok());
        }
        QCOMPARE(tagsNamed(out, u"Held elsewhere"_s), 1);
        QCOMPARE(send(u"tag After the copy"_s), u"ok"_s); // the holder is unharmed
        QCOMPARE(send(u"quit"_s), u"ok"_s);
        QVERIFY(holder.waitForFinished());
        QCOMPARE(tagsNamed(path, u"After the copy"_s), 1);
        QCOMPARE(tagsNamed(out, u"After the copy"_s), 0);
    }

    void neverOverwritesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = createCase(dir);
        QVERIFY(!path.isEmpty());
        const QString out = dir.filePath(u"taken.casebinder"_s);
        QFile existing(out);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("someone's file");
        existing.close();
        auto source = CaseFile::open(path);
        QVERIFY(source);
        auto refused = backupCase(*source, out);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Duplicate);
        QVERIFY(refused.error().message.contains(u"already exists"_s));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("someone's file"));
    }

    void recordsTheCopyInTheSourceCustodyLog()
    {
        QTemporaryDir dir;
        const QString path = createCase(dir);
        QVERIFY(!path.isEmpty());
        const QString out = dir.filePath(u"copy.casebinder"_s);
        auto source = CaseFile::open(path);
        QVERIFY(source);
        auto report = backupCase(*source, out);
        QVERIFY(report);
        auto entry = source->db().prepare(
            u"SELECT action, subject, sha256, details FROM custody_log ORDER BY id DESC LIMIT 1"_s);
        QVERIFY(entry);
        auto row = entry->step();
        QVERIFY(row && *row);
        QCOMPARE(entry->text(0), u"export"_s);
        QCOMPARE(entry->text(1), u"copy.casebinder"_s);
        QCOMPARE(entry->text(2), report->sha256);
        const QJsonObject details = QJsonDocument::fromJson(entry->text(3).toUtf8()).object();
        QCOMPARE(details.value(u"kind"_s).toString(), u"backup"_s);
        QCOMPARE(details.value(u"path"_s).toString(), report->path);
        QCOMPARE(details.value(u"verified"_s).toBool(), true);
    }

    void cancelledCopyLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = createCase(dir);
        QVERIFY(!path.isEmpty());
        const QString out = dir.filePath(u"copy.casebinder"_s);
        auto source = CaseFile::open(path);
        QVERIFY(source);
        const QStringList before = filesIn(dir); // the case, its -wal and -shm
        std::atomic_bool cancel = false;
        auto cancelled = backupCase(
            *source, out, [&cancel](qint64, qint64) { cancel = true; }, &cancel);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(filesIn(dir), before); // no .partial left behind
        auto entries = source->db().prepare(
            u"SELECT count(*) FROM custody_log WHERE details LIKE '%backup%'"_s);
        QVERIFY(entries);
        auto row = entries->step();
        QVERIFY(row && *row);
        QCOMPARE(entries->integer(0), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaseBackup)
#include "tst_casebackup.moc"
