#include "blobstore.h"
#include "casefile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

class TestBlobStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<CaseFile> m_case;

    BlobStore store() { return m_case->blobs(); }

private slots:
    void init()
    {
        static int n = 0;
        auto created = CaseFile::create(m_dir.filePath(u"blobs%1.casebinder"_s.arg(++n)), {});
        QVERIFY(created);
        m_case = std::move(*created);
    }

    void storesEachOriginalOnceByItsHash()
    {
        QCOMPARE(BlobStore::sha256Hex("abc"),
                 u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
        bool inserted = false;
        auto sha = store().put("exhibit bytes", &inserted);
        QVERIFY(sha);
        QVERIFY(inserted);
        QCOMPARE(*store().put("exhibit bytes", &inserted), *sha);
        QVERIFY(!inserted);
        QCOMPARE(*store().contains(*sha), true);
        QCOMPARE(*store().read(*sha), QByteArray("exhibit bytes"));
        QVERIFY(store().put("another original"));
        qint64 checked = 0;
        auto mismatches = store().verifyAll(&checked);
        QVERIFY(mismatches);
        QVERIFY(mismatches->isEmpty());
        QCOMPARE(checked, 2);
    }

    void errorsAreValues()
    {
        const QString absent = BlobStore::sha256Hex("never stored");
        QCOMPARE(*store().contains(absent), false);
        auto missing = store().read(absent);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        // The schema refuses a hash that is not 64 hex digits.
        auto bad = store().putWithHash(u"abc"_s, "bytes");
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, Error::Code::Constraint);
    }

    void verifyFindsAnOriginalThatNoLongerMatchesItsHash()
    {
        const QString wrong = BlobStore::sha256Hex("what the hash says");
        QVERIFY(*store().putWithHash(wrong, "what is stored"));
        QVERIFY(store().put("a sound original"));
        qint64 checked = 0;
        auto mismatches = store().verifyAll(&checked);
        QVERIFY(mismatches);
        QCOMPARE(checked, 2);
        QCOMPARE(mismatches->size(), 1);
        QCOMPARE(mismatches->constFirst().sha256, wrong);
        QCOMPARE(mismatches->constFirst().actualSha256, BlobStore::sha256Hex("what is stored"));
    }
};

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
