#include "documentviewer/contentview.h"
#include "documentviewer/documentviewer.h"
#include "documentviewer/imagecontentview.h"
#include "documentviewer/pageview.h"
#include "documentviewer/pdfcontentview.h"
#include "documentviewer/textcontentview.h"
#include "views/viewerfixtures.h"

#include <QBuffer>
#include <QImage>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Casebinder;
using namespace Casebinder::Views;
using namespace Qt::StringLiterals;

namespace {

QByteArray png(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

// Which content view the viewer shows for which content, and what each view does on its own.
class TestContentViews final : public QObject
{
    Q_OBJECT

private:
    QByteArray m_pdf;

private slots:
    void initTestCase()
    {
        m_pdf = makePdf({{u"First page"_s}, {u"Second page with a fox"_s}});
        QVERIFY(m_pdf.startsWith("%PDF"));
    }

    void selection_data()
    {
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<QByteArray>("original");
        QTest::addColumn<QStringList>("pageTexts");
        QTest::addColumn<int>("kind"); // ViewerContent::Kind of the view shown; -1: none
        QTest::addColumn<int>("pages");

        const QStringList texts = {u"extracted one"_s, u"extracted two"_s};
        QTest::newRow("pdf") << u"application/pdf"_s << m_pdf << QStringList()
                             << int(ViewerContent::Kind::Pdf) << 2;
        QTest::newRow("pdf without a media type")
            << QString() << m_pdf << QStringList() << int(ViewerContent::Kind::Pdf) << 2;
        QTest::newRow("e-mail") << u"message/rfc822"_s << QByteArray("raw") << texts
                                << int(ViewerContent::Kind::Text) << 2;
        QTest::newRow("plain text, no page texts")
            << u"text/plain"_s << QByteArray("just the original") << QStringList()
            << int(ViewerContent::Kind::Text) << 1;
        QTest::newRow("image") << u"image/png"_s << png({300, 200}) << QStringList()
                               << int(ViewerContent::Kind::Image) << 1;
        // A PDF Poppler cannot open falls back to the text the importer extracted …
        QTest::newRow("damaged pdf with text")
            << u"application/pdf"_s << QByteArray("%PDF-1.4\nnot a pdf") << texts
            << int(ViewerContent::Kind::Text) << 2;
        // … and without any, nothing is shown but why.
        QTest::newRow("damaged pdf") << u"application/pdf"_s << QByteArray("%PDF-1.4\nnot a pdf")
                                     << QStringList() << -1 << 0;
        QTest::newRow("undecodable image")
            << u"image/png"_s << QByteArray("not an image") << QStringList() << -1 << 0;
    }

    void selection()
    {
        QFETCH(QString, mediaType);
        QFETCH(QByteArray, original);
        QFETCH(QStringList, pageTexts);
        QFETCH(int, kind);
        QFETCH(int, pages);

        DocumentViewer viewer;
        viewer.resize(800, 600);
        viewer.show();
        QSignalSpy shown(&viewer, &DocumentViewer::documentShown);
        QSignalSpy failed(&viewer, &DocumentViewer::loadFailed);
        viewer.showContent({7, u"Doc"_s, mediaType, original, pageTexts, false});
        QTRY_COMPARE(shown.size() + failed.size(), 1);
        QTest::qWait(20); // nothing else arrives
        QCOMPARE(shown.size() + failed.size(), 1);
        QCOMPARE(viewer.pageCount(), pages);
        if (kind < 0) {
            QCOMPARE(failed.size(), 1);
            QCOMPARE(failed.first().first().toLongLong(), 7);
            QVERIFY(!viewer.contentView());
            return;
        }
        QCOMPARE(shown.size(), 1);
        ContentView *view = viewer.contentView();
        QVERIFY(view);
        QCOMPARE(int(view->kind()), kind);
        QVERIFY(view->widget()->isVisible());
        const QList<ContentView *> all = {viewer.pdfView(), viewer.textView(), viewer.imageView()};
        for (ContentView *other : all) {
            if (other != view)
                QVERIFY(!other->widget()->isVisible());
        }
        // Whatever is shown, a pin cite answers.
        QSignalSpy cited(&viewer, &DocumentViewer::pinCiteShown);
        viewer.showPinCite(7, 1, 1, u"nowhere to be found"_s);
        QTRY_COMPARE(cited.size(), 1);
        QCOMPARE(cited.first().at(1).toBool(), false);
    }

    // A text view that was shown before does not speak for the viewer once a PDF is shown.
    void onlyTheShownViewSpeaks()
    {
        DocumentViewer viewer;
        viewer.resize(800, 600);
        viewer.show();
        viewer.showContent({1, u"Mail"_s, u"message/rfc822"_s, "raw", {u"hello"_s}, false});
        QCOMPARE(viewer.contentView(), viewer.textView());
        QSignalSpy shown(&viewer, &DocumentViewer::documentShown);
        viewer.showContent({2, u"Doc"_s, u"application/pdf"_s, m_pdf, {}, false});
        QVERIFY(!viewer.contentView()); // opening
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(viewer.contentView(), viewer.pdfView());
        QSignalSpy selected(&viewer, &DocumentViewer::selectionChanged);
        emit viewer.textView()->selectionChanged(u"stale"_s, 1, 1);
        QCOMPARE(selected.size(), 0);
        QVERIFY(viewer.selectedText().isEmpty());
    }

    void textViewPagesFindAndQuotes()
    {
        QWidget host;
        host.resize(600, 400);
        TextContentView view([] { return std::optional<EvidenceRef>(); }, &host);
        view.widget()->resize(600, 400);
        host.show();
        QSignalSpy shown(&view, &ContentView::shown);
        view.show({1, u"T"_s, u"text/plain"_s, {}, {u"one fox"_s, u"two fox fox"_s}, false});
        QCOMPARE(shown.size(), 1);
        QCOMPARE(view.pageCount(), 2);
        QVERIFY(view.textView()->toPlainText().contains(u"— Page 2 —"_s));

        QSignalSpy finished(&view, &ContentView::findFinished);
        view.find(u"fox"_s);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toInt(), 3);
        QCOMPARE(view.matches().size(), 3);
        QCOMPARE(view.matches()[0].page, 1);
        QCOMPARE(view.matches()[2].page, 2);
        QCOMPARE(view.currentMatch(), 0);
        view.setCurrentMatch(2);
        QCOMPARE(view.textView()->textCursor().selectedText(), u"fox"_s);
        view.clearFind();
        QCOMPARE(view.matches().size(), 0);
        QVERIFY(view.textView()->extraSelections().isEmpty());

        QSignalSpy located(&view, &ContentView::quoteLocated);
        view.locateQuote(2, 2, u"two fox"_s);
        QCOMPARE(located.size(), 1);
        QCOMPARE(located.first().at(0).toInt(), 2);
        QCOMPARE(located.first().at(1).toBool(), true);
        view.locateQuote(1, 1, u"two fox"_s); // on the other page only
        QCOMPARE(located.last().at(1).toBool(), false);
    }

    void imageViewFitsAndHasNothingToFind()
    {
        QWidget host;
        host.resize(400, 300);
        ImageContentView view(&host);
        view.widget()->resize(400, 300);
        host.show();
        QSignalSpy shown(&view, &ContentView::shown);
        view.show({1, u"I"_s, u"image/png"_s, png({1600, 800}), {}, false});
        QTRY_COMPARE(shown.size(), 1);
        QVERIFY(view.zoom() < 0.5); // a large image starts whole
        view.setZoom(1.0);
        QCOMPARE(view.zoom(), 1.0);
        QSignalSpy finished(&view, &ContentView::findFinished);
        view.find(u"anything"_s);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toInt(), 0);
        QVERIFY(!view.isFinding());
    }

    void pdfViewFitsAndFinds()
    {
        QWidget host;
        host.resize(800, 600);
        PdfContentView view(&host);
        view.widget()->resize(800, 600);
        host.show();
        QSignalSpy shown(&view, &ContentView::shown);
        view.show({1, u"P"_s, u"application/pdf"_s, m_pdf, {}, false});
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(view.pageCount(), 2);
        QCOMPARE(view.fit(), ContentView::Fit::Width);
        view.setFit(ContentView::Fit::Page);
        QCOMPARE(view.pageView()->zoomMode(), PageView::ZoomMode::FitPage);
        view.setZoom(1.5);
        QCOMPARE(view.fit(), ContentView::Fit::None);
        QSignalSpy finished(&view, &ContentView::findFinished);
        view.find(u"fox"_s);
        QVERIFY(view.isFinding());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(view.matches().size(), 1);
        QCOMPARE(view.matches().first().page, 2);
        QCOMPARE(view.currentMatch(), 0);
    }
};

QTEST_MAIN(TestContentViews)
#include "tst_contentviews.moc"
