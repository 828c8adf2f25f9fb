#include "tagcommands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

QString commandText(const char *source)
{
    return QCoreApplication::translate("Casebinder::CaseCommand", source);
}

QString commandText(const char *source, qsizetype n)
{
    return QCoreApplication::translate("Casebinder::CaseCommand", source, nullptr, int(n));
}

} // namespace

CreateTagCommand::CreateTagCommand(CaseDocument &document, TagRecord record)
    : CaseCommand(document, commandText("Create tag"), CaseTable::Tags)
    , m_record(std::move(record))
{
    setText(commandText("Create tag “%1”").arg(m_record.name));
}

Status CreateTagCommand::apply(Sql::Database &db)
{
    auto id = TagStore(db).create(m_record);
    if (!id)
        return fail(id.error());
    m_record.id = *id;
    return {};
}

Status CreateTagCommand::revert(Sql::Database &db)
{
    return TagStore(db).remove(m_record.id);
}

EditTagCommand::EditTagCommand(CaseDocument &document, TagRecord record)
    : CaseCommand(document, commandText("Edit tag"), CaseTable::Tags)
    , m_new(std::move(record))
{}

Status EditTagCommand::apply(Sql::Database &db)
{
    TagStore store(db);
    if (!m_old) {
        auto old = store.tag(m_new.id);
        if (!old)
            return fail(old.error());
        m_old = std::move(*old);
        const int changes = int(m_old->name != m_new.name) + int(m_old->color != m_new.color)
                            + int(m_old->hotkey != m_new.hotkey)
                            + int(m_old->parentId != m_new.parentId);
        if (changes == 1 && m_old->name != m_new.name)
            setText(commandText("Rename tag “%1” to “%2”").arg(m_old->name, m_new.name));
        else if (changes == 1 && m_old->color != m_new.color)
            setText(commandText("Recolour tag “%1”").arg(m_old->name));
        else if (changes == 1 && m_old->parentId != m_new.parentId)
            setText(commandText("Move tag “%1”").arg(m_old->name));
        else
            setText(commandText("Edit tag “%1”").arg(m_new.name));
    }
    return store.update(m_new);
}

Status EditTagCommand::revert(Sql::Database &db)
{
    return TagStore(db).update(*m_old);
}

DeleteTagCommand::DeleteTagCommand(CaseDocument &document, qint64 tagId)
    : CaseCommand(document, commandText("Delete tag"), CaseTable::Tags)
    , m_tagId(tagId)
{}

Status DeleteTagCommand::apply(Sql::Database &db)
{
    TagStore store(db);
    if (auto exists = store.tag(m_tagId); !exists)
        return fail(exists.error());
    // The recursive walk lists parents before children, which is the order undo must insert.
    auto subtree = store.subtree(m_tagId);
    if (!subtree)
        return fail(subtree.error());
    QList<SavedRows> tags;
    QList<SavedRows> taggings;
    for (qint64 id : std::as_const(*subtree)) {
        auto tag = saveRows(db, u"tags"_s, u"id = ?"_s, {id});
        auto applied = saveRows(db, u"taggings"_s, u"tag_id = ?"_s, {id});
        if (!tag || !applied)
            return fail(!tag ? tag.error() : applied.error());
        tags.append(std::move(*tag));
        taggings.append(std::move(*applied));
    }
    if (auto removed = store.remove(m_tagId); !removed)
        return removed;
    m_rows = tags + taggings;
    return {};
}

Status DeleteTagCommand::revert(Sql::Database &db)
{
    for (const SavedRows &saved : std::as_const(m_rows)) {
        if (auto done = restoreRows(db, saved); !done)
            return done;
    }
    return {};
}

ApplyTagCommand::ApplyTagCommand(CaseDocument &document,
                                 qint64 tagId,
                                 QList<TagTarget> targets,
                                 Action action)
    : CaseCommand(document,
                  action == Action::Apply
                      ? commandText("Apply tag to %n item(s)", targets.size())
                      : commandText("Remove tag from %n item(s)", targets.size()),
                  CaseTable::Taggings)
    , m_tagId(tagId)
    , m_targets(std::move(targets))
    , m_action(action)
{}

Status ApplyTagCommand::apply(Sql::Database &db)
{
    TagStore store(db);
    auto changed = m_action == Action::Apply ? store.apply(m_tagId, m_targets)
                                             : store.unapply(m_tagId, m_targets);
    if (!changed)
        return fail(changed.error());
    m_changed = std::move(*changed);
    return {};
}

Status ApplyTagCommand::revert(Sql::Database &db)
{
    TagStore store(db);
    auto changed = m_action == Action::Apply ? store.unapply(m_tagId, m_changed)
                                             : store.apply(m_tagId, m_changed);
    if (!changed)
        return fail(changed.error());
    return {};
}

} // namespace Casebinder
