#pragma once

#include "pincite.h"
#include "postlabel.h"
#include "result.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace Casebinder {

namespace Sql {
class Database;
class Statement;
} // namespace Sql

// Record cites read from the case: a post by platform, handle, time and the exhibit it came
// from; an event by its sources' pin cites. The screen and the exports share them.
namespace RecordCites {

// The columns postFromRow() reads, from `posts p LEFT JOIN documents pd ON pd.id =
// p.source_document_id` (PostJoin).
inline constexpr auto PostColumns
    = u"p.id, p.external_id, p.author_handle, p.platform, p.posted_at, p.url, p.import_id, "
      u"pd.id, pd.kind, pd.title, pd.docket_number, pd.exhibit_label, pd.source_name, "
      u"p.author_name, substr(p.text, 1, 400)";
inline constexpr int PostColumnCount = 15;
inline constexpr auto PostSourceJoin = u"LEFT JOIN documents pd ON pd.id = p.source_document_id";

PostRecordCite postFromRow(const Sql::Statement &row, int first);
// The same columns as a post's label (PostLabel::label): platform, @handle, date, first words.
PostLabelParts postLabelFromRow(const Sql::Statement &row, int first);

Result<QString> post(Sql::Database &db, qint64 postId);
// A post's record cite and its label, read together.
Result<std::pair<QString, QString>> postCiteAndLabel(Sql::Database &db, qint64 postId);

// An event's date for a cite, from its start, end, precision, circa and time_zone columns
// (from `first` on): "10 Jan 2021 23:59 PST"; a date that cannot be read is shown as stored.
QString eventDate(const Sql::Statement &row, int first);

struct EventSourceCites
{
    QHash<qint64, QStringList> byEvent; // event id -> pin cites, in source order
    QHash<qint64, int> withheldByEvent; // privileged citations left out, per event
};
// The pin cites of every event's sources (or one event's). Sources in a privileged document,
// or posts imported from one, are left out unless `includePrivileged`, and counted.
Result<EventSourceCites> eventSources(Sql::Database &db,
                                      std::optional<qint64> eventId,
                                      bool includePrivileged);

} // namespace RecordCites
} // namespace Casebinder
