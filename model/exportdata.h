#pragma once

#include "assessment.h"
#include "casefile.h"
#include "eventdate.h"
#include "eventstore.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace Casebinder {

namespace Sql {
class Database;
}

// A document or post an export cites, with what the custody manifest needs to know about it.
struct ExportSource
{
    enum class Kind { Document, Post };
    Kind kind = Kind::Document;
    qint64 documentId = 0; // for a post: the document it was imported from, if any
    qint64 postId = 0;
    QString title;
    // Court style: "Dkt. 34 at 3–4", "Ex. A at 5", "Parler post by @handle, 8 Jan 2021 21:14
    // UTC, ID 1234567 (Ex. E)"
    QString cite;
    QString sha256; // the cited original (a post's source document); empty when there is none
};

struct ChronologyFilter
{
    QDate from; // invalid: open
    QDate to;
    std::optional<qint64> claimId; // the claim and every element or factor beneath it
    QString tag;                   // the tag and every tag beneath it
    // Only events a user assessed as undisputed (not those nobody has assessed).
    bool undisputedOnly = false;
    bool includePrivileged = false;
};

struct ChronologyEntry
{
    qint64 id = 0;
    EventDate date;
    QString dateText;
    QString title;
    QString description;
    DisputeStatus dispute = DisputeStatus::NotAssessed;
    bool disputed = false; // dispute == Disputed
    QList<ExportSource> sources;
    QStringList claims; // "Breach of contract › Breach"
    QStringList tags;
};

struct ChronologyData
{
    CaseCaption caption;
    QList<ChronologyEntry> entries; // in EventDate order, ties by id
    int withheldSources = 0;        // privileged citations left out
};

struct ClaimChartFilter
{
    std::optional<qint64> claimId; // one claim; all claims when empty
    bool includePrivileged = false;
};

struct ChartEvidence
{
    qint64 linkId = 0;
    int weight = 3;
    QString cite; // a pin cite, or "Event: TITLE (DATE) — its sources' pin cites"
    QString quote;
    std::optional<bool> quoteVerified; // nullopt: no quote or not checked
    QString note;
    bool disputedEvent = false;         // cites an event assessed as disputed
    bool solid = true;                  // weighed by the assessment (EvidenceFacts::solid())
    std::optional<qint64> eventId;      // when the link cites an event
    std::optional<ExportSource> source; // the document or post, when the link cites one
};

struct ChartNode
{
    qint64 id = 0;
    int depth = 0; // 0 for a claim
    QString kind;  // claim, element, factor
    QString title;
    QString description;
    QString assertedBy;
    QString legalStandard;
    QString status;
    QList<ChartEvidence> supporting; // strongest first
    QList<ChartEvidence> undermining;
    QList<ChartEvidence> context;
    std::optional<qint64> parentId; // within the chart
    // The one rule (ProofAssessor, decision 0006), over the evidence this chart cites: a
    // withheld privileged source is not weighed.
    NodeAssessment assessment;
    QString rollUpNote; // for a claim: rollUpNote() of its template
    // The assessment is unsupported: no solid support ("no supporting evidence", "only
    // disputed support"), or an element or factor beneath it has none.
    bool gap = false;
    QString gapReason;
};

struct ClaimChartData
{
    CaseCaption caption;
    QList<ChartNode> nodes; // depth-first, in position order
    int withheldSources = 0;
};

struct ExhibitFilter
{
    bool includePrivileged = false;
};

struct ExhibitEntry
{
    qint64 documentId = 0;
    QString number; // unique within the list
    QString description;
    QString date;       // the document's own date, "10 Jan 2021", "Jun 2018"; empty: unknown
    QString dateSource; // dateSourceName(): user, manifest, email_header, …; empty: unknown
    QString pdfCreated; // the PDF's creation date (file metadata, never the document's date)
    QString batesBegin;
    QString batesEnd;
    QString sponsoringWitness;
    QString offered;
    QString objection;
    QString admitted;
    QString status; // remarks about the list itself ("numbered for this list"); no filler
    ExportSource source;
};

struct ExhibitListData
{
    CaseCaption caption;
    QList<ExhibitEntry> exhibits; // in exhibit-number order
    int withheld = 0;             // privileged exhibits left out
};

// Gathers what the exports print, in a few set-based queries, with dates and cites worded in
// `language`. `cancel` is polled between
// stages and rows; a cancelled load returns Error::Code::Cancelled.
Result<ChronologyData> loadChronology(Sql::Database &db,
                                      const ChronologyFilter &filter,
                                      const std::atomic_bool *cancel = nullptr,
                                      const DisplayLanguage &language = DisplayLanguage::current());
Result<ClaimChartData> loadClaimChart(Sql::Database &db,
                                      const ClaimChartFilter &filter,
                                      const std::atomic_bool *cancel = nullptr,
                                      const DisplayLanguage &language = DisplayLanguage::current());
Result<ExhibitListData> loadExhibits(Sql::Database &db,
                                     const ExhibitFilter &filter,
                                     const DisplayLanguage &language = DisplayLanguage::current());

struct ClaimChoice
{
    qint64 id = 0;
    QString title;
};
// The top-level claims, in position order, for export dialogs' claim filters.
Result<QList<ClaimChoice>> topLevelClaims(Sql::Database &db);

// The first and last day any event covers, to seed the export dialog's date filters;
// nullopt when the case has no events.
struct EventDaySpan
{
    QDate first;
    QDate last;
};
Result<std::optional<EventDaySpan>> eventDaySpan(Sql::Database &db);

// The same, for code above the model, which holds a case rather than its connection.
Result<ChronologyData> loadChronology(CaseFile &caseFile,
                                      const ChronologyFilter &filter,
                                      const std::atomic_bool *cancel = nullptr,
                                      const DisplayLanguage &language = DisplayLanguage::current());
Result<ClaimChartData> loadClaimChart(CaseFile &caseFile,
                                      const ClaimChartFilter &filter,
                                      const std::atomic_bool *cancel = nullptr,
                                      const DisplayLanguage &language = DisplayLanguage::current());
Result<ExhibitListData> loadExhibits(CaseFile &caseFile,
                                     const ExhibitFilter &filter,
                                     const DisplayLanguage &language = DisplayLanguage::current());
Result<QList<ClaimChoice>> topLevelClaims(CaseFile &caseFile);
Result<std::optional<EventDaySpan>> eventDaySpan(CaseFile &caseFile);

// Every distinct original the data cites, for the custody manifest.
QList<ExportSource> citedOriginals(const QList<ExportSource> &sources);

} // namespace Casebinder
