// The real load-file samples of the corpus (loadfiles/, see its SOURCES.md): Relativity's
// import samples (pipe and DC4/þ dialects, with and without a header row or BOM, a duplicate
// control number, wrong MD5 hashes, impossible dates), its RDC reader's negative tests, IPRO
// LFP and Opticon templates, and a real EDRM XML 1.0 file from the Enron set. Skipped when the
// corpus is absent.
#include "importtestutil.h"

#include "loadfiles/datreader.h"
#include "loadfiles/imagelists.h"
#include "testsupport.h"

#include <QTest>

using namespace Casebinder;
using namespace Casebinder::LoadFiles;
using namespace ImportTest;
using namespace Qt::StringLiterals;

namespace {

const char *const Samples = "loadfiles/relativity-import-samples/SampleDataSources";
const char *const Rdc
    = "loadfiles/relativity-rdc/Source/Relativity.Desktop.Client.Legacy.NUnit/Resources/"
      "LoadFileReaderTests";
const char *const Templates
    = "loadfiles/relativity-rdc/Source/Relativity.DataExchange.TestFramework/Resources/"
      "TestResultsTemplates";

QString sample(const char *folder, const QString &name)
{
    const QString root = corpusPath(QString::fromLatin1(folder));
    return root.isEmpty() ? QString() : root + u'/' + name;
}

bool hasWarning(const ImportedFile &file, const QString &a, const QString &b = {})
{
    for (const QString &warning : file.warnings) {
        if (warning.contains(a) && warning.contains(b))
            return true;
    }
    return false;
}

Result<ImportReport> importOne(const QTemporaryDir &dir,
                               const QString &path,
                               const ImportOptions &options = {})
{
    const QString casePath = newCase(dir.path());
    return runImport(casePath, {path}, options);
}

} // namespace

class TestLoadFileCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (corpusPath(QString::fromLatin1(Samples)).isEmpty())
            QSKIP("The real-world corpus is not available (loadfiles/)");
    }

    // Every DAT of the samples reads without a broken record (the delimiter, qualifier, BOM
    // and header detected).
    void relativityDialects_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QString>("qualifier");
        QTest::addColumn<bool>("header");
        QTest::addColumn<int>("records");
        QTest::newRow("01") << u"load_file_01.dat"_s << QChar(u'|') << QString() << true << 4;
        QTest::newRow("02") << u"load_file_02.dat"_s << QChar(u'|') << QString() << false << 2;
        QTest::newRow("03") << u"load_file_03.dat"_s << QChar(0x14) << u"þ"_s << false << 2;
        QTest::newRow("04") << u"load_file_04.dat"_s << QChar(u'|') << u"^"_s << true << 2;
        QTest::newRow("05") << u"load_file_05.dat"_s << QChar(u'|') << QString() << true << 4;
        for (int n = 0; n <= 7; ++n) // mixed qualifying: only some fields are þ-qualified
            QTest::newRow(qPrintable(u"07_%1"_s.arg(n)))
                << u"load_file_07_%1.dat"_s.arg(n) << QChar(0x14) << u"þ"_s << false << 12;
        QTest::newRow("rdo_01") << u"rdo_load_file_01.dat"_s << QChar(0x14) << u"þ"_s << true << 3;
        QTest::newRow("rdo_03") << u"rdo_load_file_03.dat"_s << QChar(0x14) << u"þ"_s << true << 3;
        QTest::newRow("rdo_02") << u"rdo_load_file_02.dat"_s << QChar(u'|') << u"^"_s << true << 3;
    }
    void relativityDialects()
    {
        QFETCH(QString, name);
        QFETCH(QChar, delimiter);
        QFETCH(QString, qualifier);
        QFETCH(bool, header);
        QFETCH(int, records);
        auto reader = DatReader::open(readFile(sample(Samples, name)), name, {});
        QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().message));
        QCOMPARE(reader->dialect().delimiter, delimiter);
        QCOMPARE(reader->dialect().qualifier ? QString(*reader->dialect().qualifier) : QString(),
                 qualifier);
        QCOMPARE(reader->dialect().header, header);
        int read = 0;
        DatReader::Record record;
        while (reader->next(record)) {
            QVERIFY2(record.error.isEmpty(), qPrintable(record.error));
            QCOMPARE(record.values.size(), reader->columns().size());
            ++read;
        }
        QCOMPARE(read, records);
    }

    // load_file_01: four e-mails with natives and text beside them; the sample's MD5 column
    // does not match its natives, and the import says so for each.
    void loadFile01()
    {
        QTemporaryDir dir;
        auto report = importOne(dir, sample(Samples, u"load_file_01.dat"_s));
        QVERIFY(report);
        const ImportedFile &file = report->files.front();
        QCOMPARE(file.status, ImportedFile::Status::Imported);
        QCOMPARE(file.documents, 4);
        for (int n = 1; n <= 4; ++n)
            QVERIFY(hasWarning(file, u"Sample_000000%1"_s.arg(n), u"MD5 mismatch"_s));
        const QString casePath = dir.filePath(u"case.casebinder"_s);
        QCOMPARE(count(casePath,
                       u"SELECT count(*) FROM document_files WHERE role IN ('native', 'text')"_s),
                 8);
        QCOMPARE(count(casePath,
                       u"SELECT count(*) FROM documents WHERE bates_begin = 'Sample_0000001' AND "
                       u"document_date = '2001-05-21' AND date_source = 'load_file' AND "
                       u"media_type = 'application/pdf'"_s),
                 1);
        QCOMPARE(count(casePath,
                       u"SELECT count(*) FROM pages WHERE text LIKE 'Sample Extracted text for "
                       u"EDRM-Sample%'"_s),
                 4);
    }

    // load_file_04: the delimiter inside a ^-qualified control number.
    void loadFile04()
    {
        QTemporaryDir dir;
        auto report = importOne(dir, sample(Samples, u"load_file_04.dat"_s));
        QVERIFY(report);
        QCOMPARE(report->files.front().documents, 2);
        QCOMPARE(count(dir.filePath(u"case.casebinder"_s),
                       u"SELECT count(*) FROM documents WHERE bates_begin = 'Sample_|_00000013'"_s),
                 1);
    }

    // load_file_05: months 13 and 14; those documents get no date, and the report says why.
    void loadFile05InvalidDates()
    {
        QTemporaryDir dir;
        auto report = importOne(dir, sample(Samples, u"load_file_05.dat"_s));
        QVERIFY(report);
        const ImportedFile &file = report->files.front();
        QCOMPARE(file.documents, 4);
        QVERIFY(hasWarning(file, u"Sample_Err0001"_s, u"no month 13"_s));
        QVERIFY(hasWarning(file, u"Sample_Err0002"_s, u"no month 14"_s));
        QCOMPARE(count(dir.filePath(u"case.casebinder"_s),
                       u"SELECT count(*) FROM documents WHERE bates_begin LIKE 'Sample_Err%' AND "
                       u"document_date IS NULL"_s),
                 2);
    }

    // load_file_07_0: no header, and the control number Sample_0000073 twice.
    void loadFile07DuplicateBates()
    {
        QTemporaryDir dir;
        auto report = importOne(dir, sample(Samples, u"load_file_07_0.dat"_s));
        QVERIFY(report);
        const ImportedFile &file = report->files.front();
        QCOMPARE(file.documents, 11);
        QVERIFY(hasWarning(file, u"no header row"_s));
        QVERIFY(hasWarning(
            file, u"record 4 (line 4, Sample_0000073)"_s, u"already used by an earlier record"_s));
        // With the column positions given, the files are found: the sample ships 2 of its 12
        // natives and 9 of its text files (one of them for the duplicate); the rest are
        // reported missing.
        ImportOptions options;
        options.fieldMap = {{u"textpath"_s, u"13"_s}, {u"nativepath"_s, u"23"_s}};
        QTemporaryDir mapped;
        auto withMap = importOne(mapped, sample(Samples, u"load_file_07_0.dat"_s), options);
        QVERIFY(withMap);
        QCOMPARE(count(mapped.filePath(u"case.casebinder"_s),
                       u"SELECT count(*) FROM document_files WHERE role = 'native'"_s),
                 2);
        QCOMPARE(count(mapped.filePath(u"case.casebinder"_s),
                       u"SELECT count(*) FROM document_files WHERE role = 'text'"_s),
                 8);
        QVERIFY(hasWarning(withMap->files.front(), u"Sample_0000080"_s, u"EDRM-Sampl0.txt"_s));
        QVERIFY(hasWarning(withMap->files.front(), u"Sample_0000071"_s, u"EDRM-Sample1.ppt"_s));
    }

    // Opticon_01.opt alone: one document of five single-page TIFFs, shown as one PDF.
    void opticon01()
    {
        QTemporaryDir dir;
        auto report = importOne(dir, sample(Samples, u"Opticon_01.opt"_s));
        QVERIFY(report);
        const ImportedFile &file = report->files.front();
        QCOMPARE(file.documents, 1);
        QCOMPARE(file.pages, 5);
        const QString casePath = dir.filePath(u"case.casebinder"_s);
        QCOMPARE(count(casePath,
                       u"SELECT count(*) FROM documents WHERE bates_begin = 'SYM-00011001_REV' AND "
                       u"bates_end = 'SYM-00011001_0004_REV' AND page_count = 5 AND media_type = "
                       u"'application/pdf'"_s),
                 1);
        QCOMPARE(count(casePath, u"SELECT count(*) FROM document_files WHERE role = 'image'"_s), 5);
    }

    // The RDC reader's negative tests: each bad record reported, the good ones imported.
    void rdcNegativeSamples()
    {
        QTemporaryDir columns;
        auto invalidColumns = importOne(columns, sample(Rdc, u"InvalidNumberOfColumns.dat"_s));
        QVERIFY(invalidColumns);
        QCOMPARE(invalidColumns->files.front().documents, 2);
        QVERIFY(hasWarning(
            invalidColumns->files.front(), u"line 3"_s, u"3 field(s), but the header has 2"_s));

        QTemporaryDir empty;
        auto emptyControl = importOne(empty, sample(Rdc, u"EmptyControlNumber.dat"_s));
        QVERIFY(emptyControl);
        QCOMPARE(emptyControl->files.front().documents, 2);
        QVERIFY(hasWarning(
            emptyControl->files.front(), u"record 2"_s, u"control number (BEGBATES) is empty"_s));

        QTemporaryDir date;
        ImportOptions options;
        options.fieldMap = {{u"datesent"_s, u"Date Created"_s}};
        auto invalidDate = importOne(date, sample(Rdc, u"InvalidDate.dat"_s), options);
        QVERIFY(invalidDate);
        QCOMPARE(invalidDate->files.front().documents, 3);
        QVERIFY(hasWarning(invalidDate->files.front(), u"AZIPPER_0007300"_s, u"no month 13"_s));

        QTemporaryDir valid;
        auto validInput = importOne(valid, sample(Rdc, u"ValidInput.dat"_s));
        QVERIFY(validInput);
        QCOMPARE(validInput->files.front().documents, 3);
        QVERIFY(validInput->files.front().warnings.isEmpty());
    }

    // The LFP and OPT export templates: page structure (their paths are placeholders).
    void lfpAndOptTemplates()
    {
        auto multi = readLfp(readFile(sample(Templates, u"Images_export_MultiPageTiff.lfp"_s)),
                             u"Images_export_MultiPageTiff.lfp"_s);
        QVERIFY(multi);
        QCOMPARE(multi->documents.size(), 1);
        QVERIFY(multi->documents[0].pages.size() >= 4);
        QCOMPARE(multi->documents[0].pages[1].frame, 1);
        QVERIFY(multi->documents[0].pages[0].path.endsWith(u"EDRM-Sample1.pdf.tif"_s));
        auto single
            = readLfp(readFile(sample(Templates, u"Images_export_FULLTEXT_SinglePage.lfp"_s)),
                      u"single.lfp"_s);
        QVERIFY(single);
        QCOMPARE(single->documents.size(), 1);
        QCOMPARE(single->documents[0].pages[1].key, u"EDRM-Sample1.pdf-01"_s);
        auto opt = readOpticon(
            readFile(sample(Templates, u"Images_export_template_MultiPageTiff.opt"_s)),
            u"multi.opt"_s);
        QVERIFY(opt);
        QCOMPARE(opt->documents.size(), 1);
        QCOMPARE(opt->documents[0].pages.size(), 4); // one file, four frames
        // Imported, the placeholder paths are missing files, reported, not fatal.
        QTemporaryDir dir;
        auto report = importOne(dir, sample(Templates, u"Images_export_MultiPageTiff.lfp"_s));
        QVERIFY(report);
        QCOMPARE(report->files.front().status, ImportedFile::Status::Imported);
        QVERIFY(hasWarning(report->files.front(), u"missing"_s));
    }

    // A real EDRM XML 1.0 file of the Enron set: nine messages; the one text file that ships
    // with the excerpt is found beside it.
    void edrmEnron()
    {
        CASEBINDER_REQUIRE_CORPUS(folder, "loadfiles/edrm_xml_enron");
        QTemporaryDir dir;
        auto report = importOne(dir, folder + u"/zl_allen-p_863_K14C_000.xml"_s);
        QVERIFY(report);
        const ImportedFile &file = report->files.front();
        QCOMPARE(file.status, ImportedFile::Status::Imported);
        QCOMPARE(file.documents, 9);
        const QString casePath = dir.filePath(u"case.casebinder"_s);
        QCOMPARE(count(casePath,
                       u"SELECT count(*) FROM documents WHERE title = 'Investment Structure' AND "
                       u"document_date = '2000-09-26' AND page_count = 1"_s),
                 1);
        QCOMPARE(count(casePath,
                       u"SELECT count(*) FROM documents WHERE json_extract(metadata, "
                       u"'$.load_file.mapped.custodian') LIKE 'Phillip K Allen%'"_s),
                 9);
        QVERIFY(hasWarning(file, u"native_000/"_s, u"missing"_s));
    }
};

QTEST_MAIN(TestLoadFileCorpus)
#include "tst_loadfilecorpus.moc"
