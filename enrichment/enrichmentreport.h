#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Casebinder {

// A unit an enricher could not do, and why.
struct EnrichmentFailure
{
    int page = 0;
    QString reason;
};

// What one run did to one document.
struct EnrichedDocument
{
    qint64 id = 0;
    QString title;
    int pagesPending = 0; // what the run set out to do
    int pagesDone = 0;    // stored, each in its own transaction
    QList<EnrichmentFailure> failures;

    QJsonObject toJson() const;
};

// What a run did, document by document. Valid after the job finished and, for the units that
// were stored before it stopped, after it failed (cancelled, case busy).
struct EnrichmentReport
{
    QString enricher;
    QList<EnrichedDocument> documents;

    int pagesPending() const;
    int pagesDone() const;
    int pagesFailed() const;
    QJsonObject toJson() const;
};

// How far a run has come, as JobProgress::detail.
struct EnrichmentProgress
{
    int pagesDone = 0; // stored or failed
    int pagesFailed = 0;
    int pagesTotal = 0;
    int documentsDone = 0;
    int documentsTotal = 0;
    qint64 documentId = 0; // the document of the last page finished
    QString document;
    int page = 0;
    qint64 elapsedMs = 0;
    qint64 remainingMs = -1; // estimated from the pages so far; -1 before the first

    int pagesLeft() const { return pagesTotal - pagesDone; }
};

} // namespace Casebinder

Q_DECLARE_METATYPE(Casebinder::EnrichmentProgress)
