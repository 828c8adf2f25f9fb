#pragma once

#include "enricher.h"
#include "enrichmentreport.h"
#include "jobs/job.h"

#include <atomic>
#include <functional>
#include <memory>

namespace Casebinder {

using EnrichmentProgressCallback = std::function<void(const EnrichmentProgress &)>;

// Runs `enricher` over the units it wants in `scope`, on this thread's connection to the case
// (read-write). Workers run on up to one thread per core; each unit is stored as soon as it is
// done, in a transaction of its own, so a run that is cancelled or killed keeps what it did and
// the next run starts where it stopped. A unit that fails is reported in `report` with its
// document and reason and the others go on; the Status fails only when the run could not go on
// (cancelled, the case busy or read-only, no worker could be made). `report` holds what was
// stored either way.
Status runEnrichment(CaseFile &caseFile,
                     const Enricher &enricher,
                     const EnrichmentScope &scope,
                     const std::atomic_bool &cancel,
                     EnrichmentReport &report,
                     const EnrichmentProgressCallback &progress = {});

// runEnrichment as a Job (decision 0009), on a read-write connection of its own. Its progress
// carries the EnrichmentProgress as JobProgress::detail. The report is read after finished(),
// or after failed() for what was stored before the run stopped.
class EnrichmentJob final : public Job
{
    Q_OBJECT

public:
    EnrichmentJob(std::shared_ptr<CaseConnections> connections,
                  std::shared_ptr<const Enricher> enricher,
                  EnrichmentScope scope,
                  QObject *parent = nullptr);

    const Enricher &enricher() const { return *m_enricher; }
    const EnrichmentScope &scope() const { return m_scope; }
    const EnrichmentReport &report() const { return *m_report; }

protected:
    Work prepare() override;

private:
    const std::shared_ptr<const Enricher> m_enricher;
    const EnrichmentScope m_scope;
    std::shared_ptr<EnrichmentReport> m_report = std::make_shared<EnrichmentReport>();
};

} // namespace Casebinder
