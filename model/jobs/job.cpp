#include "job.h"

#include "caseconnections.h"

#include <QThreadPool>

#include <condition_variable>
#include <mutex>

namespace Casebinder {
namespace {

// One pool for every job, so an import, a search and ten viewer loads share the cores
// instead of each starting threads of their own.
QThreadPool &jobPool()
{
    static QThreadPool *const pool = [] {
        auto *created = new QThreadPool; // never destroyed: jobs are waited for by their owners
        created->setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
        return created;
    }();
    return *pool;
}

} // namespace

JobControl::JobControl(std::shared_ptr<std::atomic_bool> cancel, Sink sink)
    : m_cancel(std::move(cancel))
    , m_sink(std::move(sink))
{}

void JobControl::report(const JobProgress &progress)
{
    if (!m_sink)
        return;
    const bool last = progress.total > 0 && progress.done >= progress.total;
    const bool newStage = progress.stage != m_lastStage;
    if (m_throttle.isValid() && !m_throttle.hasExpired(100) && !last && !newStage)
        return;
    m_throttle.start();
    m_lastStage = progress.stage;
    m_sink(progress);
}

// The worker's side of one start(): set when the worker has returned.
struct Job::Run
{
    std::mutex mutex;
    std::condition_variable doneChanged;
    bool done = false;

    void markDone()
    {
        {
            const std::lock_guard lock(mutex);
            done = true;
        }
        doneChanged.notify_all();
    }
    void wait()
    {
        std::unique_lock lock(mutex);
        doneChanged.wait(lock, [this] { return done; });
    }
};

Job::Job(std::shared_ptr<CaseConnections> connections, CaseFile::Access access, QObject *parent)
    : QObject(parent)
    , m_connections(std::move(connections))
    , m_access(access)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<Casebinder::JobProgress>();
    qRegisterMetaType<Casebinder::Error>();
}

Job::~Job()
{
    cancel();
    waitForWorker();
}

void Job::start()
{
    if (isRunning())
        return;
    m_cancel->store(false);
    m_running = true;
    auto work = prepare();
    auto run = std::make_shared<Run>();
    m_run = run;
    jobPool().start([this, work = std::move(work), run, cancel = m_cancel] {
        // `this` is used only to post to the job's thread; the job waits for this lambda to
        // return before it is destroyed, so the posts are safe and dropped if it is gone.
        JobControl control(cancel, [this](const JobProgress &state) {
            QMetaObject::invokeMethod(
                this, [this, state] { emit progress(state); }, Qt::QueuedConnection);
        });
        auto outcome = execute(work, m_connections.get(), m_access, control);
        QMetaObject::invokeMethod(
            this,
            [this, outcome = std::move(outcome), run] {
                if (m_run != run)
                    return; // restarted since; this run's outcome is stale
                m_running = false;
                if (outcome)
                    emit finished();
                else
                    emit failed(outcome.error());
            },
            Qt::QueuedConnection);
        run->markDone();
    });
}

Status Job::execute(const Work &work,
                    CaseConnections *connections,
                    CaseFile::Access access,
                    JobControl &control)
{
    if (control.isCancelled())
        return fail(Error::Code::Cancelled, QStringLiteral("Cancelled."));
    if (!connections)
        return work(nullptr, control);
    auto lease = connections->acquire(access);
    if (!lease)
        return fail(lease.error());
    return work(&lease->caseFile(), control);
}

Status Job::runHere(const std::function<void(const JobProgress &)> &onProgress)
{
    m_cancel->store(false);
    JobControl control(m_cancel, onProgress);
    return execute(prepare(), m_connections.get(), m_access, control);
}

void Job::cancel()
{
    m_cancel->store(true);
}

void Job::discard()
{
    disconnect();
    cancel();
    if (!isRunning()) {
        deleteLater(); // may be inside its own finished() or failed()
        return;
    }
    connect(this, &Job::finished, this, &QObject::deleteLater);
    connect(this, &Job::failed, this, &QObject::deleteLater);
}

bool Job::isRunning() const
{
    return m_running;
}

void Job::waitForWorker()
{
    if (m_run)
        m_run->wait();
}

} // namespace Casebinder
