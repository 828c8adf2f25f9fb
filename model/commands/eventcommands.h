#pragma once

#include "casedocument.h"
#include "eventstore.h"
#include "rowsnapshot.h"

#include <QList>

namespace Casebinder {

// Adds an event with its sources and entity links. Redo recreates the same rows (same ids).
class AddEventCommand final : public CaseCommand
{
public:
    AddEventCommand(CaseDocument &document, EventRecord record);
    qint64 eventId() const { return m_eventId; } // set once pushed

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    EventRecord m_record;
    qint64 m_eventId = 0;
    QList<SavedRows> m_rows;
};

// Changes an event's date, title, description, disputed flag and notes (not its sources).
class EditEventCommand final : public CaseCommand
{
public:
    EditEventCommand(CaseDocument &document, EventRecord record);

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    EventRecord m_new;
    std::optional<EventRecord> m_old;
};

// Deletes an event; undo restores it with its sources, entities, tags and evidence links.
class DeleteEventCommand final : public CaseCommand
{
public:
    DeleteEventCommand(CaseDocument &document, qint64 eventId);

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    qint64 m_eventId;
    QList<SavedRows> m_rows;
};

class AddEventSourceCommand final : public CaseCommand
{
public:
    AddEventSourceCommand(CaseDocument &document, qint64 eventId, EventSource source);
    qint64 sourceId() const { return m_source.id; } // set once pushed

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    qint64 m_eventId;
    EventSource m_source;
};

class RemoveEventSourceCommand final : public CaseCommand
{
public:
    RemoveEventSourceCommand(CaseDocument &document, qint64 sourceId);

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    qint64 m_sourceId;
    SavedRows m_row;
};

} // namespace Casebinder
