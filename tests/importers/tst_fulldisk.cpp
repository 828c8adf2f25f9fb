// A case file on a full disk. A VFS shim, registered as SQLite's default inside this test
// process, wraps the real "unix" VFS and answers SQLITE_FULL once the files it opened would
// grow past a byte budget. Importing a large batch (posts and a PDF) must then fail with a
// clear error naming the case and the disk, roll back, and leave the case intact and its
// earlier content byte-identical. The importers themselves write nothing outside SQLite
// (archives are inflated in memory), so the database's files are the only ones that grow.
#include "importers/importtestutil.h"

#include "blobstore.h"
#include "documentstore.h"
#include "sqlite/statement.h"

#include <QDir>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <atomic>
#include <cstring>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

// ---- The shim ----

struct DiskBudget
{
    std::atomic_bool armed = false;
    std::atomic<qint64> remaining = 0;
    std::atomic<int> refusals = 0;
};

DiskBudget g_disk;
sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_shim;
sqlite3_io_methods g_methods;

struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real; // allocated right after this struct, in the same block
};

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<ShimFile *>(file)->real;
}

// Takes `growth` bytes from the budget, or refuses when the disk would overflow.
bool take(qint64 growth)
{
    if (!g_disk.armed || growth <= 0)
        return true;
    qint64 left = g_disk.remaining.load();
    do {
        if (growth > left) {
            ++g_disk.refusals;
            return false;
        }
    } while (!g_disk.remaining.compare_exchange_weak(left, left - growth));
    return true;
}

qint64 currentSize(sqlite3_file *file)
{
    sqlite3_int64 size = 0;
    return real(file)->pMethods->xFileSize(real(file), &size) == SQLITE_OK ? size : 0;
}

int shimClose(sqlite3_file *file)
{
    return real(file)->pMethods->xClose(real(file));
}
int shimRead(sqlite3_file *file, void *data, int amount, sqlite3_int64 offset)
{
    return real(file)->pMethods->xRead(real(file), data, amount, offset);
}
int shimWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    if (!take(offset + amount - currentSize(file)))
        return SQLITE_FULL;
    return real(file)->pMethods->xWrite(real(file), data, amount, offset);
}
int shimTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    if (!take(size - currentSize(file)))
        return SQLITE_FULL;
    return real(file)->pMethods->xTruncate(real(file), size);
}
int shimSync(sqlite3_file *file, int flags)
{
    return real(file)->pMethods->xSync(real(file), flags);
}
int shimFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}
int shimLock(sqlite3_file *file, int level)
{
    return real(file)->pMethods->xLock(real(file), level);
}
int shimUnlock(sqlite3_file *file, int level)
{
    return real(file)->pMethods->xUnlock(real(file), level);
}
int shimCheckReservedLock(sqlite3_file *file, int *out)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), out);
}
int shimFileControl(sqlite3_file *file, int op, void *arg)
{
    // Size hints make the unix VFS allocate ahead; count them as growth too.
    if (op == SQLITE_FCNTL_SIZE_HINT
        && !take(*static_cast<sqlite3_int64 *>(arg) - currentSize(file)))
        return SQLITE_FULL;
    return real(file)->pMethods->xFileControl(real(file), op, arg);
}
int shimSectorSize(sqlite3_file *file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}
int shimDeviceCharacteristics(sqlite3_file *file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}
int shimShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
    return real(file)->pMethods->xShmMap(real(file), region, size, extend, out);
}
int shimShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}
void shimShmBarrier(sqlite3_file *file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}
int shimShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}
int shimFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    return real(file)->pMethods->xFetch(real(file), offset, amount, out);
}
int shimUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    return real(file)->pMethods->xUnfetch(real(file), offset, page);
}

int shimOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
    std::memset(shim->real, 0, size_t(g_real->szOsFile));
    const int rc = g_real->xOpen(g_real, name, shim->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set, exactly as for the real file.
    shim->base.pMethods = shim->real->pMethods ? &g_methods : nullptr;
    return rc;
}
int shimDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}
int shimAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int shimFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}

void registerShim()
{
    g_real = sqlite3_vfs_find("unix");
    QVERIFY(g_real);
    g_shim = *g_real;
    g_shim.szOsFile = int(sizeof(ShimFile)) + g_real->szOsFile;
    g_shim.zName = "casebinder-fulldisk";
    g_shim.pNext = nullptr;
    g_shim.xOpen = shimOpen;
    g_shim.xDelete = shimDelete;
    g_shim.xAccess = shimAccess;
    g_shim.xFullPathname = shimFullPathname;
    g_methods = sqlite3_io_methods{3,
                                   shimClose,
                                   shimRead,
                                   shimWrite,
                                   shimTruncate,
                                   shimSync,
                                   shimFileSize,
                                   shimLock,
                                   shimUnlock,
                                   shimCheckReservedLock,
                                   shimFileControl,
                                   shimSectorSize,
                                   shimDeviceCharacteristics,
                                   shimShmMap,
                                   shimShmLock,
                                   shimShmBarrier,
                                   shimShmUnmap,
                                   shimFetch,
                                   shimUnfetch};
    QCOMPARE(sqlite3_vfs_register(&g_shim, 1), SQLITE_OK);
    QCOMPARE(QByteArray(sqlite3_vfs_find(nullptr)->zName), QByteArray("casebinder-fulldisk"));
}

// The disk fills up after `bytes` more bytes, until the guard goes.
class FullDisk final
{
public:
    explicit FullDisk(qint64 bytes)
    {
        g_disk.remaining = bytes;
        g_disk.refusals = 0;
        g_disk.armed = true;
    }
    ~FullDisk() { g_disk.armed = false; }
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;
    int refusals() const { return g_disk.refusals; }
};

// SHA-256 of every original, by document id: "earlier data byte-identical".
QMap<qint64, QString> originals(const QString &casePath)
{
    QMap<qint64, QString> hashes;
    auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    if (!caseFile)
        return hashes;
    auto ids = caseFile->db().prepare(u"SELECT id FROM documents ORDER BY id"_s);
    if (!ids)
        return hashes;
    DocumentStore documents(caseFile->db());
    while (ids->step().value_or(false)) {
        auto bytes = documents.original(ids->integer(0));
        hashes.insert(ids->integer(0), bytes ? BlobStore::sha256Hex(*bytes) : QString());
    }
    return hashes;
}

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_batch; // a folder: a large posts CSV and a multi-page PDF

private slots:
    void initTestCase()
    {
        registerShim();
        QVERIFY(m_dir.isValid());
        m_batch = m_dir.filePath(u"batch"_s);
        QDir().mkpath(m_batch);
        QByteArray csv = "id,text,author,created_at\n";
        for (int i = 0; i < 30000; ++i)
            csv += QByteArray::number(i) + ",batch post number " + QByteArray::number(i)
                   + " about the hearing,user" + QByteArray::number(i % 97) + ",2021-01-0"
                   + QByteArray::number(1 + i % 9) + "T10:00:00Z\n";
        ImportTest::writeFile(m_batch + u"/posts.csv"_s, csv);
        QStringList pages;
        for (int i = 0; i < 40; ++i)
            pages.append(u"Exhibit page %1: the full-disk batch"_s.arg(i + 1));
        ImportTest::writeFile(m_batch + u"/exhibit.pdf"_s, ImportTest::makePdf(pages));
    }

    void importOnFullDiskRollsBack_data()
    {
        QTest::addColumn<qint64>("budget");
        // Full from the start, early in the job, and part-way into writing the batch.
        QTest::newRow("no space") << qint64(0);
        QTest::newRow("4 KB") << qint64(4 << 10);
        QTest::newRow("256 KB") << qint64(256 << 10);
        QTest::newRow("1 MB") << qint64(1 << 20);
        QTest::newRow("3 MB") << qint64(3 << 20);
    }

    void importOnFullDiskRollsBack()
    {
        QFETCH(qint64, budget);
        const QString name = u"full-%1"_s.arg(budget);
        const QString casePath = ImportTest::newCase(m_dir.path(), name);
        QVERIFY(!casePath.isEmpty());
        const QString seed = m_dir.filePath(name + u"-seed"_s);
        QDir().mkpath(seed);
        ImportTest::writeFile(seed + u"/filing.pdf"_s,
                              ImportTest::makePdf({u"Complaint filed before the disk filled"_s}));
        ImportTest::writeFile(seed + u"/posts.csv"_s, "id,text\n1,earlier post\n2,another\n");
        auto seeded = runImport(casePath, {seed}, {});
        QVERIFY(seeded && seeded->imported() == 2);
        const QByteArray before = ImportTest::fingerprint(casePath);
        const QMap<qint64, QString> originalsBefore = originals(casePath);
        QCOMPARE(originalsBefore.size(), 2);

        Result<ImportReport> report;
        int refusals = 0;
        {
            const FullDisk disk(budget);
            report = runImport(casePath, {m_batch}, {});
            refusals = disk.refusals();
        }
        QVERIFY2(refusals > 0, "the batch fitted in the budget; make it larger");
        QVERIFY2(!report, "the import claims success on a full disk");
        QCOMPARE(report.error().code, Error::Code::Io);
        QVERIFY2(report.error().message.contains(QFileInfo(casePath).fileName())
                     && report.error().message.contains(u"disk is full"_s),
                 qPrintable(report.error().fullText()));

        // Rolled back: the case opens, is intact and holds exactly what it held.
        QCOMPARE(ImportTest::integrity(casePath, CaseFile::Access::ReadWrite), u"ok"_s);
        QCOMPARE(ImportTest::fingerprint(casePath), before);
        QCOMPARE(originals(casePath), originalsBefore);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM imports"_s), 1);
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM posts WHERE text LIKE 'batch post%'"_s),
                 0);

        // With space again, the same batch goes in whole.
        auto retry = runImport(casePath, {m_batch}, {});
        QVERIFY2(retry, retry ? "" : qPrintable(retry.error().fullText()));
        QCOMPARE(retry->imported(), 2);
        QCOMPARE(retry->posts(), 30000);
        QCOMPARE(ImportTest::integrity(casePath, CaseFile::Access::ReadWrite), u"ok"_s);
        const QMap<qint64, QString> after = originals(casePath);
        for (auto it = originalsBefore.cbegin(); it != originalsBefore.cend(); ++it)
            QCOMPARE(after.value(it.key()), it.value());
    }

    void createOnFullDiskLeavesNothing()
    {
        const QString path = m_dir.filePath(u"never.casebinder"_s);
        Result<CaseFile> created = fail(Error::Code::Generic, u"not run"_s);
        {
            const FullDisk disk(8 << 10);
            created = CaseFile::create(path, CaseCaption{u"Never"_s});
        }
        QVERIFY(!created);
        QCOMPARE(created.error().code, Error::Code::Io);
        QVERIFY2(created.error().message.startsWith(path)
                     && created.error().message.contains(u"disk is full"_s),
                 qPrintable(created.error().fullText()));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + u".partial"_s));
    }
};

QTEST_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
