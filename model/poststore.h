#pragma once

#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace Casebinder {

namespace Sql {
class Database;
}

enum class PostStatus { Removed, Up, Unknown };

QString postStatusName(PostStatus status);
std::optional<PostStatus> postStatusFromName(QStringView name);

// One row of `posts`. postedAt is ISO 8601 UTC (null when the source has no time);
// reportedOn an ISO date.
struct PostRecord
{
    qint64 id = 0;
    QString platform;
    QString externalId;
    QString authorName;
    QString authorHandle;
    QString postedAt;
    QString text;
    QString url;
    QString flagCategory;
    QString flaggedBy;
    QString reportedOn;
    PostStatus status = PostStatus::Unknown;
    QJsonObject extra; // source columns with no posts column of their own
    QString notes;
    std::optional<qint64> sourceDocumentId;
    std::optional<qint64> importId;
};

// What a posts list shows: every post, or those matching all of these.
struct PostFilter
{
    QString flagCategory;
    QString author;              // a handle (with or without @) or an author name
    QDate from;                  // posted on or after
    QDate to;                    // posted on or before
    std::optional<qint64> tagId; // the tag or any tag beneath it
    QString text;                // words, all required; the last one may be a prefix
    bool operator==(const PostFilter &) const = default;
    bool isEmpty() const
    {
        return flagCategory.isEmpty() && author.isEmpty() && !from.isValid() && !to.isValid()
               && !tagId && text.trimmed().isEmpty();
    }
};

// The orders a posts list can have: each key has an index, and ties go by id in the same
// direction. Posts without a time come first ascending and last descending.
enum class PostSortKey { Id, PostedAt, AuthorHandle, FlagCategory };

struct PostOrder
{
    PostSortKey key = PostSortKey::Id;
    Qt::SortOrder direction = Qt::AscendingOrder;
    bool operator==(const PostOrder &) const = default;
};

// One row of a posts list: the columns a table shows, as stored.
struct PostListRow
{
    qint64 id = 0;
    QString postedAt;
    QString authorName;
    QString authorHandle;
    QString platform;
    QString text;
    QString flagCategory;
    QString flaggedBy;
    QString reportedOn;
    QString status;
    QString url;
    QString externalId;
    QString notes;
    QString tags; // tag names joined by ", "; filled in by a list that shows them
};

class PostPager;

// Reads flagged posts and writes their notes. Posts are added by ImportSession.
class PostStore final
{
public:
    explicit PostStore(Sql::Database &db)
        : m_db(db)
    {}

    Result<qint64> count();
    Result<PostRecord> post(qint64 id);
    // The posts that exist among `ids`, in the order of `ids`.
    Result<QList<PostRecord>> postsByIds(const QList<qint64> &ids);
    // The distinct non-empty flag categories, sorted; at most `limit` of them.
    Result<QStringList> flagCategories(int limit = 500);
    // The reviewer's notes on a post; NotFound for a missing post.
    Status setNotes(qint64 id, const QString &notes);

    // Pages of the whole table in `order` (see PostPager).
    Result<PostPager> pager(PostOrder order);
    // The list rows of `ids`, in that order; a post that is gone is a row with only its id.
    Result<QList<PostListRow>> listRows(const QList<qint64> &ids);
    // The ids of the posts `filter` selects, in `order`. Stops with Error::Code::Cancelled
    // soon after `*cancelled` becomes true, even inside one long step of SQLite.
    Result<QList<qint64>> orderedIds(const PostFilter &filter,
                                     PostOrder order,
                                     const std::atomic_bool *cancelled = nullptr);

private:
    Sql::Database &m_db;
};

} // namespace Casebinder
