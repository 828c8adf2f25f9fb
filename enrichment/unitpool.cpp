#include "unitpool.h"

namespace Casebinder {

UnitPool::UnitPool(std::vector<std::unique_ptr<EnrichmentWorker>> workers,
                   const std::atomic_bool &cancel)
    : m_cancel(cancel)
    , m_workers(std::move(workers))
{
    m_threads.reserve(m_workers.size());
    for (const auto &worker : m_workers)
        m_threads.emplace_back([this, &worker = *worker] { run(worker); });
}

UnitPool::~UnitPool()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_tasks.clear();
    }
    m_taskReady.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
}

void UnitPool::submit(Task task)
{
    {
        const std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(task));
        ++m_inFlight;
    }
    m_taskReady.notify_one();
}

int UnitPool::inFlight() const
{
    const std::lock_guard lock(m_mutex);
    return m_inFlight;
}

UnitPool::Done UnitPool::next()
{
    std::unique_lock lock(m_mutex);
    m_doneReady.wait(lock, [this] { return !m_done.empty(); });
    Done done = std::move(m_done.front());
    m_done.pop_front();
    --m_inFlight;
    return done;
}

void UnitPool::run(EnrichmentWorker &worker)
{
    for (;;) {
        Task task;
        {
            std::unique_lock lock(m_mutex);
            m_taskReady.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
            if (m_stopping)
                return;
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        Result<UnitWrite> outcome
            = m_cancel.load(std::memory_order_relaxed)
                  ? Result<UnitWrite>(fail(Error::Code::Cancelled, QStringLiteral("Cancelled.")))
                  : worker.enrich(*task.source, task.unit, m_cancel);
        {
            const std::lock_guard lock(m_mutex);
            m_done.push_back({std::move(task), std::move(outcome)});
        }
        m_doneReady.notify_one();
    }
}

} // namespace Casebinder
