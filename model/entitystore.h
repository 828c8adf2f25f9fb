#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Casebinder {

namespace Sql {
class Database;
}

enum class EntityKind { Person, Organisation };
enum class EntityRole { Party, Counsel, Judge, Witness, ThirdParty };

QString entityKindName(EntityKind kind);
std::optional<EntityKind> entityKindFromName(QStringView name);
QString entityRoleName(EntityRole role); // party, counsel, judge, witness, third_party
std::optional<EntityRole> entityRoleFromName(QStringView name); // also "third-party"
QString entityRoleLabel(EntityRole role);                       // "Third party"

// How often an entity is linked: the entities list shows these beside each name.
struct EntityUsage
{
    int events = 0;
    int documents = 0;
    friend bool operator==(const EntityUsage &, const EntityUsage &) = default;
};

struct EntityRecord
{
    qint64 id = 0;
    EntityKind kind = EntityKind::Organisation;
    QString name;
    EntityRole role = EntityRole::ThirdParty;
    QString description;
    QString notes;
};

// People and organisations in the case, and the events and documents they appear in.
class EntityStore
{
public:
    explicit EntityStore(Sql::Database &db)
        : m_db(db)
    {}

    // `record.id` is used when non-zero (redo keeps ids stable).
    Result<qint64> insert(const EntityRecord &record);
    Status update(const EntityRecord &record);
    Status remove(qint64 id);

    Result<EntityRecord> entity(qint64 id);
    // By name, case-insensitively.
    Result<QList<EntityRecord>> entities();

    // Linking is idempotent; each returns whether the link changed.
    Result<bool> linkEvent(qint64 entityId, qint64 eventId);
    Result<bool> unlinkEvent(qint64 entityId, qint64 eventId);
    Result<bool> linkDocument(qint64 entityId, qint64 documentId);
    Result<bool> unlinkDocument(qint64 entityId, qint64 documentId);

    Result<QList<qint64>> eventsOf(qint64 entityId);
    Result<QList<qint64>> documentsOf(qint64 entityId);
    Result<QList<EntityRecord>> entitiesOfEvent(qint64 eventId);
    Result<QList<EntityRecord>> entitiesOfDocument(qint64 documentId);
    // The link counts of every linked entity, by entity id; an unlinked entity is absent.
    Result<QHash<qint64, EntityUsage>> usage();

private:
    Status validate(const EntityRecord &record);
    Result<bool> changeLink(const char *sql, qint64 a, qint64 b);
    Sql::Database &m_db;
};

} // namespace Casebinder
