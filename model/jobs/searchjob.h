#pragma once

#include "jobs/job.h"
#include "search.h"

#include <memory>

namespace Casebinder {

// One full-text search, on a read connection of its own. The results are read after
// finished(); a search replaced by a newer one is cancelled and simply never finishes.
class SearchJob final : public Job
{
    Q_OBJECT

public:
    SearchJob(std::shared_ptr<CaseConnections> connections,
              SearchRequest request,
              QObject *parent = nullptr);

    const SearchRequest &request() const { return m_request; }
    // Valid after finished().
    const SearchResults &results() const { return *m_results; }

protected:
    Work prepare() override;

private:
    const SearchRequest m_request;
    std::shared_ptr<SearchResults> m_results = std::make_shared<SearchResults>();
};

} // namespace Casebinder
