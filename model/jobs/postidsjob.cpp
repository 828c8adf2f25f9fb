#include "postidsjob.h"

namespace Casebinder {

PostIdsJob::PostIdsJob(std::shared_ptr<CaseConnections> connections,
                       PostFilter filter,
                       PostOrder order,
                       QObject *parent)
    : Job(std::move(connections), CaseFile::Access::ReadOnly, parent)
    , m_filter(std::move(filter))
    , m_order(order)
{}

Job::Work PostIdsJob::prepare()
{
    return [filter = m_filter, order = m_order, ids = m_ids](CaseFile *caseFile,
                                                             JobControl &control) -> Status {
        control.report({0, 0, tr("Filtering posts"), {}});
        auto found = caseFile->posts().orderedIds(filter, order, control.cancelFlag());
        if (!found)
            return fail(found.error());
        *ids = std::move(*found);
        return {};
    };
}

} // namespace Casebinder
