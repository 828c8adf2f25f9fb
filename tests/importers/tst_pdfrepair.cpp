// Damaged PDFs that Poppler (and pdftotext, and browsers) can read are imported as repaired,
// with a "repaired: …" report line and metadata; only a file that yields no page is refused.
#include "importtestutil.h"

#include "documentstore.h"

#include <QTemporaryDir>

using namespace Casebinder;
using namespace Qt::StringLiterals;

class TestPdfRepair : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_pdf;  // two pages drawn by QPdfWriter
    QByteArray m_qpdf; // the same rewritten by qpdf, with an xref stream

    static QByteArray withStartXref(QByteArray pdf, const QByteArray &offset)
    {
        const qsizetype at = pdf.lastIndexOf("startxref");
        const qsizetype end = pdf.indexOf("%%EOF", at);
        pdf.replace(at, end - at, QByteArray("startxref\n" + offset + "\n"));
        return pdf;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pdf = ImportTest::makePdf({u"The injunction hearing is set for Tuesday"_s,
                                     u"Exhibit list follows the declaration"_s},
                                    u"Order"_s);
        if (ImportTest::haveTool(u"qpdf"_s)) {
            const QString plain = m_dir.filePath(u"plain.pdf"_s);
            const QString rewritten = m_dir.filePath(u"qpdf.pdf"_s);
            ImportTest::writeFile(plain, m_pdf);
            QCOMPARE(ImportTest::run(u"qpdf"_s, {u"--object-streams=generate"_s, plain, rewritten}),
                     0);
            m_qpdf = ImportTest::readFile(rewritten);
            QVERIFY(m_qpdf.contains("/XRef"));
        }
    }

    void repairedImport_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("repaired");

        const QByteArray pdf = m_pdf;
        QTest::newRow("cut before %%EOF")
            << pdf.left(pdf.lastIndexOf("%%EOF")) << u"missing %%EOF"_s;
        QTest::newRow("cut after the trailer")
            << pdf.left(pdf.lastIndexOf("startxref"))
            << u"missing %%EOF; no startxref; cross-reference table rebuilt"_s;
        QTest::newRow("startxref into nowhere")
            << withStartXref(pdf, "987654321")
            << u"startxref points to byte 987654321, where there is no table; "
               u"cross-reference table rebuilt"_s;
        QByteArray noTable = pdf;
        const qsizetype table = noTable.lastIndexOf("\nxref");
        noTable.remove(table + 1, noTable.indexOf("trailer", table) - table - 1);
        QTest::newRow("xref table dropped")
            << noTable
            << u"startxref points to byte %1, where there is no table; cross-reference table "
               u"rebuilt"_s.arg(table + 1);
    }

    void repairedImport()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, repaired);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        QVERIFY(!bytes.isEmpty());
        const QString casePath = ImportTest::newCase(m_dir.path(), tag);
        const QString file = m_dir.filePath(tag + u".pdf"_s);
        ImportTest::writeFile(file, bytes);

        auto report = runImport(casePath, {file}, {});
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        QCOMPARE(report->files.size(), 1);
        const ImportedFile imported = report->files.constFirst();
        QVERIFY2(imported.status == ImportedFile::Status::Imported, qPrintable(imported.reason));
        QCOMPARE(imported.pages, 2);
        QVERIFY2(imported.warnings.contains(u"repaired: "_s + repaired),
                 qPrintable(imported.warnings.join(u" | "_s)));

        auto caseFile = CaseFile::open(casePath);
        QVERIFY(caseFile);
        auto document = DocumentStore(caseFile->db()).document(imported.documentId);
        QVERIFY(document);
        QCOMPARE(document->metadata.value(u"repaired"_s).toString(), repaired);
        QCOMPARE(document->pageCount, 2);
        // The original is kept byte for byte: the repair is Poppler's reading, not a new file.
        QCOMPARE(ImportTest::count(
                     casePath, u"SELECT count(*) FROM blobs WHERE size = %1"_s.arg(bytes.size())),
                 1);
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM pages_fts WHERE pages_fts "
                                   u"MATCH 'injunction'"_s),
                 1);
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM pages_fts WHERE pages_fts "
                                   u"MATCH 'declaration'"_s),
                 1);
    }

    void soundPdfHasNoRepairNote()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"sound"_s);
        const QString file = m_dir.filePath(u"sound.pdf"_s);
        ImportTest::writeFile(file, m_pdf);
        auto report = runImport(casePath, {file}, {});
        QVERIFY(report);
        const ImportedFile imported = report->files.constFirst();
        QCOMPARE(imported.status, ImportedFile::Status::Imported);
        for (const QString &warning : imported.warnings)
            QVERIFY2(!warning.startsWith(u"repaired"_s), qPrintable(warning));
        auto caseFile = CaseFile::open(casePath);
        QVERIFY(caseFile);
        auto document = DocumentStore(caseFile->db()).document(imported.documentId);
        QVERIFY(document);
        QVERIFY(!document->metadata.contains(u"repaired"_s));
    }

    void beyondRepairRejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");

        // The header and the first object: no page tree survives.
        const qsizetype second = m_pdf.indexOf(" 0 obj", m_pdf.indexOf(" 0 obj") + 6);
        QTest::newRow("cut after the first object")
            << m_pdf.left(m_pdf.lastIndexOf('\n', second) + 1)
            << u"missing %%EOF; no startxref; the cross-reference table could not be rebuilt"_s;
        QByteArray noise = "%PDF-1.7\n";
        for (int i = 0; i < 4096; ++i)
            noise += char('a' + (i * 7919) % 26);
        QTest::newRow("header then noise")
            << noise << u"the cross-reference table could not be rebuilt"_s;
        // Without a trailer dictionary there is nothing to rebuild from: pdftotext cannot read
        // these either.
        QTest::newRow("cut before the xref table")
            << m_pdf.left(m_pdf.lastIndexOf("\nxref") + 1)
            << u"is damaged beyond repair: Poppler cannot open it as a PDF (missing %%EOF; no "
               u"startxref; the cross-reference table could not be rebuilt)"_s;
        if (!m_qpdf.isEmpty())
            QTest::newRow("qpdf xref stream, startxref into nowhere")
                << withStartXref(m_qpdf, "12345678")
                << u"startxref points to byte 12345678, where there is no table"_s;
    }

    void beyondRepairRejected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        auto [casePath, before] = ImportTest::seededCase(m_dir, tag);
        const QString file = m_dir.filePath(tag + u".pdf"_s);
        ImportTest::writeFile(file, bytes);

        auto report = runImport(casePath, {file}, {});
        QVERIFY(report);
        const ImportedFile rejected = report->files.constFirst();
        QCOMPARE(rejected.status, ImportedFile::Status::Rejected);
        QVERIFY2(rejected.reason.contains(tag + u".pdf"_s), qPrintable(rejected.reason));
        QVERIFY2(rejected.reason.contains(reason), qPrintable(rejected.reason));
        QCOMPARE(rejected.errorCode.value_or(Error::Code::Generic), Error::Code::Corrupt);
        QCOMPARE(ImportTest::fingerprint(casePath), before);
    }
};

QTEST_MAIN(TestPdfRepair)
#include "tst_pdfrepair.moc"
