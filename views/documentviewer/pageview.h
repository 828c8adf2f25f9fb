#pragma once

#include "pdfbackend.h"
#include "textflowselection.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QPixmap>
#include <QSet>

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

    // The selected text. A drag selects along the text flow from the word under the press
    // to the word under the mouse, across lines and pages; an Alt-drag selects the words in
    // a rectangle (for tables), row by row.
    const TextFlowSelection &selection() const { return m_selection; }
    // The rectangle of an area selection, in points of its page; empty for a flow selection.
    QRectF selectionRect() const { return m_areaRect; }
    void clearSelection();
    void selectArea(int page, const QRectF &rect);
    void selectFlow(const TextPosition &from, const TextPosition &to);
    // The words of `page`, once the backend has delivered them (requested as pages show).
    bool hasWords(int page) const { return m_words.contains(page); }

    // Where page `page`'s point `point` is drawn, in viewport coordinates (for tests and
    // tooltips); and the reverse.
    QPointF viewportPoint(int page, const QPointF &point) const;
    std::optional<std::pair<int, QPointF>> pagePointAt(const QPoint &viewportPos) const;

    // The image the view has for `page` at the current zoom, if it has arrived.
    QPixmap renderedPage(int page) const;

    // Draws what OCR read over the image of scanned pages, each word in its box (off by
    // default).
    void setRecognisedTextOver(bool over);
    bool recognisedTextOver() const { return m_recognisedOver; }

signals:
    void currentPageChanged(int page);
    void zoomChanged(qreal zoom);
    // The user finished a selection (or cleared it with a click); see selection().
    void selectionChanged();
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
    void requestWords(int from, int to);
    void onWordsReady(int page, const PageWords &words);
    // The page and point (clamped into the page) nearest to a viewport position.
    std::optional<TextPosition> positionAt(const QPoint &viewportPos) const;
    // Recomputes the selection from its ends, once the words of its pages are here.
    void updateSelection(bool notify);

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

    QHash<int, PageWords> m_words;
    QSet<int> m_wordsRequested;
    TextFlowSelection m_selection;
    std::optional<TextPosition> m_anchor; // where the selection starts
    std::optional<TextPosition> m_focus;  // where it ends (the mouse)
    bool m_areaMode = false;
    QRectF m_areaRect;
    bool m_notifyPending = false;
    std::optional<TextPosition> m_pressAt;
    QPoint m_pressPos;
    bool m_pressInSelection = false;
    bool m_dragging = false;
    bool m_recognisedOver = false;
};

} // namespace Casebinder::Views
