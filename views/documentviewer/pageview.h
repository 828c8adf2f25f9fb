#pragma once

#include "pdfbackend.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QPixmap>

#include <optional>

namespace Casebinder::Views {

// All pages of a PDF in one continuous vertical scroll. Pages are rendered on the backend's
// threads at the current zoom, visible pages first; until a page arrives the view shows the
// closest cached rendering scaled, or a blank placeholder. Renders of pages scrolled out of
// reach and of zoom levels left behind are cancelled.
class PageView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class ZoomMode { Custom, FitWidth, FitPage };
    enum class HighlightKind { Search, CurrentSearch, PinCite };

    static constexpr qreal MinimumZoom = 0.5;
    static constexpr qreal MaximumZoom = 4.0;

    explicit PageView(PdfBackend *backend, QWidget *parent = nullptr);

    // Shows pages of these sizes (points); clears highlights, selection and the cache.
    void setPageSizes(const QList<QSizeF> &sizes);
    int pageCount() const { return int(m_sizes.size()); }

    qreal zoom() const { return m_zoom; }
    ZoomMode zoomMode() const { return m_zoomMode; }
    void setZoom(qreal zoom);
    void setZoomMode(ZoomMode mode);
    void zoomBy(qreal factor);

    // The page (1-based) that fills most of the viewport's upper half.
    int currentPage() const { return m_currentPage; }
    // Scrolls so that `page` starts at the top, or so that `focus` (points) is visible.
    void scrollToPage(int page, std::optional<QRectF> focus = std::nullopt);

    void setHighlights(HighlightKind kind, const QList<PdfHit> &hits);
    void clearHighlights(HighlightKind kind) { setHighlights(kind, {}); }

    // The rubber-band selection, in points of `selectionPage()`; empty when there is none.
    int selectionPage() const { return m_selectionPage; }
    QRectF selectionRect() const { return m_selectionRect; }
    void clearSelection();
    void selectArea(int page, const QRectF &rect);

    // Where page `page`'s point `point` is drawn, in viewport coordinates (for tests and
    // tooltips); and the reverse.
    QPointF viewportPoint(int page, const QPointF &point) const;
    std::optional<std::pair<int, QPointF>> pagePointAt(const QPoint &viewportPos) const;

    // The image the view has for `page` at the current zoom, if it has arrived.
    QPixmap renderedPage(int page) const;

signals:
    void currentPageChanged(int page);
    void zoomChanged(qreal zoom);
    // The user finished dragging a rubber band over a page (or cleared it with a click).
    void selectionChanged(int page, const QRectF &rect);
    // The user pressed inside the selection and moved: start a drag of the selected text.
    void selectionDragStarted();
    void pageDisplayed(int page);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    static constexpr int Margin = 16;
    static constexpr int Spacing = 12;
    static constexpr int Channel = 1;

    qreal pixelsPerPoint() const;
    double renderDpi() const;
    QRectF pageRect(int page) const; // content coordinates
    QPointF contentOffset() const;
    void relayout();
    void applyZoom(qreal zoom, std::optional<QPoint> anchor);
    void updateScrollBars();
    std::pair<int, int> visiblePages() const;
    void requestRenders();
    void updateCurrentPage();
    void onPageRendered(int channel, int page, double dpi, const QImage &image);
    std::optional<QPixmap> fallbackPixmap(int page) const;
    void setSelection(int page, const QRectF &rect, bool notify);

    PdfBackend *m_backend;
    QList<QSizeF> m_sizes;
    QList<qreal> m_tops; // content y of each page at the current zoom
    qreal m_contentWidth = 0;
    qreal m_contentHeight = 0;
    qreal m_zoom = 1.0;
    ZoomMode m_zoomMode = ZoomMode::FitWidth;
    int m_currentPage = 0;
    mutable QCache<quint64, QPixmap> m_cache; // by (page << 32 | centi-dpi), cost in bytes
    QHash<HighlightKind, QList<PdfHit>> m_highlights;

    int m_selectionPage = 0;
    QRectF m_selectionRect;
    std::optional<std::pair<int, QPointF>> m_pressAt;
    QPoint m_pressPos;
    bool m_pressInSelection = false;
};

} // namespace Casebinder::Views
