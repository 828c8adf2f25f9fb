#include "poststore.h"

#include "sqlite/database.h"
#include "sqlite/statement.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Casebinder {

QString postStatusName(PostStatus status)
{
    switch (status) {
    case PostStatus::Removed:
        return u"removed"_s;
    case PostStatus::Up:
        return u"up"_s;
    case PostStatus::Unknown:
        return u"unknown"_s;
    }
    return {};
}

std::optional<PostStatus> postStatusFromName(QStringView name)
{
    for (PostStatus status : {PostStatus::Removed, PostStatus::Up, PostStatus::Unknown}) {
        if (name == postStatusName(status))
            return status;
    }
    return std::nullopt;
}

namespace {

constexpr auto PostColumns = "SELECT id, platform, external_id, author_name, author_handle, "
                             "posted_at, text, url, flag_category, flagged_by, reported_on, "
                             "status, extra, notes, source_document_id, import_id FROM posts ";

PostRecord readPost(const Sql::Statement &row)
{
    PostRecord post;
    post.id = row.integer(0);
    post.platform = row.text(1);
    post.externalId = row.text(2);
    post.authorName = row.text(3);
    post.authorHandle = row.text(4);
    post.postedAt = row.isNull(5) ? QString() : row.text(5);
    post.text = row.text(6);
    post.url = row.text(7);
    post.flagCategory = row.text(8);
    post.flaggedBy = row.text(9);
    post.reportedOn = row.isNull(10) ? QString() : row.text(10);
    post.status = postStatusFromName(row.text(11)).value_or(PostStatus::Unknown);
    post.extra = QJsonDocument::fromJson(row.text(12).toUtf8()).object();
    post.notes = row.text(13);
    post.sourceDocumentId = row.optionalInteger(14);
    post.importId = row.optionalInteger(15);
    return post;
}

} // namespace

Result<qint64> PostStore::count()
{
    auto statement = m_db.cached("SELECT count(*) FROM posts");
    if (!statement)
        return fail(statement.error());
    auto row = (*statement)->step();
    if (!row)
        return fail(row.error());
    const qint64 count = (*statement)->integer(0);
    // Leaving a cached statement on a row would pin this connection's read snapshot.
    (*statement)->reset();
    return count;
}

Result<PostRecord> PostStore::post(qint64 id)
{
    auto statement = m_db.cached(
        "SELECT id, platform, external_id, author_name, author_handle, posted_at, text, url, "
        "flag_category, flagged_by, reported_on, status, extra, notes, source_document_id, "
        "import_id FROM posts WHERE id = ?");
    if (!statement)
        return fail(statement.error());
    (*statement)->bind(1, id);
    auto row = (*statement)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(Error::Code::NotFound, u"Post %1 is not in the case"_s.arg(id));
    PostRecord post = readPost(**statement);
    (*statement)->reset();
    return post;
}

Result<QList<PostRecord>> PostStore::postsByIds(const QList<qint64> &ids)
{
    // One statement for the whole list: the ids travel as a bound JSON array.
    QByteArray array = "[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            array += ',';
        array += QByteArray::number(ids.at(i));
    }
    array += ']';
    auto statement = m_db.prepare(
        QString::fromLatin1(PostColumns)
        + u"JOIN (SELECT value AS wanted, key AS position FROM json_each(?)) ON id = wanted "
          u"ORDER BY position"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, QString::fromLatin1(array));
    QList<PostRecord> result;
    result.reserve(ids.size());
    for (;;) {
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return result;
        result.append(readPost(*statement));
    }
}

Result<QStringList> PostStore::flagCategories(int limit)
{
    // Hops from one category to the next through the posts_category index, so a million
    // posts in a dozen categories cost a dozen index seeks rather than a full scan.
    auto statement
        = m_db.cached("WITH RECURSIVE categories(name) AS ("
                      " SELECT min(flag_category) FROM posts WHERE flag_category > ''"
                      " UNION ALL"
                      " SELECT (SELECT min(flag_category) FROM posts WHERE flag_category > name)"
                      " FROM categories WHERE name IS NOT NULL)"
                      " SELECT name FROM categories WHERE name IS NOT NULL LIMIT ?");
    if (!statement)
        return fail(statement.error());
    (*statement)->bind(1, limit);
    QStringList categories;
    for (;;) {
        auto row = (*statement)->step();
        if (!row) {
            (*statement)->reset();
            return fail(row.error());
        }
        if (!*row)
            break;
        categories.append((*statement)->text(0));
    }
    (*statement)->reset();
    return categories;
}

Status PostStore::setNotes(qint64 id, const QString &notes)
{
    auto update = m_db.cached("UPDATE posts SET notes = ? WHERE id = ?");
    if (!update)
        return fail(update.error());
    (*update)->bind(1, notes).bind(2, id);
    if (auto done = (*update)->exec(); !done)
        return done;
    if (m_db.changes() == 0)
        return fail(
            Error::Code::NotFound,
            QCoreApplication::translate("Casebinder::CaseCommand", "The post %1 does not exist.")
                .arg(id));
    return {};
}

} // namespace Casebinder
