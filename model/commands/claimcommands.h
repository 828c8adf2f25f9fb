#pragma once

#include "casedocument.h"
#include "claimstore.h"
#include "claimtemplates.h"

#include <optional>

namespace Casebinder {

// Adds a claim, element or factor at node.position under node.parentId (-1 appends).
class AddClaimNodeCommand final : public CaseCommand
{
public:
    AddClaimNodeCommand(CaseDocument &document, ClaimNode node);
    // The new node's id, once the command has been pushed.
    qint64 nodeId() const { return m_node.id; }

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    ClaimNode m_node;
};

// Changes any of title, description, asserted_by, legal_standard, status, kind, notes.
class EditClaimNodeCommand final : public CaseCommand
{
public:
    EditClaimNodeCommand(CaseDocument &document, ClaimNode changed);

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    ClaimNode m_new;
    std::optional<ClaimNode> m_old;
};

// Moves a node to another parent and/or position (reorders siblings); refuses cycles.
class MoveClaimNodeCommand final : public CaseCommand
{
public:
    MoveClaimNodeCommand(CaseDocument &document,
                         qint64 id,
                         std::optional<qint64> parentId,
                         int position);

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    qint64 m_id;
    std::optional<qint64> m_parentId;
    int m_position;
    std::optional<qint64> m_oldParentId;
    int m_oldPosition = 0;
};

// Deletes a node with its descendants and their evidence links; undo puts all of them back
// with the same ids.
class DeleteClaimNodeCommand final : public CaseCommand
{
public:
    DeleteClaimNodeCommand(CaseDocument &document, qint64 id);

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    qint64 m_id;
    ClaimSubtree m_deleted;
};

// Adds a claim with its elements from a template, appended under `parentId` (or as a root).
class ApplyClaimTemplateCommand final : public CaseCommand
{
public:
    ApplyClaimTemplateCommand(CaseDocument &document,
                              ClaimTemplate claimTemplate,
                              std::optional<qint64> parentId = std::nullopt);
    // The new claim's id, once the command has been pushed.
    qint64 rootId() const { return m_rootId; }

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    ClaimTemplate m_template;
    std::optional<qint64> m_parentId;
    qint64 m_rootId = 0;
    std::optional<ClaimSubtree> m_created;
};

} // namespace Casebinder
