#pragma once

#include "eventdate.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Casebinder {

namespace Sql {
class Database;
}

// Where an event is documented: pages of a document, or a post.
struct EventSource
{
    qint64 id = 0;
    qint64 eventId = 0;
    std::optional<qint64> documentId;
    std::optional<int> pageFrom;
    std::optional<int> pageTo;
    std::optional<qint64> postId;
    QString note;

    // Filled when read: a court-style pin cite ("Ex. A at 5", "Post 123 (@handle)"), the
    // document title (or the post's author), and whether the document is privileged.
    QString cite;
    QString title;
    bool privileged = false;

    static EventSource document(qint64 documentId,
                                std::optional<int> pageFrom = std::nullopt,
                                std::optional<int> pageTo = std::nullopt)
    {
        EventSource source;
        source.documentId = documentId;
        source.pageFrom = pageFrom;
        source.pageTo = pageTo ? pageTo : pageFrom;
        return source;
    }
    static EventSource post(qint64 postId)
    {
        EventSource source;
        source.postId = postId;
        return source;
    }
};

// Whether the parties dispute an event. Nobody has assessed it until a user says so
// (decision 0007), and an export prints the status only when it has been assessed.
enum class DisputeStatus { NotAssessed, Undisputed, Disputed };
QString disputeStatusName(DisputeStatus status); // "unassessed", "undisputed", "disputed"
std::optional<DisputeStatus> disputeStatusFromName(QStringView name);

struct EventRecord
{
    qint64 id = 0;
    EventDate date;
    QString title;
    QString description;
    DisputeStatus dispute = DisputeStatus::NotAssessed;
    QString notes;
    QList<EventSource> sources; // in id order
    QList<qint64> entityIds;    // written by insert(); read back by event()/events()
    QList<qint64> claimIds;     // read only: claims whose evidence links cite this event
    QList<qint64> tagIds;       // read only
    int withheldSources = 0;    // privileged sources left out by the filter
};

struct EventFilter
{
    // UndisputedOnly: explicitly assessed as undisputed; NotAssessedOnly: nobody has said.
    enum class Disputed { Any, DisputedOnly, UndisputedOnly, NotAssessedOnly };
    QDate from; // invalid: open. An event is kept when any day it covers is in the range.
    QDate to;
    std::optional<qint64> claimId; // the claim and everything beneath it
    QString tag;                   // a tag path; the tag and everything beneath it
    Disputed disputed = Disputed::Any;
    // Privileged documents are never cited unless asked: their sources are left out of
    // `sources` and counted in `withheldSources`.
    bool includePrivileged = false;
};

// The chronology: events, their sources and the people involved.
class EventStore
{
public:
    explicit EventStore(Sql::Database &db)
        : m_db(db)
    {}

    // Writes the event with its sources and entity links; ids in the record (event, sources)
    // are kept when non-zero, so redo recreates the same rows. The caller owns the transaction.
    Result<qint64> insert(const EventRecord &record);
    // Date, title, description, dispute status and notes.
    Status update(const EventRecord &record);
    Status remove(qint64 id);

    // With every source, privileged or not.
    Result<EventRecord> event(qint64 id);
    // Filtered and in EventDate order (ties by id).
    Result<QList<EventRecord>> events(const EventFilter &filter = {},
                                      EventDate::Placement placement
                                      = EventDate::Placement::PeriodStart);
    Result<qint64> count();

    Result<qint64> addSource(qint64 eventId, const EventSource &source);
    Result<EventSource> source(qint64 sourceId);
    Status removeSource(qint64 sourceId);
    // A source must cite an existing document and pages within it, or an existing post.
    Status validateSource(const EventSource &source);

private:
    Status validate(const EventRecord &record);
    Result<qint64> writeSource(qint64 eventId, const EventSource &source);
    Sql::Database &m_db;
};

} // namespace Casebinder
