#pragma once

#include "casedocument.h"
#include "entitystore.h"
#include "rowsnapshot.h"

#include <QList>

namespace Casebinder {

class AddEntityCommand final : public CaseCommand
{
public:
    AddEntityCommand(CaseDocument &document, EntityRecord record);
    qint64 entityId() const { return m_record.id; } // set once pushed

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    EntityRecord m_record;
};

class EditEntityCommand final : public CaseCommand
{
public:
    EditEntityCommand(CaseDocument &document, EntityRecord record);

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    EntityRecord m_new;
    std::optional<EntityRecord> m_old;
};

// Deletes a person or organisation; undo restores its event and document links.
class DeleteEntityCommand final : public CaseCommand
{
public:
    DeleteEntityCommand(CaseDocument &document, qint64 entityId);

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    qint64 m_entityId;
    QList<SavedRows> m_rows;
};

// Links (or unlinks) a person or organisation and an event or a document.
class LinkEntityCommand final : public CaseCommand
{
public:
    enum class Target { Event, Document };
    enum class Action { Link, Unlink };
    LinkEntityCommand(CaseDocument &document,
                      qint64 entityId,
                      Target target,
                      qint64 targetId,
                      Action action = Action::Link);

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    Result<bool> change(Sql::Database &db, bool link);
    qint64 m_entityId;
    Target m_target;
    qint64 m_targetId;
    Action m_action;
    bool m_changed = false;
};

} // namespace Casebinder
