#include "chronologyview.h"

#include "casedocument.h"
#include "models/chronologymodel.h"
#include "shell/elidedtooltipdelegate.h"
#include "timelinewidget.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDrag>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QSplitter>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Casebinder::Views {

EventsTable::EventsTable(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Row numbers: the timeline strip shows them as the keys of events it cannot label.
    verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void EventsTable::startDrag(Qt::DropActions)
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    const qint64 eventId = current.data(ChronologyModel::IdRole).toLongLong();
    if (eventId <= 0)
        return;
    auto *mime = new QMimeData;
    mime->setText(current.siblingAtColumn(ChronologyModel::TitleColumn).data().toString());
    writeEvidence(*mime, EvidenceRef::event(eventId));
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->exec(Qt::CopyAction | Qt::LinkAction, Qt::LinkAction);
}

ChronologyView::ChronologyView(CaseDocument &caseDocument, QWidget *parent)
    : QWidget(parent)
    , m_model(new ChronologyModel(caseDocument, this))
    , m_timeline(new TimelineWidget(this))
    , m_table(new EventsTable(this))
    , m_colourBox(new QComboBox(this))
{
    m_timeline->setModel(m_model);
    m_timeline->setAccessibleName(tr("Timeline of events"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Events"));
    // The event's title takes what the other columns leave; elided cells show their whole
    // text as a tooltip. At 1280 px the table fits without scrolling sideways.
    const QFontMetrics metrics = fontMetrics();
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(metrics.averageCharWidth() * 6);
    header->resizeSection(
        ChronologyModel::DateColumn,
        metrics.horizontalAdvance(EventDate::day(QDate(2021, 9, 30)).display() + u" 23:59 PST"_s)
            + 16);
    header->setSectionResizeMode(ChronologyModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(ChronologyModel::SourcesColumn, metrics.averageCharWidth() * 17);
    header->resizeSection(ChronologyModel::ClaimsColumn, metrics.averageCharWidth() * 16);
    header->resizeSection(ChronologyModel::DisputedColumn,
                          metrics.horizontalAdvance(tr("Disputed")) + 18);
    header->resizeSection(ChronologyModel::TagsColumn, metrics.averageCharWidth() * 11);
    m_table->setItemDelegate(new ElidedToolTipDelegate(m_table));

    auto *toolBar = new QToolBar(this);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addAction(
        QIcon::fromTheme(u"zoom-in"_s), tr("Zoom In"), m_timeline, &TimelineWidget::zoomIn);
    toolBar->addAction(
        QIcon::fromTheme(u"zoom-out"_s), tr("Zoom Out"), m_timeline, &TimelineWidget::zoomOut);
    toolBar
        ->addAction(QIcon::fromTheme(u"zoom-fit-best"_s),
                    tr("Show All"),
                    m_timeline,
                    &TimelineWidget::fitAll)
        ->setToolTip(tr("Fit every event on the strip (0)"));
    toolBar->addAction(tr("Busiest Period"), m_timeline, &TimelineWidget::fitBusiest)
        ->setToolTip(tr("Show the shortest period holding two thirds of the events"));
    toolBar->addSeparator();
    auto *colourLabel = new QLabel(tr("Colour by "), this);
    colourLabel->setContentsMargins(6, 0, 0, 0);
    toolBar->addWidget(colourLabel);
    m_colourBox->addItem(tr("Tag"), int(TimelineWidget::ColourBy::Tag));
    m_colourBox->addItem(tr("Claim"), int(TimelineWidget::ColourBy::Claim));
    m_colourBox->addItem(tr("Nothing"), int(TimelineWidget::ColourBy::None));
    toolBar->addWidget(m_colourBox);
    connect(m_colourBox, &QComboBox::activated, this, [this] {
        m_timeline->setColourBy(TimelineWidget::ColourBy(m_colourBox->currentData().toInt()));
    });
    auto *hint
        = new QLabel(tr("Wheel to zoom, drag to pan, double-click to open the source"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setContentsMargins(12, 0, 6, 0);
    toolBar->addWidget(hint);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_timeline);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({m_timeline->sizeHint().height(), 400});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);

    connect(
        m_timeline, &TimelineWidget::eventClicked, this, [this](qint64 id) { selectEvent(id); });
    connect(m_timeline, &TimelineWidget::eventActivated, this, &ChronologyView::openFirstSource);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) {
                if (m_syncing)
                    return;
                const qint64 id = current.isValid() ? m_model->eventId(current.row()) : 0;
                m_timeline->setSelectedEvent(id);
                emit eventSelected(id);
            });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        openFirstSource(m_model->eventId(index.row()));
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ChronologyView::showContextMenu);
}

qint64 ChronologyView::selectedEvent() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->eventId(current.row()) : 0;
}

void ChronologyView::selectEvent(qint64 eventId)
{
    const int row = m_model->rowOfEvent(eventId);
    m_timeline->setSelectedEvent(row >= 0 ? eventId : 0);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, ChronologyModel::TitleColumn);
    m_syncing = true;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_syncing = false;
    m_table->scrollTo(index);
    emit eventSelected(eventId);
}

QList<EvidenceRef> ChronologyView::sourcesOf(qint64 eventId) const
{
    QList<EvidenceRef> sources;
    const int row = m_model->rowOfEvent(eventId);
    if (row < 0)
        return sources;
    const QVariantList list = m_model->index(row, 0).data(ChronologyModel::SourcesRole).toList();
    for (const QVariant &entry : list) {
        const QVariantMap map = entry.toMap();
        if (map.contains(u"documentId"_s)) {
            const int from = map.value(u"pageFrom"_s).toInt();
            sources.append(EvidenceRef::document(map.value(u"documentId"_s).toLongLong(),
                                                 from,
                                                 map.value(u"pageTo"_s, from).toInt()));
        } else if (map.contains(u"postId"_s)) {
            sources.append(EvidenceRef::post(map.value(u"postId"_s).toLongLong()));
        }
    }
    return sources;
}

void ChronologyView::openFirstSource(qint64 eventId)
{
    selectEvent(eventId);
    const QList<EvidenceRef> sources = sourcesOf(eventId);
    if (!sources.isEmpty())
        emit openSourceRequested(sources.first());
}

void ChronologyView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    const qint64 eventId = m_model->eventId(index.row());
    const int row = index.row();
    QMenu menu(this);
    const QList<EvidenceRef> sources = sourcesOf(eventId);
    const QStringList cites
        = m_model->index(row, 0).data(ChronologyModel::CitesRole).toStringList();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString label
            = cites.value(i).isEmpty() ? tr("Source %1").arg(i + 1) : cites.value(i);
        menu.addAction(tr("Open %1").arg(label), this, [this, source = sources[i]] {
            emit openSourceRequested(source);
        });
    }
    if (!sources.isEmpty())
        menu.addSeparator();
    menu.addAction(tr("&Link Event to Claim…"), this, [this, eventId] {
        emit linkEventRequested(EvidenceRef::event(eventId));
    });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace Casebinder::Views
