// The real-world corpus: court PDFs, real tweets and Parler posts, hostile ZIPs.
#include "importtestutil.h"

#include "caseverifier.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Casebinder;
using namespace Qt::StringLiterals;

class TestImportCorpus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void courtPdfs()
    {
        CASEBINDER_REQUIRE_CORPUS(root, "court-pdfs");
        const QString casePath = ImportTest::newCase(m_dir.path(), u"court"_s);
        int files = 0;
        for (QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories); it.hasNext();
             it.next())
            ++files;
        auto report = runImport(casePath, {root}, {});
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        int topLevel = 0;
        int rejected = 0;
        int repaired = 0;
        for (const ImportedFile &file : std::as_const(report->files)) {
            if (QFileInfo::exists(file.path))
                ++topLevel;
            if (file.status == ImportedFile::Status::Rejected) {
                QVERIFY2(!file.reason.isEmpty(), qPrintable(file.path));
                ++rejected;
                qInfo("rejected: %s", qPrintable(file.reason));
            }
            for (const QString &warning : file.warnings) {
                if (warning.startsWith(u"repaired: "_s)) {
                    ++repaired;
                    qInfo("%s: %s", qPrintable(file.path), qPrintable(warning));
                }
            }
        }
        qInfo("%d files rejected, %d imported as repaired", rejected, repaired);
        QCOMPARE(topLevel, files); // every file on disk is in the report
        QVERIFY(report->imported() >= 60);
        QVERIFY(report->pages() > 400);
        const ImportedFile *empty = ImportTest::findFile(*report, u"/empty.pdf"_s);
        QCOMPARE(empty->status, ImportedFile::Status::Rejected);
        const ImportedFile *broken
            = ImportTest::findFile(*report, u"/opinion_pdf_text_based__28738e6b.pdf"_s);
        QCOMPARE(broken->status, ImportedFile::Status::Rejected);
        const ImportedFile *scan = ImportTest::findFile(*report, u"/image-pdf.pdf"_s);
        QCOMPARE(scan->status, ImportedFile::Status::Imported);
        QVERIFY(scan->warnings.join(u' ').contains(u"OCR"_s));
        // The PACER bundle is opened and its two PDFs filed under it.
        QVERIFY(ImportTest::findFile(*report, u"1-20-cv-10189-FDS.zip/12-main.pdf"_s) != nullptr);

        auto caseFile = CaseFile::open(casePath);
        QVERIFY(caseFile);
        auto verified = verifyCase(*caseFile);
        QVERIFY(verified);
        QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u'\n')));
    }

    void tweetsCsv()
    {
        CASEBINDER_REQUIRE_CORPUS(file, "social/fivethirtyeight/mayweather-mcgregor/tweets.csv");
        const QString casePath = ImportTest::newCase(m_dir.path(), u"tweets"_s);
        auto report = runImport(casePath, {file}, {});
        QVERIFY(report);
        QCOMPARE(report->files.constFirst().status, ImportedFile::Status::Imported);
        QCOMPARE(report->posts(), 12118);
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM posts WHERE author_handle <> '' "
                                   u"AND posted_at IS NOT NULL AND text <> '' AND "
                                   u"external_id <> ''"_s),
                 12118);
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM posts WHERE posted_at BETWEEN "
                                   u"'2017-08-27T00:05:34Z' AND '2017-08-27T01:14:59Z'"_s),
                 12118);
    }

    void parlerMojibakeRepaired()
    {
        CASEBINDER_REQUIRE_CORPUS(file, "social/parler_hate_speech/parler_annotated_data.csv");
        const QString casePath = ImportTest::newCase(m_dir.path(), u"parler"_s);
        ImportOptions options;
        options.platform = u"parler"_s;
        options.flagCategory = u"hate speech"_s;
        auto report = runImport(casePath, {file}, options);
        QVERIFY(report);
        QCOMPARE(report->posts(), 10121);
        auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
        auto statement = caseFile->db().prepare(
            u"SELECT count(*) FROM posts WHERE instr(text, ?) > 0 OR instr(text, ?) > 0"_s);
        QVERIFY(statement);
        statement->bind(1, u"\u00E2\u0080\u009C"_s).bind(2, u"â€œ"_s);
        QVERIFY(statement->step().value_or(false));
        QCOMPARE(statement->integer(0), 0);
        QVERIFY(ImportTest::count(casePath, u"SELECT count(*) FROM posts WHERE text LIKE '%“%'"_s)
                > 500);
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM posts WHERE platform = 'parler' "
                                   u"AND flag_category = 'hate speech'"_s),
                 10121);
    }

    void hostileZips()
    {
        CASEBINDER_REQUIRE_CORPUS(zips, "zips");
        const QString casePath = ImportTest::newCase(m_dir.path(), u"zips"_s);
        QElapsedTimer timer;
        timer.start();
        auto report = runImport(casePath,
                                {zips + u"/snyk_zip_slip/zip-slip.zip"_s,
                                 zips + u"/snyk_zip_slip/zip-slip-win.zip"_s,
                                 zips + u"/zipbomb/zbsm.zip"_s,
                                 zips + u"/zipbomb/Challenge9_recursive.zip"_s,
                                 zips + u"/go_archive_zip/symlink.zip"_s,
                                 zips + u"/go_archive_zip/test-baddirsz.zip"_s,
                                 zips + u"/go_archive_zip/readme.notzip"_s},
                                {});
        QVERIFY(report);
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
        int traversal = 0;
        for (const ImportedFile &file : std::as_const(report->files)) {
            if (file.status == ImportedFile::Status::Rejected
                && file.reason.contains(u"leaves the archive"_s))
                ++traversal;
        }
        QCOMPARE(traversal, 2);
        const ImportedFile *bomb = ImportTest::findFile(*report, u"/zbsm.zip"_s);
        QCOMPARE(bomb->status, ImportedFile::Status::Rejected);
        QVERIFY(bomb->reason.contains(u"zip bomb"_s));
        for (const ImportedFile &file : std::as_const(report->files)) {
            if (file.path.contains(u"symlink.zip/"_s))
                QCOMPARE(file.status, ImportedFile::Status::Rejected);
        }
        QVERIFY(!QFileInfo::exists(u"/tmp/evil.txt"_s)
                || QFileInfo(u"/tmp/evil.txt"_s).lastModified().secsTo(QDateTime::currentDateTime())
                       > 300);
        auto caseFile = CaseFile::open(casePath);
        auto verified = verifyCase(*caseFile);
        QVERIFY(verified && verified->ok());
    }
};

QTEST_MAIN(TestImportCorpus)
#include "tst_importcorpus.moc"
