#pragma once

#include "jobs/job.h"
#include "poststore.h"

#include <QList>

#include <memory>

namespace Casebinder {

// The ids of the posts a filter selects, in a list's order, read on a connection of its own:
// a filter can match hundreds of thousands of posts. A job replaced by a newer one is
// discarded (Job::discard), which stops its statement at once.
class PostIdsJob final : public Job
{
    Q_OBJECT

public:
    PostIdsJob(std::shared_ptr<CaseConnections> connections,
               PostFilter filter,
               PostOrder order,
               QObject *parent = nullptr);

    const PostFilter &filter() const { return m_filter; }
    const PostOrder &order() const { return m_order; }
    // Valid after finished(); takes them out of the job.
    QList<qint64> takeIds() { return std::move(*m_ids); }

protected:
    Work prepare() override;

private:
    const PostFilter m_filter;
    const PostOrder m_order;
    std::shared_ptr<QList<qint64>> m_ids = std::make_shared<QList<qint64>>();
};

} // namespace Casebinder
