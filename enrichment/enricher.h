#pragma once

#include "pagetextstore.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace Casebinder {

class CaseFile;

// Which documents an enrichment run covers, and whether units already done (or that do not
// need it) are done again.
struct EnrichmentScope
{
    QList<qint64> documentIds; // every document when empty
    bool force = false;
};

// One unit of work: a page of a document.
using EnrichmentUnit = PageRef;

// The document a unit belongs to, as the worker sees it: loaded once per document by the job
// and shared by the workers that work on its pages.
struct EnrichmentSource
{
    qint64 documentId = 0;
    QString title;
    QString mediaType;
    int pageCount = 0;
    QByteArray original;
};

// What an enricher made of one unit: a write to make on the job's connection. It calls one
// store function, which is one transaction, so a unit is stored whole or not at all.
using UnitWrite = std::function<Status(CaseFile &caseFile)>;

// The part of an enricher that runs on one worker thread. A job makes one per thread and
// never calls one from two threads at once, so it may hold an engine that is not thread-safe
// (a Tesseract instance, a Poppler document).
class EnrichmentWorker
{
public:
    virtual ~EnrichmentWorker() = default;
    // Works on one unit of `source`. Returns promptly with Error::Code::Cancelled once
    // `cancel` is set. Any other error is this unit's alone: the job reports it and goes on.
    virtual Result<UnitWrite> enrich(const EnrichmentSource &source,
                                     const EnrichmentUnit &unit,
                                     const std::atomic_bool &cancel)
        = 0;
};

// A stage that adds to what an import stored (decision 0012): OCR now; entity extraction or
// thumbnails later. Immutable once made, and shared by the job and its workers.
class Enricher
{
public:
    virtual ~Enricher() = default;

    // A stable name ("ocr"), for reports and the JSON of the CLI.
    virtual QString id() const = 0;
    // What it is doing, for progress: "Recognising text".
    virtual QString stage() const = 0;
    // The units it wants in `scope`, in the order to do them (document, then page). Without
    // `force`, units it has already done are left out, so a stopped run resumes.
    virtual Result<QList<EnrichmentUnit>> pending(CaseFile &caseFile,
                                                  const EnrichmentScope &scope) const = 0;
    // Makes the worker for one thread; fails when the enricher cannot run at all (an OCR
    // language that is not installed), before any unit is tried.
    virtual Result<std::unique_ptr<EnrichmentWorker>> makeWorker() const = 0;
    // How many workers may run at once (the job uses at most one per core).
    virtual int maxWorkers() const { return 1; }
    // What to store about a unit that failed (not one that was cancelled), so that pending()
    // can leave it out next time; an empty write stores nothing and the unit is tried again.
    virtual UnitWrite failureWrite(const EnrichmentUnit & /*unit*/, const Error & /*error*/) const
    {
        return {};
    }
};

} // namespace Casebinder
