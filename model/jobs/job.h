#pragma once

#include "casefile.h"
#include "result.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

namespace Casebinder {

class CaseConnections;

// How far a job has come. `total` 0 means not known yet (a busy indicator, not a bar).
struct JobProgress
{
    qint64 done = 0;
    qint64 total = 0;
    QString stage; // what the job is doing, for the user: "Reading", "Saving the case"
    QString item;  // what it is doing it to: a file, a document
    // The job's own account, for a view that shows more (an import's pages and posts).
    QVariant detail;
};

// What a job's worker sees of its job: whether to stop, and where to tell its progress.
class JobControl
{
public:
    bool isCancelled() const { return m_cancel->load(std::memory_order_relaxed); }
    // For APIs that poll a flag themselves (runImport, Search::run, export painters).
    const std::atomic_bool *cancelFlag() const { return m_cancel.get(); }

    // Queued to the job's thread at most ten times a second; a change of stage and the last
    // step (done == total) always go through.
    void report(const JobProgress &progress);

    using Sink = std::function<void(const JobProgress &)>;
    JobControl(std::shared_ptr<std::atomic_bool> cancel, Sink sink);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    Sink m_sink;
    QElapsedTimer m_throttle;
    QString m_lastStage;
};

// Background work in one shape (docs/decisions/0009-one-job-shape.md): a worker thread, a
// connection of its own from CaseConnections, a cancel flag, queued progress, and then
// exactly one of finished or failed — failed with Error::Code::Cancelled after cancel().
//
// A subclass implements prepare(), which returns the work to run on the worker. The work
// captures its inputs by value and its output through a std::shared_ptr the subclass keeps,
// never `this`: the worker writes the output, the job's thread reads it after finished(), and
// the queued signal orders the two. Jobs run on one shared thread pool. Destroying a running
// job cancels it and waits for its worker.
class Job : public QObject
{
    Q_OBJECT

public:
    ~Job() override;

    // Runs the work on the pool. Does nothing while the job is running; a finished job can be
    // started again.
    void start();
    // Asks the worker to stop; the job then fails with Error::Code::Cancelled.
    void cancel();
    // For a job whose outcome is no longer wanted (a newer search, another document): cuts
    // its connections, cancels it and deletes it once its worker has returned, so the caller
    // never blocks on a stale job.
    void discard();
    // True from start() until finished() or failed() has been emitted.
    bool isRunning() const;
    // Blocks until the worker is done (for tests and shutdown). Signals still arrive queued.
    void waitForWorker();

    // Runs the work on the calling thread (the CLI, tests): no signals, the outcome is
    // returned. Progress goes to `onProgress` when given.
    Status runHere(const std::function<void(const JobProgress &)> &onProgress = {});

signals:
    void progress(const Casebinder::JobProgress &progress);
    void finished();
    void failed(const Casebinder::Error &error);

protected:
    // Runs on the worker thread with a connection of the job's access (null when the job was
    // made without connections). Must return promptly, failing with Error::Code::Cancelled,
    // once control.isCancelled().
    using Work = std::function<Status(CaseFile *caseFile, JobControl &control)>;

    // `connections` may be null for a job that needs no case (writing a file from data it
    // already holds).
    Job(std::shared_ptr<CaseConnections> connections, CaseFile::Access access, QObject *parent);

    // On the job's thread, each time the job starts.
    virtual Work prepare() = 0;

private:
    struct Run;
    static Status execute(const Work &work,
                          CaseConnections *connections,
                          CaseFile::Access access,
                          JobControl &control);

    std::shared_ptr<CaseConnections> m_connections;
    CaseFile::Access m_access;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<Run> m_run;
    bool m_running = false; // on the job's thread
};

} // namespace Casebinder

Q_DECLARE_METATYPE(Casebinder::JobProgress)
