#include "caseconnections.h"

namespace Casebinder {

CaseConnections::Lease::Lease(std::shared_ptr<CaseConnections> pool,
                              std::unique_ptr<CaseFile> caseFile)
    : m_pool(std::move(pool))
    , m_caseFile(std::move(caseFile))
{}

CaseConnections::Lease::~Lease()
{
    if (m_pool && m_caseFile)
        m_pool->giveBack(std::move(m_caseFile));
}

std::shared_ptr<CaseConnections> CaseConnections::create(QString casePath)
{
    return std::shared_ptr<CaseConnections>(new CaseConnections(std::move(casePath)));
}

CaseConnections::CaseConnections(QString casePath)
    : m_casePath(std::move(casePath))
{}

Result<CaseConnections::Lease> CaseConnections::acquire(CaseFile::Access access)
{
    if (access == CaseFile::Access::ReadOnly) {
        const std::lock_guard lock(m_mutex);
        if (!m_idle.empty()) {
            auto caseFile = std::move(m_idle.back());
            m_idle.pop_back();
            return Lease(shared_from_this(), std::move(caseFile));
        }
    }
    auto opened = CaseFile::open(m_casePath, access);
    if (!opened)
        return fail(opened.error());
    return Lease(shared_from_this(), std::make_unique<CaseFile>(std::move(*opened)));
}

void CaseConnections::giveBack(std::unique_ptr<CaseFile> caseFile)
{
    if (!caseFile->isReadOnly())
        return; // closed here, on the worker that used it
    std::unique_ptr<CaseFile> surplus;
    {
        const std::lock_guard lock(m_mutex);
        if (std::ssize(m_idle) < MaxIdle)
            m_idle.push_back(std::move(caseFile));
        else
            surplus = std::move(caseFile);
    }
}

void CaseConnections::closeIdle()
{
    std::vector<std::unique_ptr<CaseFile>> closing;
    {
        const std::lock_guard lock(m_mutex);
        closing.swap(m_idle);
    }
}

int CaseConnections::idleCount() const
{
    const std::lock_guard lock(m_mutex);
    return int(m_idle.size());
}

} // namespace Casebinder
