#include "entitystore.h"

#include "rowloop.h"

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

const QString SelectEntity = u"SELECT entities.id, entities.kind, entities.name, entities.role,"
                             " entities.description, entities.notes FROM entities"_s;

EntityRecord readEntity(const Sql::Statement &s)
{
    return EntityRecord{s.integer(0),
                        entityKindFromName(s.text(1)).value_or(EntityKind::Organisation),
                        s.text(2),
                        entityRoleFromName(s.text(3)).value_or(EntityRole::ThirdParty),
                        s.text(4),
                        s.text(5)};
}

Result<QList<EntityRecord>> readEntities(Sql::Database &db,
                                         const QString &sql,
                                         std::optional<qint64> id)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return fail(statement.error());
    if (id)
        statement->bind(1, *id);
    QList<EntityRecord> found;
    if (auto done = Sql::forEachRow(*statement,
                                    [&](const Sql::Statement &s) { found.append(readEntity(s)); });
        !done)
        return fail(done.error());
    return found;
}

Result<QList<qint64>> readIds(Sql::Database &db, const QString &sql, qint64 id)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, id);
    QList<qint64> ids;
    if (auto done
        = Sql::forEachRow(*statement, [&](const Sql::Statement &s) { ids.append(s.integer(0)); });
        !done)
        return fail(done.error());
    return ids;
}

} // namespace

QString entityKindName(EntityKind kind)
{
    return kind == EntityKind::Person ? u"person"_s : u"organisation"_s;
}

std::optional<EntityKind> entityKindFromName(QStringView name)
{
    if (name.compare(u"person", Qt::CaseInsensitive) == 0)
        return EntityKind::Person;
    if (name.compare(u"organisation", Qt::CaseInsensitive) == 0
        || name.compare(u"organization", Qt::CaseInsensitive) == 0)
        return EntityKind::Organisation;
    return std::nullopt;
}

QString entityRoleName(EntityRole role)
{
    switch (role) {
    case EntityRole::Party:
        return u"party"_s;
    case EntityRole::Counsel:
        return u"counsel"_s;
    case EntityRole::Judge:
        return u"judge"_s;
    case EntityRole::Witness:
        return u"witness"_s;
    case EntityRole::ThirdParty:
        return u"third_party"_s;
    }
    return {};
}

std::optional<EntityRole> entityRoleFromName(QStringView name)
{
    QString normalised = name.trimmed().toString().toLower();
    normalised.replace(u'-', u'_').replace(u' ', u'_');
    for (EntityRole role : {EntityRole::Party,
                            EntityRole::Counsel,
                            EntityRole::Judge,
                            EntityRole::Witness,
                            EntityRole::ThirdParty}) {
        if (normalised == entityRoleName(role))
            return role;
    }
    return std::nullopt;
}

QString entityRoleLabel(EntityRole role)
{
    switch (role) {
    case EntityRole::Party:
        return u"Party"_s;
    case EntityRole::Counsel:
        return u"Counsel"_s;
    case EntityRole::Judge:
        return u"Judge"_s;
    case EntityRole::Witness:
        return u"Witness"_s;
    case EntityRole::ThirdParty:
        return u"Third party"_s;
    }
    return {};
}

Status EntityStore::validate(const EntityRecord &record)
{
    if (record.name.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, u"A person or organisation needs a name."_s);
    return {};
}

Result<qint64> EntityStore::insert(const EntityRecord &record)
{
    if (auto valid = validate(record); !valid)
        return fail(valid.error());
    auto insert = m_db.prepare(u"INSERT INTO entities (id, kind, name, role, description, notes)"
                               " VALUES (?, ?, ?, ?, ?, ?)"_s);
    if (!insert)
        return fail(insert.error());
    if (record.id != 0)
        insert->bind(1, record.id);
    else
        insert->bind(1, nullptr);
    insert->bind(2, entityKindName(record.kind))
        .bind(3, record.name.trimmed())
        .bind(4, entityRoleName(record.role))
        .bind(5, record.description)
        .bind(6, record.notes);
    if (auto done = insert->exec(); !done)
        return fail(done.error());
    return m_db.lastInsertRowId();
}

Status EntityStore::update(const EntityRecord &record)
{
    if (auto valid = validate(record); !valid)
        return valid;
    auto update = m_db.prepare(u"UPDATE entities SET kind = ?, name = ?, role = ?, description = ?,"
                               " notes = ? WHERE id = ?"_s);
    if (!update)
        return fail(update.error());
    update->bind(1, entityKindName(record.kind))
        .bind(2, record.name.trimmed())
        .bind(3, entityRoleName(record.role))
        .bind(4, record.description)
        .bind(5, record.notes)
        .bind(6, record.id);
    if (auto done = update->exec(); !done)
        return done;
    if (m_db.changes() == 0)
        return fail(Error::Code::NotFound,
                    u"The person or organisation %1 does not exist."_s.arg(record.id));
    return {};
}

Status EntityStore::remove(qint64 id)
{
    return Sql::deleteRow(m_db,
                          "DELETE FROM entities WHERE id = ?",
                          id,
                          u"The person or organisation %1 does not exist."_s.arg(id));
}

Result<EntityRecord> EntityStore::entity(qint64 id)
{
    auto found = readEntities(m_db, SelectEntity + u" WHERE entities.id = ?"_s, id);
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(Error::Code::NotFound,
                    u"The person or organisation %1 does not exist."_s.arg(id));
    return found->constFirst();
}

Result<QList<EntityRecord>> EntityStore::entities()
{
    return readEntities(m_db, SelectEntity + u" ORDER BY name COLLATE NOCASE, id"_s, std::nullopt);
}

Result<bool> EntityStore::changeLink(const char *sql, qint64 a, qint64 b)
{
    auto statement = m_db.cached(sql);
    if (!statement)
        return fail(statement.error());
    (*statement)->bind(1, a).bind(2, b);
    if (auto done = (*statement)->exec(); !done)
        return fail(done.error());
    return m_db.changes() > 0;
}

Result<bool> EntityStore::linkEvent(qint64 entityId, qint64 eventId)
{
    auto entity = Sql::rowExists(m_db, "SELECT 1 FROM entities WHERE id = ?", entityId);
    auto event = Sql::rowExists(m_db, "SELECT 1 FROM events WHERE id = ?", eventId);
    if (!entity || !event)
        return fail(!entity ? entity.error() : event.error());
    if (!*entity)
        return fail(Error::Code::NotFound,
                    u"The person or organisation %1 does not exist."_s.arg(entityId));
    if (!*event)
        return fail(Error::Code::NotFound, u"The event %1 does not exist."_s.arg(eventId));
    return changeLink("INSERT OR IGNORE INTO event_entities (entity_id, event_id) VALUES (?, ?)",
                      entityId,
                      eventId);
}

Result<bool> EntityStore::unlinkEvent(qint64 entityId, qint64 eventId)
{
    return changeLink(
        "DELETE FROM event_entities WHERE entity_id = ? AND event_id = ?", entityId, eventId);
}

Result<bool> EntityStore::linkDocument(qint64 entityId, qint64 documentId)
{
    auto entity = Sql::rowExists(m_db, "SELECT 1 FROM entities WHERE id = ?", entityId);
    auto document = Sql::rowExists(m_db, "SELECT 1 FROM documents WHERE id = ?", documentId);
    if (!entity || !document)
        return fail(!entity ? entity.error() : document.error());
    if (!*entity)
        return fail(Error::Code::NotFound,
                    u"The person or organisation %1 does not exist."_s.arg(entityId));
    if (!*document)
        return fail(Error::Code::NotFound, u"The document %1 does not exist."_s.arg(documentId));
    return changeLink(
        "INSERT OR IGNORE INTO document_entities (entity_id, document_id) VALUES (?, ?)",
        entityId,
        documentId);
}

Result<bool> EntityStore::unlinkDocument(qint64 entityId, qint64 documentId)
{
    return changeLink("DELETE FROM document_entities WHERE entity_id = ? AND document_id = ?",
                      entityId,
                      documentId);
}

Result<QList<qint64>> EntityStore::eventsOf(qint64 entityId)
{
    return readIds(m_db,
                   u"SELECT event_id FROM event_entities WHERE entity_id = ? ORDER BY event_id"_s,
                   entityId);
}

Result<QList<qint64>> EntityStore::documentsOf(qint64 entityId)
{
    return readIds(
        m_db,
        u"SELECT document_id FROM document_entities WHERE entity_id = ? ORDER BY document_id"_s,
        entityId);
}

Result<QList<EntityRecord>> EntityStore::entitiesOfEvent(qint64 eventId)
{
    return readEntities(m_db,
                        SelectEntity
                            + u" JOIN event_entities ON event_entities.entity_id = entities.id"
                              " WHERE event_entities.event_id = ? ORDER BY name COLLATE NOCASE"_s,
                        eventId);
}

Result<QList<EntityRecord>> EntityStore::entitiesOfDocument(qint64 documentId)
{
    return readEntities(
        m_db,
        SelectEntity
            + u" JOIN document_entities ON document_entities.entity_id = entities.id"
              " WHERE document_entities.document_id = ? ORDER BY name COLLATE NOCASE"_s,
        documentId);
}

Result<QHash<qint64, EntityUsage>> EntityStore::usage()
{
    auto counts = m_db.prepare(
        u"SELECT entity_id, count(*), 0 FROM event_entities GROUP BY entity_id"
        " UNION ALL SELECT entity_id, 0, count(*) FROM document_entities GROUP BY entity_id"_s);
    if (!counts)
        return fail(counts.error());
    QHash<qint64, EntityUsage> usage;
    auto done = Sql::forEachRow(*counts, [&](const Sql::Statement &s) {
        EntityUsage &entity = usage[s.integer(0)];
        entity.events += int(s.integer(1));
        entity.documents += int(s.integer(2));
    });
    if (!done)
        return fail(done.error());
    return usage;
}

} // namespace Casebinder
