#include "casefile.h"
#include "documentstore.h"
#include "enrichmentjob.h"
#include "importers/importtestutil.h"
#include "ocr/ocrenricher.h"
#include "ocr/searchablecopy.h"
#include "ocr/tesseractengine.h"
#include "pagetextstore.h"
#include "scans.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;
using namespace ScanTest;

namespace {

struct Ran
{
    int exitCode = -1;
    QByteArray out;
};

Ran run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput()};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The searchable copy (Document ▸ Save Searchable Copy, casebinder-cli export-searchable): an
// invisible text layer from OCR's word boxes over untouched pages; encrypted and damaged
// originals refused; nothing half-written.
class TestSearchableCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_case;
    qint64 m_document = 0;
    QByteArray m_original;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!Ocr::TesseractEngine::installedLanguages().contains(u"eng"_s))
            QSKIP("Tesseract's English data is not installed (tesseract-ocr-eng)");
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()
            || QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty()
            || QStandardPaths::findExecutable(u"qpdf"_s).isEmpty())
            QSKIP("poppler-utils and qpdf are needed (scripts/deps.sh)");
        m_case = ImportTest::newCase(m_dir.path(), u"copy"_s);
        m_original = imagePdf({scan(Pages.at(0)), scan(Pages.at(1))});
        const QString pdf = m_dir.filePath(u"scan.pdf"_s);
        ImportTest::writeFile(pdf, m_original);
        auto imported = runImport(m_case, {pdf}, {});
        QVERIFY(imported && imported->imported() == 1);
        auto caseFile = CaseFile::open(m_case);
        QVERIFY(caseFile);
        m_document = caseFile->documents().documents()->constFirst().id;
        std::atomic_bool cancel = false;
        EnrichmentReport report;
        QVERIFY(runEnrichment(*caseFile, Ocr::OcrEnricher(), {}, cancel, report));
        QCOMPARE(report.pagesDone(), 2);
    }

    void findsTheWordsAndLooksTheSame()
    {
        const QString out = m_dir.filePath(u"searchable.pdf"_s);
        {
            auto caseFile = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
            QVERIFY(caseFile);
            const Status saved = Ocr::saveSearchableCopy(*caseFile, m_document, out);
            QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().fullText()));
        }
        // pdftotext reads the words, in order, from the copy; the original has none.
        const Ran text = run(u"pdftotext"_s, {out, u"-"_s});
        QCOMPARE(text.exitCode, 0);
        const QString words = QString::fromUtf8(text.out);
        qInfo("word recall of pdftotext on the copy: %.3f, %.3f",
              recall(Pages.at(0), words.section(u'\f', 0, 0)),
              recall(Pages.at(1), words.section(u'\f', 1, 1)));
        QVERIFY2(recall(Pages.at(0), words.section(u'\f', 0, 0)) >= 0.9, qPrintable(words));
        QVERIFY2(recall(Pages.at(1), words.section(u'\f', 1, 1)) >= 0.9, qPrintable(words));
        QVERIFY(words.contains(u"indemnification clause survives"_s));
        const QString original = m_dir.filePath(u"original.pdf"_s);
        ImportTest::writeFile(original, m_original);
        QVERIFY(run(u"pdftotext"_s, {original, u"-"_s}).out.trimmed().isEmpty());

        // The pages render pixel for pixel as the original's.
        for (const QString &pdf : {original, out})
            QCOMPARE(run(u"pdftoppm"_s, {u"-r"_s, u"60"_s, u"-gray"_s, pdf, pdf}).exitCode, 0);
        for (const QString page : {u"-1.pgm"_s, u"-2.pgm"_s}) {
            const QByteArray a = readAll(original + page);
            const QByteArray b = readAll(out + page);
            QVERIFY(!a.isEmpty());
            QVERIFY2(a == b, qPrintable(page));
        }
        // The copy is a sound PDF.
        QCOMPARE(run(u"qpdf"_s, {u"--check"_s, out}).exitCode, 0);
    }

    void refusesEncryptedAndDamagedOriginals()
    {
        const QString plain = m_dir.filePath(u"plain.pdf"_s);
        const QString locked = m_dir.filePath(u"locked.pdf"_s);
        ImportTest::writeFile(plain, m_original);
        QCOMPARE(run(u"qpdf"_s,
                     {u"--encrypt"_s, QString(), u"owner"_s, u"256"_s, u"--"_s, plain, locked})
                     .exitCode,
                 0);
        PageOcr ocr;
        ocr.text = u"word"_s;
        ocr.words = {{u"word"_s, QRectF(72, 72, 40, 12), 90}};
        ocr.dpi = 300;
        auto encrypted = Ocr::searchablePdf(readAll(locked), {{1, ocr}}, u"locked.pdf"_s);
        QVERIFY(!encrypted);
        QVERIFY(encrypted.error().code == Error::Code::Unsupported
                || encrypted.error().code == Error::Code::PasswordRequired);
        QVERIFY2(encrypted.error().message.contains(u"locked.pdf"_s)
                     && encrypted.error().message.contains(u"encrypted"_s),
                 qPrintable(encrypted.error().message));

        QByteArray damaged = m_original;
        damaged.truncate(damaged.size() / 3);
        damaged += "garbage";
        auto broken = Ocr::searchablePdf(damaged, {{1, ocr}}, u"broken.pdf"_s);
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, Error::Code::Corrupt);
        QVERIFY(broken.error().message.contains(u"broken.pdf"_s));
        auto notPdf = Ocr::searchablePdf("not a pdf", {{1, ocr}}, u"text.pdf"_s);
        QVERIFY(!notPdf);
    }

    // A copy that cannot be made leaves nothing behind, and a file already there as it was.
    void leavesNothingHalfWritten()
    {
        auto caseFile = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
        QVERIFY(caseFile);
        const QString folder = m_dir.filePath(u"out"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString existing = folder + u"/existing.pdf"_s;
        ImportTest::writeFile(existing, "earlier file");
        const Status missing = Ocr::saveSearchableCopy(*caseFile, m_document + 100, existing);
        QVERIFY(!missing);
        QCOMPARE(readAll(existing), QByteArray("earlier file"));
        const Status nowhere = Ocr::saveSearchableCopy(
            *caseFile, m_document, m_dir.filePath(u"no/such/folder/copy.pdf"_s));
        QVERIFY(!nowhere);
        QCOMPARE(nowhere.error().code, Error::Code::Io);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"existing.pdf"_s});
        // Success replaces it whole.
        QVERIFY(Ocr::saveSearchableCopy(*caseFile, m_document, existing));
        QVERIFY(readAll(existing).startsWith("%PDF-"));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"existing.pdf"_s});
    }

    void theCommandLine()
    {
        const QString out = m_dir.filePath(u"cli.pdf"_s);
        const QString cli = QStringLiteral(CASEBINDER_CLI);
        const Ran written = run(
            cli, {u"export-searchable"_s, m_case, QString::number(m_document), out, u"--json"_s});
        QCOMPARE(written.exitCode, 0);
        QVERIFY(written.out.contains("\"path\""));
        QVERIFY(run(u"pdftotext"_s, {out, u"-"_s}).out.contains("arbitration"));
        QCOMPARE(run(cli, {u"export-searchable"_s, m_case, u"x"_s, out}).exitCode, 2);
        QCOMPARE(run(cli, {u"export-searchable"_s, m_case, u"999"_s, out}).exitCode, 1);
    }
};

QTEST_MAIN(TestSearchableCopy)
#include "tst_searchablecopy.moc"
