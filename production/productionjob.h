#pragma once

#include "jobs/job.h"
#include "productionwriter.h"

#include <memory>

namespace Casebinder::Production {

// writeProduction() as a Job (decision 0009): on a writer connection of its own, with progress
// per document and cancel. A cancelled or failed production leaves OUTDIR as it was. The
// summary is read after finished().
class ProductionJob final : public Job
{
    Q_OBJECT

public:
    ProductionJob(std::shared_ptr<CaseConnections> connections,
                  ProductionOptions options,
                  QObject *parent = nullptr);

    const ProductionOptions &options() const { return m_options; }
    // Valid after finished().
    const ProductionSummary &summary() const { return *m_summary; }

protected:
    Work prepare() override;

private:
    const ProductionOptions m_options;
    std::shared_ptr<ProductionSummary> m_summary = std::make_shared<ProductionSummary>();
};

} // namespace Casebinder::Production
