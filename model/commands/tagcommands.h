#pragma once

#include "casedocument.h"
#include "rowsnapshot.h"
#include "tagstore.h"

#include <QList>

namespace Casebinder {

class CreateTagCommand final : public CaseCommand
{
public:
    CreateTagCommand(CaseDocument &document, TagRecord record);
    qint64 tagId() const { return m_record.id; } // set once pushed

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    TagRecord m_record;
};

// Renames, recolours, re-keys or moves a tag (one undo step for all of these).
class EditTagCommand final : public CaseCommand
{
public:
    EditTagCommand(CaseDocument &document, TagRecord record);

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    TagRecord m_new;
    std::optional<TagRecord> m_old;
};

// Deletes a tag with its sub-tags; undo restores them and everything they were applied to.
class DeleteTagCommand final : public CaseCommand
{
public:
    DeleteTagCommand(CaseDocument &document, qint64 tagId);

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    qint64 m_tagId;
    QList<SavedRows> m_rows;
};

// Applies a tag to (or removes it from) a whole selection as one undo step. Undo touches only
// the targets this command changed.
class ApplyTagCommand final : public CaseCommand
{
public:
    enum class Action { Apply, Remove };
    ApplyTagCommand(CaseDocument &document,
                    qint64 tagId,
                    QList<TagTarget> targets,
                    Action action = Action::Apply);
    // How many targets the last apply changed.
    qsizetype changedCount() const { return m_changed.size(); }

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    qint64 m_tagId;
    QList<TagTarget> m_targets;
    Action m_action;
    QList<TagTarget> m_changed;
};

} // namespace Casebinder
