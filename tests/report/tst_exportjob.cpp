#include "exportjob.h"
#include "jobs/caseconnections.h"
#include "report/exportfixture.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Casebinder;
using namespace Casebinder::Export;
using namespace ExportFixture;

Q_DECLARE_METATYPE(Casebinder::Export::ExportSpec)

// Export::ExportJob: each export on a connection from the case's CaseConnections, with
// progress, the outcome, cancellation and failure in the one job shape.
class TestExportJob final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_casePath;
    std::shared_ptr<CaseConnections> m_connections;

    QStringList exportFiles() const
    {
        return QDir(m_dir.path()).entryList({u"out*"_s}, QDir::Files);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_casePath = m_dir.filePath(u"jobs.casebinder"_s);
        auto caseFile = CaseFile::create(m_casePath, parlerCaption());
        QVERIFY(caseFile);
        const qint64 exhibit
            = addDocument(*caseFile, {.title = u"Customer Agreement"_s, .label = u"A"_s});
        for (int day = 1; day <= 20; ++day) {
            const qint64 event = addEvent(*caseFile,
                                          {.start = u"2021-01-%1"_s.arg(day, 2, 10, QChar(u'0')),
                                           .title = u"Event %1"_s.arg(day)});
            addEventSource(*caseFile, event, exhibit, 1, 1);
        }
        addClaim(*caseFile, u"Public interest"_s);
        m_connections = CaseConnections::create(m_casePath);
    }

    void exportsEachKind_data()
    {
        QTest::addColumn<ExportSpec>("spec");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("items");
        QTest::newRow("timeline") << ExportSpec(TimelineOptions{}) << u"out-timeline.pdf"_s << 20;
        QTest::newRow("claim chart") << ExportSpec(ClaimChartOptions{}) << u"out-chart.pdf"_s << 1;
        QTest::newRow("exhibit list")
            << ExportSpec(ExhibitListOptions{}) << u"out-exhibits.csv"_s << 1;
    }

    void exportsEachKind()
    {
        QFETCH(ExportSpec, spec);
        QFETCH(QString, file);
        QFETCH(int, items);
        const QString path = m_dir.filePath(file);
        ExportJob job(m_connections, spec, path);
        QCOMPARE(job.path(), path);
        QSignalSpy progress(&job, &Job::progress);
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy failed(&job, &Job::failed);
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(60000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(job.outcome().path, path);
        QCOMPARE(job.outcome().items, items);
        QVERIFY(job.outcome().exportId > 0); // recorded in the case: a read-write connection
        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::exists(job.outcome().manifestPath));
        QVERIFY(!progress.isEmpty());
        const auto last = progress.last().first().value<JobProgress>();
        QCOMPARE(last.done, 100); // the last step always goes through the throttle
        QCOMPARE(last.total, 100);
        QCOMPARE(last.stage, u"Exporting"_s);
        QCOMPARE(last.item, path);
    }

    // Cancelled once it has begun: the job fails as cancelled and leaves no file.
    void cancelLeavesNoFile()
    {
        const QStringList before = exportFiles();
        const QString path = m_dir.filePath(u"out-cancelled.pdf"_s);
        ExportJob job(m_connections, TimelineOptions{}, path);
        // The job reports its start before the export begins; the export sees the flag.
        const Status outcome = job.runHere([&job](const JobProgress &) { job.cancel(); });
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, Error::Code::Cancelled);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(exportFiles(), before);

        // Stop pressed while a long chronology is being painted.
        const QString longCase = m_dir.filePath(u"long.casebinder"_s);
        {
            auto caseFile = CaseFile::create(longCase, parlerCaption());
            QVERIFY(caseFile);
            exec(*caseFile, u"BEGIN"_s);
            for (int i = 0; i < 3000; ++i)
                addEvent(*caseFile,
                         {.start = QDate(2020, 1, 1).addDays(i % 700).toString(Qt::ISODate),
                          .title = u"Event %1"_s.arg(i)});
            exec(*caseFile, u"COMMIT"_s);
        }
        ExportJob running(CaseConnections::create(longCase), TimelineOptions{}, path);
        QSignalSpy failed(&running, &Job::failed);
        running.start();
        running.cancel();
        QVERIFY(failed.wait(60000));
        QCOMPARE(failed.first().first().value<Error>().code, Error::Code::Cancelled);
        QVERIFY(!running.isRunning());
        QCOMPARE(exportFiles(), before);
    }

    void failureIsReported()
    {
        ExportJob job(m_connections, ExhibitListOptions{}, m_dir.filePath(u"missing/out.pdf"_s));
        QSignalSpy failed(&job, &Job::failed);
        job.start();
        QVERIFY(failed.wait(60000));
        const auto error = failed.first().first().value<Error>();
        QCOMPARE(error.code, Error::Code::NotFound);
        QVERIFY(error.message.contains(u"does not exist"_s));

        // A case that cannot be opened fails the same way, on the worker.
        ExportJob gone(CaseConnections::create(m_dir.filePath(u"gone.casebinder"_s)),
                       ExhibitListOptions{},
                       m_dir.filePath(u"out-gone.csv"_s));
        QSignalSpy goneFailed(&gone, &Job::failed);
        gone.start();
        QVERIFY(goneFailed.wait(60000));
        QVERIFY(!QFile::exists(m_dir.filePath(u"out-gone.csv"_s)));
    }

    void runExportPicksTheExport()
    {
        auto lease = m_connections->acquire(CaseFile::Access::ReadWrite);
        QVERIFY(lease);
        ExportControl preview;
        preview.previewPages = 1;
        const QString path = m_dir.filePath(u"preview.pdf"_s);
        auto made = runExport(lease->caseFile(), path, ClaimChartOptions{}, preview);
        QVERIFY(made);
        QCOMPARE(made->items, 1);
        QVERIFY(made->manifestPath.isEmpty()); // a preview records nothing
        QVERIFY(QFile(path).open(QIODevice::ReadOnly));
    }
};

QTEST_MAIN(TestExportJob)
#include "tst_exportjob.moc"
