#include "pdfcontentview.h"

#include "pageview.h"
#include "pdfbackend.h"
#include "thumbnailbar.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QWidget>

namespace Casebinder::Views {

PdfContentView::PdfContentView(QWidget *parent)
    : ContentView(parent)
    , m_backend(new PdfBackend(2, this))
{
    auto *widget = new QWidget(parent);
    m_thumbnails = new ThumbnailBar(m_backend, widget);
    m_thumbnails->hide();
    m_thumbnails->setAccessibleName(tr("Page thumbnails"));
    m_pageView = new PageView(m_backend, widget);
    m_pageView->setAccessibleName(tr("Pages of the document"));
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_thumbnails);
    layout->addWidget(m_pageView, 1);
    m_recognisedPanel = new QPlainTextEdit(widget);
    m_recognisedPanel->setObjectName(QStringLiteral("recognisedTextPanel"));
    m_recognisedPanel->setReadOnly(true);
    m_recognisedPanel->setAccessibleName(tr("Recognised text of the current page"));
    m_recognisedPanel->setMinimumWidth(220);
    m_recognisedPanel->hide();
    layout->addWidget(m_recognisedPanel, 0);
    widget->setFocusProxy(m_pageView);
    setWidget(widget);

    connect(m_backend, &PdfBackend::opened, this, &PdfContentView::onOpened);
    connect(m_backend, &PdfBackend::openFailed, this, &ContentView::failed);
    connect(m_backend, &PdfBackend::searchHits, this, &PdfContentView::onSearchHits);
    connect(m_backend, &PdfBackend::searchFinished, this, [this](const QString &text) {
        if (isFinding() && text == findText())
            finishFind();
    });
    connect(m_backend,
            &PdfBackend::quoteLocated,
            this,
            [this](quint64, const QList<PdfHit> &hits, bool complete) {
                onQuoteLocated(hits, complete);
            });
    connect(m_pageView, &PageView::currentPageChanged, this, [this](int page) {
        m_thumbnails->setCurrentPage(page);
        updateRecognisedPanel();
        emit currentPageChanged(page);
    });
    connect(m_pageView, &PageView::zoomChanged, this, &ContentView::zoomChanged);
    connect(m_pageView, &PageView::selectionChanged, this, [this] {
        const TextFlowSelection &selection = m_pageView->selection();
        emit selectionChanged(selection.text(), selection.firstPage(), selection.lastPage());
    });
    connect(m_pageView, &PageView::selectionDragStarted, this, &ContentView::selectionDragStarted);
    connect(m_thumbnails, &ThumbnailBar::pageActivated, this, &PdfContentView::goToPage);
    m_pageView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_pageView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        emit contextMenuRequested(m_pageView->viewport()->mapToGlobal(pos));
    });
}

PdfContentView::~PdfContentView() = default;

void PdfContentView::show(const ViewerContent &content)
{
    // Scanned pages: OCR's words stand in for the missing text layer, and a page scanned
    // sideways or upside down is shown upright.
    RecognisedPages recognised;
    for (auto it = content.ocr.cbegin(); it != content.ocr.cend(); ++it) {
        RecognisedPage page;
        page.rotation = it->rotation;
        page.text = it->text;
        page.words.reserve(it->words.size());
        for (const OcrWord &word : it->words)
            page.words.append({word.text, word.box, true, false, false});
        recognised.insert(it.key(), std::move(page));
    }
    m_hasRecognised = !recognised.isEmpty();
    m_backend->open(content.pagesPdf.isEmpty() ? content.original : content.pagesPdf,
                    std::move(recognised));
}

void PdfContentView::setRecognisedText(RecognisedText mode)
{
    m_recognisedMode = mode;
    m_pageView->setRecognisedTextOver(mode == RecognisedText::Over);
    m_recognisedPanel->setVisible(mode == RecognisedText::Beside);
    updateRecognisedPanel();
}

void PdfContentView::updateRecognisedPanel()
{
    if (m_recognisedMode != RecognisedText::Beside)
        return;
    const int page = m_pageView->currentPage();
    const RecognisedPage *recognised = m_backend->recognised(page);
    m_recognisedPanel->setPlaceholderText(
        recognised ? tr("OCR found no words on page %1.").arg(page)
                   : tr("Page %1 was not recognised by OCR: its text is its own.").arg(page));
    m_recognisedPanel->setPlainText(recognised ? recognised->text : QString());
}

void PdfContentView::clear()
{
    ContentView::clear();
    m_backend->close();
    m_quotePage = 0;
    m_pageView->setPageSizes({});
    m_thumbnails->setPageSizes({});
    m_thumbnails->hide();
}

void PdfContentView::onOpened(const QList<QSizeF> &sizes)
{
    m_thumbnails->setVisible(m_thumbnailsWanted);
    m_pageView->setPageSizes(sizes);
    m_thumbnails->setPageSizes(sizes);
    m_pageView->setZoomMode(m_pageView->zoomMode());
    emit shown();
}

void PdfContentView::setThumbnailsVisible(bool visible)
{
    m_thumbnailsWanted = visible;
    m_thumbnails->setVisible(visible && m_pageView->pageCount() > 0);
}

int PdfContentView::pageCount() const
{
    return m_pageView->pageCount();
}

int PdfContentView::currentPage() const
{
    return m_pageView->currentPage();
}

void PdfContentView::goToPage(int page)
{
    m_pageView->scrollToPage(page);
}

qreal PdfContentView::zoom() const
{
    return m_pageView->zoom();
}

void PdfContentView::setZoom(qreal zoom)
{
    m_pageView->setZoom(zoom); // PageView says zoomChanged
}

ContentView::Fit PdfContentView::fit() const
{
    switch (m_pageView->zoomMode()) {
    case PageView::ZoomMode::FitWidth:
        return Fit::Width;
    case PageView::ZoomMode::FitPage:
        return Fit::Page;
    case PageView::ZoomMode::Custom:
        break;
    }
    return Fit::None;
}

void PdfContentView::setFit(Fit fit)
{
    if (fit == Fit::Width)
        m_pageView->setZoomMode(PageView::ZoomMode::FitWidth);
    else if (fit == Fit::Page)
        m_pageView->setZoomMode(PageView::ZoomMode::FitPage);
}

void PdfContentView::startFind(const QString &text)
{
    m_backend->search(text);
}

void PdfContentView::stopFind()
{
    m_backend->cancelSearch();
}

void PdfContentView::onSearchHits(const QString &text, const QList<PdfHit> &hits)
{
    if (!isFinding() || text != findText())
        return;
    QList<Match> found;
    for (const PdfHit &hit : hits) {
        for (const QRectF &rect : hit.rects)
            found.append({hit.page, rect, 0, 0});
    }
    addMatches(found);
    QList<PdfHit> all;
    for (const Match &match : matches()) {
        if (all.isEmpty() || all.last().page != match.page)
            all.append(PdfHit{match.page, {}});
        all.last().rects.append(match.rect);
    }
    m_pageView->setHighlights(PageView::HighlightKind::Search, all);
    // The first match from the page being read, not from the top of the document.
    if (currentMatch() < 0) {
        const int from = std::max(1, currentPage());
        for (qsizetype i = 0; i < matches().size(); ++i) {
            if (matches()[i].page >= from) {
                setCurrentMatch(int(i));
                break;
            }
        }
    }
}

void PdfContentView::showMatch(const Match &match)
{
    m_pageView->setHighlights(PageView::HighlightKind::CurrentSearch, {{match.page, {match.rect}}});
    m_pageView->scrollToPage(match.page, match.rect);
}

void PdfContentView::clearFindHighlights()
{
    m_pageView->clearHighlights(PageView::HighlightKind::Search);
    m_pageView->clearHighlights(PageView::HighlightKind::CurrentSearch);
}

void PdfContentView::locateQuote(int pageFrom, int pageTo, const QString &quote)
{
    m_pageView->clearHighlights(PageView::HighlightKind::PinCite);
    const int last = std::min(pageTo, m_pageView->pageCount());
    m_pageView->scrollToPage(std::min(pageFrom, last));
    if (quote.isEmpty()) {
        emit quoteLocated(m_pageView->currentPage(), false);
        return;
    }
    m_quotePage = pageFrom;
    m_backend->locateQuote(pageFrom, last, quote);
}

void PdfContentView::onQuoteLocated(const QList<PdfHit> &hits, bool complete)
{
    const int page = std::exchange(m_quotePage, 0);
    if (page == 0)
        return;
    if (hits.isEmpty()) {
        m_pageView->scrollToPage(page);
        emit quoteLocated(page, false);
        return;
    }
    m_pageView->setHighlights(PageView::HighlightKind::PinCite, hits);
    m_pageView->scrollToPage(hits.first().page, hits.first().rects.first());
    emit quoteLocated(hits.first().page, complete);
}

} // namespace Casebinder::Views
