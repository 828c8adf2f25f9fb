#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

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

// Reads flagged posts. Posts are written by ImportSession.
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

private:
    Sql::Database &m_db;
};

} // namespace Casebinder
