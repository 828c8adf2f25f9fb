#include "casedocument.h"
#include "documentviewer/documentviewer.h"
#include "documentviewer/pageview.h"
#include "documentviewer/pdfbackend.h"
#include "documentviewer/pdfcontentview.h"
#include "pagetextstore.h"
#include "quoteverifier.h"
#include "views/viewerfixtures.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Casebinder;
using namespace Casebinder::Views;
using namespace Qt::StringLiterals;

namespace {

// A Letter page with no text layer: a black bar down the right, where a page scanned on its
// side has its first line.
QByteArray scanPdf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    painter.fillRect(QRectF(480, 60, 40, 160), Qt::black);
    painter.end();
    return buffer.data();
}

// What OCR read on it: one line reading down the page (tall boxes), which the page turned
// 270° clockwise shows left to right.
PageOcr sidewaysOcr()
{
    PageOcr ocr;
    ocr.text = u"The parties agree"_s;
    ocr.confidence = 88;
    ocr.words = {{u"The"_s, QRectF(500, 72, 12, 30), 90},
                 {u"parties"_s, QRectF(500, 106, 12, 50), 88},
                 {u"agree"_s, QRectF(500, 160, 12, 40), 86}};
    ocr.engine = u"tesseract 5.3.0"_s;
    ocr.languages = u"eng"_s;
    ocr.rotation = 270;
    ocr.dpi = 300;
    return ocr;
}

bool near(const QRectF &a, const QRectF &b)
{
    return std::abs(a.left() - b.left()) < 1.5 && std::abs(a.top() - b.top()) < 1.5
           && std::abs(a.width() - b.width()) < 1.5 && std::abs(a.height() - b.height()) < 1.5;
}

} // namespace

// The viewer on a scanned page (issue #16): shown upright, search hits on OCR's words,
// selection and copy through the word boxes, a quote from the selection that verifies, and the
// recognised text beside or over the image.
class TestOcrViewer : public QObject
{
    Q_OBJECT

private slots:
    void scannedPageWorksThroughItsWordBoxes()
    {
        TestCase testCase;
        QVERIFY(testCase.create());
        const qint64 id
            = testCase.addDocument(u"Scan"_s, u"application/pdf"_s, scanPdf(), {QString()});
        QVERIFY(id > 0);
        CaseFile &caseFile = testCase.document->caseFile();
        QVERIFY(caseFile.db().exec(u"UPDATE pages SET needs_ocr = 1"_s));
        auto pages = caseFile.documents().pages(id);
        QVERIFY(pages && pages->size() == 1);
        QVERIFY(PageTextStore::of(caseFile).saveOcr(pages->at(0).id, sidewaysOcr()));

        DocumentViewer viewer;
        viewer.resize(1000, 800);
        viewer.setCaseDocument(testCase.document.get());
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QSignalSpy shown(&viewer, &DocumentViewer::documentShown);
        QSignalSpy opened(viewer.pdfView()->backend(), &PdfBackend::opened);
        viewer.openDocument(id);
        QTRY_COMPARE(shown.size(), 1);
        QVERIFY(!viewer.ocrBanner()->isVisible()); // it has text now: OCR's

        // Upright: the portrait page scanned on its side is shown landscape, and the bar
        // drawn down its right is along the top.
        QCOMPARE(opened.size(), 1);
        const auto sizes = opened.first().first().value<QList<QSizeF>>();
        QCOMPARE(sizes.value(0), QSizeF(792, 612));
        PageView *pageView = viewer.pageView();
        QTRY_VERIFY(!pageView->renderedPage(1).isNull());
        const QImage image = pageView->renderedPage(1).toImage();
        QVERIFY(image.width() > image.height());
        const double scale = image.width() / 792.0;
        QVERIFY(qGray(image.pixel(int(140 * scale), int(112 * scale))) < 80);
        QVERIFY(qGray(image.pixel(int(652 * scale), int(500 * scale))) > 200);

        // Search finds OCR's word where it is on the upright page.
        QSignalSpy hits(viewer.pdfView()->backend(), &PdfBackend::searchHits);
        viewer.pdfView()->backend()->search(u"Parties"_s);
        QTRY_COMPARE(hits.size(), 1);
        const auto found = hits.first().at(1).value<QList<PdfHit>>();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).page, 1);
        QVERIFY2(near(found.at(0).rects.value(0), QRectF(106, 100, 50, 12)),
                 qPrintable(u"%1,%2 %3×%4"_s.arg(found.at(0).rects.value(0).left())
                                .arg(found.at(0).rects.value(0).top())
                                .arg(found.at(0).rects.value(0).width())
                                .arg(found.at(0).rects.value(0).height())));
        QSignalSpy twoWords(viewer.pdfView()->backend(), &PdfBackend::searchHits);
        viewer.pdfView()->backend()->search(u"parties agree"_s);
        QTRY_COMPARE(twoWords.size(), 1);
        QVERIFY(near(twoWords.first().at(1).value<QList<PdfHit>>().at(0).rects.value(0),
                     QRectF(106, 100, 94, 12)));

        // Selecting across the line selects OCR's words; the copy is a quote that verifies.
        QTRY_VERIFY(pageView->hasWords(1));
        pageView->selectFlow({1, QPointF(75, 106)}, {1, QPointF(195, 106)});
        QCOMPARE(pageView->selection().text(), u"The parties agree"_s);
        auto verified = QuoteVerifier::verify(caseFile, id, 1, 1, pageView->selection().text());
        QVERIFY(verified);
        QVERIFY2(verified->verified, qPrintable(verified->reason));
        // What Copy and the quote-from-selection take.
        QTRY_COMPARE(viewer.selectedText(), u"The parties agree"_s);
        const auto evidence = viewer.selectionEvidence();
        QVERIFY(evidence);

        // The recognised text beside the page, or over it.
        auto *beside = viewer.findChild<QAction *>(u"recognisedTextBeside"_s);
        auto *over = viewer.findChild<QAction *>(u"recognisedTextOver"_s);
        auto *hidden = viewer.findChild<QAction *>(u"recognisedTextHidden"_s);
        QVERIFY(beside && over && hidden);
        QPlainTextEdit *panel = viewer.pdfView()->recognisedTextPanel();
        QVERIFY(!panel->isVisible());
        beside->trigger();
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->toPlainText(), u"The parties agree"_s);
        over->trigger();
        QVERIFY(!panel->isVisible());
        QVERIFY(pageView->recognisedTextOver());
        hidden->trigger();
        QVERIFY(!pageView->recognisedTextOver());
    }

    // An image exhibit with OCR (a two-frame TIFF here) is shown a page per frame, its words
    // found where OCR saw them (an image's page units are its pixels).
    void imageExhibitIsShownAsPages()
    {
        QImage frame(800, 1000, QImage::Format_Grayscale8);
        frame.fill(Qt::white);
        const QString dir
            = QDir::tempPath() + u"/tst_ocrviewer-%1"_s.arg(QCoreApplication::applicationPid());
        QDir().mkpath(dir);
        QVERIFY(frame.save(dir + u"/a.tif"_s, "TIFF"));
        const QString tiffcp = QStandardPaths::findExecutable(u"tiffcp"_s);
        if (tiffcp.isEmpty())
            QSKIP("tiffcp is not installed (libtiff-tools, scripts/deps.sh)");
        QProcess::execute(tiffcp, {dir + u"/a.tif"_s, dir + u"/a.tif"_s, dir + u"/two.tif"_s});
        QFile file(dir + u"/two.tif"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray tiff = file.readAll();
        QDir(dir).removeRecursively();

        TestCase testCase;
        QVERIFY(testCase.create());
        const qint64 id
            = testCase.addDocument(u"Fax"_s, u"image/tiff"_s, tiff, {QString(), QString()});
        QVERIFY(id > 0);
        CaseFile &caseFile = testCase.document->caseFile();
        QVERIFY(caseFile.db().exec(u"UPDATE pages SET needs_ocr = 1"_s));
        PageOcr ocr = sidewaysOcr();
        ocr.rotation = 0;
        ocr.words = {{u"Exhibit"_s, QRectF(100, 200, 140, 40), 90}};
        ocr.text = u"Exhibit"_s;
        QVERIFY(PageTextStore::of(caseFile).saveOcr(caseFile.documents().pages(id)->at(1).id, ocr));

        DocumentViewer viewer;
        viewer.resize(800, 700);
        viewer.setCaseDocument(testCase.document.get());
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QSignalSpy shown(&viewer, &DocumentViewer::documentShown);
        viewer.openDocument(id);
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(viewer.pageCount(), 2);
        QSignalSpy hits(viewer.pdfView()->backend(), &PdfBackend::searchHits);
        viewer.pdfView()->backend()->search(u"exhibit"_s);
        QTRY_COMPARE(hits.size(), 1);
        const auto found = hits.first().at(1).value<QList<PdfHit>>();
        QCOMPARE(found.at(0).page, 2);
        QVERIFY(near(found.at(0).rects.value(0), QRectF(100, 200, 140, 40)));
    }
};

QTEST_MAIN(TestOcrViewer)
#include "tst_ocrviewer.moc"
