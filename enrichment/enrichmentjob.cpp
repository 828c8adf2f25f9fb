#include "enrichmentjob.h"

#include "casefile.h"
#include "documentstore.h"
#include "unitpool.h"

#include <QElapsedTimer>
#include <QHash>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

Error cancelled()
{
    return {Error::Code::Cancelled, u"Cancelled."_s};
}

// Loads each document's original once, when its first unit is handed out, and lets it go when
// the last one is: the workers' tasks keep it alive while they need it.
class Sources final
{
public:
    explicit Sources(CaseFile &caseFile)
        : m_caseFile(caseFile)
    {}

    Result<std::shared_ptr<const EnrichmentSource>> load(qint64 documentId)
    {
        if (const auto found = m_loaded.constFind(documentId); found != m_loaded.cend())
            return *found;
        if (const auto failed = m_failed.constFind(documentId); failed != m_failed.cend())
            return fail(*failed);
        DocumentStore documents = m_caseFile.documents();
        auto record = documents.document(documentId);
        auto original = record ? documents.original(documentId) : Result<QByteArray>();
        if (!record || !original) {
            const Error error = !record ? record.error() : original.error();
            m_failed.insert(documentId, error);
            return fail(error);
        }
        auto source = std::make_shared<const EnrichmentSource>(
            EnrichmentSource{documentId,
                             record->title.isEmpty() ? record->sourceName : record->title,
                             record->mediaType,
                             record->pageCount,
                             std::move(*original)});
        m_loaded.insert(documentId, source);
        return source;
    }
    void release(qint64 documentId) { m_loaded.remove(documentId); }

private:
    CaseFile &m_caseFile;
    QHash<qint64, std::shared_ptr<const EnrichmentSource>> m_loaded;
    QHash<qint64, Error> m_failed;
};

// The report's documents, in the order of the units, each with the pages it has pending.
Status planReport(CaseFile &caseFile,
                  const QList<EnrichmentUnit> &units,
                  EnrichmentReport &report,
                  QHash<qint64, qsizetype> &index)
{
    DocumentStore documents = caseFile.documents();
    for (const EnrichmentUnit &unit : units) {
        auto found = index.constFind(unit.documentId);
        if (found == index.cend()) {
            auto record = documents.document(unit.documentId);
            if (!record)
                return fail(record.error());
            found = index.insert(unit.documentId, report.documents.size());
            report.documents.append(
                {unit.documentId, record->title.isEmpty() ? record->sourceName : record->title});
        }
        ++report.documents[*found].pagesPending;
    }
    return {};
}

} // namespace

Status runEnrichment(CaseFile &caseFile,
                     const Enricher &enricher,
                     const EnrichmentScope &scope,
                     const std::atomic_bool &cancel,
                     EnrichmentReport &report,
                     const EnrichmentProgressCallback &progress)
{
    report = EnrichmentReport{enricher.id(), {}};
    auto pending = enricher.pending(caseFile, scope);
    if (!pending)
        return fail(pending.error());
    const QList<EnrichmentUnit> units = std::move(*pending);
    QHash<qint64, qsizetype> index; // document id -> report.documents
    if (auto planned = planReport(caseFile, units, report, index); !planned)
        return planned;

    EnrichmentProgress state;
    state.pagesTotal = int(units.size());
    state.documentsTotal = int(report.documents.size());
    QElapsedTimer clock;
    clock.start();
    const auto tell = [&] {
        state.elapsedMs = clock.elapsed();
        const int counted = state.pagesDone;
        state.remainingMs = counted > 0 ? state.elapsedMs * state.pagesLeft() / counted : -1;
        if (progress)
            progress(state);
    };
    if (units.isEmpty()) {
        tell();
        return {};
    }

    const int threads = std::clamp(
        std::min(enricher.maxWorkers(), QThread::idealThreadCount()), 1, int(units.size()));
    std::vector<std::unique_ptr<EnrichmentWorker>> workers;
    for (int i = 0; i < threads; ++i) {
        auto worker = enricher.makeWorker();
        if (!worker)
            return fail(worker.error());
        workers.push_back(std::move(*worker));
    }

    // What is left of each document; it is done when nothing is.
    QHash<qint64, int> left;
    for (const EnrichedDocument &document : std::as_const(report.documents))
        left.insert(document.id, document.pagesPending);
    const auto finishUnit = [&](const EnrichmentUnit &unit) {
        EnrichedDocument &document = report.documents[index.value(unit.documentId)];
        state.documentId = document.id;
        state.document = document.title;
        state.page = unit.number;
        ++state.pagesDone;
        if (--left[unit.documentId] == 0)
            ++state.documentsDone;
        tell();
    };
    // A failure is recorded when the enricher keeps them; a record that cannot be stored
    // stops the run like any other store.
    const auto failUnit = [&](const EnrichmentUnit &unit, const Error &error) -> Status {
        const QString reason = error.fullText();
        report.documents[index.value(unit.documentId)].failures.append({unit.number, reason});
        ++state.pagesFailed;
        finishUnit(unit);
        if (const UnitWrite record = enricher.failureWrite(unit, error))
            return record(caseFile);
        return {};
    };

    Sources sources(caseFile);
    UnitPool pool(std::move(workers), cancel);
    // A few units ahead of the workers, so none waits while this thread stores.
    const int window = pool.threadCount() * 2;
    qsizetype next = 0;
    const auto isCancelled = [&cancel] {
        return cancel.load(std::memory_order_relaxed);
    };
    tell();
    for (;;) {
        while (!isCancelled() && next < units.size() && pool.inFlight() < window) {
            const EnrichmentUnit &unit = units.at(next++);
            auto source = sources.load(unit.documentId);
            if (next == units.size() || units.at(next).documentId != unit.documentId)
                sources.release(unit.documentId);
            if (!source) {
                if (auto recorded = failUnit(unit, source.error()); !recorded)
                    return recorded;
                continue;
            }
            pool.submit({std::move(*source), unit});
        }
        if (isCancelled())
            return fail(cancelled()); // the pool drops what is queued and waits for the rest
        if (pool.inFlight() == 0)
            break;
        UnitPool::Done done = pool.next();
        if (!done.outcome) {
            if (done.outcome.error().code == Error::Code::Cancelled && isCancelled())
                return fail(cancelled());
            if (auto recorded = failUnit(done.task.unit, done.outcome.error()); !recorded)
                return recorded;
            continue;
        }
        if (isCancelled())
            return fail(cancelled());
        // A store that fails is the case's problem (busy, read-only, disk full), not the
        // unit's: the run stops, and what was stored stays.
        if (auto stored = (*done.outcome)(caseFile); !stored)
            return stored;
        ++report.documents[index.value(done.task.unit.documentId)].pagesDone;
        finishUnit(done.task.unit);
    }
    return {};
}

EnrichmentJob::EnrichmentJob(std::shared_ptr<CaseConnections> connections,
                             std::shared_ptr<const Enricher> enricher,
                             EnrichmentScope scope,
                             QObject *parent)
    : Job(std::move(connections), CaseFile::Access::ReadWrite, parent)
    , m_enricher(std::move(enricher))
    , m_scope(std::move(scope))
{
    qRegisterMetaType<Casebinder::EnrichmentProgress>();
}

Job::Work EnrichmentJob::prepare()
{
    *m_report = EnrichmentReport{m_enricher->id(), {}};
    return [enricher = m_enricher, scope = m_scope, report = m_report](CaseFile *caseFile,
                                                                       JobControl &control) {
        const QString stage = enricher->stage();
        return runEnrichment(*caseFile,
                             *enricher,
                             scope,
                             *control.cancelFlag(),
                             *report,
                             [&control, &stage](const EnrichmentProgress &p) {
                                 JobProgress progress{
                                     p.pagesDone,
                                     p.pagesTotal,
                                     stage,
                                     p.page > 0 ? tr("%1, page %2").arg(p.document).arg(p.page)
                                                : QString()};
                                 progress.detail = QVariant::fromValue(p);
                                 control.report(progress);
                             });
    };
}

} // namespace Casebinder
