// Cases on network shares (issue 22, part 3): the file system is detected when a case opens,
// and a network file system never gets SQLite's WAL, whose shared memory lives on one host.
#include "../app/clirunner.h"
#include "casebackup.h"
#include "casefile.h"
#include "casestorage.h"
#include "sqlite/statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

// Sets CASEBINDER_TEST_FSTYPE for one scope.
class InjectedFileSystem
{
public:
    explicit InjectedFileSystem(const QByteArray &type) { qputenv("CASEBINDER_TEST_FSTYPE", type); }
    ~InjectedFileSystem() { qunsetenv("CASEBINDER_TEST_FSTYPE"); }
    InjectedFileSystem(const InjectedFileSystem &) = delete;
    InjectedFileSystem &operator=(const InjectedFileSystem &) = delete;
};

// Bytes 18 and 19 of the header: 1 = rollback journal, 2 = WAL.
int fileFormatVersion(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header[18] == header[19] ? int(header[18]) : -1;
}

QString createCase(const QTemporaryDir &dir, const QString &name = u"share.casebinder"_s)
{
    const QString path = dir.filePath(name);
    return CaseFile::create(path, CaseCaption{.title = u"On a share"_s}) ? path : QString();
}

Status addTag(CaseFile &caseFile, const QString &name)
{
    auto insert = caseFile.db().prepare(u"INSERT INTO tags (name) VALUES (?)"_s);
    if (!insert)
        return fail(insert.error());
    insert->bind(1, name);
    return insert->exec();
}

struct Mount
{
    QString point;
    QString type; // as the kernel names it in mountinfo
};

// /proc/self/mountinfo: "... MOUNTPOINT OPTIONS ... - FSTYPE SOURCE SUPEROPTIONS".
QList<Mount> mountTable()
{
    QFile file(u"/proc/self/mountinfo"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QList<Mount> mounts;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const int separator = line.indexOf(" - ");
        if (separator < 0)
            continue;
        const QList<QByteArray> left = line.left(separator).split(' ');
        const QList<QByteArray> right = line.mid(separator + 3).split(' ');
        if (left.size() < 5 || right.isEmpty())
            continue;
        QByteArray point = left[4];
        point.replace("\\040", " ")
            .replace("\\011", "\t")
            .replace("\\012", "\n")
            .replace("\\134", "\\");
        mounts.append({QFile::decodeName(point), QString::fromLatin1(right[0])});
    }
    return mounts;
}

// The kernel's names (mountinfo, `stat -f -c %T`) of the file systems Casebinder treats as
// network file systems. FUSE counts as one: sshfs, rclone and SMB clients run on it.
bool isNetworkName(const QString &name)
{
    static const QStringList network{u"nfs"_s,
                                     u"nfs4"_s,
                                     u"smb"_s,
                                     u"smb2"_s,
                                     u"smb3"_s,
                                     u"cifs"_s,
                                     u"fuse"_s,
                                     u"fuseblk"_s,
                                     u"v9fs"_s,
                                     u"9p"_s,
                                     u"ceph"_s,
                                     u"afs"_s,
                                     u"coda"_s,
                                     u"ncp"_s,
                                     u"ncpfs"_s,
                                     u"gpfs"_s,
                                     u"lustre"_s,
                                     u"vboxsf"_s,
                                     u"vmhgfs"_s};
    return network.contains(name) || name.startsWith(u"fuse."_s);
}

} // namespace

class TestCaseStorage : public QObject
{
    Q_OBJECT

private slots:
    void init() { qunsetenv("CASEBINDER_TEST_FSTYPE"); }

    void namesEveryNetworkFileSystem_data()
    {
        QTest::addColumn<quint64>("type");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("network");
        QTest::newRow("NFS") << quint64(0x6969) << u"NFS"_s << true;
        QTest::newRow("SMB") << quint64(0x517B) << u"SMB/CIFS"_s << true;
        QTest::newRow("SMB2") << quint64(0xFE534D42) << u"SMB/CIFS"_s << true;
        QTest::newRow("CIFS") << quint64(0xFF534D42) << u"SMB/CIFS"_s << true;
        QTest::newRow("FUSE") << quint64(0x65735546) << u"FUSE (e.g. sshfs)"_s << true;
        QTest::newRow("9P") << quint64(0x01021997)
                            << u"9P (e.g. a virtual machine's shared folder)"_s << true;
        QTest::newRow("Ceph") << quint64(0x00C36400) << u"Ceph"_s << true;
        QTest::newRow("AFS") << quint64(0x5346414F) << u"AFS"_s << true;
        QTest::newRow("Coda") << quint64(0x73757245) << u"Coda"_s << true;
        QTest::newRow("NCP") << quint64(0x564C) << u"NCP (NetWare)"_s << true;
        QTest::newRow("ext4") << quint64(0xEF53) << u"ext2/ext3/ext4"_s << false;
        QTest::newRow("tmpfs") << quint64(0x01021994) << u"tmpfs"_s << false;
        // A negative f_type (signed 32-bit word sign-extended) is still CIFS.
        QTest::newRow("CIFS sign-extended")
            << quint64(0xFFFFFFFFFF534D42ull) << u"SMB/CIFS"_s << true;
        QTest::newRow("unknown") << quint64(0x1234) << u"unknown (0x1234)"_s << false;
    }
    void namesEveryNetworkFileSystem()
    {
        QFETCH(quint64, type);
        QFETCH(QString, name);
        QFETCH(bool, network);
        const FileSystemKind kind = fileSystemKindOf(type);
        QCOMPARE(kind.name, name);
        QCOMPARE(kind.network, network);
    }

    void detectionAgreesWithTheMountTableAndStat()
    {
        const QList<Mount> mounts = mountTable();
        if (mounts.isEmpty())
            QSKIP("no /proc/self/mountinfo");
        const QString stat = QStandardPaths::findExecutable(u"stat"_s);
        QVERIFY(!stat.isEmpty());
        int checked = 0;
        for (const Mount &mount : mounts) {
            if (!QFileInfo(mount.point).isDir())
                continue;
            QProcess process;
            process.start(stat, {u"-f"_s, u"-c"_s, u"%t %T"_s, mount.point});
            QVERIFY(process.waitForFinished());
            if (process.exitCode() != 0)
                continue; // not ours to look at
            const QStringList reported
                = QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(u' ');
            QVERIFY(reported.size() >= 2);
            const auto detected = fileSystemOf(mount.point);
            QVERIFY2(detected, qPrintable(mount.point));
            QCOMPARE(detected->type, reported[0].toULongLong(nullptr, 16));
            QVERIFY2(detected->network == isNetworkName(reported[1]),
                     qPrintable(mount.point + u": stat says "_s + reported[1]));
            QVERIFY2(detected->network == isNetworkName(mount.type),
                     qPrintable(mount.point + u": mountinfo says "_s + mount.type));
            ++checked;
        }
        QVERIFY(checked > 0);

        // The case folder of this test, through CaseFile itself.
        QTemporaryDir dir;
        const QString path = createCase(dir);
        QVERIFY(!path.isEmpty());
        auto caseFile = CaseFile::open(path);
        QVERIFY(caseFile);
        QProcess process;
        process.start(stat, {u"-f"_s, u"-c"_s, u"%t"_s, path});
        QVERIFY(process.waitForFinished());
        QCOMPARE(caseFile->storage().fileSystem.type,
                 process.readAllStandardOutput().trimmed().toULongLong(nullptr, 16));
    }

    void localCaseUsesWal()
    {
        QTemporaryDir dir;
        const QString path = createCase(dir);
        QVERIFY(!path.isEmpty());
        auto caseFile = CaseFile::open(path);
        QVERIFY(caseFile);
        QCOMPARE(caseFile->storage().journalMode, u"wal"_s);
        QVERIFY(!caseFile->storage().isNetwork());
        QVERIFY(caseFile->storage().warning(path).isEmpty());
        QCOMPARE(fileFormatVersion(path), 2);
    }

    void networkShareOpensWithRollbackJournal_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("NFS") << QByteArray("0x6969") << u"NFS"_s;
        QTest::newRow("CIFS") << QByteArray("0xFF534D42") << u"SMB/CIFS"_s;
        QTest::newRow("sshfs") << QByteArray("0x65735546") << u"FUSE (e.g. sshfs)"_s;
    }
    void networkShareOpensWithRollbackJournal()
    {
        QFETCH(QByteArray, type);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = createCase(dir); // local: WAL
        QVERIFY(!path.isEmpty());
        QCOMPARE(fileFormatVersion(path), 2);

        const InjectedFileSystem share(type);
        auto caseFile = CaseFile::open(path);
        QVERIFY2(caseFile, caseFile ? "" : qPrintable(caseFile.error().fullText()));
        QVERIFY(caseFile->storage().isNetwork());
        QCOMPARE(caseFile->storage().fileSystem.name, name);
        QCOMPARE(caseFile->storage().journalMode, u"delete"_s);
        QCOMPARE(fileFormatVersion(path), 1);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
        const QString warning = caseFile->storage().warning(path);
        QVERIFY(warning.contains(name));
        QVERIFY(warning.contains(u"rollback journal"_s));

        // The GUI's worker connections still work, and see each other's edits.
        auto worker = caseFile->reopen();
        QVERIFY(worker);
        QCOMPARE(worker->storage().journalMode, u"delete"_s);
        QVERIFY(addTag(*worker, u"From the worker"_s));
        QVERIFY(addTag(*caseFile, u"From the window"_s));
        auto count = caseFile->db().prepare(u"SELECT count(*) FROM tags"_s);
        QVERIFY(count);
        auto row = count->step();
        QVERIFY(row && *row);
        QCOMPARE(count->integer(0), 2);
        QCOMPARE(fileFormatVersion(path), 1);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    }

    void networkShareRefusesWritingWhileWalIsInUse()
    {
        QTemporaryDir dir;
        const QString path = createCase(dir);
        QVERIFY(!path.isEmpty());
        auto local = CaseFile::open(path); // another program, still in WAL
        QVERIFY(local);
        QVERIFY(addTag(*local, u"Kept"_s));

        const InjectedFileSystem share("0x6969");
        auto refused = CaseFile::open(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Busy);
        QVERIFY(refused.error().message.contains(u"NFS"_s));
        QVERIFY(refused.error().message.contains(u"read-only"_s));

        // Read-only is allowed, and says the case still uses WAL.
        auto reader = CaseFile::open(path, CaseFile::Access::ReadOnly);
        QVERIFY(reader);
        QCOMPARE(reader->storage().journalMode, u"wal"_s);
        QVERIFY(reader->storage().warning(path).contains(u"still uses WAL"_s));
    }

    void localOpenSwitchesARollbackCopyBackToWal()
    {
        QTemporaryDir dir;
        const QString path = createCase(dir);
        QVERIFY(!path.isEmpty());
        const QString copyPath = dir.filePath(u"copy.casebinder"_s);
        {
            auto caseFile = CaseFile::open(path);
            QVERIFY(caseFile);
            QVERIFY(backupCase(*caseFile, copyPath));
        }
        QCOMPARE(fileFormatVersion(copyPath), 1); // a backup is one self-contained file
        {
            auto reader = CaseFile::open(copyPath, CaseFile::Access::ReadOnly);
            QVERIFY(reader);
            QCOMPARE(reader->storage().journalMode, u"delete"_s); // reading changes nothing
        }
        QCOMPARE(fileFormatVersion(copyPath), 1);
        auto writer = CaseFile::open(copyPath);
        QVERIFY(writer);
        QCOMPARE(writer->storage().journalMode, u"wal"_s);
        QCOMPARE(fileFormatVersion(copyPath), 2);
    }

    void cliInfoNamesTheFileSystemAndWarns()
    {
        QTemporaryDir dir;
        const QString path = createCase(dir);
        QVERIFY(!path.isEmpty());
        {
            const CliRun local = runCli({u"info"_s, path, u"--json"_s});
            QCOMPARE(local.exitCode, 0);
            const QJsonObject json = QJsonDocument::fromJson(local.out).object();
            QCOMPARE(json.value(u"title"_s).toString(), u"On a share"_s); // existing keys stay
            QCOMPARE(json.value(u"journal_mode"_s).toString(), u"wal"_s);
            QCOMPARE(json.value(u"file_system"_s).toString(), fileSystemOf(path)->name);
            QCOMPARE(json.value(u"network_file_system"_s).toBool(), false);
        }
        {
            const InjectedFileSystem share("0x6969");
            QVERIFY(CaseFile::open(path)); // switches it out of WAL on the "share"
        }
        const InjectedFileSystem share("0x6969"); // inherited by the CLI process
        const CliRun json = runCli({u"info"_s, path, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(object.value(u"file_system"_s).toString(), u"NFS"_s);
        QCOMPARE(object.value(u"network_file_system"_s).toBool(), true);
        QCOMPARE(object.value(u"journal_mode"_s).toString(), u"delete"_s);
        const CliRun text = runCli({u"info"_s, path});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("File system: NFS"));
        QVERIFY2(text.err.contains("network file system (NFS)"), text.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCaseStorage)
#include "tst_casestorage.moc"
