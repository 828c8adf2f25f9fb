#include "eventcommands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

QString commandText(const char *source)
{
    return QCoreApplication::translate("Casebinder::CaseCommand", source);
}

// Every row that belongs to an event, parents first, so that undoing a delete restores it
// exactly. Evidence links (written by the claims area) and taggings cite the event too.
Result<QList<SavedRows>> saveEvent(Sql::Database &db, qint64 eventId)
{
    const QList<std::pair<QString, QString>> parts = {
        {u"events"_s, u"id = ?"_s},
        {u"event_sources"_s, u"event_id = ? ORDER BY id"_s},
        {u"event_entities"_s, u"event_id = ?"_s},
        {u"taggings"_s, u"target_kind = 'event' AND target_id = ?"_s},
        {u"evidence_links"_s, u"event_id = ? ORDER BY id"_s},
    };
    QList<SavedRows> rows;
    for (const auto &[table, where] : parts) {
        auto saved = saveRows(db, table, where, {eventId});
        if (!saved)
            return fail(saved.error());
        rows.append(std::move(*saved));
    }
    return rows;
}

Status restoreAll(Sql::Database &db, const QList<SavedRows> &rows)
{
    for (const SavedRows &saved : rows) {
        if (auto done = restoreRows(db, saved); !done)
            return done;
    }
    return {};
}

} // namespace

AddEventCommand::AddEventCommand(CaseDocument &document, EventRecord record)
    : CaseCommand(document, commandText("Add event"), CaseTable::Events)
    , m_record(std::move(record))
{
    setText(commandText("Add event “%1”").arg(m_record.title));
}

Status AddEventCommand::apply(Sql::Database &db)
{
    if (!m_rows.isEmpty())
        return restoreAll(db, m_rows);
    auto id = EventStore(db).insert(m_record);
    if (!id)
        return fail(id.error());
    m_eventId = *id;
    auto saved = saveEvent(db, m_eventId);
    if (!saved)
        return fail(saved.error());
    m_rows = std::move(*saved);
    return {};
}

Status AddEventCommand::revert(Sql::Database &db)
{
    return EventStore(db).remove(m_eventId);
}

EditEventCommand::EditEventCommand(CaseDocument &document, EventRecord record)
    : CaseCommand(document, commandText("Edit event"), CaseTable::Events)
    , m_new(std::move(record))
{
    setText(commandText("Edit event “%1”").arg(m_new.title));
}

Status EditEventCommand::apply(Sql::Database &db)
{
    EventStore store(db);
    if (!m_old) {
        auto old = store.event(m_new.id);
        if (!old)
            return fail(old.error());
        m_old = std::move(*old);
    }
    return store.update(m_new);
}

Status EditEventCommand::revert(Sql::Database &db)
{
    return EventStore(db).update(*m_old);
}

DeleteEventCommand::DeleteEventCommand(CaseDocument &document, qint64 eventId)
    : CaseCommand(document, commandText("Delete event"), CaseTable::Events)
    , m_eventId(eventId)
{}

Status DeleteEventCommand::apply(Sql::Database &db)
{
    auto saved = saveEvent(db, m_eventId);
    if (!saved)
        return fail(saved.error());
    if (saved->constFirst().rows.isEmpty())
        return fail(Error::Code::NotFound,
                    commandText("The event %1 does not exist.").arg(m_eventId));
    m_rows = std::move(*saved);
    return EventStore(db).remove(m_eventId);
}

Status DeleteEventCommand::revert(Sql::Database &db)
{
    return restoreAll(db, m_rows);
}

AddEventSourceCommand::AddEventSourceCommand(CaseDocument &document,
                                             qint64 eventId,
                                             EventSource source)
    : CaseCommand(document, commandText("Add event source"), CaseTable::Events)
    , m_eventId(eventId)
    , m_source(std::move(source))
{}

Status AddEventSourceCommand::apply(Sql::Database &db)
{
    auto id = EventStore(db).addSource(m_eventId, m_source);
    if (!id)
        return fail(id.error());
    m_source.id = *id;
    return {};
}

Status AddEventSourceCommand::revert(Sql::Database &db)
{
    return EventStore(db).removeSource(m_source.id);
}

RemoveEventSourceCommand::RemoveEventSourceCommand(CaseDocument &document, qint64 sourceId)
    : CaseCommand(document, commandText("Remove event source"), CaseTable::Events)
    , m_sourceId(sourceId)
{}

Status RemoveEventSourceCommand::apply(Sql::Database &db)
{
    auto saved = saveRows(db, u"event_sources"_s, u"id = ?"_s, {m_sourceId});
    if (!saved)
        return fail(saved.error());
    m_row = std::move(*saved);
    return EventStore(db).removeSource(m_sourceId);
}

Status RemoveEventSourceCommand::revert(Sql::Database &db)
{
    return restoreRows(db, m_row);
}

} // namespace Casebinder
