#include "timelinewidget.h"

#include <QAccessible>

#include "models/chronologymodel.h"

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace Casebinder::Views {

namespace {

constexpr qint64 MinimumSpanMs = 60LL * 60 * 1000;                  // an hour
constexpr qint64 MaximumSpanMs = 500LL * 365 * 24 * 60 * 60 * 1000; // five centuries

Export::TimelinePrecision precisionFromName(const QString &name)
{
    if (name == "minute"_L1)
        return Export::TimelinePrecision::Minute;
    if (name == "month"_L1)
        return Export::TimelinePrecision::Month;
    if (name == "year"_L1)
        return Export::TimelinePrecision::Year;
    return Export::TimelinePrecision::Day;
}

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void TimelineWidget::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &TimelineWidget::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TimelineWidget::rebuild);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelineWidget::rebuild);
        connect(model, &QAbstractItemModel::dataChanged, this, &TimelineWidget::rebuild);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TimelineWidget::rebuild);
    }
    m_fit = Fit::Busiest;
    rebuild();
}

void TimelineWidget::setColourBy(ColourBy colourBy)
{
    if (colourBy == m_colourBy)
        return;
    m_colourBy = colourBy;
    rebuild();
}

QColor TimelineWidget::claimColour(qint64 claimId)
{
    // A qualitative palette that stays readable on white and in print.
    static const std::array<QColor, 8> palette = {
        QColor(0x1f, 0x77, 0xb4),
        QColor(0x2c, 0xa0, 0x2c),
        QColor(0x94, 0x67, 0xbd),
        QColor(0x8c, 0x56, 0x4b),
        QColor(0xe3, 0x77, 0xc2),
        QColor(0x17, 0xbe, 0xcf),
        QColor(0xbc, 0xbd, 0x22),
        QColor(0xff, 0x7f, 0x0e),
    };
    return palette[size_t(claimId % qint64(palette.size()))];
}

void TimelineWidget::rebuild()
{
    QList<Export::TimelineItem> items;
    if (m_model) {
        const int rows = m_model->rowCount();
        items.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = m_model->index(row, ChronologyModel::TitleColumn);
            Export::TimelineItem item;
            item.id = index.data(ChronologyModel::IdRole).toLongLong();
            item.title = index.data(Qt::DisplayRole).toString();
            // The row number the events table shows beside it.
            item.key = QString::number(row + 1);
            item.precision
                = precisionFromName(index.data(ChronologyModel::PrecisionRole).toString());
            item.circa = index.data(ChronologyModel::CircaRole).toBool();
            item.disputed = index.data(ChronologyModel::DisputedRole).toBool();
            item.start = index.data(ChronologyModel::SpanStartRole).toDateTime();
            if (index.data(ChronologyModel::IsRangeRole).toBool()) {
                const QDateTime end = index.data(ChronologyModel::SpanEndRole).toDateTime();
                // The painter widens an end to its whole period; the span's end is exclusive.
                item.end
                    = item.precision == Export::TimelinePrecision::Minute ? end : end.addSecs(-1);
            }
            if (m_colourBy == ColourBy::Tag) {
                const QString colour = index.data(ChronologyModel::TagColorRole).toString();
                if (!colour.isEmpty())
                    item.colour = QColor(colour);
            } else if (m_colourBy == ColourBy::Claim) {
                const QVariantList claims = index.data(ChronologyModel::ClaimIdsRole).toList();
                if (!claims.isEmpty())
                    item.colour = claimColour(claims.first().toLongLong());
            }
            if (item.start.isValid())
                items.append(std::move(item));
        }
    }
    const QDateTime from = m_painter.rangeStart();
    const QDateTime to = m_painter.rangeEnd();
    m_painter.setItems(std::move(items));
    m_painter.resetRange();
    if (m_fit == Fit::User && from.isValid() && to.isValid()) {
        m_painter.setRange(from, to);
    } else if (m_fit == Fit::Busiest) {
        const auto [busyFrom, busyTo] = defaultRange();
        m_painter.setRange(busyFrom, busyTo);
    }
    Export::TimelineStyle style;
    style.font = font();
    // The screen can scroll and resize, so a busy week gets more lanes than the printed strip.
    style.maxLanes = 18;
    m_painter.setStyle(style);
    relayout();
    updateGeometry();
}

QRectF TimelineWidget::stripRect() const
{
    return QRectF(rect()).adjusted(10, 8, -10, -8);
}

void TimelineWidget::relayout()
{
    m_placements = m_painter.layout(stripRect());
    update();
}

QSize TimelineWidget::sizeHint() const
{
    const int height = int(std::ceil(m_painter.preferredHeight(600))) + 16;
    return {600, std::clamp(height, 120, 420)};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {200, 100};
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), m_painter.style().background);
    if (m_painter.items().isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No events in the chronology."));
        return;
    }
    m_placements = m_painter.paint(painter, stripRect());
    if (m_selected != 0) {
        for (const auto &placement : std::as_const(m_placements)) {
            if (placement.id != m_selected)
                continue;
            QPen pen(palette().color(QPalette::Highlight), 2);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(placement.mark.adjusted(-4, -4, 4, 4), 4, 4);
            if (!placement.label.isEmpty()) {
                QColor fill = palette().color(QPalette::Highlight);
                fill.setAlpha(40);
                painter.fillRect(placement.label.adjusted(-2, -1, 2, 1), fill);
            }
        }
    }
    // Events off either side, so a zoomed-in strip never hides that there is more.
    const auto [before, after] = eventsOutside();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter.setFont(small);
    const QFontMetrics metrics(small);
    for (const bool left : {true, false}) {
        const int count = left ? before : after;
        if (count == 0)
            continue;
        const QString text
            = left ? tr("◀ %n earlier", nullptr, count) : tr("%n later ▶", nullptr, count);
        QRect box = metrics.boundingRect(text).adjusted(-6, -2, 6, 2);
        box.moveTop(4);
        if (left)
            box.moveLeft(4);
        else
            box.moveRight(width() - 5);
        QColor fill = palette().color(QPalette::Window);
        fill.setAlpha(230);
        painter.setPen(palette().color(QPalette::Mid));
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(box, Qt::AlignCenter, text);
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimelineWidget::resizeEvent(QResizeEvent *)
{
    relayout();
}

std::optional<qint64> TimelineWidget::eventAt(const QPoint &pos) const
{
    const QPointF point(pos);
    // Marks win over labels, and a small mark gets a little slack around it.
    for (const auto &placement : m_placements) {
        if (placement.mark.adjusted(-3, -3, 3, 3).contains(point))
            return placement.id;
    }
    for (const auto &placement : m_placements) {
        if (placement.label.contains(point))
            return placement.id;
    }
    return std::nullopt;
}

QRectF TimelineWidget::markRect(qint64 eventId) const
{
    for (const auto &placement : m_placements) {
        if (placement.id == eventId)
            return placement.mark;
    }
    return {};
}

// Down and Up walk the events in time order, so the strip can be read without a mouse; a
// screen reader hears each one (its date and title, as the accessible description).
void TimelineWidget::selectAdjacent(int step)
{
    QList<const Export::TimelineItem *> order;
    for (const auto &item : m_painter.items())
        order.append(&item);
    if (order.isEmpty())
        return;
    std::stable_sort(order.begin(), order.end(), [](const auto *a, const auto *b) {
        return a->start < b->start;
    });
    qsizetype at = -1;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (order.at(i)->id == m_selected)
            at = i;
    }
    const qsizetype next = at < 0 ? (step > 0 ? 0 : order.size() - 1)
                                  : std::clamp<qsizetype>(at + step, 0, order.size() - 1);
    setSelectedEvent(order.at(next)->id);
    emit eventClicked(m_selected);
}

void TimelineWidget::announceSelection()
{
    QString description;
    for (const auto &item : m_painter.items()) {
        if (item.id == m_selected) {
            description
                = tr("Selected: %1, %2")
                      .arg(item.title, QLocale().toString(item.start.date(), QLocale::LongFormat));
            break;
        }
    }
    setAccessibleDescription(description);
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
}

void TimelineWidget::setSelectedEvent(qint64 eventId)
{
    if (eventId == m_selected)
        return;
    m_selected = eventId;
    announceSelection();
    if (eventId != 0 && markRect(eventId).isEmpty()) {
        // Off the strip: centre the view on it, keeping the zoom.
        for (const auto &item : m_painter.items()) {
            if (item.id != eventId)
                continue;
            const auto [start, end] = Export::TimelinePainter::span(item);
            const qint64 half = rangeStart().msecsTo(rangeEnd()) / 2;
            const QDateTime centre = start.addMSecs(start.msecsTo(end) / 2);
            setRange(centre.addMSecs(-half), centre.addMSecs(half));
            break;
        }
    }
    update();
}

std::pair<QDateTime, QDateTime> TimelineWidget::defaultRange() const
{
    Export::TimelinePainter all(m_painter.items());
    const std::pair everything{all.rangeStart(), all.rangeEnd()};
    const auto &items = m_painter.items();
    // A handful of events is never crowded enough to hide some of them.
    constexpr int FewEvents = 8;
    if (items.size() < FewEvents || !everything.first.isValid())
        return everything;
    struct Mark
    {
        qint64 centre;
        qint64 start;
        qint64 end;
    };
    std::vector<Mark> marks;
    marks.reserve(size_t(items.size()));
    for (const auto &item : items) {
        const auto [start, end] = Export::TimelinePainter::span(item);
        const qint64 from = start.toMSecsSinceEpoch();
        const qint64 to = end.toMSecsSinceEpoch();
        marks.push_back({from + (to - from) / 2, from, to});
    }
    std::ranges::sort(marks, {}, &Mark::centre);
    const size_t wanted = (marks.size() * 2 + 2) / 3;
    size_t first = 0;
    qint64 shortest = std::numeric_limits<qint64>::max();
    for (size_t i = 0; i + wanted <= marks.size(); ++i) {
        const qint64 length = marks[i + wanted - 1].centre - marks[i].centre;
        if (length < shortest) {
            shortest = length;
            first = i;
        }
    }
    // Take in neighbours close to the period (an event a few days before a busy week belongs
    // with it), up to twice its length.
    size_t last = first + wanted - 1;
    const qint64 core
        = std::max<qint64>(marks[last].centre - marks[first].centre, 24LL * 60 * 60 * 1000);
    for (;;) {
        const qint64 before = first > 0 ? marks[first].centre - marks[first - 1].centre
                                        : std::numeric_limits<qint64>::max();
        const qint64 after = last + 1 < marks.size() ? marks[last + 1].centre - marks[last].centre
                                                     : std::numeric_limits<qint64>::max();
        const qint64 step = std::min(before, after);
        const qint64 length = marks[last].centre - marks[first].centre;
        if (step > core / 2 || length + step > 2 * core)
            break;
        if (before <= after)
            --first;
        else
            ++last;
    }
    // Show the chosen events whole, except bars longer than the period itself (a month-long
    // event around a busy week would widen it back to the clump).
    qint64 from = marks[first].centre;
    qint64 to = marks[last].centre;
    const qint64 length = std::max(to - from, core);
    for (size_t i = first; i <= last; ++i) {
        if (marks[i].end - marks[i].start <= length) {
            from = std::min(from, marks[i].start);
            to = std::max(to, marks[i].end);
        }
    }
    const qint64 margin = std::max<qint64>((to - from) / 16, 12LL * 60 * 60 * 1000);
    from -= margin;
    to += margin;
    const qint64 whole = everything.first.msecsTo(everything.second);
    // Worth it only when the busy period is a small part of the whole.
    if (double(to - from) > 0.4 * double(whole))
        return everything;
    return {QDateTime::fromMSecsSinceEpoch(from, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(to, Qt::UTC)};
}

std::pair<int, int> TimelineWidget::eventsOutside() const
{
    const QDateTime from = rangeStart();
    const QDateTime to = rangeEnd();
    int before = 0;
    int after = 0;
    for (const auto &item : m_painter.items()) {
        const auto [start, end] = Export::TimelinePainter::span(item);
        before += end < from;
        after += start > to;
    }
    return {before, after};
}

void TimelineWidget::fitBusiest()
{
    m_fit = Fit::Busiest;
    const auto [from, to] = defaultRange();
    m_painter.setRange(from, to);
    relayout();
    emit rangeChanged(rangeStart(), rangeEnd());
}

void TimelineWidget::setRange(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || from >= to)
        return;
    m_painter.setRange(from, to);
    m_fit = Fit::User;
    relayout();
    emit rangeChanged(from, to);
}

void TimelineWidget::zoomIn()
{
    zoomAround(1.5, stripRect().center().x());
}

void TimelineWidget::zoomOut()
{
    zoomAround(1 / 1.5, stripRect().center().x());
}

void TimelineWidget::fitAll()
{
    m_fit = Fit::All;
    m_painter.resetRange();
    relayout();
    emit rangeChanged(rangeStart(), rangeEnd());
}

void TimelineWidget::zoomAround(qreal factor, qreal x)
{
    const QDateTime from = rangeStart();
    const QDateTime to = rangeEnd();
    if (!from.isValid() || !to.isValid())
        return;
    const QRectF strip = stripRect();
    const QDateTime anchor = m_painter.timeAt(strip, x);
    const qint64 span = std::clamp<qint64>(
        qint64(double(from.msecsTo(to)) / factor), MinimumSpanMs, MaximumSpanMs);
    const double before = double(from.msecsTo(anchor)) / double(from.msecsTo(to));
    const QDateTime newFrom = anchor.addMSecs(-qint64(before * double(span)));
    setRange(newFrom, newFrom.addMSecs(span));
}

void TimelineWidget::panBy(qreal dx)
{
    const QDateTime from = rangeStart();
    const QDateTime to = rangeEnd();
    const qreal width = stripRect().width();
    if (!from.isValid() || !to.isValid() || width <= 0)
        return;
    const qint64 shift = qint64(-dx / width * double(from.msecsTo(to)));
    setRange(from.addMSecs(shift), to.addMSecs(shift));
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() != 0 && !(event->modifiers() & Qt::ShiftModifier)) {
        zoomAround(std::pow(1.2, delta.y() / 120.0), event->position().x());
    } else {
        const int horizontal = delta.x() != 0 ? delta.x() : delta.y();
        panBy(horizontal / 120.0 * stripRect().width() / 10);
    }
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragFrom = event->position();
    m_dragged = false;
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragFrom || !(event->buttons() & Qt::LeftButton))
        return;
    const QPointF pos = event->position();
    if (!m_dragged && (pos - *m_dragFrom).manhattanLength() < 4)
        return;
    m_dragged = true;
    setCursor(Qt::ClosedHandCursor);
    panBy(pos.x() - m_dragFrom->x());
    m_dragFrom = pos;
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragFrom)
        return;
    unsetCursor();
    const bool dragged = m_dragged;
    m_dragFrom.reset();
    m_dragged = false;
    if (dragged)
        return;
    const QPoint pos = event->position().toPoint();
    const auto hit = eventAt(pos);
    if (!hit) {
        if (const auto bin = densityBinAt(pos)) {
            setRange(bin->start, bin->end);
            return;
        }
    }
    m_selected = hit.value_or(0);
    announceSelection();
    update();
    if (hit)
        emit eventClicked(*hit);
}

std::optional<Export::TimelineDensityBin> TimelineWidget::densityBinAt(const QPoint &pos) const
{
    const Export::TimelineLayout layout = m_painter.computeLayout(stripRect());
    for (const Export::TimelineDensityBin &bin : layout.bins) {
        if (bin.count > 0 && pos.x() >= bin.bar.left() && pos.x() <= bin.bar.right())
            return bin;
    }
    return std::nullopt;
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const auto hit = eventAt(event->position().toPoint())) {
        m_selected = *hit;
        announceSelection();
        update();
        emit eventActivated(*hit);
    }
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitAll();
        return;
    case Qt::Key_Left:
        panBy(stripRect().width() / 8);
        return;
    case Qt::Key_Right:
        panBy(-stripRect().width() / 8);
        return;
    case Qt::Key_Down:
    case Qt::Key_Up:
        selectAdjacent(event->key() == Qt::Key_Down ? 1 : -1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected != 0)
            emit eventActivated(m_selected);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const auto hit = eventAt(help->pos());
        if (!hit) {
            // Too many events to draw one by one: the bar under the pointer says what it counts.
            const Export::TimelineLayout layout = m_painter.computeLayout(stripRect());
            for (const Export::TimelineDensityBin &bin : layout.bins) {
                if (bin.count == 0 || help->pos().x() < bin.bar.left()
                    || help->pos().x() > bin.bar.right())
                    continue;
                const QString format = layout.binUnit == u"year"_s    ? u"yyyy"_s
                                       : layout.binUnit == u"month"_s ? u"MMM yyyy"_s
                                                                      : u"d MMM yyyy"_s;
                const QString period
                    = layout.binUnit == u"month"_s || layout.binUnit == u"year"_s
                          ? locale().toString(bin.start, format)
                          : u"%1 – %2"_s.arg(locale().toString(bin.start, format),
                                             locale().toString(bin.end.addSecs(-1), format));
                QString text = u"<b>%1</b><br>%2"_s.arg(period.toHtmlEscaped(),
                                                        tr("%n event(s)", nullptr, bin.count));
                if (bin.disputed > 0)
                    text += u"<br><i>%1</i>"_s.arg(tr("%n disputed", nullptr, bin.disputed));
                QToolTip::showText(help->globalPos(), text, this);
                return true;
            }
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        if (const auto *chronology = qobject_cast<const ChronologyModel *>(m_model.data())) {
            const int row = chronology->rowOfEvent(*hit);
            const QModelIndex index = chronology->index(row, ChronologyModel::TitleColumn);
            QString text = u"<b>%1</b><br>%2"_s.arg(
                index.data(ChronologyModel::DisplayDateRole).toString().toHtmlEscaped(),
                index.data(Qt::DisplayRole).toString().toHtmlEscaped());
            if (index.data(ChronologyModel::DisputedRole).toBool())
                text += u"<br><i>%1</i>"_s.arg(tr("Disputed"));
            const QStringList cites = index.data(ChronologyModel::CitesRole).toStringList();
            if (!cites.isEmpty())
                text += u"<br>"_s + cites.join(u"; "_s).toHtmlEscaped();
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    if (event->type() == QEvent::FontChange)
        rebuild();
    return QWidget::event(event);
}

} // namespace Casebinder::Views
