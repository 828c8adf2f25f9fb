// The title an imported PDF gets (issue #21 §1): its Title metadata unless junk, else "Dkt. N"
// from the PACER header on page 1, else the first heading, else the file name; the file name
// stays the source name. PDFs made with TestSupport::makePdf, imported through ImportJob.
#include "importtestutil.h"

#include "documentstore.h"
#include "pdf/pdfextraction.h"

#include <QTemporaryDir>

using namespace Casebinder;
using namespace Qt::StringLiterals;

class TestPdfTitle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importedTitle_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("metadataTitle");
        QTest::addColumn<QString>("firstPage");
        QTest::addColumn<QString>("title");

        const QString pacer = u"Case 2:21-cv-00031-BJR Document 34 Filed 01/21/21 Page 1 of 14\n"
                              "UNITED STATES DISTRICT COURT\nORDER DENYING MOTION FOR "
                              "TEMPORARY RESTRAINING ORDER\nThe court has considered…"_s;
        const QString heading = u"UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF WASHINGTON\n"
                                "PARLER LLC, Plaintiff,\nDECLARATION OF JOHN MATZE\nI, John "
                                "Matze, declare as follows."_s;
        QTest::newRow("metadata") << u"9thCircuit-07-55393.pdf"_s << u"Opinion in Smith v. Jones"_s
                                  << pacer << u"Opinion in Smith v. Jones"_s;
        QTest::newRow("word junk, PACER header")
            << u"order.pdf"_s << u"Microsoft Word - order final.docx"_s << pacer << u"Dkt. 34"_s;
        QTest::newRow("file name as title, PACER attachment")
            << u"exhibit.pdf"_s << u"exhibit.pdf"_s
            << u"Case 1:20-cv-01234-ABC-DEF Document 12-3 Filed 2/3/2020 Page 1 of 2\nExhibit"_s
            << u"Dkt. 12-3"_s;
        QTest::newRow("untitled, heading")
            << u"scan0001.pdf"_s << u"Untitled"_s << heading << u"DECLARATION OF JOHN MATZE"_s;
        QTest::newRow("no metadata, heading")
            << u"decl.pdf"_s << QString() << heading << u"DECLARATION OF JOHN MATZE"_s;
        QTest::newRow("nothing: the file name")
            << u"9thCircuit-07-55393.pdf"_s << u"Document1"_s
            << u"the parties agree that the following is true."_s << u"9thCircuit-07-55393"_s;
        QTest::newRow("blank page: the file name")
            << u"blank.pdf"_s << QString() << QString() << u"blank"_s;
    }

    void importedTitle()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, metadataTitle);
        QFETCH(QString, firstPage);
        QFETCH(QString, title);
        const QString folder = m_dir.filePath(QString::number(m_cases++));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u'/' + fileName;
        ImportTest::writeFile(path,
                              TestSupport::makePdf({firstPage, u"second page"_s}, metadataTitle));
        const QString casePath = ImportTest::newCase(folder);
        auto report = runImport(casePath, {path}, ImportOptions{});
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->files.size(), 1);
        auto caseFile = CaseFile::open(casePath);
        QVERIFY(caseFile);
        auto document = DocumentStore(caseFile->db()).document(report->files.at(0).documentId);
        QVERIFY(document);
        QCOMPARE(document->title, title);
        QCOMPARE(document->sourceName, fileName); // the file name stays the source name
    }

    void junkTitles_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("junk");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("blank") << u"   "_s << true;
        QTest::newRow("word") << u"Microsoft Word - Brief.doc"_s << true;
        QTest::newRow("powerpoint") << u"Microsoft PowerPoint - deck"_s << true;
        QTest::newRow("untitled") << u"untitled"_s << true;
        QTest::newRow("document1") << u"Document1"_s << true;
        QTest::newRow("a .docx name") << u"reply brief v3.docx"_s << true;
        QTest::newRow("windows path") << u"C:\\Users\\x\\brief"_s << true;
        QTest::newRow("no letters") << u"12-345"_s << true;
        QTest::newRow("the file's name") << u"complaint"_s << true;
        QTest::newRow("a real title") << u"Verified Complaint"_s << false;
        QTest::newRow("with a slash") << u"Order re: Motion to Dismiss / Stay"_s << false;
    }

    void junkTitles()
    {
        QFETCH(QString, title);
        QFETCH(bool, junk);
        QCOMPARE(Pdf::isJunkTitle(title, u"complaint.pdf"_s), junk);
    }

private:
    int m_cases = 0;
};

QTEST_MAIN(TestPdfTitle)
#include "tst_pdftitle.moc"
