#include "documentviewer.h"

#include "casedocument.h"
#include "findbar.h"
#include "imagecontentview.h"
#include "pageview.h"
#include "pdfcontentview.h"
#include "textcontentview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QComboBox>
#include <QDrag>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Casebinder::Views {

namespace {

constexpr std::array ZoomSteps
    = {0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0};

QIcon themeIcon(const char *name)
{
    return QIcon::fromTheme(QString::fromLatin1(name));
}

} // namespace

DocumentViewer::DocumentViewer(QWidget *parent)
    : QWidget(parent)
{
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_message);

    m_pdf = new PdfContentView(this);
    m_text = new TextContentView([this] { return selectionEvidence(); }, this);
    m_image = new ImageContentView(this);
    for (ContentView *view : views())
        addView(view);

    createToolBar();
    createFindBar();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(createOcrBanner());
    layout->addWidget(m_findBar);
    layout->addWidget(m_stack, 1);
    clear();
}

QWidget *DocumentViewer::createOcrBanner()
{
    // A scan without a text layer looks like an empty page; say so, with the way out.
    m_ocrBanner = new QWidget(this);
    m_ocrBanner->setObjectName(QStringLiteral("ocrBanner"));
    m_ocrBanner->setAutoFillBackground(true);
    QPalette palette = m_ocrBanner->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
    m_ocrBanner->setPalette(palette);
    auto *row = new QHBoxLayout(m_ocrBanner);
    row->setContentsMargins(8, 4, 8, 4);
    m_ocrLabel = new QLabel(m_ocrBanner);
    m_ocrLabel->setWordWrap(true);
    row->addWidget(m_ocrLabel, 1);
    auto *recognise = new QToolButton(m_ocrBanner);
    recognise->setObjectName(QStringLiteral("recogniseTextButton"));
    recognise->setText(tr("Recognise Text"));
    recognise->setToolTip(tr("Run OCR on the pages without text (Document ▸ Recognise Text)"));
    connect(recognise, &QToolButton::clicked, this, [this] {
        if (m_content.documentId > 0)
            emit recognitionRequested(m_content.documentId);
    });
    row->addWidget(recognise);
    m_ocrBanner->hide();
    return m_ocrBanner;
}

int DocumentViewer::pagesWithoutText() const
{
    // A page OCR has read has text, even when its own layer is empty.
    int missing = 0;
    for (qsizetype i = 0; i < m_content.pageTexts.size(); ++i)
        missing
            += m_content.pageTexts.at(i).trimmed().isEmpty() && !m_content.ocr.contains(int(i) + 1)
                   ? 1
                   : 0;
    return missing;
}

void DocumentViewer::updateOcrBanner()
{
    const int missing = pagesWithoutText();
    const int pages = int(m_content.pageTexts.size());
    if (m_content.documentId <= 0 || missing == 0
        || m_content.kind() == ViewerContent::Kind::Text) {
        m_ocrBanner->hide();
        return;
    }
    m_ocrLabel->setText(missing == pages
                            ? tr("No text: needs OCR. Search, find and quotes cannot see this "
                                 "document until its text is recognised.")
                            : tr("No text on %n of the pages: they need OCR.", nullptr, missing));
    m_ocrBanner->show();
}

DocumentViewer::~DocumentViewer()
{
    dropLoader();
    // The views and their widgets go with the viewer's children; nothing they say then
    // should reach a viewer being destroyed.
    for (ContentView *view : views())
        view->disconnect(this);
    m_view = nullptr;
}

void DocumentViewer::addView(ContentView *view)
{
    m_stack->addWidget(view->widget());
    connect(view, &ContentView::shown, this, [this, view] { onShown(view); });
    connect(view, &ContentView::failed, this, [this, view](const Error &error) {
        onViewFailed(view, error);
    });
    // Only the view shown speaks for the viewer.
    connect(view, &ContentView::currentPageChanged, this, [this, view](int page) {
        if (view != m_view)
            return;
        updatePageControls();
        emit currentPageChanged(page);
    });
    connect(view, &ContentView::zoomChanged, this, [this, view](qreal zoom) {
        if (view != m_view)
            return;
        updateZoomControls();
        emit zoomChanged(zoom);
    });
    connect(view, &ContentView::matchesChanged, this, [this, view] {
        if (view == m_view)
            updateMatchLabel();
    });
    connect(view, &ContentView::findFinished, this, [this, view](const QString &text, int count) {
        if (view == m_view)
            emit findFinished(text, count);
    });
    connect(view, &ContentView::quoteLocated, this, [this, view](int page, bool found) {
        if (view == m_view && m_pinCite)
            finishPinCite(page, found);
    });
    connect(view,
            &ContentView::selectionChanged,
            this,
            [this, view](const QString &text, int page, int lastPage) {
                if (view == m_view)
                    setSelectedText(text, page, lastPage);
            });
    connect(view, &ContentView::selectionDragStarted, this, &DocumentViewer::startSelectionDrag);
    connect(view, &ContentView::contextMenuRequested, this, &DocumentViewer::showContextMenu);
}

void DocumentViewer::createToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonFollowStyle);

    QAction *thumbnails = m_toolBar->addAction(themeIcon("view-sidetree"), tr("Thumbnails"));
    thumbnails->setCheckable(true);
    thumbnails->setChecked(true);
    thumbnails->setToolTip(tr("Show page thumbnails"));
    connect(thumbnails, &QAction::toggled, m_pdf, &PdfContentView::setThumbnailsVisible);

    // What OCR read on scanned pages: hidden, beside the pages or over them.
    auto *recognised = new QToolButton(m_toolBar);
    recognised->setObjectName(QStringLiteral("recognisedTextButton"));
    recognised->setText(tr("Recognised Text"));
    recognised->setToolTip(tr("Show the text OCR read on scanned pages"));
    recognised->setPopupMode(QToolButton::InstantPopup);
    auto *modes = new QMenu(recognised);
    auto *group = new QActionGroup(modes);
    const auto addMode
        = [&](const QString &text, const char *name, PdfContentView::RecognisedText mode) {
              QAction *action = modes->addAction(text);
              action->setObjectName(QLatin1StringView(name));
              action->setCheckable(true);
              action->setChecked(mode == PdfContentView::RecognisedText::Hidden);
              group->addAction(action);
              connect(action, &QAction::triggered, m_pdf, [this, mode] {
                  m_pdf->setRecognisedText(mode);
              });
          };
    addMode(tr("Image Only"), "recognisedTextHidden", PdfContentView::RecognisedText::Hidden);
    addMode(
        tr("Text Beside the Page"), "recognisedTextBeside", PdfContentView::RecognisedText::Beside);
    addMode(tr("Text Over the Page"), "recognisedTextOver", PdfContentView::RecognisedText::Over);
    recognised->setMenu(modes);
    m_recognisedAction = m_toolBar->addWidget(recognised);
    m_recognisedAction->setVisible(false);
    m_toolBar->addSeparator();

    QAction *previous = m_toolBar->addAction(themeIcon("go-up"), tr("Previous Page"));
    previous->setToolTip(tr("Previous page"));
    previous->setIconText(tr("Prev"));
    connect(previous, &QAction::triggered, this, [this] { goToPage(currentPage() - 1); });
    m_pageSpin = new QSpinBox(this);
    m_pageSpin->setKeyboardTracking(false);
    m_pageSpin->setAccelerated(true);
    m_pageSpin->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_pageSpin->setAlignment(Qt::AlignRight);
    m_pageSpin->setMinimumWidth(fontMetrics().horizontalAdvance(u"00000"_s) + 12);
    m_pageSpin->setToolTip(tr("Current page"));
    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int page) {
        if (page != currentPage())
            goToPage(page);
    });
    m_toolBar->addWidget(m_pageSpin);
    m_pageTotal = new QLabel(this);
    m_pageTotal->setContentsMargins(4, 0, 4, 0);
    m_toolBar->addWidget(m_pageTotal);
    QAction *next = m_toolBar->addAction(themeIcon("go-down"), tr("Next Page"));
    next->setToolTip(tr("Next page"));
    next->setIconText(tr("Next"));
    connect(next, &QAction::triggered, this, [this] { goToPage(currentPage() + 1); });
    m_toolBar->addSeparator();

    QAction *zoomOutAction = m_toolBar->addAction(themeIcon("zoom-out"), tr("Zoom Out"));
    zoomOutAction->setIconText(u"\u2212"_s);
    // Ctrl+- is what QKeySequence::ZoomOut means on most platforms; listing it twice would
    // make the shortcut ambiguous.
    QList<QKeySequence> zoomOutKeys = QKeySequence::keyBindings(QKeySequence::ZoomOut);
    if (!zoomOutKeys.contains(QKeySequence(u"Ctrl+-"_s)))
        zoomOutKeys.append(QKeySequence(u"Ctrl+-"_s));
    zoomOutAction->setShortcuts(zoomOutKeys);
    zoomOutAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(zoomOutAction, &QAction::triggered, this, &DocumentViewer::zoomOut);
    m_zoomBox = new QComboBox(this);
    m_zoomBox->setEditable(true);
    m_zoomBox->setInsertPolicy(QComboBox::NoInsert);
    m_zoomBox->setMinimumContentsLength(9);
    m_zoomBox->setToolTip(tr("Zoom"));
    m_zoomBox->addItem(tr("Fit Width"), -1.0);
    m_zoomBox->addItem(tr("Fit Page"), -2.0);
    for (const double step : {0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0})
        m_zoomBox->addItem(u"%1 %"_s.arg(qRound(step * 100)), step);
    connect(m_zoomBox, &QComboBox::activated, this, [this](int index) {
        const double value = m_zoomBox->itemData(index).toDouble();
        if (value == -1.0)
            fitWidth();
        else if (value == -2.0)
            fitPage();
        else
            setZoom(value);
    });
    connect(m_zoomBox->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        QString text = m_zoomBox->lineEdit()->text();
        text.remove(u'%');
        bool ok = false;
        const double percent = text.trimmed().toDouble(&ok);
        if (ok)
            setZoom(percent / 100.0);
        updateZoomControls();
    });
    m_toolBar->addWidget(m_zoomBox);
    QAction *zoomInAction = m_toolBar->addAction(themeIcon("zoom-in"), tr("Zoom In"));
    zoomInAction->setIconText(u"+"_s);
    QList<QKeySequence> zoomInKeys = QKeySequence::keyBindings(QKeySequence::ZoomIn);
    if (!zoomInKeys.contains(QKeySequence(u"Ctrl+="_s)))
        zoomInKeys.append(QKeySequence(u"Ctrl+="_s));
    zoomInAction->setShortcuts(zoomInKeys);
    zoomInAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(zoomInAction, &QAction::triggered, this, &DocumentViewer::zoomIn);
    QAction *fitWidthAction = m_toolBar->addAction(themeIcon("zoom-fit-width"), tr("Fit Width"));
    connect(fitWidthAction, &QAction::triggered, this, &DocumentViewer::fitWidth);
    QAction *fitPageAction = m_toolBar->addAction(themeIcon("zoom-fit-best"), tr("Fit Page"));
    connect(fitPageAction, &QAction::triggered, this, &DocumentViewer::fitPage);
    m_toolBar->addSeparator();

    m_findAction = m_toolBar->addAction(themeIcon("edit-find"), tr("Find"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_findAction->setToolTip(
        tr("Find in document (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    connect(m_findAction, &QAction::triggered, this, &DocumentViewer::showFindBar);
    // Shortcuts of toolbar actions only work while the toolbar shows them; these belong to
    // the whole viewer.
    for (QAction *action : {zoomOutAction, zoomInAction, m_findAction})
        addAction(action);
}

void DocumentViewer::createFindBar()
{
    m_findBar = new FindBar(this);
    m_findBar->hide();
    connect(m_findBar, &FindBar::findRequested, this, &DocumentViewer::find);
    connect(m_findBar, &FindBar::nextRequested, this, &DocumentViewer::findNext);
    connect(m_findBar, &FindBar::previousRequested, this, &DocumentViewer::findPrevious);
    connect(m_findBar, &FindBar::closeRequested, this, &DocumentViewer::closeFindBar);

    auto *findNextAction = new QAction(tr("Find Next"), this);
    findNextAction->setShortcut(QKeySequence::FindNext);
    findNextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findNextAction, &QAction::triggered, this, &DocumentViewer::findNext);
    auto *findPreviousAction = new QAction(tr("Find Previous"), this);
    findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    findPreviousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findPreviousAction, &QAction::triggered, this, &DocumentViewer::findPrevious);
    addActions({findNextAction, findPreviousAction});
}

std::array<ContentView *, 3> DocumentViewer::views() const
{
    return {m_pdf, m_text, m_image};
}

PageView *DocumentViewer::pageView() const
{
    return m_pdf->pageView();
}

PdfBackend *DocumentViewer::backend() const
{
    return m_pdf->backend();
}

void DocumentViewer::setCaseDocument(CaseDocument *caseDocument)
{
    m_caseDocument = caseDocument;
    clear();
}

void DocumentViewer::setCurrentView(ContentView *view)
{
    m_view = view;
    m_stack->setCurrentWidget(view ? view->widget() : m_message);
}

void DocumentViewer::clear()
{
    m_loadingId = 0;
    m_content = {};
    m_contentReady = false;
    m_pinCite.reset();
    m_searchText.clear();
    for (ContentView *view : views())
        view->clear();
    setSelectedText({}, 0, 0);
    m_message->setText(tr("No document is open."));
    if (m_ocrBanner)
        m_ocrBanner->hide();
    setCurrentView(nullptr);
    updatePageControls();
    updateZoomControls();
    updateMatchLabel();
}

void DocumentViewer::openDocument(qint64 documentId)
{
    if (!m_caseDocument) {
        emit loadFailed(
            documentId,
            Error{Error::Code::NotFound, tr("No case is open to read the document from.")});
        return;
    }
    const std::optional<PinCite> pinCite = m_pinCite;
    clear();
    m_pinCite = pinCite;
    m_loadingId = documentId;
    m_message->setText(tr("Loading…"));
    dropLoader();
    m_loader = new ViewerContentJob(m_caseDocument->connections(), documentId, this);
    connect(m_loader, &Job::finished, this, &DocumentViewer::onLoaded);
    connect(m_loader, &Job::failed, this, &DocumentViewer::onLoadFailed);
    m_loader->start();
}

void DocumentViewer::dropLoader()
{
    if (m_loader)
        std::exchange(m_loader, nullptr)->discard();
}

bool DocumentViewer::isLoading() const
{
    return m_loadingId != 0 && !m_contentReady;
}

void DocumentViewer::onLoaded()
{
    ViewerContent content = m_loader->takeContent();
    dropLoader();
    if (content.documentId != m_loadingId)
        return;
    showContent(std::move(content));
}

void DocumentViewer::onLoadFailed(const Error &error)
{
    dropLoader();
    if (m_loadingId == 0 || error.code == Error::Code::Cancelled)
        return;
    const qint64 id = m_loadingId;
    m_loadingId = 0;
    m_pinCite.reset();
    m_message->setText(tr("This document cannot be shown.\n%1").arg(error.message));
    emit loadFailed(id, error);
}

void DocumentViewer::showContent(ViewerContent content)
{
    const std::optional<PinCite> pinCite = m_pinCite;
    const qint64 loadingId = m_loadingId;
    clear();
    if (pinCite && pinCite->documentId == content.documentId)
        m_pinCite = pinCite;
    m_loadingId = loadingId ? loadingId : content.documentId;
    m_content = std::move(content);
    switch (m_content.kind()) {
    case ViewerContent::Kind::Pdf:
        m_message->setText(tr("Opening…"));
        m_pdf->show(m_content);
        break;
    case ViewerContent::Kind::Image:
        m_message->setText(tr("Opening…"));
        m_image->show(m_content);
        break;
    case ViewerContent::Kind::Text:
        m_text->show(m_content);
        break;
    }
}

void DocumentViewer::onShown(ContentView *view)
{
    m_contentReady = true;
    setCurrentView(view);
    updatePageControls();
    updateZoomControls();
    updateOcrBanner();
    m_recognisedAction->setVisible(view == m_pdf && m_pdf->hasRecognisedText());
    emit documentShown(m_content.documentId);
    applyPinCite();
}

void DocumentViewer::onViewFailed(ContentView *view, const Error &error)
{
    // A PDF that Poppler cannot open may still have text the importer extracted.
    if (view == m_pdf && !m_content.pageTexts.join(QString()).trimmed().isEmpty()) {
        m_text->show(m_content);
        return;
    }
    m_contentReady = true;
    m_message->setText(view == m_pdf ? tr("This document cannot be shown.\n%1").arg(error.message)
                                     : error.message);
    m_pinCite.reset();
    emit loadFailed(m_content.documentId, error);
}

int DocumentViewer::pageCount() const
{
    return m_view ? m_view->pageCount() : 0;
}

int DocumentViewer::currentPage() const
{
    return m_view ? m_view->currentPage() : 0;
}

void DocumentViewer::goToPage(int page)
{
    if (page < 1 || page > pageCount())
        return;
    m_view->goToPage(page);
    updatePageControls();
}

void DocumentViewer::updatePageControls()
{
    const int count = pageCount();
    const QSignalBlocker blocker(m_pageSpin);
    m_pageSpin->setRange(count > 0 ? 1 : 0, count);
    m_pageSpin->setValue(currentPage());
    m_pageSpin->setEnabled(count > 1);
    m_pageTotal->setText(count > 0 ? tr("of %1").arg(count) : QString());
}

qreal DocumentViewer::zoom() const
{
    return m_view ? m_view->zoom() : 1.0;
}

void DocumentViewer::setZoom(qreal zoom)
{
    if (m_view)
        m_view->setZoom(zoom);
    updateZoomControls();
}

void DocumentViewer::zoomIn()
{
    const qreal current = zoom();
    for (const double step : ZoomSteps) {
        if (step > current + 0.001) {
            setZoom(step);
            return;
        }
    }
}

void DocumentViewer::zoomOut()
{
    const qreal current = zoom();
    for (auto it = ZoomSteps.rbegin(); it != ZoomSteps.rend(); ++it) {
        if (*it < current - 0.001) {
            setZoom(*it);
            return;
        }
    }
}

void DocumentViewer::fitWidth()
{
    if (m_view)
        m_view->setFit(ContentView::Fit::Width);
    updateZoomControls();
}

void DocumentViewer::fitPage()
{
    if (m_view)
        m_view->setFit(ContentView::Fit::Page);
    updateZoomControls();
}

void DocumentViewer::updateZoomControls()
{
    m_zoomBox->setEnabled(m_view != nullptr);
    const ContentView::Fit fit = m_view ? m_view->fit() : ContentView::Fit::None;
    const QSignalBlocker blocker(m_zoomBox);
    if (fit == ContentView::Fit::Width)
        m_zoomBox->setCurrentIndex(0);
    else if (fit == ContentView::Fit::Page)
        m_zoomBox->setCurrentIndex(1);
    else
        m_zoomBox->setCurrentIndex(-1);
    // Only a PDF shows "Fit Width" or "Fit Page"; the rest show their factor.
    if (m_zoomBox->currentIndex() < 0 || m_view != m_pdf)
        m_zoomBox->setEditText(u"%1 %"_s.arg(qRound(zoom() * 100)));
}

int DocumentViewer::matchCount() const
{
    return m_view ? int(m_view->matches().size()) : 0;
}

int DocumentViewer::currentMatch() const
{
    return m_view ? m_view->currentMatch() : -1;
}

int DocumentViewer::currentMatchPage() const
{
    const int current = currentMatch();
    return current >= 0 ? m_view->matches()[current].page : 0;
}

void DocumentViewer::showFindBar()
{
    m_findBar->activate();
}

void DocumentViewer::closeFindBar()
{
    m_findBar->hide();
    m_searchText.clear();
    if (m_view) {
        m_view->clearFind();
        m_view->widget()->setFocus();
    }
    updateMatchLabel();
}

void DocumentViewer::find(const QString &text)
{
    m_findBar->setText(text);
    m_findBar->show();
    m_searchText = text;
    if (m_view)
        m_view->find(text);
    updateMatchLabel();
    if (!m_view && !text.trimmed().isEmpty())
        emit findFinished(text, 0);
}

void DocumentViewer::findNext()
{
    if (matchCount() == 0) {
        if (!m_findBar->text().isEmpty() && m_findBar->text() != m_searchText)
            find(m_findBar->text());
        return;
    }
    m_view->setCurrentMatch((currentMatch() + 1) % matchCount());
}

void DocumentViewer::findPrevious()
{
    if (matchCount() == 0)
        return;
    m_view->setCurrentMatch((currentMatch() - 1 + matchCount()) % matchCount());
}

void DocumentViewer::updateMatchLabel()
{
    m_findBar->showResult(
        m_searchText, currentMatch(), matchCount(), m_view && m_view->isFinding());
}

void DocumentViewer::showPinCite(qint64 documentId, int pageFrom, int pageTo, const QString &quote)
{
    PinCite cite{documentId, std::max(1, pageFrom), std::max(pageFrom, pageTo), quote.simplified()};
    m_pinCite = cite;
    if (documentId != m_content.documentId || (!m_contentReady && m_loadingId != documentId))
        openDocument(documentId);
    else if (m_contentReady)
        applyPinCite();
}

void DocumentViewer::applyPinCite()
{
    if (!m_pinCite || m_pinCite->documentId != m_content.documentId || !m_view)
        return;
    m_view->locateQuote(m_pinCite->pageFrom, m_pinCite->pageTo, m_pinCite->quote);
}

void DocumentViewer::finishPinCite(int page, bool found)
{
    m_pinCite.reset();
    updatePageControls();
    emit pinCiteShown(page, found);
}

void DocumentViewer::setSelectedText(const QString &text, int page, int lastPage)
{
    if (text == m_selectedText && page == m_selectedPage && lastPage == m_selectedLastPage)
        return;
    m_selectedText = text;
    m_selectedPage = text.isEmpty() ? 0 : page;
    m_selectedLastPage = text.isEmpty() ? 0 : std::max(page, lastPage);
    emit selectionChanged(text);
}

std::optional<EvidenceRef> DocumentViewer::selectionEvidence() const
{
    if (m_content.documentId <= 0 || m_selectedPage <= 0)
        return std::nullopt;
    return EvidenceRef::document(m_content.documentId,
                                 m_selectedPage,
                                 std::max(m_selectedPage, m_selectedLastPage),
                                 m_selectedText.simplified());
}

void DocumentViewer::startSelectionDrag()
{
    const auto evidence = selectionEvidence();
    if (!evidence)
        return;
    auto *mime = new QMimeData;
    writeEvidence(*mime, *evidence);
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->exec(Qt::CopyAction | Qt::LinkAction, Qt::LinkAction);
}

void DocumentViewer::showContextMenu(const QPoint &globalPosition)
{
    QMenu menu(this);
    const auto evidence = selectionEvidence();
    QAction *copy = menu.addAction(themeIcon("edit-copy"), tr("&Copy"), this, [this] {
        QApplication::clipboard()->setText(m_selectedText);
    });
    copy->setEnabled(!m_selectedText.isEmpty());
    QAction *link = menu.addAction(tr("&Link Selection to Claim…"), this, [this, evidence] {
        if (evidence)
            emit linkSelectionRequested(*evidence);
    });
    link->setEnabled(evidence.has_value() && !m_selectedText.isEmpty());
    menu.addSeparator();
    menu.addAction(m_findAction);
    menu.exec(globalPosition);
}

} // namespace Casebinder::Views
