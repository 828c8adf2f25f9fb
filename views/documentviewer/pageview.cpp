#include "pageview.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Casebinder::Views {

namespace {

constexpr qint64 CacheBytes = 192LL * 1024 * 1024;
// Beyond this a page is drawn from a smaller rendering, scaled up: a 400 % letter page on a
// high-DPI screen would otherwise take 200 MB.
constexpr double MaximumPagePixels = 24e6;
constexpr int VisiblePriority = 100;
constexpr int PrefetchPriority = 40;

quint64 cacheKey(int page, double dpi)
{
    return (quint64(page) << 32) | quint64(qRound(dpi * 100.0));
}

} // namespace

PageView::PageView(PdfBackend *backend, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_backend(backend)
    , m_cache(CacheBytes)
{
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setSingleStep(40);
    connect(m_backend, &PdfBackend::pageRendered, this, &PageView::onPageRendered);
    connect(m_backend, &PdfBackend::wordsReady, this, &PageView::onWordsReady);
}

void PageView::setPageSizes(const QList<QSizeF> &sizes)
{
    m_sizes = sizes;
    m_cache.clear();
    m_highlights.clear();
    m_words.clear();
    m_wordsRequested.clear();
    m_selection = {};
    m_anchor.reset();
    m_focus.reset();
    m_areaRect = {};
    m_notifyPending = false;
    m_currentPage = 0;
    relayout();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateCurrentPage();
    requestRenders();
    viewport()->update();
}

qreal PageView::pixelsPerPoint() const
{
    return m_zoom * logicalDpiX() / 72.0;
}

double PageView::renderDpi() const
{
    double dpi = 72.0 * pixelsPerPoint() * devicePixelRatioF();
    qreal largestArea = 0;
    for (const QSizeF &size : m_sizes)
        largestArea = std::max(largestArea, size.width() * size.height() / (72.0 * 72.0));
    if (largestArea > 0)
        dpi = std::min(dpi, std::sqrt(MaximumPagePixels / largestArea));
    return std::round(dpi * 100.0) / 100.0;
}

void PageView::relayout()
{
    const qreal scale = pixelsPerPoint();
    m_tops.resize(m_sizes.size());
    qreal y = Margin;
    qreal widest = 0;
    for (qsizetype i = 0; i < m_sizes.size(); ++i) {
        m_tops[i] = y;
        y += std::ceil(m_sizes[i].height() * scale) + Spacing;
        widest = std::max(widest, m_sizes[i].width() * scale);
    }
    m_contentHeight = m_sizes.isEmpty() ? 0 : y - Spacing + Margin;
    m_contentWidth = std::ceil(widest) + 2 * Margin;
    updateScrollBars();
}

void PageView::updateScrollBars()
{
    const QSize area = viewport()->size();
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(m_contentHeight)) - area.height()));
    verticalScrollBar()->setPageStep(area.height());
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(m_contentWidth)) - area.width()));
    horizontalScrollBar()->setPageStep(area.width());
}

QRectF PageView::pageRect(int page) const
{
    const qreal scale = pixelsPerPoint();
    const QSizeF size = m_sizes[page - 1] * scale;
    const qreal width = std::max<qreal>(m_contentWidth, viewport()->width());
    const qreal x = std::max<qreal>(Margin, std::floor((width - size.width()) / 2));
    return {QPointF(x, m_tops[page - 1]),
            QSizeF(std::ceil(size.width()), std::ceil(size.height()))};
}

QPointF PageView::contentOffset() const
{
    return {qreal(horizontalScrollBar()->value()), qreal(verticalScrollBar()->value())};
}

QPointF PageView::viewportPoint(int page, const QPointF &point) const
{
    return pageRect(page).topLeft() + point * pixelsPerPoint() - contentOffset();
}

std::optional<std::pair<int, QPointF>> PageView::pagePointAt(const QPoint &viewportPos) const
{
    if (m_sizes.isEmpty())
        return std::nullopt;
    const QPointF content = QPointF(viewportPos) + contentOffset();
    const auto after = std::upper_bound(m_tops.cbegin(), m_tops.cend(), content.y());
    const int page = int(std::max<qsizetype>(1, after - m_tops.cbegin()));
    const QRectF rect = pageRect(page);
    if (!rect.contains(content))
        return std::nullopt;
    return std::pair{page, (content - rect.topLeft()) / pixelsPerPoint()};
}

std::pair<int, int> PageView::visiblePages() const
{
    if (m_sizes.isEmpty())
        return {1, 0};
    const qreal top = verticalScrollBar()->value();
    const qreal bottom = top + viewport()->height();
    const auto first = std::upper_bound(m_tops.cbegin(), m_tops.cend(), top);
    const auto last = std::upper_bound(m_tops.cbegin(), m_tops.cend(), bottom);
    return {int(std::max<qsizetype>(1, first - m_tops.cbegin())),
            int(std::max<qsizetype>(1, last - m_tops.cbegin()))};
}

void PageView::requestRenders()
{
    if (m_sizes.isEmpty() || !isVisible() || viewport()->height() <= 0)
        return;
    const double dpi = renderDpi();
    const auto [first, last] = visiblePages();
    const int from = std::max(1, first - 1);
    const int to = std::min(pageCount(), last + 1);
    const quint64 wanted = cacheKey(0, dpi);
    m_backend->retainRenders(Channel, [&](int page, double renderedDpi) {
        return cacheKey(0, renderedDpi) == wanted && page >= from - 1 && page <= to + 1;
    });
    requestWords(from, to);
    for (int page = from; page <= to; ++page) {
        if (m_cache.contains(cacheKey(page, dpi)))
            continue;
        const bool visible = page >= first && page <= last;
        m_backend->requestPage(
            Channel, page, dpi, visible ? VisiblePriority + (last - page) : PrefetchPriority);
    }
}

void PageView::onPageRendered(int channel, int page, double dpi, const QImage &image)
{
    if (channel != Channel || page < 1 || page > pageCount())
        return;
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    const qint64 bytes = qint64(image.sizeInBytes());
    m_cache.insert(cacheKey(page, dpi), new QPixmap(std::move(pixmap)), bytes);
    if (cacheKey(0, dpi) == cacheKey(0, renderDpi())) {
        viewport()->update((pageRect(page).translated(-contentOffset())).toAlignedRect());
        emit pageDisplayed(page);
    }
}

QPixmap PageView::renderedPage(int page) const
{
    const QPixmap *pixmap = m_cache.object(cacheKey(page, renderDpi()));
    return pixmap ? *pixmap : QPixmap();
}

std::optional<QPixmap> PageView::fallbackPixmap(int page) const
{
    quint64 best = 0;
    for (const quint64 key : m_cache.keys()) {
        if (int(key >> 32) == page && key > best)
            best = key;
    }
    if (best == 0)
        return std::nullopt;
    return *m_cache.object(best);
}

void PageView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), QColor(0x5f, 0x63, 0x68));
    if (m_sizes.isEmpty())
        return;
    const double dpi = renderDpi();
    const qreal scale = pixelsPerPoint();
    const QPointF offset = contentOffset();
    const auto [first, last] = visiblePages();
    for (int page = first; page <= last && page <= pageCount(); ++page) {
        const QRectF rect = pageRect(page).translated(-offset);
        if (!rect.intersects(event->rect()))
            continue;
        painter.fillRect(rect.translated(2, 3), QColor(0, 0, 0, 70));
        painter.fillRect(rect, Qt::white);
        if (const QPixmap *pixmap = m_cache.object(cacheKey(page, dpi))) {
            painter.drawPixmap(rect, *pixmap, QRectF(QPointF(0, 0), pixmap->size()));
        } else if (const auto fallback = fallbackPixmap(page)) {
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawPixmap(rect, *fallback, QRectF(QPointF(0, 0), fallback->size()));
            painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        } else {
            painter.setPen(QColor(0xb0, 0xb4, 0xba));
            painter.drawText(rect, Qt::AlignCenter, tr("Page %1").arg(page));
        }

        const auto mapRect = [&](const QRectF &points) {
            return QRectF(rect.topLeft() + points.topLeft() * scale, points.size() * scale);
        };
        // OCR's reading over the scan: each word in its box, on a veil of white.
        if (m_recognisedOver && m_backend->recognised(page) && m_words.contains(page)) {
            painter.fillRect(rect, QColor(255, 255, 255, 150));
            painter.setPen(QColor(0x0d, 0x47, 0xa1));
            QFont font = painter.font();
            for (const FlowWord &word : m_words.value(page)) {
                const QRectF target = mapRect(word.box);
                font.setPixelSize(std::max(1, int(target.height() * 0.8)));
                painter.setFont(font);
                painter.fillRect(target, QColor(255, 255, 255, 215));
                painter.drawText(
                    target, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, word.text);
            }
        }
        const auto drawHits = [&](HighlightKind kind, const QColor &fill, const QColor &outline) {
            for (const PdfHit &hit : m_highlights.value(kind)) {
                if (hit.page != page)
                    continue;
                for (const QRectF &points : hit.rects) {
                    const QRectF target = mapRect(points).adjusted(-1, -1, 1, 1);
                    painter.fillRect(target, fill);
                    if (outline.isValid()) {
                        painter.setPen(QPen(outline, 1.5));
                        painter.drawRect(target);
                    }
                }
            }
        };
        painter.setCompositionMode(QPainter::CompositionMode_Multiply);
        drawHits(HighlightKind::PinCite, QColor(0xff, 0xd5, 0x4f), QColor());
        drawHits(HighlightKind::Search, QColor(0xff, 0xee, 0x58), QColor());
        drawHits(HighlightKind::CurrentSearch, QColor(0xff, 0xa7, 0x26), QColor());
        painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
        drawHits(HighlightKind::CurrentSearch, QColor(0, 0, 0, 0), QColor(0xe6, 0x51, 0x00));
        drawHits(HighlightKind::PinCite, QColor(0, 0, 0, 0), QColor(0xc7, 0x7c, 0x02));

        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(80);
        for (const TextFlowSelection::PageLines &lines : m_selection.lines()) {
            if (lines.page != page)
                continue;
            for (const QRectF &points : lines.rects)
                painter.fillRect(mapRect(points).adjusted(-1, -1, 1, 1), fill);
        }
        if (m_areaMode && m_anchor && m_anchor->page == page && !m_areaRect.isEmpty()) {
            fill.setAlpha(30);
            painter.fillRect(mapRect(m_areaRect), fill);
            painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
            painter.drawRect(mapRect(m_areaRect));
        }
    }
}

void PageView::setRecognisedTextOver(bool over)
{
    if (m_recognisedOver == over)
        return;
    m_recognisedOver = over;
    viewport()->update();
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_zoomMode != ZoomMode::Custom && !m_sizes.isEmpty())
        setZoomMode(m_zoomMode);
    else
        updateScrollBars();
    requestRenders();
}

void PageView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    requestRenders();
}

void PageView::scrollContentsBy(int, int)
{
    viewport()->update();
    updateCurrentPage();
    requestRenders();
}

void PageView::updateCurrentPage()
{
    int page = 0;
    if (!m_sizes.isEmpty()) {
        const qreal probe = verticalScrollBar()->value() + viewport()->height() * 0.3;
        const auto after = std::upper_bound(m_tops.cbegin(), m_tops.cend(), probe);
        page = int(std::max<qsizetype>(1, after - m_tops.cbegin()));
        // At the very end the last page is current even when it is short.
        if (verticalScrollBar()->value() >= verticalScrollBar()->maximum() && m_currentPage > 0
            && verticalScrollBar()->maximum() > 0)
            page = std::max(page, visiblePages().second);
    }
    if (page != m_currentPage) {
        m_currentPage = page;
        emit currentPageChanged(page);
    }
}

void PageView::setZoom(qreal zoom)
{
    m_zoomMode = ZoomMode::Custom;
    applyZoom(std::clamp(zoom, MinimumZoom, MaximumZoom), std::nullopt);
}

void PageView::zoomBy(qreal factor)
{
    setZoom(m_zoom * factor);
}

void PageView::setZoomMode(ZoomMode mode)
{
    m_zoomMode = mode;
    if (mode == ZoomMode::Custom || m_sizes.isEmpty())
        return;
    const qreal ratio = logicalDpiX() / 72.0;
    qreal widest = 0;
    for (const QSizeF &size : m_sizes)
        widest = std::max(widest, size.width());
    const qreal available = viewport()->width() - 2 * Margin;
    qreal zoom = available / (widest * ratio);
    if (mode == ZoomMode::FitPage) {
        const QSizeF page = m_sizes[std::max(1, m_currentPage) - 1];
        zoom = std::min(zoom, (viewport()->height() - 2 * Margin) / (page.height() * ratio));
    }
    applyZoom(std::clamp(zoom, 0.1, MaximumZoom), std::nullopt);
}

void PageView::applyZoom(qreal zoom, std::optional<QPoint> anchor)
{
    if (m_sizes.isEmpty()) {
        m_zoom = zoom;
        emit zoomChanged(zoom);
        return;
    }
    // Keep the point under the anchor (the mouse, or the top centre) where it is.
    const QPoint at = anchor.value_or(QPoint(viewport()->width() / 2, 0));
    const int page = std::max(1, m_currentPage);
    const QRectF before = pageRect(page);
    const QPointF pagePoint = (QPointF(at) + contentOffset() - before.topLeft()) / pixelsPerPoint();

    const bool changed = !qFuzzyCompare(zoom, m_zoom);
    m_zoom = zoom;
    relayout();
    const QPointF content = pageRect(page).topLeft() + pagePoint * pixelsPerPoint();
    horizontalScrollBar()->setValue(qRound(content.x() - at.x()));
    verticalScrollBar()->setValue(qRound(content.y() - at.y()));
    viewport()->update();
    updateCurrentPage();
    requestRenders();
    if (changed)
        emit zoomChanged(zoom);
}

void PageView::scrollToPage(int page, std::optional<QRectF> focus)
{
    if (page < 1 || page > pageCount())
        return;
    const QRectF rect = pageRect(page);
    if (focus) {
        const QPointF centre = rect.topLeft() + focus->center() * pixelsPerPoint();
        verticalScrollBar()->setValue(qRound(centre.y() - viewport()->height() / 3.0));
        horizontalScrollBar()->setValue(qRound(centre.x() - viewport()->width() / 2.0));
    } else {
        verticalScrollBar()->setValue(qRound(rect.top() - Margin / 2.0));
    }
    updateCurrentPage();
    requestRenders();
}

void PageView::setHighlights(HighlightKind kind, const QList<PdfHit> &hits)
{
    if (hits.isEmpty())
        m_highlights.remove(kind);
    else
        m_highlights.insert(kind, hits);
    viewport()->update();
}

void PageView::clearSelection()
{
    const bool had = !m_selection.isEmpty() || m_anchor;
    m_selection = {};
    m_anchor.reset();
    m_focus.reset();
    m_areaRect = {};
    m_notifyPending = false;
    viewport()->update();
    if (had)
        emit selectionChanged();
}

void PageView::selectArea(int page, const QRectF &rect)
{
    m_areaMode = true;
    m_anchor = TextPosition{page, rect.normalized().topLeft()};
    m_focus = TextPosition{page, rect.normalized().bottomRight()};
    updateSelection(true);
}

void PageView::selectFlow(const TextPosition &from, const TextPosition &to)
{
    m_areaMode = false;
    m_anchor = from;
    m_focus = to;
    updateSelection(true);
}

void PageView::requestWords(int from, int to)
{
    for (int page = std::max(1, from); page <= std::min(to, pageCount()); ++page) {
        if (!m_wordsRequested.contains(page)) {
            m_wordsRequested.insert(page);
            m_backend->requestWords(page);
        }
    }
}

void PageView::onWordsReady(int page, const PageWords &words)
{
    if (page < 1 || page > pageCount() || !m_wordsRequested.contains(page))
        return;
    m_words.insert(page, words);
    if (m_anchor && m_focus)
        updateSelection(std::exchange(m_notifyPending, false));
}

void PageView::updateSelection(bool notify)
{
    if (!m_anchor || !m_focus)
        return;
    const int first = std::min(m_anchor->page, m_focus->page);
    const int last = std::max(m_anchor->page, m_focus->page);
    requestWords(first, last);
    for (int page = first; page <= last; ++page) {
        if (!m_words.contains(page)) {
            m_notifyPending = m_notifyPending || notify;
            return;
        }
    }
    if (m_areaMode) {
        const int page = m_anchor->page;
        const QSizeF size = m_sizes[page - 1];
        const QPointF end(std::clamp(m_focus->point.x(), 0.0, size.width()),
                          std::clamp(m_focus->point.y(), 0.0, size.height()));
        m_areaRect = QRectF(m_anchor->point, end).normalized();
        m_selection = TextFlowSelection::area(page, m_words.value(page), m_areaRect);
    } else {
        m_areaRect = {};
        m_selection = TextFlowSelection::flow(m_words, *m_anchor, *m_focus);
    }
    viewport()->update();
    if (notify)
        emit selectionChanged();
}

std::optional<TextPosition> PageView::positionAt(const QPoint &viewportPos) const
{
    if (m_sizes.isEmpty())
        return std::nullopt;
    const QPointF content = QPointF(viewportPos) + contentOffset();
    // In the gap below a page the mouse is still at that page's bottom.
    const auto after = std::upper_bound(m_tops.cbegin(), m_tops.cend(), content.y());
    const int page = int(std::max<qsizetype>(1, after - m_tops.cbegin()));
    const QSizeF size = m_sizes[page - 1];
    const QPointF point = (content - pageRect(page).topLeft()) / pixelsPerPoint();
    return TextPosition{
        page,
        {std::clamp(point.x(), 0.0, size.width()), std::clamp(point.y(), 0.0, size.height())}};
}

void PageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y();
        if (steps != 0) {
            m_zoomMode = ZoomMode::Custom;
            const qreal factor = std::pow(1.1, steps / 120.0);
            applyZoom(std::clamp(m_zoom * factor, MinimumZoom, MaximumZoom),
                      event->position().toPoint());
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PageView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Home:
        verticalScrollBar()->setValue(0);
        return;
    case Qt::Key_End:
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        return;
    case Qt::Key_Space:
        verticalScrollBar()->triggerAction(event->modifiers() & Qt::ShiftModifier
                                               ? QAbstractSlider::SliderPageStepSub
                                               : QAbstractSlider::SliderPageStepAdd);
        return;
    case Qt::Key_Escape:
        if (!m_selection.isEmpty() || m_anchor) {
            clearSelection();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void PageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_pressPos = event->position().toPoint();
    m_pressAt = positionAt(m_pressPos);
    m_dragging = false;
    const auto onPage = pagePointAt(m_pressPos);
    m_pressInSelection = onPage && !event->modifiers().testFlag(Qt::AltModifier)
                         && (m_selection.contains(onPage->first, onPage->second)
                             || (m_areaMode && m_anchor && m_anchor->page == onPage->first
                                 && m_areaRect.contains(onPage->second)));
    if (!m_pressInSelection) {
        clearSelection();
        m_areaMode = event->modifiers().testFlag(Qt::AltModifier);
    }
    event->accept();
}

void PageView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressAt || !(event->buttons() & Qt::LeftButton))
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    if (m_pressInSelection) {
        m_pressAt.reset();
        emit selectionDragStarted();
        return;
    }
    m_dragging = true;
    m_anchor = m_pressAt;
    m_focus = positionAt(pos);
    if (m_areaMode && m_focus && m_focus->page != m_anchor->page)
        m_focus
            = TextPosition{m_anchor->page,
                           m_focus->page > m_anchor->page
                               ? QPointF(m_focus->point.x(), m_sizes[m_anchor->page - 1].height())
                               : QPointF(m_focus->point.x(), 0)};
    updateSelection(false);
}

void PageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressAt) {
        m_pressAt.reset();
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    m_pressAt.reset();
    if (!m_dragging) {
        clearSelection();
        return;
    }
    m_dragging = false;
    updateSelection(true);
}

} // namespace Casebinder::Views
