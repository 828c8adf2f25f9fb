#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Casebinder {

namespace Sql {
class Database;
}

enum class TagTargetKind { Document, Page, Post, Event };

QString tagTargetKindName(TagTargetKind kind);
std::optional<TagTargetKind> tagTargetKindFromName(QStringView name);

// Something a tag is applied to. A page is addressed by its pages.id.
struct TagTarget
{
    TagTargetKind kind = TagTargetKind::Document;
    qint64 id = 0;
    friend bool operator==(const TagTarget &, const TagTarget &) = default;
};

struct TagRecord
{
    qint64 id = 0;
    std::optional<qint64> parentId;
    QString name;
    QString color = QStringLiteral("#808080"); // #rrggbb
    QString hotkey;                            // one key ("1", "R"); empty for none
};

// Hierarchical, coloured tags and their application to documents, pages, posts and events.
// Names are unique among siblings; "Parent/Child" paths address nested tags.
class TagStore
{
public:
    explicit TagStore(Sql::Database &db)
        : m_db(db)
    {}

    // Validates name, colour, hotkey and parent; `record.id` is used when non-zero (redo).
    Result<qint64> create(const TagRecord &record);
    // Renames, recolours, re-keys or moves a tag; moving under its own subtree is refused.
    Status update(const TagRecord &record);
    Status remove(qint64 id);

    Result<TagRecord> tag(qint64 id);
    // All tags, parents before children, siblings by name.
    Result<QList<TagRecord>> tags();
    // "Privileged" or "Issues/Damages"; a bare name must be unambiguous.
    Result<TagRecord> find(const QString &path);
    Result<QString> path(qint64 id);
    // The tag and every tag beneath it.
    Result<QList<qint64>> subtree(qint64 id);

    // Applies the tag to the targets that do not have it yet and returns those (what an undo
    // removes). Every target must exist. The caller owns the transaction.
    Result<QList<TagTarget>> apply(qint64 tagId, const QList<TagTarget> &targets);
    // Removes the tag from the targets that have it and returns those.
    Result<QList<TagTarget>> unapply(qint64 tagId, const QList<TagTarget> &targets);

    Result<QList<TagRecord>> tagsOf(const TagTarget &target);
    Result<QList<TagTarget>> targetsOf(qint64 tagId,
                                       std::optional<TagTargetKind> kind = std::nullopt);
    Result<qint64> usageCount(qint64 tagId);
    // How many targets carry each tag, by tag id; an unused tag is absent.
    Result<QHash<qint64, qint64>> usageCounts();
    // The tags of every target of one kind, by target id, each target's tags by name.
    Result<QHash<qint64, QList<TagRecord>>> tagsByTarget(TagTargetKind kind);
    // The tag names of the given targets, by target id, each target's by name; a target
    // without tags is absent.
    Result<QHash<qint64, QStringList>> tagNamesOf(TagTargetKind kind, const QList<qint64> &ids);

    Status checkTargetExists(const TagTarget &target);
    // The target for page `number` (1-based) of a document.
    Result<TagTarget> pageTarget(qint64 documentId, int number);

private:
    Status validate(const TagRecord &record);
    Sql::Database &m_db;
};

} // namespace Casebinder
