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
};

QTEST_MAIN(TestSharedCase)
#include "tst_sharedcase.moc"
