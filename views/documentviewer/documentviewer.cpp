#include "documentviewer.h"

#include "casedocument.h"
#include "pageview.h"
#include "pdfbackend.h"
#include "thumbnailbar.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QComboBox>
#include <QDrag>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTextBlock>
#include <QToolBar>
#include <QToolButton>
#include <QtConcurrent>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace Casebinder::Views {

namespace {

constexpr std::array ZoomSteps
    = {0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0};

// Plain-text exhibits: a drag of selected text carries it as evidence too.
class EvidenceTextEdit final : public QPlainTextEdit
{
public:
    using Provider = std::function<std::optional<EvidenceRef>()>;

    EvidenceTextEdit(Provider provider, QWidget *parent)
        : QPlainTextEdit(parent)
        , m_provider(std::move(provider))
    {}

protected:
    QMimeData *createMimeDataFromSelection() const override
    {
        QMimeData *mime = QPlainTextEdit::createMimeDataFromSelection();
        if (const auto evidence = m_provider())
            writeEvidence(*mime, *evidence);
        return mime;
    }

private:
    Provider m_provider;
};

QIcon themeIcon(const char *name)
{
    return QIcon::fromTheme(QString::fromLatin1(name));
}

// The quote's words with anything but whitespace between them, for finding it in page text.
QRegularExpression quotePattern(const QStringList &words)
{
    QStringList escaped;
    for (const QString &word : words)
        escaped.append(QRegularExpression::escape(word));
    return QRegularExpression(escaped.join(u"[\\s\\-\\x{00ad}]+"_s),
                              QRegularExpression::CaseInsensitiveOption);
}

} // namespace

DocumentViewer::DocumentViewer(QWidget *parent)
    : QWidget(parent)
    , m_backend(new PdfBackend(2, this))
{
    m_pageView = new PageView(m_backend, this);
    m_thumbnails = new ThumbnailBar(m_backend, this);
    m_textView = new EvidenceTextEdit([this] { return selectionEvidence(); }, this);
    m_textView->setReadOnly(true);
    m_textView->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_textView->setFont(QFontDatabase::systemFont(QFontDatabase::GeneralFont));
    m_imageArea = new QScrollArea(this);
    m_imageArea->setAlignment(Qt::AlignCenter);
    m_imageArea->setBackgroundRole(QPalette::Dark);
    m_imageLabel = new QLabel(m_imageArea);
    m_imageArea->setWidget(m_imageLabel);
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_pageView);
    m_stack->addWidget(m_textView);
    m_stack->addWidget(m_imageArea);

    createToolBar();
    createFindBar();

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_thumbnails);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_findBar);
    layout->addLayout(body, 1);

    connect(&m_imageLoader, &QFutureWatcherBase::finished, this, &DocumentViewer::showImage);
    connect(m_backend, &PdfBackend::opened, this, &DocumentViewer::onPdfOpened);
    connect(m_backend, &PdfBackend::openFailed, this, &DocumentViewer::onOpenFailed);
    connect(m_backend, &PdfBackend::searchHits, this, &DocumentViewer::onSearchHits);
    connect(m_backend, &PdfBackend::searchFinished, this, &DocumentViewer::onSearchFinished);
    connect(m_backend,
            &PdfBackend::quoteLocated,
            this,
            [this](quint64, const QList<PdfHit> &hits, bool complete) {
                if (!m_pinCite)
                    return;
                const PinCite cite = *m_pinCite;
                if (hits.isEmpty()) {
                    m_pageView->scrollToPage(cite.pageFrom);
                    finishPinCite(cite.pageFrom, false);
                    return;
                }
                m_pageView->setHighlights(PageView::HighlightKind::PinCite, hits);
                m_pageView->scrollToPage(hits.first().page, hits.first().rects.first());
                finishPinCite(hits.first().page, complete);
            });
    connect(m_pageView, &PageView::currentPageChanged, this, [this](int page) {
        m_thumbnails->setCurrentPage(page);
        updatePageControls();
        emit currentPageChanged(page);
    });
    connect(m_pageView, &PageView::zoomChanged, this, [this](qreal zoom) {
        updateZoomControls();
        emit zoomChanged(zoom);
    });
    connect(m_pageView, &PageView::selectionChanged, this, &DocumentViewer::onPdfSelectionChanged);
    connect(m_pageView, &PageView::selectionDragStarted, this, &DocumentViewer::startSelectionDrag);
    connect(m_thumbnails, &ThumbnailBar::pageActivated, this, &DocumentViewer::goToPage);
    connect(m_textView,
            &QPlainTextEdit::selectionChanged,
            this,
            &DocumentViewer::onTextSelectionChanged);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_pageView), static_cast<QWidget *>(m_textView)}) {
        widget->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(widget,
                &QWidget::customContextMenuRequested,
                this,
                [this, widget](const QPoint &pos) { showContextMenu(widget, pos); });
    }
    clear();
}

DocumentViewer::~DocumentViewer()
{
    dropLoader();
    m_imageLoader.waitForFinished();
}

void DocumentViewer::createToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonFollowStyle);

    m_thumbnailsAction = m_toolBar->addAction(themeIcon("view-sidetree"), tr("Thumbnails"));
    m_thumbnailsAction->setCheckable(true);
    m_thumbnailsAction->setChecked(true);
    m_thumbnailsAction->setToolTip(tr("Show page thumbnails"));
    connect(m_thumbnailsAction, &QAction::toggled, this, [this](bool on) {
        m_thumbnails->setVisible(on && m_stack->currentWidget() == m_pageView);
    });
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
    m_findBar = new QWidget(this);
    auto *layout = new QHBoxLayout(m_findBar);
    layout->setContentsMargins(6, 3, 6, 3);
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(u"findEdit"_s);
    m_findEdit->setPlaceholderText(tr("Find in document"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->installEventFilter(this);
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_findEdit->text() != m_searchText || m_searchIsPinCite)
            find(m_findEdit->text());
        else
            findNext();
    });
    auto *previous = new QToolButton(m_findBar);
    previous->setText(tr("Previous"));
    previous->setIcon(themeIcon("go-up"));
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    connect(previous, &QToolButton::clicked, this, &DocumentViewer::findPrevious);
    auto *next = new QToolButton(m_findBar);
    next->setText(tr("Next"));
    next->setIcon(themeIcon("go-down"));
    next->setToolTip(tr("Next match (F3)"));
    connect(next, &QToolButton::clicked, this, &DocumentViewer::findNext);
    m_findStatus = new QLabel(m_findBar);
    m_findStatus->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Searching…")) + 20);
    auto *close = new QToolButton(m_findBar);
    close->setText(tr("Close"));
    close->setIcon(themeIcon("window-close"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &DocumentViewer::closeFindBar);
    layout->addWidget(m_findEdit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_findStatus);
    layout->addWidget(close);
    m_findBar->hide();

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

bool DocumentViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            closeFindBar();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DocumentViewer::setCaseDocument(CaseDocument *caseDocument)
{
    m_caseDocument = caseDocument;
    clear();
}

void DocumentViewer::clear()
{
    m_backend->close();
    m_loadingId = 0;
    m_content = {};
    m_contentReady = false;
    m_pinCite.reset();
    m_matches.clear();
    m_currentMatch = -1;
    m_searchText.clear();
    m_searching = false;
    m_textPageOffsets.clear();
    m_image = {};
    m_pageView->setPageSizes({});
    m_thumbnails->setPageSizes({});
    m_thumbnails->hide();
    m_textView->clear();
    m_imageLabel->clear();
    setSelectedText({}, 0, 0);
    m_message->setText(tr("No document is open."));
    m_stack->setCurrentWidget(m_message);
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
        m_backend->open(m_content.original);
        break;
    case ViewerContent::Kind::Image:
        m_message->setText(tr("Opening…"));
        m_imageLoader.setFuture(
            QtConcurrent::run([bytes = m_content.original] { return QImage::fromData(bytes); }));
        break;
    case ViewerContent::Kind::Text:
        showText();
        break;
    }
}

void DocumentViewer::onPdfOpened(const QList<QSizeF> &sizes)
{
    m_contentReady = true;
    m_stack->setCurrentWidget(m_pageView);
    m_thumbnails->setVisible(m_thumbnailsAction->isChecked());
    m_pageView->setPageSizes(sizes);
    m_thumbnails->setPageSizes(sizes);
    m_pageView->setZoomMode(m_pageView->zoomMode());
    updatePageControls();
    updateZoomControls();
    emit documentShown(m_content.documentId);
    applyPinCite();
}

void DocumentViewer::onOpenFailed(const Error &error)
{
    // A PDF that Poppler cannot open may still have text the importer extracted.
    if (!m_content.pageTexts.isEmpty()
        && !m_content.pageTexts.join(QString()).trimmed().isEmpty()) {
        showText();
        return;
    }
    m_contentReady = true;
    m_message->setText(tr("This document cannot be shown.\n%1").arg(error.message));
    m_pinCite.reset();
    emit loadFailed(m_content.documentId, error);
}

void DocumentViewer::showImage()
{
    m_image = m_imageLoader.result();
    m_contentReady = true;
    if (m_image.isNull()) {
        const Error error{Error::Code::Unsupported,
                          tr("The image “%1” could not be decoded.").arg(m_content.title)};
        m_message->setText(error.message);
        emit loadFailed(m_content.documentId, error);
        return;
    }
    m_stack->setCurrentWidget(m_imageArea);
    // Show a large image whole at first; the zoom box scales it from there.
    const QSize room = m_imageArea->viewport()->size() - QSize(16, 16);
    double zoom = 1.0;
    if (m_image.width() > room.width() && room.width() > 0)
        zoom = std::max(0.1, double(room.width()) / m_image.width());
    setZoom(zoom);
    updatePageControls();
    emit documentShown(m_content.documentId);
    if (m_pinCite)
        finishPinCite(1, false);
}

void DocumentViewer::showText()
{
    m_contentReady = true;
    QStringList pages = m_content.pageTexts;
    if (pages.isEmpty() || pages.join(QString()).trimmed().isEmpty())
        pages = {QString::fromUtf8(m_content.original)};
    QString text;
    m_textPageOffsets.clear();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (pages.size() > 1)
            text += (i == 0 ? QString() : u"\n\n"_s) + tr("— Page %1 —").arg(i + 1) + u"\n\n"_s;
        m_textPageOffsets.append(int(text.size()));
        text += pages[i];
    }
    m_textView->setPlainText(text);
    m_stack->setCurrentWidget(m_textView);
    updatePageControls();
    updateZoomControls();
    emit documentShown(m_content.documentId);
    applyPinCite();
}

int DocumentViewer::pageCount() const
{
    switch (m_stack->currentIndex()) {
    case 1:
        return m_pageView->pageCount();
    case 2:
        return int(std::max<qsizetype>(1, m_textPageOffsets.size()));
    case 3:
        return 1;
    default:
        return 0;
    }
}

int DocumentViewer::currentPage() const
{
    if (m_stack->currentWidget() == m_pageView)
        return m_pageView->currentPage();
    if (m_stack->currentWidget() == m_textView) {
        const int position = m_textView->cursorForPosition(QPoint(4, 4)).position();
        const auto after
            = std::upper_bound(m_textPageOffsets.cbegin(), m_textPageOffsets.cend(), position);
        return int(std::max<qsizetype>(1, after - m_textPageOffsets.cbegin()));
    }
    return pageCount() > 0 ? 1 : 0;
}

void DocumentViewer::goToPage(int page)
{
    if (page < 1 || page > pageCount())
        return;
    if (m_stack->currentWidget() == m_pageView) {
        m_pageView->scrollToPage(page);
    } else if (m_stack->currentWidget() == m_textView && page <= m_textPageOffsets.size()) {
        QTextCursor cursor(m_textView->document());
        cursor.setPosition(m_textPageOffsets[page - 1]);
        m_textView->setTextCursor(cursor);
        m_textView->verticalScrollBar()->setValue(m_textView->verticalScrollBar()->maximum());
        m_textView->ensureCursorVisible();
    }
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
    if (m_stack->currentWidget() == m_pageView)
        return m_pageView->zoom();
    if (m_stack->currentWidget() == m_imageArea && !m_image.isNull()
        && m_imageLabel->pixmap().width() > 0)
        return qreal(m_imageLabel->pixmap().width()) / m_image.width();
    if (m_stack->currentWidget() == m_textView)
        return m_textView->font().pointSizeF()
               / QFontDatabase::systemFont(QFontDatabase::GeneralFont).pointSizeF();
    return 1.0;
}

void DocumentViewer::setZoom(qreal zoom)
{
    if (m_stack->currentWidget() == m_pageView) {
        m_pageView->setZoom(zoom);
    } else if (m_stack->currentWidget() == m_imageArea && !m_image.isNull()) {
        zoom = std::clamp(zoom, 0.05, PageView::MaximumZoom);
        const QSize size = (QSizeF(m_image.size()) * zoom).toSize().expandedTo(QSize(1, 1));
        m_imageLabel->setPixmap(QPixmap::fromImage(
            m_image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_imageLabel->resize(size);
        emit zoomChanged(zoom);
    } else if (m_stack->currentWidget() == m_textView) {
        zoom = std::clamp(zoom, PageView::MinimumZoom, PageView::MaximumZoom);
        QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
        font.setPointSizeF(font.pointSizeF() * zoom);
        m_textView->setFont(font);
        emit zoomChanged(zoom);
    }
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
    if (m_stack->currentWidget() == m_pageView)
        m_pageView->setZoomMode(PageView::ZoomMode::FitWidth);
    updateZoomControls();
}

void DocumentViewer::fitPage()
{
    if (m_stack->currentWidget() == m_pageView)
        m_pageView->setZoomMode(PageView::ZoomMode::FitPage);
    updateZoomControls();
}

void DocumentViewer::updateZoomControls()
{
    const bool pdf = m_stack->currentWidget() == m_pageView;
    m_zoomBox->setEnabled(m_stack->currentWidget() != m_message);
    const QSignalBlocker blocker(m_zoomBox);
    if (pdf && m_pageView->zoomMode() == PageView::ZoomMode::FitWidth)
        m_zoomBox->setCurrentIndex(0);
    else if (pdf && m_pageView->zoomMode() == PageView::ZoomMode::FitPage)
        m_zoomBox->setCurrentIndex(1);
    else
        m_zoomBox->setCurrentIndex(-1);
    if (m_zoomBox->currentIndex() < 0 || !pdf)
        m_zoomBox->setEditText(u"%1 %"_s.arg(qRound(zoom() * 100)));
}

void DocumentViewer::showFindBar()
{
    m_findBar->show();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

void DocumentViewer::closeFindBar()
{
    m_findBar->hide();
    if (!m_searchIsPinCite)
        m_backend->cancelSearch();
    m_matches.clear();
    m_currentMatch = -1;
    m_searchText.clear();
    m_pageView->clearHighlights(PageView::HighlightKind::Search);
    m_pageView->clearHighlights(PageView::HighlightKind::CurrentSearch);
    m_textView->setExtraSelections({});
    if (m_stack->currentWidget() != m_message)
        m_stack->currentWidget()->setFocus();
}

void DocumentViewer::find(const QString &text)
{
    if (m_findEdit->text() != text)
        m_findEdit->setText(text);
    m_findBar->show();
    m_searchText = text;
    m_searchIsPinCite = false;
    m_matches.clear();
    m_currentMatch = -1;
    m_pageView->clearHighlights(PageView::HighlightKind::Search);
    m_pageView->clearHighlights(PageView::HighlightKind::CurrentSearch);
    if (text.trimmed().isEmpty()) {
        m_backend->cancelSearch();
        m_searching = false;
        updateMatchLabel();
        return;
    }
    if (m_stack->currentWidget() == m_pageView) {
        m_searching = true;
        m_backend->search(text);
        updateMatchLabel();
    } else if (m_stack->currentWidget() == m_textView) {
        findInText(text);
    } else {
        updateMatchLabel();
        emit findFinished(text, 0);
    }
}

void DocumentViewer::findInText(const QString &text)
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(QColor(0xff, 0xee, 0x58));
    QTextCursor cursor(m_textView->document());
    while (true) {
        cursor = m_textView->document()->find(text, cursor);
        if (cursor.isNull())
            break;
        const auto after = std::upper_bound(
            m_textPageOffsets.cbegin(), m_textPageOffsets.cend(), cursor.selectionStart());
        m_matches.append({int(std::max<qsizetype>(1, after - m_textPageOffsets.cbegin())),
                          {},
                          cursor.selectionStart(),
                          cursor.selectionEnd() - cursor.selectionStart()});
        selections.append({cursor, format});
    }
    m_textView->setExtraSelections(selections);
    m_searching = false;
    if (!m_matches.isEmpty())
        setCurrentMatch(0);
    updateMatchLabel();
    emit findFinished(text, matchCount());
}

void DocumentViewer::onSearchHits(const QString &text, const QList<PdfHit> &hits)
{
    if (text != m_searchText || m_searchIsPinCite)
        return;
    for (const PdfHit &hit : hits) {
        for (const QRectF &rect : hit.rects)
            m_matches.append({hit.page, rect, 0, 0});
    }
    QList<PdfHit> all;
    for (const Match &match : std::as_const(m_matches)) {
        if (all.isEmpty() || all.last().page != match.page)
            all.append(PdfHit{match.page, {}});
        all.last().rects.append(match.rect);
    }
    m_pageView->setHighlights(PageView::HighlightKind::Search, all);
    if (m_currentMatch < 0) {
        const int from = std::max(1, currentPage());
        for (qsizetype i = 0; i < m_matches.size(); ++i) {
            if (m_matches[i].page >= from) {
                setCurrentMatch(int(i));
                break;
            }
        }
    }
    updateMatchLabel();
}

void DocumentViewer::onSearchFinished(const QString &text)
{
    if (text != m_searchText || m_searchIsPinCite)
        return;
    m_searching = false;
    if (m_currentMatch < 0 && !m_matches.isEmpty())
        setCurrentMatch(0);
    updateMatchLabel();
    emit findFinished(text, matchCount());
}

void DocumentViewer::findNext()
{
    if (m_matches.isEmpty()) {
        if (!m_findEdit->text().isEmpty() && m_findEdit->text() != m_searchText)
            find(m_findEdit->text());
        return;
    }
    setCurrentMatch(int((m_currentMatch + 1) % m_matches.size()));
}

void DocumentViewer::findPrevious()
{
    if (m_matches.isEmpty())
        return;
    setCurrentMatch(int((m_currentMatch - 1 + m_matches.size()) % m_matches.size()));
}

int DocumentViewer::currentMatchPage() const
{
    return m_currentMatch >= 0 ? m_matches[m_currentMatch].page : 0;
}

void DocumentViewer::setCurrentMatch(int index)
{
    m_currentMatch = index;
    const Match &match = m_matches[index];
    if (m_stack->currentWidget() == m_pageView) {
        m_pageView->setHighlights(PageView::HighlightKind::CurrentSearch,
                                  {{match.page, {match.rect}}});
        m_pageView->scrollToPage(match.page, match.rect);
    } else if (m_stack->currentWidget() == m_textView) {
        QTextCursor cursor(m_textView->document());
        cursor.setPosition(match.offset);
        cursor.setPosition(match.offset + match.length, QTextCursor::KeepAnchor);
        m_textView->setTextCursor(cursor);
        m_textView->ensureCursorVisible();
    }
    updateMatchLabel();
}

void DocumentViewer::updateMatchLabel()
{
    if (m_searchText.isEmpty())
        m_findStatus->clear();
    else if (m_matches.isEmpty())
        m_findStatus->setText(m_searching ? tr("Searching…") : tr("No matches"));
    else
        m_findStatus->setText(tr("%1 of %2%3")
                                  .arg(m_currentMatch + 1)
                                  .arg(m_matches.size())
                                  .arg(m_searching ? u"…"_s : QString()));
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
    if (!m_pinCite || m_pinCite->documentId != m_content.documentId)
        return;
    const PinCite cite = *m_pinCite;
    m_pageView->clearHighlights(PageView::HighlightKind::PinCite);
    if (m_stack->currentWidget() == m_pageView) {
        const int last = std::min(cite.pageTo, m_pageView->pageCount());
        m_pageView->scrollToPage(std::min(cite.pageFrom, last));
        if (cite.quote.isEmpty())
            finishPinCite(m_pageView->currentPage(), false);
        else
            m_backend->locateQuote(cite.pageFrom, last, cite.quote);
        return;
    }
    if (m_stack->currentWidget() == m_textView) {
        const int page = std::clamp(cite.pageFrom, 1, pageCount());
        goToPage(page);
        const int from = m_textPageOffsets.value(page - 1, 0);
        const int to = cite.pageTo < m_textPageOffsets.size()
                           ? m_textPageOffsets[cite.pageTo]
                           : int(m_textView->document()->characterCount());
        const QStringList words
            = cite.quote.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        const QString text = m_textView->toPlainText().mid(from, to - from);
        QRegularExpressionMatch found;
        bool complete = true;
        if (!words.isEmpty()) {
            found = quotePattern(words).match(text);
            if (!found.hasMatch() && words.size() > 6) {
                complete = false;
                found = quotePattern(words.mid(0, 6)).match(text);
            }
        }
        if (found.hasMatch()) {
            QTextCursor cursor(m_textView->document());
            cursor.setPosition(from + int(found.capturedStart()));
            cursor.setPosition(from + int(found.capturedEnd()), QTextCursor::KeepAnchor);
            QTextCharFormat format;
            format.setBackground(QColor(0xff, 0xd5, 0x4f));
            m_textView->setExtraSelections({{cursor, format}});
            m_textView->setTextCursor(cursor);
            m_textView->ensureCursorVisible();
        }
        finishPinCite(page, found.hasMatch() && complete);
    }
}

void DocumentViewer::finishPinCite(int page, bool found)
{
    m_pinCite.reset();
    updatePageControls();
    emit pinCiteShown(page, found);
}

void DocumentViewer::onPdfSelectionChanged()
{
    const TextFlowSelection &selection = m_pageView->selection();
    setSelectedText(selection.text(), selection.firstPage(), selection.lastPage());
}

void DocumentViewer::onTextSelectionChanged()
{
    const QTextCursor cursor = m_textView->textCursor();
    if (!cursor.hasSelection()) {
        setSelectedText({}, 0, 0);
        return;
    }
    const auto after = std::upper_bound(
        m_textPageOffsets.cbegin(), m_textPageOffsets.cend(), cursor.selectionStart());
    // QTextCursor uses U+2029 between paragraphs.
    QString text = cursor.selectedText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    const auto last = std::upper_bound(
        m_textPageOffsets.cbegin(), m_textPageOffsets.cend(), cursor.selectionEnd() - 1);
    setSelectedText(text,
                    int(std::max<qsizetype>(1, after - m_textPageOffsets.cbegin())),
                    int(std::max<qsizetype>(1, last - m_textPageOffsets.cbegin())));
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

void DocumentViewer::showContextMenu(QWidget *widget, const QPoint &pos)
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
    const QPoint global = widget == m_pageView ? m_pageView->viewport()->mapToGlobal(pos)
                                               : m_textView->viewport()->mapToGlobal(pos);
    menu.exec(global);
}

} // namespace Casebinder::Views
