#include "claimcommands.h"

using namespace Qt::StringLiterals;

namespace Casebinder {

AddClaimNodeCommand::AddClaimNodeCommand(CaseDocument &document, ClaimNode node)
    : CaseCommand(
        document, QObject::tr("Add %1 “%2”").arg(node.kind, node.title), CaseTable::Claims)
    , m_node(std::move(node))
{}

Status AddClaimNodeCommand::apply(Sql::Database &db)
{
    ClaimStore store(db);
    auto id = store.insert(m_node);
    if (!id)
        return fail(id.error());
    if (m_node.id == 0) {
        // Redo re-inserts with the same id and the position it really got.
        auto stored = store.node(*id);
        if (!stored)
            return fail(stored.error());
        m_node = *stored;
    }
    return {};
}

Status AddClaimNodeCommand::revert(Sql::Database &db)
{
    return ClaimStore(db).remove(m_node.id);
}

EditClaimNodeCommand::EditClaimNodeCommand(CaseDocument &document, ClaimNode changed)
    : CaseCommand(document, QObject::tr("Edit “%1”").arg(changed.title), CaseTable::Claims)
    , m_new(std::move(changed))
{}

Status EditClaimNodeCommand::apply(Sql::Database &db)
{
    ClaimStore store(db);
    if (!m_old) {
        auto old = store.node(m_new.id);
        if (!old)
            return fail(old.error());
        m_old = *old;
    }
    return store.update(m_new);
}

Status EditClaimNodeCommand::revert(Sql::Database &db)
{
    return ClaimStore(db).update(*m_old);
}

MoveClaimNodeCommand::MoveClaimNodeCommand(CaseDocument &document,
                                           qint64 id,
                                           std::optional<qint64> parentId,
                                           int position)
    : CaseCommand(document, QObject::tr("Move claim node"), CaseTable::Claims)
    , m_id(id)
    , m_parentId(parentId)
    , m_position(position)
{}

Status MoveClaimNodeCommand::apply(Sql::Database &db)
{
    ClaimStore store(db);
    auto current = store.node(m_id);
    if (!current)
        return fail(current.error());
    m_oldParentId = current->parentId;
    m_oldPosition = current->position;
    return store.move(m_id, m_parentId, m_position);
}

Status MoveClaimNodeCommand::revert(Sql::Database &db)
{
    return ClaimStore(db).move(m_id, m_oldParentId, m_oldPosition);
}

DeleteClaimNodeCommand::DeleteClaimNodeCommand(CaseDocument &document, qint64 id)
    : CaseCommand(document, QObject::tr("Delete claim node"), CaseTable::Claims)
    , m_id(id)
{}

Status DeleteClaimNodeCommand::apply(Sql::Database &db)
{
    ClaimStore store(db);
    auto snapshot = store.snapshot(m_id);
    if (!snapshot)
        return fail(snapshot.error());
    m_deleted = *snapshot;
    setText(QObject::tr("Delete “%1”").arg(m_deleted.nodes.constFirst().title));
    return store.remove(m_id);
}

Status DeleteClaimNodeCommand::revert(Sql::Database &db)
{
    return ClaimStore(db).restore(m_deleted);
}

ApplyClaimTemplateCommand::ApplyClaimTemplateCommand(CaseDocument &document,
                                                     ClaimTemplate claimTemplate,
                                                     std::optional<qint64> parentId)
    : CaseCommand(document,
                  QObject::tr("Add claim from template “%1”").arg(claimTemplate.name),
                  CaseTable::Claims)
    , m_template(std::move(claimTemplate))
    , m_parentId(parentId)
{}

Status ApplyClaimTemplateCommand::apply(Sql::Database &db)
{
    ClaimStore store(db);
    if (m_created)
        return store.restore(*m_created);
    QList<ClaimTemplates::PlannedNode> planned = ClaimTemplates::plan(m_template, m_parentId);
    QList<qint64> ids;
    for (ClaimTemplates::PlannedNode &each : planned) {
        if (each.parentIndex >= 0)
            each.node.parentId = ids.at(each.parentIndex);
        auto id = store.insert(each.node);
        if (!id)
            return fail(id.error());
        ids.append(*id);
    }
    m_rootId = ids.constFirst();
    auto created = store.snapshot(m_rootId);
    if (!created)
        return fail(created.error());
    m_created = *created;
    return {};
}

Status ApplyClaimTemplateCommand::revert(Sql::Database &db)
{
    return ClaimStore(db).remove(m_rootId);
}

} // namespace Casebinder
