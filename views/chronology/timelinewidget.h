#pragma once

#include "timelinepainter.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAbstractItemModel;

namespace Casebinder::Views {

// The chronology as a strip: ranges as bars, circa dates fuzzy, disputed events marked (the
// export's TimelinePainter draws it, so screen and PDF agree). The wheel zooms around the
// mouse, dragging pans, a click selects an event and a double click asks for its source.
// Reads a ChronologyModel (or any model with its roles) and follows its changes.
//
// It opens on the busiest stretch of the chronology: when a few outlying events would squeeze
// the rest into a clump, the strip shows the shortest period holding two thirds of the events,
// with the number of events off each side at its edges; panning reaches the rest and "Show
// All" (or 0) fits everything.
class TimelineWidget final : public QWidget
{
    Q_OBJECT

public:
    enum class ColourBy { Tag, Claim, None };

    explicit TimelineWidget(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    void setColourBy(ColourBy colourBy);
    ColourBy colourBy() const { return m_colourBy; }

    qint64 selectedEvent() const { return m_selected; }
    void setSelectedEvent(qint64 eventId); // scrolls it into view when it is off the strip
    std::optional<qint64> eventAt(const QPoint &pos) const;
    // In density mode, the non-empty histogram bar under `pos`.
    std::optional<Export::TimelineDensityBin> densityBinAt(const QPoint &pos) const;
    // Where an event's mark is drawn (empty when it is off the strip).
    QRectF markRect(qint64 eventId) const;

    QDateTime rangeStart() const { return m_painter.rangeStart(); }
    QDateTime rangeEnd() const { return m_painter.rangeEnd(); }
    void setRange(const QDateTime &from, const QDateTime &to);
    // The range shown by default (the busiest period, or everything when events are spread
    // evenly enough).
    std::pair<QDateTime, QDateTime> defaultRange() const;
    // Events entirely before and after the visible range.
    std::pair<int, int> eventsOutside() const;
    const QList<Export::TimelineItem> &items() const { return m_painter.items(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void zoomIn();
    void zoomOut();
    void fitAll();
    void fitBusiest();

signals:
    void eventClicked(qint64 eventId);
    void eventActivated(qint64 eventId);
    void rangeChanged(const QDateTime &from, const QDateTime &to);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF stripRect() const;
    void rebuild();
    void relayout();
    void zoomAround(qreal factor, qreal x);
    void panBy(qreal dx);
    void selectAdjacent(int step);
    void announceSelection();
    static QColor claimColour(qint64 claimId);

    QPointer<QAbstractItemModel> m_model;
    Export::TimelinePainter m_painter;
    QList<Export::TimelinePlacement> m_placements;
    ColourBy m_colourBy = ColourBy::Tag;
    qint64 m_selected = 0;
    enum class Fit { Busiest, All, User };
    Fit m_fit = Fit::Busiest;
    std::optional<QPointF> m_dragFrom;
    bool m_dragged = false;
};

} // namespace Casebinder::Views
