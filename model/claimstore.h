#pragma once

#include "linkstore.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Casebinder {

namespace Sql {
class Database;
}

// One node of the claims tree: a claim, or an element or factor of its parent.
struct ClaimNode
{
    qint64 id = 0; // 0 before it is stored
    std::optional<qint64> parentId;
    int position = 0;                       // among its siblings, from 0
    QString kind = QStringLiteral("claim"); // claim, element, factor
    QString title;
    QString description;
    QString assertedBy;
    QString legalStandard;
    QString status = QStringLiteral("open");
    QString templateId;
    QString notes;

    bool operator==(const ClaimNode &) const = default;
};

// A node, its descendants and the evidence links of all of them, as stored: what undoing a
// delete puts back, with the same ids.
struct ClaimSubtree
{
    QList<ClaimNode> nodes; // parents before children
    QList<EvidenceLink> links;
};

// Claims, elements and factors. Plain reads and writes; user edits go through the undo
// commands in commands/claimcommands.h, which call this store.
class ClaimStore final
{
public:
    static const QStringList &kinds();    // claim, element, factor
    static const QStringList &statuses(); // open, established, disputed, conceded, withdrawn

    explicit ClaimStore(Sql::Database &db);

    // Every node, roots first, then children, each level by position.
    Result<QList<ClaimNode>> all();
    Result<ClaimNode> node(qint64 id);
    Result<QList<ClaimNode>> children(std::optional<qint64> parentId);
    // The node and its descendants, parents before children.
    Result<QList<ClaimNode>> subtree(qint64 id);

    // Checks the fields (kind, status, non-empty title) and the parent.
    Status validate(const ClaimNode &node);
    // Refuses a parent that does not exist, the node itself or one of its descendants.
    Status checkParent(qint64 id, std::optional<qint64> parentId);

    // Inserts the node at node.position among its siblings (clamped; -1 appends), shifting
    // the others. Keeps node.id when it is not 0 (redo after undo). Returns the id.
    Result<qint64> insert(const ClaimNode &node);
    // Writes every field except parent and position.
    Status update(const ClaimNode &node);
    // Moves a node under `parentId` at `position` (-1 appends).
    Status move(qint64 id, std::optional<qint64> parentId, int position);
    // Deletes the node, its descendants and their evidence links; closes the gap in positions.
    Status remove(qint64 id);

    Result<ClaimSubtree> snapshot(qint64 id);
    // Puts a deleted subtree back with its ids, positions and links.
    Status restore(const ClaimSubtree &subtree);

private:
    Result<int> siblingCount(std::optional<qint64> parentId);
    Status shift(std::optional<qint64> parentId, int fromPosition, int delta);

    Sql::Database &m_db;
};

} // namespace Casebinder
