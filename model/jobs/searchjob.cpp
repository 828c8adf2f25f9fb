#include "searchjob.h"

namespace Casebinder {

SearchJob::SearchJob(std::shared_ptr<CaseConnections> connections,
                     SearchRequest request,
                     QObject *parent)
    : Job(std::move(connections), CaseFile::Access::ReadOnly, parent)
    , m_request(std::move(request))
{}

Job::Work SearchJob::prepare()
{
    return [request = m_request, results = m_results](CaseFile *caseFile,
                                                      JobControl &control) -> Status {
        control.report({0, 0, tr("Searching"), request.query});
        auto found = caseFile->search().run(request, control.cancelFlag());
        if (!found)
            return fail(found.error());
        *results = std::move(*found);
        return {};
    };
}

} // namespace Casebinder
