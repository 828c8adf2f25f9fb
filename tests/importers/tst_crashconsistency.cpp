// Kills `casebinder-cli import` with SIGKILL at seeded random moments and proves that the case
// survives: PRAGMA integrity_check is ok, the killed import is in the case completely or not
// at all, and every original imported before it is still byte-identical.
//
// CASEBINDER_CRASH_RUNS (default 8), CASEBINDER_CRASH_SEED (default 20261122) and
// CASEBINDER_CRASH_ROWS (posts in the big CSV, default 40000) select the long version;
// scripts/crash-test.sh sets them (50 runs of 200,000 posts by default).
#include "../app/clirunner.h"
#include "blobstore.h"
#include "casefile.h"
#include "sqlite/statement.h"
#include "testpdf.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

qint64 environmentNumber(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    return ok && value > 0 ? value : fallback;
}

QByteArray makePdf(int pages, const QString &label)
{
    QStringList texts;
    for (int page = 0; page < pages; ++page)
        texts.append(u"%1, page %2. The defendant breached the agreement on the date stated in "
                     u"the complaint; see exhibit %3."_s.arg(label)
                         .arg(page + 1)
                         .arg(page * 7 + 3));
    return TestSupport::makePdf(texts, label);
}

QByteArray makePostsCsv(qint64 rows, qint64 firstId)
{
    QByteArray csv = "id,author,created_at,text\n";
    csv.reserve(rows * 96);
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 id = firstId + i;
        csv += QByteArray::number(id) + ",user" + QByteArray::number(id % 977) + ",2021-01-"
               + QByteArray::number(1 + id % 28).rightJustified(2, '0')
               + "T12:00:00Z,\"post number " + QByteArray::number(id)
               + ", quoting \"\"the storm\"\" again\"\n";
    }
    return csv;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Everything an import adds; a killed import must leave exactly `before` or `after`.
struct Counts
{
    qint64 documents = 0;
    qint64 pages = 0;
    qint64 posts = 0;
    qint64 blobs = 0;
    qint64 imports = 0;
    qint64 custody = 0;

    friend bool operator==(const Counts &, const Counts &) = default;
    QString toString() const
    {
        return u"documents %1, pages %2, posts %3, blobs %4, imports %5, custody %6"_s
            .arg(documents)
            .arg(pages)
            .arg(posts)
            .arg(blobs)
            .arg(imports)
            .arg(custody);
    }
};

Result<Counts> countRows(CaseFile &caseFile)
{
    auto statement = caseFile.db().prepare(
        u"SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM pages),"
        u" (SELECT count(*) FROM posts), (SELECT count(*) FROM blobs),"
        u" (SELECT count(*) FROM imports), (SELECT count(*) FROM custody_log)"_s);
    if (!statement)
        return fail(statement.error());
    if (auto row = statement->step(); !row)
        return fail(row.error());
    return Counts{statement->integer(0),
                  statement->integer(1),
                  statement->integer(2),
                  statement->integer(3),
                  statement->integer(4),
                  statement->integer(5)};
}

Result<QString> integrityCheck(CaseFile &caseFile)
{
    auto statement = caseFile.db().prepare(u"PRAGMA integrity_check"_s);
    if (!statement)
        return fail(statement.error());
    QStringList lines;
    while (true) {
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        lines.append(statement->text(0));
    }
    return lines.join(u'\n');
}

// Copies a closed case (its WAL, if any, too) over `to`, dropping what a killed run left there.
bool copyCase(const QString &from, const QString &to)
{
    for (const QString &suffix : {u"-shm"_s, u"-journal"_s})
        QFile::remove(to + suffix);
    for (const QString &suffix : {u""_s, u"-wal"_s}) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

} // namespace

class TestCrashConsistency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_baseCase;
    QString m_bigBatch;
    QHash<QString, QByteArray> m_firstOriginals; // sha256 -> bytes of the first batch
    Counts m_before;
    Counts m_after;
    qint64 m_fullImportMs = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The checks after every run; `completed` says the import exited on its own with success.
    void checkCase(const QString &casePath, bool completed, int run, bool *committed)
    {
        auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadWrite);
        QVERIFY2(caseFile,
                 qPrintable(u"run %1: %2"_s.arg(run).arg(caseFile ? QString()
                                                                  : caseFile.error().fullText())));

        auto integrity = integrityCheck(*caseFile);
        QVERIFY2(integrity, qPrintable(integrity ? QString() : integrity.error().fullText()));
        QVERIFY2(*integrity == u"ok"_s, qPrintable(u"run %1: %2"_s.arg(run).arg(*integrity)));

        auto counts = countRows(*caseFile);
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().fullText()));
        *committed = *counts == m_after;
        QVERIFY2(*counts == m_before || *committed,
                 qPrintable(u"run %1: the case holds part of the import: %2 (before: %3; after: "
                            u"%4)"_s.arg(run)
                                .arg(counts->toString(), m_before.toString(), m_after.toString())));
        if (completed)
            QVERIFY2(*committed, qPrintable(u"run %1: a finished import is missing"_s.arg(run)));

        BlobStore blobs(caseFile->db());
        for (auto it = m_firstOriginals.cbegin(); it != m_firstOriginals.cend(); ++it) {
            auto bytes = blobs.read(it.key());
            QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().fullText()));
            QVERIFY2(*bytes == it.value(),
                     qPrintable(u"run %1: original %2 changed"_s.arg(run).arg(it.key())));
        }
        qint64 checked = 0;
        auto mismatches = blobs.verifyAll(&checked);
        QVERIFY2(mismatches, qPrintable(mismatches ? QString() : mismatches.error().fullText()));
        QVERIFY2(mismatches->isEmpty(),
                 qPrintable(u"run %1: %2 originals do not match their SHA-256"_s.arg(run).arg(
                     mismatches->size())));
        QCOMPARE(checked, counts->blobs);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(CASEBINDER_CLI)), CASEBINDER_CLI);

        // The first batch: three filings and a small posts sample.
        m_baseCase = path(u"base.casebinder"_s);
        const CliRun created = runCli({u"new"_s, m_baseCase, u"--title"_s, u"Crash test"_s});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QString first = path(u"first"_s);
        QVERIFY(QDir().mkpath(first));
        QStringList firstFiles;
        for (int i = 1; i <= 3; ++i) {
            const QByteArray pdf = makePdf(i + 1, u"Filing %1"_s.arg(i));
            const QString file = first + u"/filing-%1.pdf"_s.arg(i);
            QVERIFY(writeFile(file, pdf));
            m_firstOriginals.insert(BlobStore::sha256Hex(pdf), pdf);
        }
        const QByteArray smallCsv = makePostsCsv(500, 1);
        QVERIFY(writeFile(first + u"/flagged.csv"_s, smallCsv));
        m_firstOriginals.insert(BlobStore::sha256Hex(smallCsv), smallCsv);
        const CliRun imported = runCli({u"import"_s, m_baseCase, first});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        {
            auto caseFile = CaseFile::open(m_baseCase, CaseFile::Access::ReadOnly);
            QVERIFY(caseFile);
            auto counts = countRows(*caseFile);
            QVERIFY(counts);
            m_before = *counts;
        }
        QCOMPARE(m_before.documents, 4);
        QCOMPARE(m_before.posts, 500);

        // The batch that gets killed: filings and a posts sample big enough to take a while.
        m_bigBatch = path(u"big"_s);
        QVERIFY(QDir().mkpath(m_bigBatch));
        for (int i = 1; i <= 24; ++i)
            QVERIFY(writeFile(m_bigBatch + u"/exhibit-%1.pdf"_s.arg(i, 2, 10, QChar(u'0')),
                              makePdf(2 + i % 5, u"Exhibit %1"_s.arg(i))));
        const qint64 rows = environmentNumber("CASEBINDER_CRASH_ROWS", 40000);
        QVERIFY(writeFile(m_bigBatch + u"/posts.csv"_s, makePostsCsv(rows, 1000000)));

        // One undisturbed import gives the "after" state and how long the import takes.
        const QString full = path(u"full.casebinder"_s);
        QVERIFY(copyCase(m_baseCase, full));
        QElapsedTimer timer;
        timer.start();
        const CliRun whole = runCli({u"import"_s, full, m_bigBatch}, 600000);
        m_fullImportMs = timer.elapsed();
        QVERIFY2(whole.exitCode == 0, whole.err.constData());
        {
            auto caseFile = CaseFile::open(full, CaseFile::Access::ReadOnly);
            QVERIFY(caseFile);
            auto counts = countRows(*caseFile);
            QVERIFY(counts);
            m_after = *counts;
        }
        QCOMPARE(m_after.documents, m_before.documents + 25);
        QCOMPARE(m_after.posts, m_before.posts + rows);
        qInfo(
            "an undisturbed import of %lld posts and 24 PDFs takes %lld ms", rows, m_fullImportMs);
    }

    void killedImportIsAllOrNothing()
    {
        const int runs = int(environmentNumber("CASEBINDER_CRASH_RUNS", 8));
        const quint32 seed = quint32(environmentNumber("CASEBINDER_CRASH_SEED", 20261122));
        qInfo(
            "crash runs: %d, seed: %u (CASEBINDER_CRASH_RUNS, CASEBINDER_CRASH_SEED)", runs, seed);
        QRandomGenerator random(seed);
        int rolledBack = 0;
        int committed = 0;
        int finished = 0;
        for (int run = 1; run <= runs; ++run) {
            const QString casePath = path(u"run.casebinder"_s);
            QVERIFY(copyCase(m_baseCase, casePath));
            // Up to 10% past the usual duration, so that some kills land after the commit.
            const int delayMs = int(random.bounded(qint64(m_fullImportMs * 11 / 10) + 1));

            QProcess process;
            process.start(QStringLiteral(CASEBINDER_CLI), {u"import"_s, casePath, m_bigBatch});
            QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
            const bool exited = process.waitForFinished(delayMs);
            if (!exited) {
                process.kill(); // SIGKILL on Unix: no handler, no destructor, no rollback
                QVERIFY(process.waitForFinished(30000));
            }
            const bool completed
                = exited && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
            if (exited)
                QVERIFY2(completed, process.readAllStandardError().constData());

            bool holdsImport = false;
            checkCase(casePath, completed, run, &holdsImport);
            if (QTest::currentTestFailed())
                return;
            finished += completed ? 1 : 0;
            committed += holdsImport && !completed ? 1 : 0;
            rolledBack += holdsImport ? 0 : 1;
            qInfo("run %d: %s at %d ms -> %s",
                  run,
                  completed ? "finished" : "killed",
                  delayMs,
                  holdsImport ? "whole import present" : "nothing of the import present");
        }
        qInfo("%d runs (seed %u): %d killed and rolled back, %d killed after the commit, "
              "%d finished; integrity ok and every original intact in all",
              runs,
              seed,
              rolledBack,
              committed,
              finished);
    }
};

QTEST_MAIN(TestCrashConsistency)
#include "tst_crashconsistency.moc"
