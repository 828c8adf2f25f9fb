#include "recordcites.h"

#include "eventdate.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"

using namespace Qt::StringLiterals;

namespace Casebinder::RecordCites {

PostRecordCite postFromRow(const Sql::Statement &row, int first)
{
    PostRecordCite cite;
    cite.post = CitablePost{row.integer(first), row.text(first + 1), row.text(first + 2)};
    cite.platform = row.text(first + 3);
    cite.postedAt = row.isNull(first + 4) ? QString() : row.text(first + 4);
    cite.url = row.text(first + 5);
    cite.importId = row.optionalInteger(first + 6).value_or(0);
    if (!row.isNull(first + 7))
        cite.sourceCite = PinCite::documentName(CitableDocument{row.integer(first + 7),
                                                                row.text(first + 8),
                                                                row.text(first + 9),
                                                                row.text(first + 10),
                                                                row.text(first + 11),
                                                                row.text(first + 12)});
    return cite;
}

PostLabelParts postLabelFromRow(const Sql::Statement &row, int first)
{
    PostLabelParts parts;
    parts.id = row.integer(first);
    parts.authorHandle = row.text(first + 2);
    parts.platform = row.text(first + 3);
    parts.postedAt = row.isNull(first + 4) ? QString() : row.text(first + 4);
    parts.authorName = row.text(first + 13);
    parts.text = row.text(first + 14);
    return parts;
}

QString eventDate(const Sql::Statement &row, int first)
{
    const auto date
        = EventDate::fromStorage(row.text(first),
                                 row.isNull(first + 1) ? QString() : row.text(first + 1),
                                 row.text(first + 2),
                                 row.integer(first + 3) != 0,
                                 row.text(first + 4));
    return date && date->isValid() ? date->display() : row.text(first);
}

Result<std::pair<QString, QString>> postCiteAndLabel(Sql::Database &db, qint64 postId)
{
    auto statement = db.prepare(u"SELECT "_s + PostColumns + u" FROM posts p "_s + PostSourceJoin
                                + u" WHERE p.id = ?"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, postId);
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(Error::Code::NotFound, u"There is no post %1."_s.arg(postId));
    return std::pair{PinCite::postRecord(postFromRow(*statement, 0)),
                     PostLabel::label(postLabelFromRow(*statement, 0))};
}

Result<QString> post(Sql::Database &db, qint64 postId)
{
    auto both = postCiteAndLabel(db, postId);
    if (!both)
        return fail(both.error());
    return both->first;
}

Result<EventSourceCites> eventSources(Sql::Database &db,
                                      std::optional<qint64> eventId,
                                      bool includePrivileged)
{
    auto statement = db.prepare(
        u"SELECT s.event_id, s.page_from, s.page_to, d.id, d.kind, d.title, d.docket_number, "
        u"d.exhibit_label, d.source_name, d.privileged, coalesce(pd.privileged, 0), "_s
        + PostColumns
        + u" FROM event_sources s LEFT JOIN documents d ON d.id = s.document_id "
          u"LEFT JOIN posts p ON p.id = s.post_id "_s
        + PostSourceJoin + u" WHERE ?1 IS NULL OR s.event_id = ?1 ORDER BY s.event_id, s.id"_s);
    if (!statement)
        return fail(statement.error());
    if (eventId)
        statement->bind(1, *eventId);
    else
        statement->bind(1, nullptr);
    EventSourceCites result;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return result;
        const Sql::Statement &s = *statement;
        const bool privileged = s.isNull(3) ? s.integer(10) != 0 : s.integer(9) != 0;
        if (privileged && !includePrivileged) {
            ++result.withheldByEvent[s.integer(0)];
            continue;
        }
        QString cite;
        if (!s.isNull(3)) {
            const auto from = s.optionalInteger(1);
            const auto to = s.optionalInteger(2);
            cite = PinCite::document(
                CitableDocument{
                    s.integer(3), s.text(4), s.text(5), s.text(6), s.text(7), s.text(8)},
                from ? std::optional<int>(int(*from)) : std::nullopt,
                to ? std::optional<int>(int(*to)) : std::nullopt);
        } else if (!s.isNull(11)) {
            cite = PinCite::postRecord(postFromRow(s, 11));
        } else {
            continue;
        }
        result.byEvent[s.integer(0)].append(cite);
    }
}

} // namespace Casebinder::RecordCites
