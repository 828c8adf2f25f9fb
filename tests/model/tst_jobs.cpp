#include "casefile.h"
#include "custodylog.h"
#include "jobs/caseconnections.h"
#include "jobs/casecopyjob.h"
#include "jobs/job.h"
#include "jobs/searchjob.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

// Counts to `total`, reporting each step; the output goes through a shared_ptr, never `this`.
class CountingJob final : public Job
{
public:
    CountingJob(std::shared_ptr<CaseConnections> connections, int total, QObject *parent = nullptr)
        : Job(std::move(connections), CaseFile::Access::ReadOnly, parent)
        , m_total(total)
    {}

    std::shared_ptr<std::atomic_int> counted = std::make_shared<std::atomic_int>(0);
    std::shared_ptr<QString> caption = std::make_shared<QString>();
    std::shared_ptr<std::atomic_bool> gate; // when set, each step waits for it

protected:
    Work prepare() override
    {
        return [total = m_total, counted = counted, caption = caption, gate = gate](
                   CaseFile *caseFile, JobControl &control) -> Status {
            if (caseFile)
                *caption = caseFile->path();
            for (int i = 1; i <= total; ++i) {
                while (gate && !gate->load() && !control.isCancelled())
                    std::this_thread::yield();
                if (control.isCancelled())
                    return fail(Error::Code::Cancelled, u"Cancelled."_s);
                counted->store(i);
                control.report({i, total, u"Counting"_s, QString::number(i)});
            }
            return {};
        };
    }

private:
    int m_total;
};

class FailingJob final : public Job
{
public:
    FailingJob()
        : Job(nullptr, CaseFile::Access::ReadOnly, nullptr)
    {}

protected:
    Work prepare() override
    {
        return [](CaseFile *, JobControl &) -> Status {
            return fail(Error::Code::InvalidArgument, u"no such claim"_s);
        };
    }
};

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_casePath;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_casePath = m_dir.filePath(u"jobs.casebinder"_s);
        auto created = CaseFile::create(m_casePath, CaseCaption{u"Jobs v. Tests"_s});
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    }

    void readConnectionsAreReused()
    {
        auto pool = CaseConnections::create(m_casePath);
        QCOMPARE(pool->idleCount(), 0);
        {
            auto lease = pool->acquire(CaseFile::Access::ReadOnly);
            QVERIFY(lease);
            QVERIFY(lease->caseFile().isReadOnly());
        }
        QCOMPARE(pool->idleCount(), 1);
        {
            auto first = pool->acquire(CaseFile::Access::ReadOnly);
            auto second = pool->acquire(CaseFile::Access::ReadOnly);
            QVERIFY(first && second);
            QCOMPARE(pool->idleCount(), 0);
        }
        QCOMPARE(pool->idleCount(), 2);
        {
            auto writer = pool->acquire(CaseFile::Access::ReadWrite);
            QVERIFY(writer);
            QVERIFY(!writer->caseFile().isReadOnly());
        }
        QCOMPARE(pool->idleCount(), 2); // a writer is closed, not kept
        pool->closeIdle();
        QCOMPARE(pool->idleCount(), 0);
    }

    void aMissingCaseFailsToAcquire()
    {
        auto pool = CaseConnections::create(m_dir.filePath(u"gone.casebinder"_s));
        auto lease = pool->acquire(CaseFile::Access::ReadOnly);
        QVERIFY(!lease);
        QVERIFY(!lease.error().message.isEmpty());
    }

    void aJobRunsWithItsConnectionAndReportsProgress()
    {
        CountingJob job(CaseConnections::create(m_casePath), 5);
        QSignalSpy progress(&job, &Job::progress);
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy failed(&job, &Job::failed);
        job.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(job.counted->load(), 5);
        QCOMPARE(*job.caption, m_casePath);
        QVERIFY(!progress.isEmpty());
        const auto last = progress.last().at(0).value<JobProgress>();
        QCOMPARE(last.done, 5); // the last step always goes through the throttle
        QCOMPARE(last.total, 5);
        QCOMPARE(last.stage, u"Counting"_s);
        QVERIFY(!job.isRunning());
    }

    void cancelEndsInCancelledFailure()
    {
        CountingJob job(CaseConnections::create(m_casePath), 1000);
        job.gate = std::make_shared<std::atomic_bool>(false);
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy failed(&job, &Job::failed);
        job.start();
        QVERIFY(job.isRunning());
        job.cancel();
        QVERIFY(failed.wait(5000));
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.first().at(0).value<Error>().code, Error::Code::Cancelled);
        QVERIFY(job.counted->load() < 1000);
    }

    void aFinishedJobCanRunAgain()
    {
        CountingJob job(CaseConnections::create(m_casePath), 3);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(5000));
        job.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.count(), 2);
    }

    void failureIsReported()
    {
        FailingJob job;
        QSignalSpy failed(&job, &Job::failed);
        job.start();
        QVERIFY(failed.wait(5000));
        const auto error = failed.first().at(0).value<Error>();
        QCOMPARE(error.code, Error::Code::InvalidArgument);
        QCOMPARE(error.message, u"no such claim"_s);
    }

    void runHereReturnsTheOutcomeWithoutSignals()
    {
        CountingJob job(CaseConnections::create(m_casePath), 4);
        QSignalSpy finished(&job, &Job::finished);
        int reports = 0;
        const auto outcome = job.runHere([&](const JobProgress &) { ++reports; });
        QVERIFY(outcome);
        QCOMPARE(job.counted->load(), 4);
        QVERIFY(reports >= 1);
        QCOMPARE(finished.count(), 0);
    }

    void destroyingARunningJobCancelsAndWaits()
    {
        auto counted = std::make_shared<std::atomic_int>(0);
        {
            CountingJob job(CaseConnections::create(m_casePath), 1'000'000);
            job.gate = std::make_shared<std::atomic_bool>(false);
            counted = job.counted;
            job.start();
        } // must not hang or touch a dead job
        QVERIFY(counted->load() < 1'000'000);
    }

    void aSearchJobReadsOnItsOwnConnection()
    {
        SearchRequest request;
        request.query = u"Parler"_s;
        SearchJob job(CaseConnections::create(m_casePath), request);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(job.results().hits.size(), 0); // an empty case has nothing to find
    }

    void aCaseCopyJobWritesAVerifiedCopyAndRecordsIt()
    {
        const QString copyPath = m_dir.filePath(u"copy.casebinder"_s);
        CaseCopyJob job(CaseConnections::create(m_casePath), copyPath);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(job.report().path, copyPath);
        QCOMPARE(job.report().sha256.size(), 64);
        auto copy = CaseFile::open(copyPath, CaseFile::Access::ReadOnly);
        QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
        QCOMPARE(copy->caption()->title, u"Jobs v. Tests"_s);
        auto source = CaseFile::open(m_casePath, CaseFile::Access::ReadOnly);
        QVERIFY(source);
        auto entries = source->custody().entries();
        QVERIFY(entries);
        QVERIFY(std::any_of(entries->cbegin(), entries->cend(), [&](const CustodyEntry &entry) {
            return entry.subject == u"copy.casebinder"_s && entry.sha256 == job.report().sha256;
        }));
    }

    void aCancelledCaseCopyLeavesNoFile()
    {
        const QString copyPath = m_dir.filePath(u"cancelled.casebinder"_s);
        CaseCopyJob job(CaseConnections::create(m_casePath), copyPath);
        QSignalSpy failed(&job, &Job::failed);
        job.start();
        job.cancel();
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().first().value<Error>().code, Error::Code::Cancelled);
        QVERIFY(!QFileInfo::exists(copyPath));
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
