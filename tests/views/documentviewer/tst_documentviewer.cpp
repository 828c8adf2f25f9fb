#include "documentviewer/documentviewer.h"
#include "documentviewer/pageview.h"
#include "documentviewer/pdfbackend.h"
#include "testsupport.h"
#include "views/viewerfixtures.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace Casebinder;
using namespace Casebinder::Views;
using namespace Qt::StringLiterals;

namespace {

const QList<QStringList> Pages = {
    {u"Alpha page one"_s, u"Plaintiff filed the complaint."_s},
    {u"Second page"_s,
     u"The quick brown fox jumps over"_s,
     u"the lazy dog near the courthouse."_s,
     u"Nothing else here."_s},
    {u"Third page with the needle."_s},
};

bool hasInk(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (qGray(line[x]) < 128)
                return true;
        }
    }
    return false;
}

} // namespace

class TestDocumentViewer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backendOpensAndRenders();
    void backendCancellationIsSafe();
    void backendReportsDamagedPdf();
    void viewerShowsPagesAndThumbnails();
    void findHighlightsTheRightPage();
    void pinCiteLandsOnThePage();
    void pinCiteAcrossLines();
    void mouseSelectionGivesText();
    void selectionDragCarriesEvidence();
    void zoomShortcutsAndWheel();
    void textDocumentFindAndPinCite();
    void openDocumentFromCase();
    void realCourtPdf();

private:
    QByteArray m_pdf;
};

void TestDocumentViewer::initTestCase()
{
    m_pdf = makePdf(Pages);
    QVERIFY(m_pdf.startsWith("%PDF"));
}

void TestDocumentViewer::backendOpensAndRenders()
{
    PdfBackend backend;
    QSignalSpy opened(&backend, &PdfBackend::opened);
    QSignalSpy rendered(&backend, &PdfBackend::pageRendered);
    backend.open(m_pdf);
    QTRY_COMPARE(opened.size(), 1);
    const auto sizes = opened.first().first().value<QList<QSizeF>>();
    QCOMPARE(sizes.size(), 3);
    QCOMPARE(qRound(sizes.first().width()), 612);

    backend.requestPage(7, 1, 72.0, 100);
    QTRY_COMPARE(rendered.size(), 1);
    QCOMPARE(rendered.first().at(0).toInt(), 7);
    QCOMPARE(rendered.first().at(1).toInt(), 1);
    const QImage image = rendered.first().at(3).value<QImage>();
    QCOMPARE(image.width(), 612);
    QVERIFY(hasInk(image));
}

void TestDocumentViewer::backendCancellationIsSafe()
{
    auto backend = std::make_unique<PdfBackend>(2);
    QSignalSpy opened(backend.get(), &PdfBackend::opened);
    QSignalSpy rendered(backend.get(), &PdfBackend::pageRendered);
    backend->open(m_pdf);
    QTRY_COMPARE(opened.size(), 1);
    for (int round = 0; round < 5; ++round) {
        for (int page = 1; page <= 3; ++page)
            backend->requestPage(1, page, 300.0 + round, 100);
        // Everything but the last round is dropped, queued or half-rendered.
        backend->retainRenders(1, [&](int, double dpi) { return qRound(dpi) == 304; });
    }
    QTRY_COMPARE(rendered.size(), 3);
    for (const auto &arguments : std::as_const(rendered))
        QCOMPARE(qRound(arguments.at(2).toDouble()), 304);
    QCOMPARE(backend->pendingRenders(), 0);

    // Reopening and destroying with work in flight must neither crash nor deliver stale pages.
    for (int page = 1; page <= 3; ++page)
        backend->requestPage(1, page, 600.0, 100);
    backend->open(m_pdf);
    for (int page = 1; page <= 3; ++page)
        backend->requestPage(1, page, 500.0, 100);
    backend.reset();
    QTest::qWait(50);
}

void TestDocumentViewer::backendReportsDamagedPdf()
{
    PdfBackend backend;
    QSignalSpy failed(&backend, &PdfBackend::openFailed);
    backend.open(QByteArray("%PDF-1.4\nthis is not a pdf at all"));
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<Error>();
    QCOMPARE(error.code, Error::Code::Corrupt);
    QVERIFY(!error.message.isEmpty());
}

void TestDocumentViewer::viewerShowsPagesAndThumbnails()
{
    DocumentViewer viewer;
    viewer.resize(900, 700);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QSignalSpy shown(&viewer, &DocumentViewer::documentShown);
    QSignalSpy displayed(viewer.pageView(), &PageView::pageDisplayed);
    viewer.showContent({42, u"Complaint"_s, u"application/pdf"_s, m_pdf, {}, false});
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.first().first().toLongLong(), 42);
    QCOMPARE(viewer.pageCount(), 3);
    QCOMPARE(viewer.currentPage(), 1);
    QTRY_VERIFY(displayed.size() >= 1);
    QTRY_VERIFY(!viewer.pageView()->renderedPage(1).isNull());
    QVERIFY(hasInk(viewer.pageView()->renderedPage(1).toImage()));
    // Placeholders never show through once the visible page is in.
    QVERIFY(hasInk(viewer.grab().toImage()));

    viewer.goToPage(3);
    QCOMPARE(viewer.currentPage(), 3);
    QTRY_VERIFY(!viewer.pageView()->renderedPage(3).isNull());
}

void TestDocumentViewer::findHighlightsTheRightPage()
{
    DocumentViewer viewer;
    viewer.resize(800, 600);
    viewer.show();
    viewer.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&viewer));
    QSignalSpy shown(&viewer, &DocumentViewer::documentShown);
    QSignalSpy finished(&viewer, &DocumentViewer::findFinished);
    viewer.showContent({1, u"Doc"_s, u"application/pdf"_s, m_pdf, {}, false});
    QTRY_COMPARE(shown.size(), 1);

    // Ctrl+F opens the find bar; typing and Return searches.
    viewer.pageView()->setFocus();
    QTest::keyClick(viewer.pageView(), Qt::Key_F, Qt::ControlModifier);
    auto *edit = viewer.findChild<QLineEdit *>(u"findEdit"_s);
    QVERIFY(edit);
    QTRY_VERIFY(edit->isVisible());
    QTest::keyClicks(edit, u"NEEDLE"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toInt(), 1);
    QCOMPARE(viewer.matchCount(), 1);
    QCOMPARE(viewer.currentMatchPage(), 3);
    QTRY_COMPARE(viewer.currentPage(), 3);

    // A new search starts at the current page (3) and wraps around.
    viewer.find(u"page"_s);
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(viewer.matchCount(), 3);
    QCOMPARE(viewer.currentMatchPage(), 3);
    viewer.findNext();
    QCOMPARE(viewer.currentMatchPage(), 1);
    QTRY_COMPARE(viewer.currentPage(), 1);
    viewer.findNext();
    QCOMPARE(viewer.currentMatchPage(), 2);
    viewer.findPrevious();
    viewer.findPrevious();
    QCOMPARE(viewer.currentMatchPage(), 3);

    viewer.find(u"xylophone"_s);
    QTRY_COMPARE(finished.size(), 3);
    QCOMPARE(viewer.matchCount(), 0);
}

void TestDocumentViewer::pinCiteLandsOnThePage()
{
    DocumentViewer viewer;
    viewer.resize(800, 400);
    viewer.show();
    QSignalSpy shown(&viewer, &DocumentViewer::documentShown);
    QSignalSpy cited(&viewer, &DocumentViewer::pinCiteShown);
    viewer.showContent({5, u"Doc"_s, u"application/pdf"_s, m_pdf, {}, false});
    QTRY_COMPARE(shown.size(), 1);
    viewer.showPinCite(5, 3, 3, u"with the needle"_s);
    QTRY_COMPARE(cited.size(), 1);
    QCOMPARE(cited.first().at(0).toInt(), 3);
    QCOMPARE(cited.first().at(1).toBool(), true);
    QCOMPARE(viewer.currentPage(), 3);

    // A quote that is not on the cited page still lands on the page, unhighlighted.
    viewer.showPinCite(5, 2, 2, u"with the needle"_s);
    QTRY_COMPARE(cited.size(), 2);
    QCOMPARE(cited.last().at(0).toInt(), 2);
    QCOMPARE(cited.last().at(1).toBool(), false);
    QCOMPARE(viewer.currentPage(), 2);
}

void TestDocumentViewer::pinCiteAcrossLines()
{
    DocumentViewer viewer;
    viewer.resize(800, 400);
    viewer.show();
    QSignalSpy shown(&viewer, &DocumentViewer::documentShown);
    QSignalSpy cited(&viewer, &DocumentViewer::pinCiteShown);
    // Cited before the document is shown: the viewer waits for it.
    viewer.showContent({6, u"Doc"_s, u"application/pdf"_s, m_pdf, {}, false});
    viewer.showPinCite(6, 1, 3, u"“fox jumps over the lazy dog, near the courthouse”"_s);
    QTRY_COMPARE(cited.size(), 1);
    QCOMPARE(cited.first().at(0).toInt(), 2);
    QCOMPARE(cited.first().at(1).toBool(), true);
    QCOMPARE(viewer.currentPage(), 2);
    viewer.find(u"the"_s);
    QTRY_VERIFY(viewer.matchCount() > 0);
    saveScreenshot(viewer, u"pincite"_s);
}

void TestDocumentViewer::mouseSelectionGivesText()
{
    DocumentViewer viewer;
    viewer.resize(900, 700);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QSignalSpy shown(&viewer, &DocumentViewer::documentShown);
    QSignalSpy selected(&viewer, &DocumentViewer::selectionChanged);
    viewer.showContent({9, u"Doc"_s, u"application/pdf"_s, m_pdf, {}, false});
    QTRY_COMPARE(shown.size(), 1);
    PageView *view = viewer.pageView();
    // A drag along the first line of page 1 (baseline at 72 pt, 12 pt text), from before its
    // first word to past its last: the flow selection takes the line's words.
    const QPoint from = view->viewportPoint(1, QPointF(66, 67)).toPoint();
    const QPoint to = view->viewportPoint(1, QPointF(220, 67)).toPoint();
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), (from + to) / 2);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QTRY_COMPARE(viewer.selectedText(), u"Alpha page one"_s);
    const auto evidence = viewer.selectionEvidence();
    QVERIFY(evidence);
    QCOMPARE(evidence->id, 9);
    QCOMPARE(evidence->pageFrom, 1);
    QCOMPARE(evidence->quote, u"Alpha page one"_s);

    // A click elsewhere clears it.
    const QPoint elsewhere = view->viewportPoint(1, QPointF(300, 400)).toPoint();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, elsewhere);
    QTRY_VERIFY(viewer.selectedText().isEmpty());
    QVERIFY(!viewer.selectionEvidence());
}

void TestDocumentViewer::selectionDragCarriesEvidence()
{
    // The drag itself runs a nested event loop; check what it would carry.
    const EvidenceRef ref = EvidenceRef::document(9, 2, 2, u"quick brown fox"_s);
    QMimeData mime;
    writeEvidence(mime, ref);
    const auto read = readEvidence(mime);
    QVERIFY(read);
    QCOMPARE(read->pageFrom, 2);
    QCOMPARE(mime.text(), u"quick brown fox"_s);

    DocumentViewer viewer;
    viewer.show();
    QSignalSpy shown(&viewer, &DocumentViewer::documentShown);
    QSignalSpy link(&viewer, &DocumentViewer::linkSelectionRequested);
    viewer.showContent({9, u"Doc"_s, u"application/pdf"_s, m_pdf, {}, false});
    QTRY_COMPARE(shown.size(), 1);
    viewer.pageView()->selectArea(2, QRectF(66, 77, 300, 18));
    QTRY_COMPARE(viewer.selectedText(), u"The quick brown fox jumps over"_s);
    QCOMPARE(viewer.selectionEvidence()->pageFrom, 2);
}

void TestDocumentViewer::zoomShortcutsAndWheel()
{
    DocumentViewer viewer;
    viewer.resize(800, 600);
    viewer.show();
    viewer.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&viewer));
    QSignalSpy shown(&viewer, &DocumentViewer::documentShown);
    viewer.showContent({1, u"Doc"_s, u"application/pdf"_s, m_pdf, {}, false});
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(viewer.pageView()->zoomMode(), PageView::ZoomMode::FitWidth);
    viewer.setZoom(1.0);
    QCOMPARE(viewer.zoom(), 1.0);
    viewer.pageView()->setFocus();
    QTest::keyClick(viewer.pageView(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(viewer.zoom(), 1.1);
    QTest::keyClick(viewer.pageView(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(viewer.pageView(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(viewer.zoom(), 0.9);
    viewer.setZoom(10);
    QCOMPARE(viewer.zoom(), PageView::MaximumZoom);

    viewer.setZoom(1.0);
    QWheelEvent wheel(QPointF(200, 200),
                      viewer.pageView()->viewport()->mapToGlobal(QPointF(200, 200)),
                      {},
                      {0, 120},
                      Qt::NoButton,
                      Qt::ControlModifier,
                      Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(viewer.pageView()->viewport(), &wheel);
    QVERIFY(viewer.zoom() > 1.05);
    viewer.fitPage();
    QCOMPARE(viewer.pageView()->zoomMode(), PageView::ZoomMode::FitPage);
    QVERIFY(viewer.zoom() < 1.0);
}

void TestDocumentViewer::textDocumentFindAndPinCite()
{
    DocumentViewer viewer;
    viewer.resize(700, 500);
    viewer.show();
    QSignalSpy shown(&viewer, &DocumentViewer::documentShown);
    QSignalSpy finished(&viewer, &DocumentViewer::findFinished);
    QSignalSpy cited(&viewer, &DocumentViewer::pinCiteShown);
    const QStringList texts = {u"From: a@example.com\nSubject: hello\n\nFirst page body."_s,
                               u"The second page says the deal is off-\nicial and final."_s};
    viewer.showContent({3, u"Mail"_s, u"message/rfc822"_s, "raw", texts, false});
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(viewer.contentKind(), ViewerContent::Kind::Text);
    QCOMPARE(viewer.pageCount(), 2);
    viewer.find(u"page"_s);
    QCOMPARE(finished.size(), 1);
    QVERIFY(viewer.matchCount() >= 2);
    viewer.showPinCite(3, 2, 2, u"the deal is off- icial and final"_s);
    QCOMPARE(cited.size(), 1);
    QCOMPARE(cited.first().at(0).toInt(), 2);
    QCOMPARE(cited.first().at(1).toBool(), true);
}

void TestDocumentViewer::openDocumentFromCase()
{
    TestCase testCase;
    QVERIFY(testCase.create());
    QStringList texts;
    for (const QStringList &lines : Pages)
        texts.append(lines.join(u'\n'));
    const qint64 id = testCase.addDocument(u"Complaint"_s, u"application/pdf"_s, m_pdf, texts);
    QVERIFY(id > 0);

    DocumentViewer viewer;
    viewer.setCaseDocument(testCase.document.get());
    viewer.show();
    QSignalSpy shown(&viewer, &DocumentViewer::documentShown);
    QSignalSpy failed(&viewer, &DocumentViewer::loadFailed);
    QSignalSpy cited(&viewer, &DocumentViewer::pinCiteShown);
    viewer.showPinCite(id, 3, 3, u"needle"_s);
    QVERIFY(viewer.isLoading());
    QTRY_COMPARE(cited.size(), 1);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(viewer.title(), u"Complaint"_s);
    QCOMPARE(viewer.currentPage(), 3);

    viewer.openDocument(id + 100);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toLongLong(), id + 100);
}

void TestDocumentViewer::realCourtPdf()
{
    CASEBINDER_REQUIRE_CORPUS(root, "court-pdfs");
    QString path;
    QDirIterator it(root, {u"*.pdf"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext() && path.isEmpty()) {
        const QString candidate = it.next();
        if (QFileInfo(candidate).size() < 2'000'000)
            path = candidate;
    }
    if (path.isEmpty())
        QSKIP("No small court PDF in the corpus");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    DocumentViewer viewer;
    viewer.resize(900, 700);
    viewer.show();
    QSignalSpy shown(&viewer, &DocumentViewer::documentShown);
    viewer.showContent(
        {1, QFileInfo(path).fileName(), u"application/pdf"_s, file.readAll(), {}, false});
    QTRY_COMPARE(shown.size(), 1);
    QVERIFY(viewer.pageCount() >= 1);
    QTRY_VERIFY_WITH_TIMEOUT(!viewer.pageView()->renderedPage(1).isNull(), 20000);
    QVERIFY(hasInk(viewer.pageView()->renderedPage(1).toImage()));
    saveScreenshot(viewer, u"documentviewer"_s);
}

QTEST_MAIN(TestDocumentViewer)
#include "tst_documentviewer.moc"
