// A case open in one process (the GUI, played by the casehold helper) while other programs
// open and close it: nothing the first process writes may be lost or hidden (issue 22).
#include "../app/clirunner.h"
#include "../importers/importtestutil.h"
#include "casefile.h"
#include "locktrace.h"
#include "sqlite/statement.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

// Process A, driven line by line.
class CaseHolder
{
public:
    bool start()
    {
        m_process.start(QStringLiteral(CASEHOLD_EXE), {});
        return m_process.waitForStarted();
    }
    QString send(const QString &command)
    {
        m_process.write((command + u'\n').toUtf8());
        m_process.waitForBytesWritten();
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(60000))
                return u"error no answer"_s;
        }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }
    void killHard()
    {
        m_process.kill(); // SIGKILL: no close, no checkpoint
        m_process.waitForFinished();
    }
    ~CaseHolder()
    {
        if (m_process.state() != QProcess::NotRunning)
            killHard();
    }

private:
    QProcess m_process;
};

quint64 inodeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
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

QString createCase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"shared.casebinder"_s);
    // The test process keeps no connection: its locks would protect the WAL by themselves.
    return CaseFile::create(path, CaseCaption{.title = u"Shared"_s}) ? path : QString();
}

} // namespace

class TestSharedCase : public QObject
{
    Q_OBJECT

private slots:
    void otherProgramsNeverDeleteTheWalOfAnOpenCase_data()
    {
        QTest::addColumn<QStringList>("program");
        QTest::newRow("cli info") << QStringList{QStringLiteral(CASEBINDER_CLI), u"info"_s};
        QTest::newRow("cli link verify")
            << QStringList{QStringLiteral(CASEBINDER_CLI), u"link"_s, u"verify"_s};
        QTest::newRow("cli verify") << QStringList{QStringLiteral(CASEBINDER_CLI), u"verify"_s};
        QTest::newRow("cli tag list")
            << QStringList{QStringLiteral(CASEBINDER_CLI), u"tag"_s, u"list"_s};
        QTest::newRow("sqlite3 shell") << QStringList{u"sqlite3"_s};
    }
    void otherProgramsNeverDeleteTheWalOfAnOpenCase()
    {
        QFETCH(QStringList, program);
        QString executable = program.takeFirst();
        if (executable == u"sqlite3") {
            executable = QStandardPaths::findExecutable(u"sqlite3"_s);
            if (executable.isEmpty())
                QSKIP("the sqlite3 shell is not installed");
        }
        QTemporaryDir dir;
        const QString path = createCase(dir);
        QVERIFY(!path.isEmpty());

        CaseHolder holder;
        QVERIFY(holder.start());
        QCOMPARE(holder.send(u"open "_s + path), u"ok"_s);
        // The viewer, search, import and posts worker each open and drop a connection.
        QCOMPARE(holder.send(u"connections"_s), u"ok"_s);
        const QString walBefore = holder.send(u"wal"_s);
        QVERIFY2(walBefore.startsWith(u"ok "_s), qPrintable(walBefore));

        QStringList arguments = program << path;
        if (executable.endsWith(u"sqlite3"))
            arguments << u"SELECT count(*) FROM tags;"_s;
        QProcess other;
        other.start(executable, arguments);
        QVERIFY(other.waitForFinished(60000));
        QCOMPARE(other.exitCode(), 0);

        QCOMPARE(holder.send(u"tag Seen by everyone"_s), u"ok"_s);
        // A still writes to the WAL everyone else reads: never unlinked, never replaced.
        QCOMPARE(holder.send(u"wal"_s), walBefore);
        QCOMPARE(u"ok %1"_s.arg(inodeOf(path + u"-wal"_s)), walBefore);

        // Process C sees the edit while A still has the case open.
        const CliRun listed = runCli({u"tag"_s, u"list"_s, path, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains("Seen by everyone"), listed.out.constData());

        holder.killHard();
        QCOMPARE(tagsNamed(path, u"Seen by everyone"_s), 1);
    }

    // The analysis itself: a close that drops a live lock is found, one after unlocking is not.
    void lockTraceFindsACloseThatDropsLocks()
    {
        LockTrace::Analyzer analyzer({u".casebinder"_s});
        const QStringList trace = {
            u"10 openat(AT_FDCWD, \"/c/a.casebinder\", O_RDWR|O_CREAT, 0644) = 3</c/a.casebinder>"_s,
            u"10 fcntl(3</c/a.casebinder>, F_SETLK, {l_type=F_RDLCK, l_whence=SEEK_SET, "
            u"l_start=1073741826, l_len=510}) = 0"_s,
            u"11 openat(AT_FDCWD, \"/c/a.casebinder\", O_RDONLY <unfinished ...>"_s,
            u"10 close(7</tmp/other>) = 0"_s,
            u"11 <... openat resumed>) = 4</c/a.casebinder>"_s,
            u"11 close(4</c/a.casebinder>) = 0"_s,
            u"10 openat(AT_FDCWD, \"/c/a.casebinder\", O_RDONLY) = 4</c/a.casebinder>"_s,
            u"10 fcntl(3</c/a.casebinder>, F_SETLK, {l_type=F_UNLCK, l_whence=SEEK_SET, "
            u"l_start=0, l_len=0}) = 0"_s,
            u"10 close(4</c/a.casebinder>) = 0"_s,
        };
        for (const QString &line : trace)
            analyzer.line(line);
        QCOMPARE(analyzer.report().descriptorsOpened, 3);
        QCOMPARE(analyzer.report().harmfulCloses, QStringList{trace.at(5)});
    }

    void noCaseDescriptorClosedWhileItsLocksAreNeeded_data()
    {
        QTest::addColumn<QStringList>("arguments"); // CASE, PDF, OUT stand for paths
        QTest::addColumn<QByteArray>("input");      // for the casehold helper
        const QByteArray none;
        QTest::newRow("new") << QStringList{u"new"_s, u"NEW"_s} << none;
        QTest::newRow("info") << QStringList{u"info"_s, u"CASE"_s, u"--json"_s} << none;
        QTest::newRow("import") << QStringList{u"import"_s, u"CASE"_s, u"PDF"_s, u"DIR"_s} << none;
        QTest::newRow("verify") << QStringList{u"verify"_s, u"CASE"_s} << none;
        QTest::newRow("custody") << QStringList{u"custody"_s, u"CASE"_s} << none;
        QTest::newRow("search") << QStringList{u"search"_s, u"CASE"_s, u"motion"_s} << none;
        QTest::newRow("tag list") << QStringList{u"tag"_s, u"list"_s, u"CASE"_s} << none;
        QTest::newRow("link verify") << QStringList{u"link"_s, u"verify"_s, u"CASE"_s} << none;
        QTest::newRow("export timeline")
            << QStringList{u"export-timeline"_s, u"CASE"_s, u"OUT.pdf"_s} << none;
        QTest::newRow("export exhibits")
            << QStringList{u"export-exhibits"_s, u"CASE"_s, u"OUT.csv"_s} << none;
        QTest::newRow("backup") << QStringList{u"backup"_s, u"CASE"_s, u"OUT.casebinder"_s} << none;
        QTest::newRow("sample") << QStringList{u"sample"_s, u"NEW"_s} << none;
        QTest::newRow("gui connections")
            << QStringList{u"HOLD"_s}
            << QByteArray("open CASE\nconnections\ntag Traced\nconnections\nquit\n");
    }
    void noCaseDescriptorClosedWhileItsLocksAreNeeded()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        const QString strace = QStandardPaths::findExecutable(u"strace"_s);
        if (strace.isEmpty())
            QSKIP("strace is not installed (scripts/deps.sh installs it)");
        QTemporaryDir dir;
        const QString path = createCase(dir);
        QVERIFY(!path.isEmpty());
        const QString pdf = dir.filePath(u"motion.pdf"_s);
        ImportTest::writeFile(pdf, ImportTest::makePdf({u"Motion to dismiss"_s, u"Second page"_s}));
        QVERIFY(runCli({u"import"_s, path, pdf}).exitCode == 0);
        for (QString &argument : arguments) {
            if (argument == u"CASE")
                argument = path;
            else if (argument == u"PDF")
                argument = pdf;
            else if (argument == u"DIR")
                argument = dir.path(); // holds the case itself, which the import must skip
            else if (argument == u"NEW")
                argument = dir.filePath(u"new.casebinder"_s);
            else if (argument.startsWith(u"OUT"))
                argument = dir.filePath(argument);
        }
        input.replace("CASE", path.toUtf8());
        const QString trace = dir.filePath(u"trace.txt"_s);
        QStringList command{
            u"-f"_s, u"-y"_s, u"-qq"_s, u"-e"_s, u"trace=openat,close,fcntl"_s, u"-o"_s, trace};
        if (arguments.constFirst() == u"HOLD")
            command << QStringLiteral(CASEHOLD_EXE);
        else
            command << QStringLiteral(CASEBINDER_CLI) << arguments;
        QProcess traced;
        traced.start(strace, command);
        QVERIFY(traced.waitForStarted());
        traced.write(input);
        traced.closeWriteChannel();
        QVERIFY(traced.waitForFinished(300000));
        const QByteArray output = traced.readAllStandardOutput() + traced.readAllStandardError();
        QVERIFY2(!output.contains("error "), output.constData());

        const auto report = LockTrace::Analyzer::analyzeFile(
            trace, {u".casebinder"_s, u".casebinder-shm"_s, u".partial"_s, u".partial-shm"_s});
        QVERIFY2(report.descriptorsOpened > 0, "the trace saw no descriptor on the case");
        QVERIFY2(report.harmfulCloses.isEmpty(), qPrintable(report.harmfulCloses.join(u'\n')));
    }
};

QTEST_MAIN(TestSharedCase)
#include "tst_sharedcase.moc"
