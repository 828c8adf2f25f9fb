#include "tagstore.h"

#include "rowloop.h"

#include <QRegularExpression>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

constexpr const char *SelectTag = "SELECT id, parent_id, name, color, hotkey FROM tags";

TagRecord readTag(const Sql::Statement &statement)
{
    return TagRecord{statement.integer(0),
                     statement.optionalInteger(1),
                     statement.text(2),
                     statement.text(3),
                     statement.text(4)};
}

} // namespace

QString tagTargetKindName(TagTargetKind kind)
{
    switch (kind) {
    case TagTargetKind::Document:
        return u"document"_s;
    case TagTargetKind::Page:
        return u"page"_s;
    case TagTargetKind::Post:
        return u"post"_s;
    case TagTargetKind::Event:
        return u"event"_s;
    }
    return {};
}

std::optional<TagTargetKind> tagTargetKindFromName(QStringView name)
{
    for (TagTargetKind kind : {TagTargetKind::Document,
                               TagTargetKind::Page,
                               TagTargetKind::Post,
                               TagTargetKind::Event}) {
        if (name == tagTargetKindName(kind))
            return kind;
    }
    return std::nullopt;
}

Status TagStore::validate(const TagRecord &record)
{
    const QString name = record.name.trimmed();
    if (name.isEmpty())
        return fail(Error::Code::InvalidArgument, u"A tag needs a name."_s);
    if (name.contains(u'/'))
        return fail(
            Error::Code::InvalidArgument,
            u"The tag name \"%1\" cannot contain \"/\" (it separates nested tags)."_s.arg(name));
    static const QRegularExpression color(u"^#[0-9a-fA-F]{6}$"_s);
    if (!color.match(record.color).hasMatch())
        return fail(Error::Code::InvalidArgument,
                    u"The tag colour \"%1\" is not a colour; write #rrggbb, e.g. #c0392b."_s.arg(
                        record.color));
    if (record.hotkey.size() > 1
        || (record.hotkey.size() == 1 && !record.hotkey.at(0).isLetterOrNumber()))
        return fail(Error::Code::InvalidArgument,
                    u"The hotkey \"%1\" must be a single letter or digit."_s.arg(record.hotkey));
    if (record.parentId) {
        auto parent = Sql::rowExists(m_db, "SELECT 1 FROM tags WHERE id = ?", *record.parentId);
        if (!parent)
            return fail(parent.error());
        if (!*parent)
            return fail(Error::Code::NotFound,
                        u"The parent tag %1 does not exist."_s.arg(*record.parentId));
        if (record.id != 0) {
            auto below = subtree(record.id);
            if (!below)
                return fail(below.error());
            if (below->contains(*record.parentId))
                return fail(Error::Code::InvalidArgument,
                            u"The tag \"%1\" cannot be moved under itself or one of its own "
                            "sub-tags."_s.arg(name));
        }
    }
    auto sibling = m_db.prepare(
        u"SELECT 1 FROM tags WHERE ifnull(parent_id, 0) = ? AND name = ? AND id <> ?"_s);
    if (!sibling)
        return fail(sibling.error());
    sibling->bind(1, record.parentId.value_or(0)).bind(2, name).bind(3, record.id);
    auto clash = sibling->step();
    if (!clash)
        return fail(clash.error());
    if (*clash)
        return fail(Error::Code::Duplicate,
                    u"A tag named \"%1\" already exists there."_s.arg(name));
    if (!record.hotkey.isEmpty()) {
        auto hotkey
            = m_db.prepare(u"SELECT name FROM tags WHERE upper(hotkey) = upper(?) AND id <> ?"_s);
        if (!hotkey)
            return fail(hotkey.error());
        hotkey->bind(1, record.hotkey).bind(2, record.id);
        auto taken = hotkey->step();
        if (!taken)
            return fail(taken.error());
        if (*taken)
            return fail(Error::Code::Duplicate,
                        u"The hotkey \"%1\" is already used by the tag \"%2\"."_s.arg(
                            record.hotkey, hotkey->text(0)));
    }
    return {};
}

Result<qint64> TagStore::create(const TagRecord &record)
{
    if (auto valid = validate(record); !valid)
        return fail(valid.error());
    auto insert = m_db.prepare(
        u"INSERT INTO tags (id, parent_id, name, color, hotkey) VALUES (?, ?, ?, ?, ?)"_s);
    if (!insert)
        return fail(insert.error());
    if (record.id != 0)
        insert->bind(1, record.id);
    else
        insert->bind(1, nullptr);
    insert->bind(2, record.parentId)
        .bind(3, record.name.trimmed())
        .bind(4, record.color.toLower())
        .bind(5, record.hotkey.toUpper());
    if (auto done = insert->exec(); !done)
        return fail(done.error());
    return m_db.lastInsertRowId();
}

Status TagStore::update(const TagRecord &record)
{
    if (auto valid = validate(record); !valid)
        return valid;
    auto update = m_db.prepare(
        u"UPDATE tags SET parent_id = ?, name = ?, color = ?, hotkey = ? WHERE id = ?"_s);
    if (!update)
        return fail(update.error());
    update->bind(1, record.parentId)
        .bind(2, record.name.trimmed())
        .bind(3, record.color.toLower())
        .bind(4, record.hotkey.toUpper())
        .bind(5, record.id);
    if (auto done = update->exec(); !done)
        return done;
    if (m_db.changes() == 0)
        return fail(Error::Code::NotFound, u"The tag %1 does not exist."_s.arg(record.id));
    return {};
}

Status TagStore::remove(qint64 id)
{
    return Sql::deleteRow(
        m_db, "DELETE FROM tags WHERE id = ?", id, u"The tag %1 does not exist."_s.arg(id));
}

Result<TagRecord> TagStore::tag(qint64 id)
{
    auto statement = m_db.prepare(QString::fromUtf8(SelectTag) + u" WHERE id = ?"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, id);
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(Error::Code::NotFound, u"The tag %1 does not exist."_s.arg(id));
    return readTag(*statement);
}

Result<QList<TagRecord>> TagStore::tags()
{
    auto statement
        = m_db.prepare(QString::fromUtf8(SelectTag) + u" ORDER BY name COLLATE NOCASE, id"_s);
    if (!statement)
        return fail(statement.error());
    QList<TagRecord> all;
    if (auto done
        = Sql::forEachRow(*statement, [&](const Sql::Statement &s) { all.append(readTag(s)); });
        !done)
        return fail(done.error());
    // Parents before children: a depth-first walk from the roots, siblings by name.
    QList<TagRecord> ordered;
    ordered.reserve(all.size());
    std::function<void(std::optional<qint64>)> walk = [&](std::optional<qint64> parent) {
        for (const TagRecord &tag : std::as_const(all)) {
            if (tag.parentId == parent) {
                ordered.append(tag);
                walk(tag.id);
            }
        }
    };
    walk(std::nullopt);
    return ordered;
}

Result<TagRecord> TagStore::find(const QString &path)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return fail(Error::Code::InvalidArgument, u"Name a tag."_s);
    if (parts.size() == 1) {
        auto statement
            = m_db.prepare(QString::fromUtf8(SelectTag) + u" WHERE name = ? COLLATE NOCASE"_s);
        if (!statement)
            return fail(statement.error());
        statement->bind(1, parts.constFirst().trimmed());
        QList<TagRecord> found;
        if (auto done = Sql::forEachRow(*statement,
                                        [&](const Sql::Statement &s) { found.append(readTag(s)); });
            !done)
            return fail(done.error());
        if (found.isEmpty())
            return fail(Error::Code::NotFound, u"There is no tag named \"%1\"."_s.arg(path));
        if (found.size() > 1)
            return fail(Error::Code::InvalidArgument,
                        u"Several tags are named \"%1\"; give the full path, e.g. "
                        "\"Parent/%1\"."_s.arg(parts.constFirst()));
        return found.constFirst();
    }
    std::optional<qint64> parent;
    TagRecord current;
    for (const QString &part : parts) {
        auto statement
            = m_db.prepare(QString::fromUtf8(SelectTag)
                           + u" WHERE ifnull(parent_id, 0) = ? AND name = ? COLLATE NOCASE"_s);
        if (!statement)
            return fail(statement.error());
        statement->bind(1, parent.value_or(0)).bind(2, part.trimmed());
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return fail(Error::Code::NotFound, u"There is no tag \"%1\"."_s.arg(path));
        current = readTag(*statement);
        parent = current.id;
    }
    return current;
}

Result<QString> TagStore::path(qint64 id)
{
    QStringList parts;
    std::optional<qint64> next = id;
    QSet<qint64> seen;
    while (next && !seen.contains(*next)) {
        seen.insert(*next);
        auto record = tag(*next);
        if (!record)
            return fail(record.error());
        parts.prepend(record->name);
        next = record->parentId;
    }
    return parts.join(u'/');
}

Result<QList<qint64>> TagStore::subtree(qint64 id)
{
    auto statement = m_db.prepare(
        u"WITH RECURSIVE below(id) AS (SELECT ? UNION SELECT tags.id FROM tags JOIN below"
        " ON tags.parent_id = below.id) SELECT id FROM below"_s);
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

Status TagStore::checkTargetExists(const TagTarget &target)
{
    const char *sql = nullptr;
    switch (target.kind) {
    case TagTargetKind::Document:
        sql = "SELECT 1 FROM documents WHERE id = ?";
        break;
    case TagTargetKind::Page:
        sql = "SELECT 1 FROM pages WHERE id = ?";
        break;
    case TagTargetKind::Post:
        sql = "SELECT 1 FROM posts WHERE id = ?";
        break;
    case TagTargetKind::Event:
        sql = "SELECT 1 FROM events WHERE id = ?";
        break;
    }
    auto found = Sql::rowExists(m_db, sql, target.id);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(Error::Code::NotFound,
                    u"Cannot tag %1 %2: it does not exist."_s.arg(tagTargetKindName(target.kind))
                        .arg(target.id));
    return {};
}

Result<TagTarget> TagStore::pageTarget(qint64 documentId, int number)
{
    auto statement = m_db.prepare(u"SELECT id FROM pages WHERE document_id = ? AND number = ?"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, documentId).bind(2, number);
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(Error::Code::NotFound,
                    u"Document %1 has no page %2."_s.arg(documentId).arg(number));
    return TagTarget{TagTargetKind::Page, statement->integer(0)};
}

Result<QList<TagTarget>> TagStore::apply(qint64 tagId, const QList<TagTarget> &targets)
{
    auto exists = Sql::rowExists(m_db, "SELECT 1 FROM tags WHERE id = ?", tagId);
    if (!exists)
        return fail(exists.error());
    if (!*exists)
        return fail(Error::Code::NotFound, u"The tag %1 does not exist."_s.arg(tagId));
    QList<TagTarget> applied;
    for (const TagTarget &target : targets) {
        if (auto ok = checkTargetExists(target); !ok)
            return fail(ok.error());
        auto insert = m_db.cached(
            "INSERT OR IGNORE INTO taggings (tag_id, target_kind, target_id) VALUES (?, ?, ?)");
        if (!insert)
            return fail(insert.error());
        (*insert)->bind(1, tagId).bind(2, tagTargetKindName(target.kind)).bind(3, target.id);
        if (auto done = (*insert)->exec(); !done)
            return fail(done.error());
        if (m_db.changes() > 0)
            applied.append(target);
    }
    return applied;
}

Result<QList<TagTarget>> TagStore::unapply(qint64 tagId, const QList<TagTarget> &targets)
{
    QList<TagTarget> removed;
    for (const TagTarget &target : targets) {
        auto erase = m_db.cached(
            "DELETE FROM taggings WHERE tag_id = ? AND target_kind = ? AND target_id = ?");
        if (!erase)
            return fail(erase.error());
        (*erase)->bind(1, tagId).bind(2, tagTargetKindName(target.kind)).bind(3, target.id);
        if (auto done = (*erase)->exec(); !done)
            return fail(done.error());
        if (m_db.changes() > 0)
            removed.append(target);
    }
    return removed;
}

Result<QList<TagRecord>> TagStore::tagsOf(const TagTarget &target)
{
    auto statement = m_db.prepare(
        u"SELECT tags.id, tags.parent_id, tags.name, tags.color, tags.hotkey FROM taggings"
        " JOIN tags ON tags.id = taggings.tag_id WHERE target_kind = ? AND target_id = ?"
        " ORDER BY tags.name COLLATE NOCASE"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, tagTargetKindName(target.kind)).bind(2, target.id);
    QList<TagRecord> found;
    if (auto done
        = Sql::forEachRow(*statement, [&](const Sql::Statement &s) { found.append(readTag(s)); });
        !done)
        return fail(done.error());
    return found;
}

Result<QList<TagTarget>> TagStore::targetsOf(qint64 tagId, std::optional<TagTargetKind> kind)
{
    auto statement
        = m_db.prepare(u"SELECT target_kind, target_id FROM taggings WHERE tag_id = ?"
                       " AND (? IS NULL OR target_kind = ?) ORDER BY target_kind, target_id"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, tagId);
    if (kind)
        statement->bind(2, tagTargetKindName(*kind)).bind(3, tagTargetKindName(*kind));
    else
        statement->bind(2, nullptr).bind(3, nullptr);
    QList<TagTarget> found;
    if (auto done = Sql::forEachRow(*statement,
                                    [&](const Sql::Statement &s) {
                                        if (auto k = tagTargetKindFromName(s.text(0)))
                                            found.append({*k, s.integer(1)});
                                    });
        !done)
        return fail(done.error());
    return found;
}

Result<qint64> TagStore::usageCount(qint64 tagId)
{
    auto statement = m_db.prepare(u"SELECT count(*) FROM taggings WHERE tag_id = ?"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, tagId);
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    return statement->integer(0);
}

Result<QHash<qint64, qint64>> TagStore::usageCounts()
{
    auto usage = m_db.prepare(u"SELECT tag_id, count(*) FROM taggings GROUP BY tag_id"_s);
    if (!usage)
        return fail(usage.error());
    QHash<qint64, qint64> counts;
    auto done = Sql::forEachRow(
        *usage, [&](const Sql::Statement &s) { counts.insert(s.integer(0), s.integer(1)); });
    if (!done)
        return fail(done.error());
    return counts;
}

Result<QHash<qint64, QList<TagRecord>>> TagStore::tagsByTarget(TagTargetKind kind)
{
    auto statement = m_db.prepare(
        u"SELECT taggings.target_id, tags.id, tags.parent_id, tags.name, tags.color, tags.hotkey"
        " FROM taggings JOIN tags ON tags.id = taggings.tag_id"
        " WHERE taggings.target_kind = ? ORDER BY tags.name"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, tagTargetKindName(kind));
    QHash<qint64, QList<TagRecord>> byTarget;
    auto done = Sql::forEachRow(*statement, [&](const Sql::Statement &s) {
        TagRecord tag;
        tag.id = s.integer(1);
        tag.parentId = s.optionalInteger(2);
        tag.name = s.text(3);
        tag.color = s.text(4);
        tag.hotkey = s.text(5);
        byTarget[s.integer(0)].append(std::move(tag));
    });
    if (!done)
        return fail(done.error());
    return byTarget;
}

Result<QHash<qint64, QStringList>> TagStore::tagNamesOf(TagTargetKind kind,
                                                        const QList<qint64> &ids)
{
    QHash<qint64, QStringList> names;
    if (ids.isEmpty())
        return names;
    // The ids travel as one bound JSON array, so the statement's text never depends on them.
    QByteArray array = "[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            array += ',';
        array += QByteArray::number(ids.at(i));
    }
    array += ']';
    auto statement = m_db.prepare(
        u"SELECT taggings.target_id, tags.name FROM taggings JOIN tags ON tags.id = taggings.tag_id"
        " WHERE taggings.target_kind = ? AND taggings.target_id IN (SELECT value FROM json_each(?))"
        " ORDER BY taggings.target_id, tags.name"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, tagTargetKindName(kind)).bind(2, QString::fromLatin1(array));
    auto done = Sql::forEachRow(
        *statement, [&](const Sql::Statement &s) { names[s.integer(0)].append(s.text(1)); });
    if (!done)
        return fail(done.error());
    return names;
}

} // namespace Casebinder
