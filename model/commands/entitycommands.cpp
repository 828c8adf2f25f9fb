#include "entitycommands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

QString commandText(const char *source)
{
    return QCoreApplication::translate("Casebinder::CaseCommand", source);
}

} // namespace

AddEntityCommand::AddEntityCommand(CaseDocument &document, EntityRecord record)
    : CaseCommand(document, commandText("Add person or organisation"), CaseTable::Entities)
    , m_record(std::move(record))
{
    setText(commandText("Add “%1”").arg(m_record.name));
}

Status AddEntityCommand::apply(Sql::Database &db)
{
    auto id = EntityStore(db).insert(m_record);
    if (!id)
        return fail(id.error());
    m_record.id = *id;
    return {};
}

Status AddEntityCommand::revert(Sql::Database &db)
{
    return EntityStore(db).remove(m_record.id);
}

EditEntityCommand::EditEntityCommand(CaseDocument &document, EntityRecord record)
    : CaseCommand(document, commandText("Edit person or organisation"), CaseTable::Entities)
    , m_new(std::move(record))
{
    setText(commandText("Edit “%1”").arg(m_new.name));
}

Status EditEntityCommand::apply(Sql::Database &db)
{
    EntityStore store(db);
    if (!m_old) {
        auto old = store.entity(m_new.id);
        if (!old)
            return fail(old.error());
        m_old = std::move(*old);
    }
    return store.update(m_new);
}

Status EditEntityCommand::revert(Sql::Database &db)
{
    return EntityStore(db).update(*m_old);
}

DeleteEntityCommand::DeleteEntityCommand(CaseDocument &document, qint64 entityId)
    : CaseCommand(document, commandText("Delete person or organisation"), CaseTable::Entities)
    , m_entityId(entityId)
{}

Status DeleteEntityCommand::apply(Sql::Database &db)
{
    QList<SavedRows> rows;
    for (const auto &[table, where] : {std::pair{u"entities"_s, u"id = ?"_s},
                                       std::pair{u"event_entities"_s, u"entity_id = ?"_s},
                                       std::pair{u"document_entities"_s, u"entity_id = ?"_s}}) {
        auto saved = saveRows(db, table, where, {m_entityId});
        if (!saved)
            return fail(saved.error());
        rows.append(std::move(*saved));
    }
    if (auto removed = EntityStore(db).remove(m_entityId); !removed)
        return removed;
    m_rows = std::move(rows);
    return {};
}

Status DeleteEntityCommand::revert(Sql::Database &db)
{
    for (const SavedRows &saved : std::as_const(m_rows)) {
        if (auto done = restoreRows(db, saved); !done)
            return done;
    }
    return {};
}

LinkEntityCommand::LinkEntityCommand(
    CaseDocument &document, qint64 entityId, Target target, qint64 targetId, Action action)
    : CaseCommand(document,
                  action == Action::Link ? commandText("Link person or organisation")
                                         : commandText("Unlink person or organisation"),
                  CaseTable::Entities)
    , m_entityId(entityId)
    , m_target(target)
    , m_targetId(targetId)
    , m_action(action)
{}

Result<bool> LinkEntityCommand::change(Sql::Database &db, bool link)
{
    EntityStore store(db);
    if (m_target == Target::Event)
        return link ? store.linkEvent(m_entityId, m_targetId)
                    : store.unlinkEvent(m_entityId, m_targetId);
    return link ? store.linkDocument(m_entityId, m_targetId)
                : store.unlinkDocument(m_entityId, m_targetId);
}

Status LinkEntityCommand::apply(Sql::Database &db)
{
    auto changed = change(db, m_action == Action::Link);
    if (!changed)
        return fail(changed.error());
    m_changed = *changed;
    return {};
}

Status LinkEntityCommand::revert(Sql::Database &db)
{
    if (!m_changed)
        return {};
    auto changed = change(db, m_action != Action::Link);
    if (!changed)
        return fail(changed.error());
    return {};
}

} // namespace Casebinder
