#include "eventstore.h"

#include "documentstore.h"
#include "pincite.h"
#include "recordcites.h"
#include "rowloop.h"
#include "tagstore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

const QString SelectSources
    = u"SELECT s.id, s.event_id, s.document_id, s.page_from, s.page_to, s.post_id, s.note,"
      " d.kind, d.title, d.docket_number, d.exhibit_label, d.source_name, d.privileged,"
      " p.external_id, p.author_handle, p.author_name, "_s
      + RecordCites::PostColumns
      + u" FROM event_sources s LEFT JOIN documents d ON d.id = s.document_id"
        " LEFT JOIN posts p ON p.id = s.post_id "_s
      + RecordCites::PostSourceJoin;

const QString SelectEvents = u"SELECT id, start, \"end\", precision, circa, time_zone, title,"
                             " description, dispute, notes FROM events"_s;

std::optional<int> optionalInt(const Sql::Statement &s, int column)
{
    if (auto value = s.optionalInteger(column))
        return int(*value);
    return std::nullopt;
}

EventSource readSource(const Sql::Statement &s)
{
    EventSource source;
    source.id = s.integer(0);
    source.eventId = s.integer(1);
    source.documentId = s.optionalInteger(2);
    source.pageFrom = optionalInt(s, 3);
    source.pageTo = optionalInt(s, 4);
    source.postId = s.optionalInteger(5);
    source.note = s.text(6);
    if (source.documentId) {
        CitableDocument document{
            *source.documentId, s.text(7), s.text(8), s.text(9), s.text(10), s.text(11)};
        source.cite = PinCite::document(document, source.pageFrom, source.pageTo);
        source.title = document.title.isEmpty() ? document.sourceName : document.title;
        source.privileged = s.integer(12) != 0;
    } else if (source.postId) {
        source.cite = PinCite::postRecord(RecordCites::postFromRow(s, 16));
        source.title = PostLabel::label(RecordCites::postLabelFromRow(s, 16));
    }
    return source;
}

Result<EventRecord> readEvent(const Sql::Statement &s)
{
    auto date
        = EventDate::fromStorage(s.text(1), s.text(2), s.text(3), s.integer(4) != 0, s.text(5));
    if (!date)
        return fail(Error::Code::Corrupt,
                    u"The date of event %1 could not be read."_s.arg(s.integer(0)),
                    date.error().detail);
    EventRecord record;
    record.id = s.integer(0);
    record.date = *date;
    record.title = s.text(6);
    record.description = s.text(7);
    record.dispute = disputeStatusFromName(s.text(8)).value_or(DisputeStatus::NotAssessed);
    record.notes = s.text(9);
    return record;
}

// Reads (event id, value id) pairs into a map.
Status readPairs(Sql::Database &db,
                 const QString &sql,
                 std::optional<qint64> eventId,
                 QHash<qint64, QList<qint64>> &into)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return fail(statement.error());
    if (eventId)
        statement->bind(1, *eventId);
    return Sql::forEachRow(*statement, [&](const Sql::Statement &s) {
        QList<qint64> &values = into[s.integer(0)];
        if (!values.contains(s.integer(1)))
            values.append(s.integer(1));
    });
}

Result<QSet<qint64>> idSet(Sql::Database &db, const QString &sql, qint64 id)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, id);
    QSet<qint64> ids;
    if (auto done
        = Sql::forEachRow(*statement, [&](const Sql::Statement &s) { ids.insert(s.integer(0)); });
        !done)
        return fail(done.error());
    return ids;
}

} // namespace

QString disputeStatusName(DisputeStatus status)
{
    switch (status) {
    case DisputeStatus::NotAssessed:
        return u"unassessed"_s;
    case DisputeStatus::Undisputed:
        return u"undisputed"_s;
    case DisputeStatus::Disputed:
        return u"disputed"_s;
    }
    return {};
}

std::optional<DisputeStatus> disputeStatusFromName(QStringView name)
{
    for (DisputeStatus status :
         {DisputeStatus::NotAssessed, DisputeStatus::Undisputed, DisputeStatus::Disputed}) {
        if (name.compare(disputeStatusName(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

Status EventStore::validate(const EventRecord &record)
{
    if (!record.date.isValid())
        return fail(Error::Code::InvalidArgument, u"An event needs a date."_s);
    if (record.title.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, u"An event needs a title."_s);
    return {};
}

Status EventStore::validateSource(const EventSource &source)
{
    if (source.documentId.has_value() == source.postId.has_value())
        return fail(Error::Code::InvalidArgument,
                    u"An event source cites either a document (with pages) or a post."_s);
    if (source.postId) {
        auto found = Sql::rowExists(m_db, "SELECT 1 FROM posts WHERE id = ?", *source.postId);
        if (!found)
            return fail(found.error());
        if (!*found)
            return fail(Error::Code::NotFound,
                        u"The post %1 does not exist."_s.arg(*source.postId));
        return {};
    }
    return DocumentStore(m_db).checkCitablePages(
        *source.documentId, source.pageFrom, source.pageTo);
}

Result<qint64> EventStore::writeSource(qint64 eventId, const EventSource &source)
{
    if (auto valid = validateSource(source); !valid)
        return fail(valid.error());
    auto insert = m_db.cached("INSERT INTO event_sources (id, event_id, document_id, page_from,"
                              " page_to, post_id, note) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    Sql::Statement &s = **insert;
    if (source.id != 0)
        s.bind(1, source.id);
    else
        s.bind(1, nullptr);
    s.bind(2, eventId)
        .bind(3, source.documentId)
        .bind(4, source.pageFrom)
        .bind(5, source.pageFrom ? source.pageTo.value_or(*source.pageFrom) : std::optional<int>())
        .bind(6, source.postId)
        .bind(7, source.note);
    if (auto done = s.exec(); !done)
        return fail(done.error());
    return m_db.lastInsertRowId();
}

Result<qint64> EventStore::insert(const EventRecord &record)
{
    if (auto valid = validate(record); !valid)
        return fail(valid.error());
    auto insert = m_db.prepare(u"INSERT INTO events (id, start, \"end\", precision, circa,"
                               " time_zone, title, description, dispute, notes)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!insert)
        return fail(insert.error());
    if (record.id != 0)
        insert->bind(1, record.id);
    else
        insert->bind(1, nullptr);
    insert->bind(2, record.date.storageStart())
        .bindOrNull(3, record.date.storageEnd())
        .bind(4, record.date.storagePrecision())
        .bind(5, record.date.isCirca())
        .bind(6, record.date.storageTimeZone())
        .bind(7, record.title.trimmed())
        .bind(8, record.description)
        .bind(9, disputeStatusName(record.dispute))
        .bind(10, record.notes);
    if (auto done = insert->exec(); !done)
        return fail(done.error());
    const qint64 id = m_db.lastInsertRowId();
    for (const EventSource &source : record.sources) {
        if (auto written = writeSource(id, source); !written)
            return fail(written.error());
    }
    for (qint64 entityId : record.entityIds) {
        auto found = Sql::rowExists(m_db, "SELECT 1 FROM entities WHERE id = ?", entityId);
        if (!found)
            return fail(found.error());
        if (!*found)
            return fail(Error::Code::NotFound,
                        u"The person or organisation %1 does not exist."_s.arg(entityId));
        auto link = m_db.cached(
            "INSERT OR IGNORE INTO event_entities (event_id, entity_id) VALUES (?, ?)");
        if (!link)
            return fail(link.error());
        (*link)->bind(1, id).bind(2, entityId);
        if (auto done = (*link)->exec(); !done)
            return fail(done.error());
    }
    return id;
}

Status EventStore::update(const EventRecord &record)
{
    if (auto valid = validate(record); !valid)
        return valid;
    auto update = m_db.prepare(u"UPDATE events SET start = ?, \"end\" = ?, precision = ?,"
                               " circa = ?, time_zone = ?, title = ?, description = ?,"
                               " dispute = ?, notes = ? WHERE id = ?"_s);
    if (!update)
        return fail(update.error());
    update->bind(1, record.date.storageStart())
        .bindOrNull(2, record.date.storageEnd())
        .bind(3, record.date.storagePrecision())
        .bind(4, record.date.isCirca())
        .bind(5, record.date.storageTimeZone())
        .bind(6, record.title.trimmed())
        .bind(7, record.description)
        .bind(8, disputeStatusName(record.dispute))
        .bind(9, record.notes)
        .bind(10, record.id);
    if (auto done = update->exec(); !done)
        return done;
    if (m_db.changes() == 0)
        return fail(Error::Code::NotFound, u"The event %1 does not exist."_s.arg(record.id));
    return {};
}

Status EventStore::remove(qint64 id)
{
    return Sql::deleteRow(
        m_db, "DELETE FROM events WHERE id = ?", id, u"The event %1 does not exist."_s.arg(id));
}

Result<EventRecord> EventStore::event(qint64 id)
{
    auto statement = m_db.prepare(SelectEvents + u" WHERE id = ?"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, id);
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(Error::Code::NotFound, u"The event %1 does not exist."_s.arg(id));
    auto record = readEvent(*statement);
    if (!record)
        return record;

    auto sources = m_db.prepare(SelectSources + u" WHERE s.event_id = ? ORDER BY s.id"_s);
    if (!sources)
        return fail(sources.error());
    sources->bind(1, id);
    if (auto done = Sql::forEachRow(
            *sources, [&](const Sql::Statement &s) { record->sources.append(readSource(s)); });
        !done)
        return fail(done.error());
    QHash<qint64, QList<qint64>> entities, claims, tags;
    if (auto done = readPairs(m_db,
                              u"SELECT event_id, entity_id FROM event_entities WHERE event_id = ?"
                              " ORDER BY entity_id"_s,
                              id,
                              entities);
        !done)
        return fail(done.error());
    if (auto done = readPairs(m_db,
                              u"SELECT event_id, claim_id FROM evidence_links WHERE event_id = ?"
                              " ORDER BY claim_id"_s,
                              id,
                              claims);
        !done)
        return fail(done.error());
    if (auto done = readPairs(m_db,
                              u"SELECT target_id, tag_id FROM taggings WHERE target_kind = 'event'"
                              " AND target_id = ? ORDER BY tag_id"_s,
                              id,
                              tags);
        !done)
        return fail(done.error());
    record->entityIds = entities.value(id);
    record->claimIds = claims.value(id);
    record->tagIds = tags.value(id);
    return record;
}

Result<QList<EventRecord>> EventStore::events(const EventFilter &filter,
                                              EventDate::Placement placement)
{
    std::optional<QSet<qint64>> claimSubtree;
    if (filter.claimId) {
        auto ids = idSet(m_db,
                         u"WITH RECURSIVE below(id) AS (SELECT ? UNION SELECT claims.id FROM claims"
                         " JOIN below ON claims.parent_id = below.id) SELECT id FROM below"_s,
                         *filter.claimId);
        if (!ids)
            return fail(ids.error());
        claimSubtree = *ids;
    }
    std::optional<QSet<qint64>> tagSubtree;
    if (!filter.tag.isEmpty()) {
        TagStore tags(m_db);
        auto tag = tags.find(filter.tag);
        if (!tag)
            return fail(tag.error());
        auto below = tags.subtree(tag->id);
        if (!below)
            return fail(below.error());
        tagSubtree = QSet<qint64>(below->cbegin(), below->cend());
    }

    QString sql = SelectEvents;
    if (filter.disputed == EventFilter::Disputed::DisputedOnly)
        sql += u" WHERE dispute = 'disputed'"_s;
    else if (filter.disputed == EventFilter::Disputed::UndisputedOnly)
        sql += u" WHERE dispute = 'undisputed'"_s;
    else if (filter.disputed == EventFilter::Disputed::NotAssessedOnly)
        sql += u" WHERE dispute = 'unassessed'"_s;
    auto statement = m_db.prepare(sql);
    if (!statement)
        return fail(statement.error());
    QList<EventRecord> events;
    QHash<qint64, qsizetype> indexById;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        auto record = readEvent(*statement);
        if (!record)
            return fail(record.error());
        if (!record->date.overlaps(filter.from, filter.to))
            continue;
        indexById.insert(record->id, events.size());
        events.append(std::move(*record));
    }

    QHash<qint64, QList<qint64>> entities, claims, tags;
    if (auto done
        = readPairs(m_db,
                    u"SELECT event_id, entity_id FROM event_entities ORDER BY entity_id"_s,
                    std::nullopt,
                    entities);
        !done)
        return fail(done.error());
    if (auto done = readPairs(m_db,
                              u"SELECT event_id, claim_id FROM evidence_links"
                              " WHERE event_id IS NOT NULL ORDER BY claim_id"_s,
                              std::nullopt,
                              claims);
        !done)
        return fail(done.error());
    if (auto done = readPairs(m_db,
                              u"SELECT target_id, tag_id FROM taggings WHERE target_kind = 'event'"
                              " ORDER BY tag_id"_s,
                              std::nullopt,
                              tags);
        !done)
        return fail(done.error());

    auto sources = m_db.prepare(SelectSources + u" ORDER BY s.id"_s);
    if (!sources)
        return fail(sources.error());
    if (auto done = Sql::forEachRow(*sources,
                                    [&](const Sql::Statement &s) {
                                        const auto at = indexById.constFind(s.integer(1));
                                        if (at == indexById.cend())
                                            return;
                                        EventRecord &event = events[*at];
                                        EventSource source = readSource(s);
                                        if (source.privileged && !filter.includePrivileged)
                                            ++event.withheldSources;
                                        else
                                            event.sources.append(std::move(source));
                                    });
        !done)
        return fail(done.error());

    QList<EventRecord> kept;
    kept.reserve(events.size());
    for (EventRecord &event : events) {
        event.entityIds = entities.value(event.id);
        event.claimIds = claims.value(event.id);
        event.tagIds = tags.value(event.id);
        if (claimSubtree
            && std::none_of(event.claimIds.cbegin(), event.claimIds.cend(), [&](qint64 claim) {
                   return claimSubtree->contains(claim);
               }))
            continue;
        if (tagSubtree && std::none_of(event.tagIds.cbegin(), event.tagIds.cend(), [&](qint64 tag) {
                return tagSubtree->contains(tag);
            }))
            continue;
        kept.append(std::move(event));
    }
    std::sort(kept.begin(), kept.end(), [placement](const EventRecord &a, const EventRecord &b) {
        const auto order = EventDate::compare(a.date, b.date, placement);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    return kept;
}

Result<qint64> EventStore::count()
{
    auto statement = m_db.prepare(u"SELECT count(*) FROM events"_s);
    if (!statement)
        return fail(statement.error());
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    return statement->integer(0);
}

Result<qint64> EventStore::addSource(qint64 eventId, const EventSource &source)
{
    auto found = Sql::rowExists(m_db, "SELECT 1 FROM events WHERE id = ?", eventId);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(Error::Code::NotFound, u"The event %1 does not exist."_s.arg(eventId));
    return writeSource(eventId, source);
}

Result<EventSource> EventStore::source(qint64 sourceId)
{
    auto statement = m_db.prepare(SelectSources + u" WHERE s.id = ?"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, sourceId);
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(Error::Code::NotFound, u"The event source %1 does not exist."_s.arg(sourceId));
    return readSource(*statement);
}

Status EventStore::removeSource(qint64 sourceId)
{
    return Sql::deleteRow(m_db,
                          "DELETE FROM event_sources WHERE id = ?",
                          sourceId,
                          u"The event source %1 does not exist."_s.arg(sourceId));
}

} // namespace Casebinder
