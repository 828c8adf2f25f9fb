#pragma once

#include "casefile.h"
#include "result.h"

#include <QString>

#include <memory>
#include <mutex>
#include <vector>

namespace Casebinder {

// The one place background work gets its connections to a case. A worker borrows a
// connection for the length of its job and gives it back; read-only connections are kept for
// the next job, so loading ten documents in the viewer opens one connection, not ten.
// Thread-safe; shared (std::shared_ptr) between the document and the jobs it starts, so a job
// that outlives its window still returns its connection to a live pool.
class CaseConnections final : public std::enable_shared_from_this<CaseConnections>
{
public:
    // A borrowed connection. Returns a read-only connection to the pool when it goes away;
    // a read-write one is closed, so no writer lingers between jobs.
    class Lease
    {
    public:
        Lease(Lease &&) noexcept = default;
        Lease &operator=(Lease &&) noexcept = default;
        ~Lease();

        CaseFile &caseFile() { return *m_caseFile; }
        CaseFile *operator->() { return m_caseFile.get(); }

    private:
        friend class CaseConnections;
        Lease(std::shared_ptr<CaseConnections> pool, std::unique_ptr<CaseFile> caseFile);

        std::shared_ptr<CaseConnections> m_pool;
        std::unique_ptr<CaseFile> m_caseFile;
    };

    static std::shared_ptr<CaseConnections> create(QString casePath);

    const QString &casePath() const { return m_casePath; }

    // A connection of the given access, from the pool or newly opened. Opening can fail like
    // CaseFile::open (busy, gone, not a case).
    Result<Lease> acquire(CaseFile::Access access);

    // Closes the idle connections (before the case is closed, copied or moved). Leases still
    // out are closed when they come back.
    void closeIdle();
    int idleCount() const;

    // At most this many idle read connections are kept.
    static constexpr int MaxIdle = 4;

private:
    explicit CaseConnections(QString casePath);
    void giveBack(std::unique_ptr<CaseFile> caseFile);

    const QString m_casePath;
    mutable std::mutex m_mutex;
    std::vector<std::unique_ptr<CaseFile>> m_idle;
};

} // namespace Casebinder
