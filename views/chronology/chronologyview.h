#pragma once

#include "evidencemime.h"

#include <QTableView>
#include <QWidget>

class QComboBox;
class QSplitter;

namespace Casebinder {
class CaseDocument;
class ChronologyModel;
} // namespace Casebinder

namespace Casebinder::Views {

class TimelineWidget;

// The events table; dragging a row carries the event as evidence.
class EventsTable final : public QTableView
{
    Q_OBJECT

public:
    explicit EventsTable(QWidget *parent = nullptr);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
};

// The chronology: the visual timeline above the table of events, selection kept in step.
// Double-clicking an event (or Enter) asks for its first source to be opened.
class ChronologyView final : public QWidget
{
    Q_OBJECT

public:
    explicit ChronologyView(Casebinder::CaseDocument &caseDocument, QWidget *parent = nullptr);

    Casebinder::ChronologyModel *model() const { return m_model; }
    TimelineWidget *timeline() const { return m_timeline; }
    EventsTable *table() const { return m_table; }

    qint64 selectedEvent() const;
    void selectEvent(qint64 eventId);

signals:
    void eventSelected(qint64 eventId);
    // Open this source (a document page range or a post) of an event.
    void openSourceRequested(const Casebinder::Views::EvidenceRef &source);
    // Context menu: link the event to a claim; the shell asks which.
    void linkEventRequested(const Casebinder::Views::EvidenceRef &evidence);

private:
    void openFirstSource(qint64 eventId);
    void showContextMenu(const QPoint &pos);
    QList<EvidenceRef> sourcesOf(qint64 eventId) const;

    Casebinder::ChronologyModel *m_model;
    TimelineWidget *m_timeline;
    EventsTable *m_table;
    QComboBox *m_colourBox;
    bool m_syncing = false;
};

} // namespace Casebinder::Views
