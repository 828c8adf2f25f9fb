#include "claimstore.h"

#include "sqlite/database.h"
#include "sqlite/statement.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

constexpr auto NodeColumns
    = u"c.id, c.parent_id, c.position, c.kind, c.title, c.description,"
      u" c.asserted_by, c.legal_standard, c.status, coalesce(c.template_id, ''),"
      u" c.notes";

// Depth-first: each node is followed by its children, siblings by position.
constexpr auto TreeOrder = uR"SQL(
WITH RECURSIVE tree(id, path) AS (
    SELECT id, printf('%010d.%010d', position, id) FROM claims WHERE %1
    UNION ALL
    SELECT c.id, t.path || '/' || printf('%010d.%010d', c.position, c.id)
    FROM claims c JOIN tree t ON c.parent_id = t.id)
SELECT %2 FROM tree JOIN claims c ON c.id = tree.id ORDER BY tree.path
)SQL";

ClaimNode readNode(const Sql::Statement &s)
{
    ClaimNode node;
    node.id = s.integer(0);
    node.parentId = s.optionalInteger(1);
    node.position = int(s.integer(2));
    node.kind = s.text(3);
    node.title = s.text(4);
    node.description = s.text(5);
    node.assertedBy = s.text(6);
    node.legalStandard = s.text(7);
    node.status = s.text(8);
    node.templateId = s.text(9);
    node.notes = s.text(10);
    return node;
}

Result<QList<ClaimNode>> readNodes(Sql::Statement &statement)
{
    QList<ClaimNode> nodes;
    for (;;) {
        auto row = statement.step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return nodes;
        nodes.append(readNode(statement));
    }
}

Status insertRow(Sql::Database &db, const ClaimNode &node)
{
    auto statement = db.prepare(
        u"INSERT INTO claims (id, parent_id, position, kind, title, description, asserted_by,"
        u" legal_standard, status, template_id, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, node.id != 0 ? std::optional<qint64>(node.id) : std::nullopt)
        .bind(2, node.parentId)
        .bind(3, node.position)
        .bind(4, node.kind)
        .bind(5, node.title)
        .bind(6, node.description)
        .bind(7, node.assertedBy)
        .bind(8, node.legalStandard)
        .bind(9, node.status)
        .bindOrNull(10, node.templateId.isEmpty() ? QString() : node.templateId);
    statement->bind(11, node.notes);
    return statement->exec();
}

} // namespace

const QStringList &ClaimStore::kinds()
{
    static const QStringList list{u"claim"_s, u"element"_s, u"factor"_s};
    return list;
}

const QStringList &ClaimStore::statuses()
{
    static const QStringList list{
        u"open"_s, u"established"_s, u"disputed"_s, u"conceded"_s, u"withdrawn"_s};
    return list;
}

ClaimStore::ClaimStore(Sql::Database &db)
    : m_db(db)
{}

Result<QList<ClaimNode>> ClaimStore::all()
{
    auto statement = m_db.prepare(
        QString::fromUtf16(TreeOrder).arg(u"parent_id IS NULL"_s, QString::fromUtf16(NodeColumns)));
    if (!statement)
        return fail(statement.error());
    return readNodes(*statement);
}

Result<QList<ClaimNode>> ClaimStore::subtree(qint64 id)
{
    auto statement = m_db.prepare(
        QString::fromUtf16(TreeOrder).arg(u"id = ?1"_s, QString::fromUtf16(NodeColumns)));
    if (!statement)
        return fail(statement.error());
    statement->bind(1, id);
    auto nodes = readNodes(*statement);
    if (nodes && nodes->isEmpty())
        return fail(Error::Code::NotFound, u"There is no claim or element %1."_s.arg(id));
    return nodes;
}

Result<ClaimNode> ClaimStore::node(qint64 id)
{
    auto statement = m_db.prepare(u"SELECT "_s + NodeColumns + u" FROM claims c WHERE c.id = ?"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, id);
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(Error::Code::NotFound, u"There is no claim or element %1."_s.arg(id));
    return readNode(*statement);
}

Result<QList<ClaimNode>> ClaimStore::children(std::optional<qint64> parentId)
{
    auto statement
        = m_db.prepare(u"SELECT "_s + NodeColumns
                       + u" FROM claims c WHERE c.parent_id IS ? ORDER BY c.position, c.id"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, parentId);
    return readNodes(*statement);
}

Status ClaimStore::validate(const ClaimNode &node)
{
    if (node.title.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, u"A claim or element needs a title."_s);
    if (!kinds().contains(node.kind))
        return fail(
            Error::Code::InvalidArgument,
            u"“%1” is not a kind of claim node; use claim, element or factor."_s.arg(node.kind));
    if (!statuses().contains(node.status))
        return fail(Error::Code::InvalidArgument,
                    u"“%1” is not a claim status; use one of: %2."_s.arg(node.status,
                                                                         statuses().join(u", "_s)));
    return checkParent(node.id, node.parentId);
}

Status ClaimStore::checkParent(qint64 id, std::optional<qint64> parentId)
{
    if (!parentId)
        return {};
    if (*parentId == id)
        return fail(Error::Code::InvalidArgument, u"Claim %1 cannot be its own parent."_s.arg(id));
    auto statement = m_db.prepare(u"SELECT parent_id FROM claims WHERE id = ?"_s);
    if (!statement)
        return fail(statement.error());
    // Walk up from the new parent: meeting the node means the move would make a cycle.
    std::optional<qint64> current = parentId;
    QSet<qint64> seen;
    bool first = true;
    while (current) {
        if (id != 0 && *current == id)
            return fail(
                Error::Code::InvalidArgument,
                u"Cannot put claim %1 under %2: %2 is inside it, which would make a cycle."_s
                    .arg(id)
                    .arg(*parentId));
        if (seen.contains(*current))
            return fail(Error::Code::Corrupt,
                        u"The claims tree has a cycle at %1."_s.arg(*current));
        seen.insert(*current);
        statement->reset();
        statement->bind(1, *current);
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row) {
            if (first)
                return fail(
                    Error::Code::NotFound,
                    u"Cannot put a node under claim %1: there is no such claim."_s.arg(*parentId));
            break;
        }
        first = false;
        current = statement->optionalInteger(0);
    }
    return {};
}

Result<int> ClaimStore::siblingCount(std::optional<qint64> parentId)
{
    auto statement = m_db.prepare(u"SELECT count(*) FROM claims WHERE parent_id IS ?"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, parentId);
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    return int(statement->integer(0));
}

Status ClaimStore::shift(std::optional<qint64> parentId, int fromPosition, int delta)
{
    auto statement = m_db.prepare(
        u"UPDATE claims SET position = position + ?3 WHERE parent_id IS ?1 AND position >= ?2"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, parentId).bind(2, fromPosition).bind(3, delta);
    return statement->exec();
}

Result<qint64> ClaimStore::insert(const ClaimNode &node)
{
    if (auto valid = validate(node); !valid)
        return fail(valid.error());
    auto count = siblingCount(node.parentId);
    if (!count)
        return fail(count.error());
    ClaimNode stored = node;
    stored.position = node.position < 0 || node.position > *count ? *count : node.position;
    if (auto shifted = shift(node.parentId, stored.position, 1); !shifted)
        return fail(shifted.error());
    if (auto inserted = insertRow(m_db, stored); !inserted)
        return fail(inserted.error());
    return node.id != 0 ? node.id : m_db.lastInsertRowId();
}

Status ClaimStore::update(const ClaimNode &node)
{
    auto current = this->node(node.id);
    if (!current)
        return fail(current.error());
    ClaimNode checked = node;
    checked.parentId = current->parentId;
    if (auto valid = validate(checked); !valid)
        return valid;
    auto statement = m_db.prepare(
        u"UPDATE claims SET kind = ?2, title = ?3, description = ?4, asserted_by = ?5,"
        u" legal_standard = ?6, status = ?7, template_id = ?8, notes = ?9 WHERE id = ?1"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, node.id)
        .bind(2, node.kind)
        .bind(3, node.title)
        .bind(4, node.description)
        .bind(5, node.assertedBy)
        .bind(6, node.legalStandard)
        .bind(7, node.status)
        .bindOrNull(8, node.templateId.isEmpty() ? QString() : node.templateId);
    statement->bind(9, node.notes);
    return statement->exec();
}

Status ClaimStore::move(qint64 id, std::optional<qint64> parentId, int position)
{
    auto current = node(id);
    if (!current)
        return fail(current.error());
    if (auto valid = checkParent(id, parentId); !valid)
        return valid;
    // Take it out (park it at -1), close the gap, then open a gap at the new place.
    auto park = m_db.prepare(u"UPDATE claims SET position = -1 WHERE id = ?"_s);
    if (!park)
        return fail(park.error());
    park->bind(1, id);
    if (auto done = park->exec(); !done)
        return done;
    if (auto shifted = shift(current->parentId, current->position + 1, -1); !shifted)
        return shifted;
    auto count = siblingCount(parentId);
    if (!count)
        return fail(count.error());
    const int siblings = *count - (parentId == current->parentId ? 1 : 0);
    const int target = position < 0 || position > siblings ? siblings : position;
    if (auto shifted = shift(parentId, target, 1); !shifted)
        return shifted;
    auto place = m_db.prepare(u"UPDATE claims SET parent_id = ?2, position = ?3 WHERE id = ?1"_s);
    if (!place)
        return fail(place.error());
    place->bind(1, id).bind(2, parentId).bind(3, target);
    return place->exec();
}

Status ClaimStore::remove(qint64 id)
{
    auto current = node(id);
    if (!current)
        return fail(current.error());
    auto statement = m_db.prepare(u"DELETE FROM claims WHERE id = ?"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, id);
    if (auto done = statement->exec(); !done)
        return done;
    return shift(current->parentId, current->position + 1, -1);
}

Result<ClaimSubtree> ClaimStore::snapshot(qint64 id)
{
    auto nodes = subtree(id);
    if (!nodes)
        return fail(nodes.error());
    QList<qint64> ids;
    for (const ClaimNode &each : std::as_const(*nodes))
        ids.append(each.id);
    auto links = LinkStore(m_db).linksOf(ids);
    if (!links)
        return fail(links.error());
    return ClaimSubtree{*nodes, *links};
}

Status ClaimStore::restore(const ClaimSubtree &subtree)
{
    if (subtree.nodes.isEmpty())
        return {};
    const ClaimNode &root = subtree.nodes.constFirst();
    if (auto valid = checkParent(root.id, root.parentId); !valid)
        return valid;
    if (auto shifted = shift(root.parentId, root.position, 1); !shifted)
        return shifted;
    for (const ClaimNode &each : subtree.nodes) {
        if (auto inserted = insertRow(m_db, each); !inserted)
            return inserted;
    }
    LinkStore links(m_db);
    for (const EvidenceLink &link : subtree.links) {
        if (auto inserted = links.insert(link); !inserted)
            return fail(inserted.error());
    }
    return {};
}

} // namespace Casebinder
