#include "casefile.h"
#include "importers/importtestutil.h"
#include "ocr/tesseractengine.h"
#include "pagetextstore.h"
#include "scans.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Casebinder;
using namespace Qt::StringLiterals;

// casebinder-cli ocr: output, exit codes, and a run killed with SIGKILL that the next run
// finishes, with no page half-written in between.
class TestOcrCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Ran
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Ran cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(CASEBINDER_CLI), arguments);
        process.waitForFinished(300000);
        return {
            process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    static qint64 count(const QString &casePath, const QString &sql)
    {
        return ImportTest::count(casePath, sql);
    }

    QString scannedCase(const QString &name, int pages)
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), name);
        QList<QImage> scans;
        for (int i = 0; i < pages; ++i)
            scans.append(ScanTest::scan(ScanTest::Pages.at(i % 2) + u" Page %1."_s.arg(i + 1)));
        const QString pdf = m_dir.filePath(name + u".pdf"_s);
        ImportTest::writeFile(pdf, ScanTest::imagePdf(scans));
        auto imported = runImport(casePath, {pdf}, {});
        return imported && imported->imported() == 1 ? casePath : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!Ocr::TesseractEngine::installedLanguages().contains(u"eng"_s))
            QSKIP("Tesseract's English data is not installed (tesseract-ocr-eng)");
    }

    void usage()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"usage"_s);
        QCOMPARE(cli({u"ocr"_s}).exitCode, 2);
        QCOMPARE(cli({u"ocr"_s, casePath, u"--document"_s, u"x"_s}).exitCode, 2);
        QCOMPARE(cli({u"ocr"_s, casePath, u"--document"_s, u"42"_s}).exitCode, 1);
        const Ran missing = cli({u"ocr"_s, casePath, u"--lang"_s, u"eng+xyz"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("tesseract-ocr-xyz"));
        const Ran nothing = cli({u"ocr"_s, casePath, u"--json"_s});
        QCOMPARE(nothing.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(nothing.out).object();
        QCOMPARE(json.value(u"pages_pending"_s).toInt(), 0);
        QCOMPARE(json.value(u"completed"_s).toBool(), true);
    }

    // A page that cannot be read is reported, recorded, not tried again (and reported as
    // such) until --force; pages read with low confidence are listed for review.
    void reportsFailedAndDoubtfulPages()
    {
        const QString casePath = scannedCase(u"doubtful"_s, 1);
        QVERIFY(!casePath.isEmpty());
        QByteArray tiff("II*\0\x08\x00\x00\x00\xff\x7f", 10);
        tiff += QByteArray(64, char(0xa5));
        const QString bad = m_dir.filePath(u"damaged.tif"_s);
        ImportTest::writeFile(bad, tiff);
        auto imported = runImport(casePath, {bad}, {});
        QVERIFY(imported && imported->imported() == 1);
        // Every page is doubtful at a threshold of 100.
        {
            auto caseFile = CaseFile::open(casePath);
            QVERIFY(caseFile);
            QVERIFY(caseFile->db().exec(
                u"INSERT INTO case_settings (key, value) VALUES ('ocr.review_below', '100')"_s));
        }

        const Ran first = cli({u"ocr"_s, casePath, u"--json"_s});
        QCOMPARE(first.exitCode, 3); // some pages could not be read, the rest were
        QJsonObject json = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(json.value(u"pages_done"_s).toInt(), 1);
        QCOMPARE(json.value(u"pages_failed"_s).toInt(), 1);
        QCOMPARE(json.value(u"failed_earlier"_s).toArray().size(), 0);
        const QJsonArray low = json.value(u"low_confidence"_s).toArray();
        QCOMPARE(low.size(), 1);
        QCOMPARE(low.at(0)[u"page"_s].toInt(), 1);
        QVERIFY(low.at(0)[u"confidence"_s].toDouble() > 0);
        QCOMPARE(json.value(u"low_confidence_below"_s).toDouble(), 100.0);

        const Ran second = cli({u"ocr"_s, casePath, u"--json"_s});
        QCOMPARE(second.exitCode, 0);
        json = QJsonDocument::fromJson(second.out).object();
        QCOMPARE(json.value(u"pages_pending"_s).toInt(), 0);
        const QJsonArray earlier = json.value(u"failed_earlier"_s).toArray();
        QCOMPARE(earlier.size(), 1);
        QCOMPARE(earlier.at(0)[u"title"_s].toString(), u"damaged"_s);
        QCOMPARE(earlier.at(0)[u"page"_s].toInt(), 1);
        QVERIFY(!earlier.at(0)[u"reason"_s].toString().isEmpty());
        const Ran text = cli({u"ocr"_s, casePath});
        QVERIFY(text.out.contains("not retried damaged (document 2) page 1"));
        QVERIFY(text.out.contains("to check"));

        const Ran forced = cli({u"ocr"_s, casePath, u"--force"_s, u"--json"_s});
        QCOMPARE(forced.exitCode, 3);
        json = QJsonDocument::fromJson(forced.out).object();
        QCOMPARE(json.value(u"pages_pending"_s).toInt(), 2);
        QCOMPARE(json.value(u"pages_failed"_s).toInt(), 1);
        QCOMPARE(count(casePath, u"SELECT count(*) FROM page_ocr_failures"_s), 1);
    }

    void killedRunResumes()
    {
        const QString casePath = scannedCase(u"killed"_s, 6);
        QVERIFY(!casePath.isEmpty());
        QProcess run;
        run.start(QStringLiteral(CASEBINDER_CLI), {u"ocr"_s, casePath});
        QVERIFY(run.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(count(casePath, u"SELECT count(*) FROM page_ocr"_s) >= 1, 240000);
        ::kill(pid_t(run.processId()), SIGKILL);
        QVERIFY(run.waitForFinished());
        QCOMPARE(run.exitStatus(), QProcess::CrashExit);

        QCOMPARE(ImportTest::integrity(casePath, CaseFile::Access::ReadWrite), u"ok"_s);
        const qint64 first = count(casePath, u"SELECT count(*) FROM page_ocr"_s);
        QVERIFY2(first >= 1 && first < 6, qPrintable(QString::number(first)));
        QCOMPARE(count(casePath,
                       u"SELECT count(*) FROM pages p WHERE (p.ocr_text IS NULL) <> NOT EXISTS "
                       u"(SELECT 1 FROM page_ocr o WHERE o.page_id = p.id)"_s),
                 0);

        const Ran rest = cli({u"ocr"_s, casePath, u"--json"_s});
        QCOMPARE(rest.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(rest.out).object();
        QCOMPARE(json.value(u"pages_pending"_s).toInt(), 6 - first);
        QCOMPARE(json.value(u"pages_done"_s).toInt(), 6 - first);
        QCOMPARE(json.value(u"enricher"_s).toString(), u"ocr"_s);
        QCOMPARE(json.value(u"languages"_s).toString(), u"eng"_s);
        QCOMPARE(count(casePath, u"SELECT count(*) FROM page_ocr"_s), 6);

        const Ran search = cli({u"search"_s, casePath, u"arbitration"_s, u"--json"_s});
        QCOMPARE(search.exitCode, 0);
        QVERIFY(search.out.contains("arbitration"));
        const Ran again = cli({u"ocr"_s, casePath});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("No page needs OCR."));
    }
};

QTEST_MAIN(TestOcrCli)
#include "tst_ocrcli.moc"
