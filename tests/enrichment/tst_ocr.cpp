#include "casefile.h"
#include "documentstore.h"
#include "enrichmentjob.h"
#include "importers/importtestutil.h"
#include "ocr/ocrenricher.h"
#include "ocr/ocrsettings.h"
#include "ocr/pagerasteriser.h"
#include "ocr/tesseractengine.h"
#include "pagetextstore.h"
#include "quoteverifier.h"
#include "scans.h"
#include "search.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>
#include <QtEndian>

#include <poppler-qt6.h>

#include <thread>
#include <zlib.h>

using namespace Casebinder;
using namespace Qt::StringLiterals;
using namespace ScanTest;

namespace {

// A PDF whose one page is a `side` × `side` pixel 1-bit image on a page of `points` square:
// written by hand, deflated, so the test itself never holds the pixels.
QByteArray hugeImagePdf(int side, int points)
{
    const qsizetype rowBytes = (side + 7) / 8;
    QByteArray row(rowBytes, char(0xff)); // white
    for (qsizetype i = rowBytes / 4; i < rowBytes / 2; ++i)
        row[i] = 0; // a black band, so there is something to see
    z_stream z{};
    deflateInit(&z, 9);
    QByteArray compressed;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (int y = 0; y < side; ++y) {
        z.next_in = reinterpret_cast<Bytef *>(row.data());
        z.avail_in = uInt(row.size());
        const int flush = y + 1 == side ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = reinterpret_cast<Bytef *>(chunk.data());
            z.avail_out = uInt(chunk.size());
            deflate(&z, flush);
            compressed.append(chunk.constData(), chunk.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);

    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    const auto object = [&](const QByteArray &body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const QByteArray size = QByteArray::number(points);
    const QByteArray content = "q " + size + " 0 0 " + size + " 0 0 cm /Im1 Do Q";
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + size + ' ' + size
           + "] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>");
    object("<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(side) + " /Height "
           + QByteArray::number(side)
           + " /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode /Length "
           + QByteArray::number(compressed.size()) + " >>\nstream\n" + compressed + "\nendstream");
    object("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
           + "\nendstream");
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1)
           + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// A PNG whose header says it is 0 pixels wide.
QByteArray zeroWidthPng()
{
    QByteArray ihdr("IHDR");
    const auto be32 = [](quint32 v) {
        QByteArray b(4, Qt::Uninitialized);
        qToBigEndian(v, b.data());
        return b;
    };
    ihdr += be32(0) + be32(10) + QByteArray("\x08\x00\x00\x00\x00", 5);
    const quint32 crc
        = quint32(::crc32(0, reinterpret_cast<const Bytef *>(ihdr.constData()), uInt(ihdr.size())));
    QByteArray iend("IEND");
    const quint32 iendCrc
        = quint32(::crc32(0, reinterpret_cast<const Bytef *>(iend.constData()), uInt(iend.size())));
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + be32(13) + ihdr + be32(crc) + be32(0) + iend
           + be32(iendCrc);
}

qint64 peakResidentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

int threadCount()
{
    return int(QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

// Runs a tool the test needs to make its input; false (and a message) when it is missing or
// fails, so the test can skip.
bool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(60000)
        || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s failed: %s",
                 qPrintable(program),
                 qPrintable(QString::fromLocal8Bit(process.readAllStandardError())));
        return false;
    }
    return true;
}

// `image` as a 1-bit TIFF file (Qt writes one frame, uncompressed or LZW).
bool saveMonoTiff(const QImage &image, const QString &path)
{
    return image.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither).save(path, "TIFF");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestOcr : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_cases = 0;

    // A case holding `files` (name → bytes), imported.
    QString caseWith(const QList<std::pair<QString, QByteArray>> &files)
    {
        const QString name = u"case%1"_s.arg(++m_cases);
        const QString casePath = ImportTest::newCase(m_dir.path(), name);
        const QString folder = m_dir.filePath(name + u"-files"_s);
        QDir().mkpath(folder);
        for (const auto &[file, bytes] : files)
            ImportTest::writeFile(folder + u'/' + file, bytes);
        auto imported = runImport(casePath, {folder}, {});
        if (!imported || imported->imported() != files.size())
            return {};
        return casePath;
    }

    static Ocr::OcrEnricher enricher(int workers = 0)
    {
        Ocr::OcrOptions options;
        options.workers = workers;
        return Ocr::OcrEnricher(options);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!Ocr::TesseractEngine::installedLanguages().contains(u"eng"_s))
            QSKIP("Tesseract's English data is not installed (tesseract-ocr-eng)");
    }

    // The scans become text: recall, confidence, boxes on the page, search and quotes.
    void readsAScannedPdf()
    {
        const QString casePath
            = caseWith({{u"scan.pdf"_s, imagePdf({scan(Pages.at(0)), scan(Pages.at(1))})}});
        QVERIFY(!casePath.isEmpty());
        auto caseFile = CaseFile::open(casePath);
        QVERIFY(caseFile);
        const qint64 document = caseFile->documents().documents()->constFirst().id;
        QCOMPARE(PageTextStore::of(*caseFile).pagesForOcr({}, false)->size(), 2);

        std::atomic_bool cancel = false;
        EnrichmentReport report;
        const Ocr::OcrEnricher ocr = enricher();
        const Status outcome = runEnrichment(*caseFile, ocr, {}, cancel, report);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().fullText()));
        QCOMPARE(report.enricher, u"ocr"_s);
        QCOMPARE(report.pagesDone(), 2);
        QCOMPARE(report.pagesFailed(), 0);

        for (int page = 1; page <= 2; ++page) {
            auto stored = PageTextStore::of(*caseFile).ocr(document, page);
            QVERIFY(stored && *stored);
            const PageOcr &read = **stored;
            const double pageRecall = recall(Pages.at(page - 1), read.text);
            qInfo("page %d: word recall %.3f, mean confidence %.1f, %lld words",
                  page,
                  pageRecall,
                  read.confidence,
                  qlonglong(read.words.size()));
            QVERIFY2(pageRecall >= 0.9, qPrintable(read.text));
            QVERIFY(read.confidence > 60);
            QCOMPARE(read.dpi, 300.0);
            QCOMPARE(read.rotation, 0);
            QVERIFY(read.engine.startsWith(u"tesseract 5"_s));
            QCOMPARE(read.languages, u"eng"_s);
            // Boxes are in page points: inside the Letter page, the text inside its margins
            // (72 pt = the 300 px the scan left).
            for (const OcrWord &word : read.words) {
                QVERIFY(QRectF(0, 0, 612, 792).contains(word.box));
                QVERIFY2(
                    word.box.left() >= 65 && word.box.top() >= 65,
                    qPrintable(
                        u"%1 at %2,%3"_s.arg(word.text).arg(word.box.left()).arg(word.box.top())));
            }
        }
        const PageOcr first = **PageTextStore::of(*caseFile).ocr(document, 1);
        const OcrWord &opening = first.words.constFirst();
        QCOMPARE(opening.text, u"The"_s);
        QVERIFY(qAbs(opening.box.left() - 72) < 4);
        QVERIFY(opening.box.height() > 5 && opening.box.height() < 16); // 12 pt type

        // Search finds an OCR'd word, and a quote taken from the scan verifies.
        SearchRequest request;
        request.query = u"indemnification"_s;
        auto found = caseFile->search().run(request);
        QVERIFY(found);
        QCOMPARE(found->hits.size(), 1);
        QCOMPARE(found->hits.at(0).pageNumber, 1);
        auto quote = QuoteVerifier::verify(
            *caseFile, document, 2, 2, u"under penalty of perjury under the laws"_s);
        QVERIFY(quote);
        QVERIFY2(quote->verified, qPrintable(quote->reason));
        // The import's (empty) text layer is unchanged; the document no longer needs OCR.
        QCOMPARE(*caseFile->documents().pageText(document, 1), QString());
        QCOMPARE(caseFile->documents().document(document)->textStatus, TextStatus::Extracted);
    }

    // A page scanned sideways is turned upright before it is read.
    void readsAPageScannedSideways()
    {
        const QImage sideways = scan(Pages.at(0)).transformed(QTransform().rotate(90));
        const QString casePath = caseWith({{u"sideways.pdf"_s, imagePdf({sideways})}});
        QVERIFY(!casePath.isEmpty());
        auto caseFile = CaseFile::open(casePath);
        std::atomic_bool cancel = false;
        EnrichmentReport report;
        QVERIFY(runEnrichment(*caseFile, enricher(), {}, cancel, report));
        QCOMPARE(report.pagesDone(), 1);
        const PageOcr read = **PageTextStore::of(*caseFile).ocr(1, 1);
        qInfo("sideways: rotation %d, word recall %.3f",
              read.rotation,
              recall(Pages.at(0), read.text));
        QVERIFY(read.rotation == 90 || read.rotation == 270);
        QVERIFY2(recall(Pages.at(0), read.text) >= 0.9, qPrintable(read.text));
        // The boxes are on the page as displayed (sideways), not on the turned image.
        for (const OcrWord &word : read.words)
            QVERIFY(QRectF(0, 0, 612, 792).adjusted(-1, -1, 1, 1).contains(word.box));
        const OcrWord &opening = read.words.constFirst();
        QVERIFY2(opening.box.height() > opening.box.width() || opening.text.size() <= 2,
                 qPrintable(opening.text)); // a word standing on its side is tall
    }

    void readsAnImageDocument()
    {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(scan(Pages.at(1)).save(&buffer, "PNG"));
        const QString casePath = caseWith({{u"declaration.png"_s, png}});
        QVERIFY(!casePath.isEmpty());
        auto caseFile = CaseFile::open(casePath);
        std::atomic_bool cancel = false;
        EnrichmentReport report;
        QVERIFY(runEnrichment(*caseFile, enricher(), {}, cancel, report));
        QCOMPARE(report.pagesDone(), 1);
        const PageOcr read = **PageTextStore::of(*caseFile).ocr(1, 1);
        QVERIFY2(recall(Pages.at(1), read.text) >= 0.9, qPrintable(read.text));
        // An image's page units are its pixels.
        QVERIFY(qAbs(read.words.constFirst().box.left() - 300) < 12);
        QVERIFY(qAbs(read.dpi - 300) < 1);
    }

    // A 20,000 × 20,000 px page is read at a resolution that keeps it within the pixel
    // budget, and memory stays bounded.
    void boundsAHugePage()
    {
        const QString casePath = caseWith({{u"huge.pdf"_s, hugeImagePdf(20000, 4800)}});
        QVERIFY(!casePath.isEmpty());
        auto caseFile = CaseFile::open(casePath);
        std::atomic_bool cancel = false;
        EnrichmentReport report;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runEnrichment(*caseFile, enricher(1), {}, cancel, report));
        QCOMPARE(report.pagesDone() + report.pagesFailed(), 1);
        const qint64 peak = peakResidentKb();
        qInfo("huge page: %lld ms, peak RSS %lld MB", qlonglong(clock.elapsed()), peak / 1024);
        QVERIFY2(peak < 1'200'000, qPrintable(QString::number(peak)));
        if (report.pagesDone() == 1) {
            const PageOcr read = **PageTextStore::of(*caseFile).ocr(1, 1);
            QVERIFY(read.dpi <= 8000.0 * 72 / 4800 + 0.01);
        }
        const Ocr::RasterLimits limits;
        const double dpi = limits.resolutionFor(QSizeF(20000, 20000));
        QVERIFY(qint64(20000 / 72.0 * dpi) * qint64(20000 / 72.0 * dpi) <= limits.maxPixels);
        QCOMPARE(limits.resolutionFor(QSizeF(612, 792)), 300.0);
    }

    void refusesAnImageWithNoPixels()
    {
        Ocr::PageRasteriser rasteriser;
        const EnrichmentSource source{1, u"blank.png"_s, u"image/png"_s, 1, zeroWidthPng()};
        auto rendered = rasteriser.render(source, 1);
        QVERIFY(!rendered);
        QVERIFY2(rendered.error().message.contains(u"no pixels"_s)
                     || rendered.error().message.contains(u"cannot be read"_s),
                 qPrintable(rendered.error().message));
        auto engine = Ocr::TesseractEngine::create(u"eng"_s);
        QVERIFY(engine);
        std::atomic_bool cancel = false;
        auto read = (*engine)->recognise(QImage(0, 10, QImage::Format_Grayscale8), 300, cancel, 0);
        QVERIFY(!read);
        QVERIFY(read.error().message.contains(u"too small"_s));

        // Through the job: the page is reported as failed, the run completes.
        const QString casePath = caseWith({{u"blank.png"_s, zeroWidthPng()}});
        if (casePath.isEmpty())
            return; // the importer refused it outright, which is fine too
        auto caseFile = CaseFile::open(casePath);
        EnrichmentReport report;
        QVERIFY(runEnrichment(*caseFile, enricher(), {}, cancel, report));
        QCOMPARE(report.pagesFailed(), report.pagesPending());
    }

    void stopsWithinAPage()
    {
        auto engine = Ocr::TesseractEngine::create(u"eng"_s);
        QVERIFY(engine);
        QImage dense = scan(QStringList(20, Pages.at(0)).join(u' '));
        std::atomic_bool cancel = false;
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        QElapsedTimer clock;
        clock.start();
        auto read = (*engine)->recognise(dense, 300, cancel, 0);
        const qint64 took = clock.elapsed();
        canceller.join();
        QVERIFY(!read);
        QCOMPARE(read.error().code, Error::Code::Cancelled);
        QVERIFY2(took < 3000, qPrintable(QString::number(took)));

        cancel = false;
        auto late = (*engine)->recognise(dense, 300, cancel, 200);
        QVERIFY(!late);
        QVERIFY2(late.error().message.contains(u"longer than the limit"_s),
                 qPrintable(late.error().message));
        // The engine is still good for the next page.
        auto next = (*engine)->recognise(scan(Pages.at(1)), 300, cancel, 0);
        QVERIFY(next);
        QVERIFY(recall(Pages.at(1), next->text) >= 0.9);
    }

    // Tesseract runs on the worker's thread alone: no OpenMP team of its own.
    void keepsToItsOwnThread()
    {
        auto engine = Ocr::TesseractEngine::create(u"eng"_s);
        QVERIFY(engine);
        const int before = threadCount();
        std::atomic_bool done = false;
        std::atomic_int most = 0;
        std::thread sampler([&] {
            while (!done) {
                most = std::max(most.load(), threadCount());
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
        std::atomic_bool cancel = false;
        auto read = (*engine)->recognise(scan(Pages.at(0)), 300, cancel, 0);
        done = true;
        sampler.join();
        QVERIFY(read);
        QVERIFY2(most <= before + 1, qPrintable(u"%1 threads, %2 before"_s.arg(most).arg(before)));
    }

    // Cancelled while Tesseract is inside a page: the run stops within the page, nothing of
    // it is stored, and a cancellation is not recorded as a failure (the next run reads it).
    void cancelsInsideAPageThroughTheJob()
    {
        const QString dense = QStringList(20, Pages.at(0)).join(u' ');
        const QString casePath = caseWith({{u"dense.pdf"_s, imagePdf({scan(dense)})}});
        QVERIFY(!casePath.isEmpty());
        auto caseFile = CaseFile::open(casePath);
        std::atomic_bool cancel = false;
        EnrichmentReport report;
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            cancel = true;
        });
        QElapsedTimer clock;
        clock.start();
        const Status stopped = runEnrichment(*caseFile, enricher(1), {}, cancel, report);
        const qint64 took = clock.elapsed();
        canceller.join();
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, Error::Code::Cancelled);
        qInfo("cancelled after %lld ms", qlonglong(took));
        QCOMPARE(*PageTextStore::of(*caseFile).recognisedPages(), 0);
        QCOMPARE(PageTextStore::of(*caseFile).ocrFailures()->size(), 0);
        QCOMPARE(report.pagesFailed(), 0);
        QCOMPARE(PageTextStore::of(*caseFile).pagesForOcr({}, false)->size(), 1);
    }

    void cancelsMidRunAndResumes()
    {
        QList<QImage> scans;
        for (int i = 0; i < 4; ++i)
            scans.append(scan(Pages.at(i % 2)));
        const QString casePath = caseWith({{u"bundle.pdf"_s, imagePdf(scans)}});
        QVERIFY(!casePath.isEmpty());
        auto caseFile = CaseFile::open(casePath);
        std::atomic_bool cancel = false;
        EnrichmentReport report;
        const Ocr::OcrEnricher ocr = enricher(1);
        const Status stopped
            = runEnrichment(*caseFile, ocr, {}, cancel, report, [&](const auto &p) {
                  if (p.pagesDone >= 1)
                      cancel = true;
              });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, Error::Code::Cancelled);
        QCOMPARE(report.pagesDone(), 1);
        QCOMPARE(*PageTextStore::of(*caseFile).recognisedPages(), 1);

        cancel = false;
        QVERIFY(runEnrichment(*caseFile, ocr, {}, cancel, report));
        QCOMPARE(report.pagesPending(), 3);
        QCOMPARE(report.pagesDone(), 3);
        QCOMPARE(*PageTextStore::of(*caseFile).recognisedPages(), 4);
    }

    // A page over the per-page time limit is reported and recorded with its reason; the next
    // run leaves it alone and says so, and --force (here: force) reads it again.
    void recordsAPageOverTheTimeLimit()
    {
        const QString casePath = caseWith({{u"slow.pdf"_s, imagePdf({scan(Pages.at(0))})}});
        QVERIFY(!casePath.isEmpty());
        auto caseFile = CaseFile::open(casePath);
        Ocr::OcrOptions hurried;
        hurried.workers = 1;
        hurried.pageTimeLimitMs = 1;
        const Ocr::OcrEnricher slow(hurried);
        std::atomic_bool cancel = false;
        EnrichmentReport report;
        QVERIFY(runEnrichment(*caseFile, slow, {}, cancel, report));
        QCOMPARE(report.pagesFailed(), 1);
        QCOMPARE(report.pagesDone(), 0);
        const QString reason = report.documents.at(0).failures.at(0).reason;
        QVERIFY2(reason.contains(u"longer than the limit"_s), qPrintable(reason));
        // Nothing half-written: no text, no details.
        QCOMPARE(*PageTextStore::of(*caseFile).recognisedPages(), 0);
        QCOMPARE(caseFile->documents().document(1)->textStatus, TextStatus::NeedsOcr);
        auto failures = PageTextStore::of(*caseFile).ocrFailures();
        QVERIFY(failures);
        QCOMPARE(failures->size(), 1);
        QCOMPARE(failures->at(0).reason, reason);
        QCOMPARE(failures->at(0).engine.engine, Ocr::TesseractEngine::version());
        QCOMPARE(failures->at(0).engine.languages, u"eng"_s);

        // Not retried under the same engine and languages.
        QVERIFY(runEnrichment(*caseFile, slow, {}, cancel, report));
        QCOMPARE(report.pagesPending(), 0);
        // Retried when forced, and the record goes once it is read.
        QVERIFY(runEnrichment(*caseFile, enricher(1), {{}, true}, cancel, report));
        QCOMPARE(report.pagesDone(), 1);
        QCOMPARE(PageTextStore::of(*caseFile).ocrFailures()->size(), 0);
        QCOMPARE(caseFile->documents().document(1)->textStatus, TextStatus::Extracted);
    }

    // A multi-page TIFF (made with tiffcp) is a page per frame, each read.
    void readsEveryFrameOfATiff()
    {
        const QString tiffcp = QStandardPaths::findExecutable(u"tiffcp"_s);
        if (tiffcp.isEmpty())
            QSKIP("tiffcp is not installed (libtiff-tools, scripts/deps.sh)");
        const QString one = m_dir.filePath(u"frame1.tif"_s);
        const QString two = m_dir.filePath(u"frame2.tif"_s);
        const QString both = m_dir.filePath(u"bundle.tif"_s);
        QVERIFY(saveMonoTiff(scan(Pages.at(0)), one));
        QVERIFY(saveMonoTiff(scan(Pages.at(1)), two));
        QVERIFY(runTool(tiffcp, {u"-c"_s, u"g4"_s, one, two, both}));
        const QString casePath = caseWith({{u"fax.tif"_s, readAll(both)}});
        QVERIFY(!casePath.isEmpty());
        auto caseFile = CaseFile::open(casePath);
        const DocumentRecord record = *caseFile->documents().document(1);
        QCOMPARE(record.mediaType, u"image/tiff"_s);
        QCOMPARE(record.pageCount, 2);
        std::atomic_bool cancel = false;
        EnrichmentReport report;
        QVERIFY(runEnrichment(*caseFile, enricher(), {}, cancel, report));
        QCOMPARE(report.pagesFailed(), 0);
        QCOMPARE(report.pagesDone(), 2);
        for (int page = 1; page <= 2; ++page) {
            const PageOcr read = **PageTextStore::of(*caseFile).ocr(1, page);
            qInfo("TIFF frame %d: word recall %.3f", page, recall(Pages.at(page - 1), read.text));
            QVERIFY2(recall(Pages.at(page - 1), read.text) >= 0.9, qPrintable(read.text));
        }
    }

    // A TIFF whose header is sound and whose directory is garbage: the page fails with a clear
    // reason, nothing is stored, and the run completes.
    void refusesACorruptTiff()
    {
        QByteArray tiff("II*\0", 4);
        tiff += QByteArray("\x08\x00\x00\x00", 4); // first directory at 8
        tiff += QByteArray("\xff\x7f", 2);         // 32767 entries that are not there
        tiff += QByteArray(64, char(0xa5));
        Ocr::PageRasteriser rasteriser;
        auto rendered = rasteriser.render({1, u"bad.tif"_s, u"image/tiff"_s, 1, tiff}, 1);
        QVERIFY(!rendered);
        QVERIFY2(rendered.error().message.contains(u"TIFF"_s)
                     || rendered.error().message.contains(u"image"_s),
                 qPrintable(rendered.error().message));

        const QString casePath = caseWith({{u"bad.tif"_s, tiff}});
        if (casePath.isEmpty())
            return; // refused at import, which is a clear outcome too
        auto caseFile = CaseFile::open(casePath);
        std::atomic_bool cancel = false;
        EnrichmentReport report;
        QVERIFY(runEnrichment(*caseFile, enricher(), {}, cancel, report));
        QCOMPARE(report.pagesDone(), 0);
        QCOMPARE(report.pagesFailed(), report.pagesPending());
        QVERIFY(report.pagesFailed() >= 1);
        QCOMPARE(*PageTextStore::of(*caseFile).recognisedPages(), 0);
        QCOMPARE(ImportTest::integrity(casePath, CaseFile::Access::ReadWrite), u"ok"_s);
    }

    // A CCITT G4 scan (tiffcp -c g4, wrapped in a PDF undecoded by img2pdf) is read.
    void readsACcittScan()
    {
        const QString tiffcp = QStandardPaths::findExecutable(u"tiffcp"_s);
        const QString img2pdf = QStandardPaths::findExecutable(u"img2pdf"_s);
        if (tiffcp.isEmpty() || img2pdf.isEmpty())
            QSKIP("tiffcp or img2pdf is not installed (libtiff-tools, img2pdf: scripts/deps.sh)");
        const QString mono = m_dir.filePath(u"mono.tif"_s);
        const QString g4 = m_dir.filePath(u"g4.tif"_s);
        const QString pdf = m_dir.filePath(u"g4.pdf"_s);
        QVERIFY(saveMonoTiff(scan(Pages.at(1)), mono));
        QVERIFY(runTool(tiffcp, {u"-c"_s, u"g4"_s, mono, g4}));
        QVERIFY(runTool(img2pdf, {g4, u"-o"_s, pdf}));
        const QByteArray bytes = readAll(pdf);
        QVERIFY(bytes.contains("/CCITTFaxDecode"));
        // Qt cannot decode CCITT: the page is rendered by Poppler.
        QVERIFY(Ocr::embeddedPageImage(bytes, 1, {}).isNull());
        const QString casePath = caseWith({{u"g4.pdf"_s, bytes}});
        QVERIFY(!casePath.isEmpty());
        auto caseFile = CaseFile::open(casePath);
        std::atomic_bool cancel = false;
        EnrichmentReport report;
        QVERIFY(runEnrichment(*caseFile, enricher(), {}, cancel, report));
        QCOMPARE(report.pagesDone(), 1);
        const PageOcr read = **PageTextStore::of(*caseFile).ocr(1, 1);
        qInfo("CCITT G4 scan: word recall %.3f", recall(Pages.at(1), read.text));
        QVERIFY2(recall(Pages.at(1), read.text) >= 0.9, qPrintable(read.text));
    }

    // A page that is one image (as img2pdf writes it) is read from that image at its own
    // resolution, not re-rendered at 300 dpi; a filter Qt cannot take (CCITT) is rendered.
    void readsTheEmbeddedImageAtItsOwnResolution()
    {
        const QString img2pdf = QStandardPaths::findExecutable(u"img2pdf"_s);
        if (img2pdf.isEmpty())
            QSKIP("img2pdf is not installed (scripts/deps.sh)");
        // Letter at 200 dpi, as PNG (Flate with PNG predictors) and as JPEG (DCT).
        QImage page
            = scan(Pages.at(0)).scaled(1700, 2200, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        page.setDotsPerMeterX(7874);
        page.setDotsPerMeterY(7874);
        for (const char *format : {"PNG", "JPEG"}) {
            const QString image = m_dir.filePath(u"native200."_s + QString::fromLatin1(format));
            const QString pdf = image + u".pdf"_s;
            QVERIFY(page.save(image, format, format == QByteArrayView("JPEG") ? 90 : -1));
            QVERIFY(runTool(img2pdf, {image, u"-o"_s, pdf}));
            const EnrichmentSource source{
                100 + qint64(*format), u"native.pdf"_s, u"application/pdf"_s, 1, readAll(pdf)};
            Ocr::PageRasteriser rasteriser;
            auto own = rasteriser.render(source, 1);
            QVERIFY2(own, qPrintable(own ? QString() : own.error().fullText()));
            QVERIFY2(own->embedded, format);
            QCOMPARE(own->image.size(), QSize(1700, 2200));
            QVERIFY2(std::abs(own->dpi - 200) < 1, qPrintable(QString::number(own->dpi)));
            QVERIFY(std::abs(own->unitsPerPixel - 0.36) < 0.01);
            auto engine = Ocr::TesseractEngine::create(u"eng"_s);
            std::atomic_bool cancel = false;
            auto read = (*engine)->recognise(own->image, int(own->dpi), cancel, 0);
            QVERIFY(read);
            qInfo("%s page read from its own 200 dpi image: word recall %.3f",
                  format,
                  recall(Pages.at(0), read->text));
            QVERIFY2(recall(Pages.at(0), read->text) >= 0.9, qPrintable(read->text));

            Ocr::PageRasteriser rendering;
            rendering.setUseEmbeddedImages(false);
            auto rendered = rendering.render(source, 1);
            QVERIFY(rendered && !rendered->embedded);
            QCOMPARE(rendered->dpi, 300.0);
        }
        // Qt's own PDFs draw the image with a flip: not "only an image", so rendered.
        Ocr::PageRasteriser rasteriser;
        auto qtPdf = rasteriser.render(
            {7, u"qt.pdf"_s, u"application/pdf"_s, 1, imagePdf({scan(Pages.at(1))})}, 1);
        QVERIFY(qtPdf);
        QCOMPARE(Ocr::embeddedPageImage(imagePdf({scan(Pages.at(1))}), 1, {}).isNull(),
                 !qtPdf->embedded);
        QVERIFY(Ocr::embeddedPageImage("not a pdf", 1, {}).isNull());
    }

    void namesAMissingLanguage()
    {
        const QString casePath = caseWith({{u"one.pdf"_s, imagePdf({scan(Pages.at(0))})}});
        auto caseFile = CaseFile::open(casePath);
        Ocr::OcrOptions options;
        options.languages = u"eng+xyz"_s;
        std::atomic_bool cancel = false;
        EnrichmentReport report;
        const Status outcome
            = runEnrichment(*caseFile, Ocr::OcrEnricher(options), {}, cancel, report);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, Error::Code::Unsupported);
        QVERIFY(outcome.error().message.contains(u"tesseract-ocr-xyz"_s));
        QCOMPARE(*PageTextStore::of(*caseFile).recognisedPages(), 0);
    }

    void keepsTheCaseSettings()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"settings"_s);
        auto caseFile = CaseFile::open(casePath);
        auto defaults = Ocr::OcrSettings::read(*caseFile);
        QVERIFY(defaults);
        QCOMPARE(defaults->languages, u"eng"_s);
        QVERIFY(defaults->afterImport);
        QCOMPARE(defaults->reviewBelow, Ocr::OcrSettings::DefaultReviewBelow);
        QVERIFY((Ocr::OcrSettings{u"eng+fra"_s, false, 55}.write(*caseFile)));
        auto changed = Ocr::OcrSettings::read(*caseFile);
        QCOMPARE(changed->languages, u"eng+fra"_s);
        QVERIFY(!changed->afterImport);
        QCOMPARE(changed->reviewBelow, 55.0);
        const Ocr::OcrSettings outOfRange{u"eng"_s, true, 140};
        QCOMPARE(outOfRange.write(*caseFile).error().code, Error::Code::InvalidArgument);
    }

    // Word recall on the corpus: the image-only opinion, page by page against pdftotext's
    // reading of its text-based twin when the two have the same pages.
    void measuresTheCorpusScans()
    {
        CASEBINDER_REQUIRE_CORPUS(image,
                                  "court-pdfs/freelawproject_courtlistener/"
                                  "opinion_pdf_image_based.pdf");
        const QString twin
            = corpusPath(u"court-pdfs/freelawproject_courtlistener/opinion_pdf_text_based.pdf"_s);
        const QString casePath = ImportTest::newCase(m_dir.path(), u"corpus"_s);
        auto imported = runImport(casePath, {image}, {});
        QVERIFY(imported && imported->imported() == 1);
        auto caseFile = CaseFile::open(casePath);
        std::atomic_bool cancel = false;
        EnrichmentReport report;
        QVERIFY(runEnrichment(*caseFile, enricher(), {}, cancel, report));
        const auto imageDocument = Poppler::Document::load(image);
        const auto textDocument = twin.isEmpty() ? nullptr : Poppler::Document::load(twin);
        const bool twins = textDocument && textDocument->numPages() == imageDocument->numPages();
        for (int page = 1; page <= imageDocument->numPages(); ++page) {
            auto read = PageTextStore::of(*caseFile).ocr(1, page);
            QVERIFY(read);
            const QString text = *read ? (*read)->text : QString();
            if (twins)
                qInfo("corpus page %d: word recall %.3f against the text-based twin",
                      page,
                      recall(textDocument->page(page - 1)->text(QRectF()), text));
            else
                qInfo("corpus page %d (no twin with the same pages): OCR read \"%s\"",
                      page,
                      qPrintable(text.simplified().left(120)));
        }
    }
};

QTEST_MAIN(TestOcr)
#include "tst_ocr.moc"
