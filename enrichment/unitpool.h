#pragma once

#include "enricher.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Casebinder {

// A fixed set of threads, each with the EnrichmentWorker it was given, that work on the units
// submitted to them; the thread that submits takes the outcomes back, in the order they are
// done. Destroying the pool waits for the units in flight (they stop soon once cancelled).
class UnitPool final
{
public:
    struct Task
    {
        std::shared_ptr<const EnrichmentSource> source;
        EnrichmentUnit unit;
    };
    struct Done
    {
        Task task;
        Result<UnitWrite> outcome;
    };

    UnitPool(std::vector<std::unique_ptr<EnrichmentWorker>> workers,
             const std::atomic_bool &cancel);
    ~UnitPool();
    UnitPool(const UnitPool &) = delete;
    UnitPool &operator=(const UnitPool &) = delete;

    int threadCount() const { return int(m_threads.size()); }
    void submit(Task task);
    // Units submitted and not yet taken back with next().
    int inFlight() const;
    // Blocks until a unit is done. Only while inFlight() > 0.
    Done next();

private:
    void run(EnrichmentWorker &worker);

    const std::atomic_bool &m_cancel;
    std::vector<std::unique_ptr<EnrichmentWorker>> m_workers;
    mutable std::mutex m_mutex;
    std::condition_variable m_taskReady;
    std::condition_variable m_doneReady;
    std::deque<Task> m_tasks;
    std::deque<Done> m_done;
    int m_inFlight = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace Casebinder
