#include "casefile.h"
#include "documentstore.h"
#include "enrichmentjob.h"
#include "importers/importtestutil.h"
#include "jobs/caseconnections.h"
#include "pagetextstore.h"
#include "search.h"

#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

// What the test enricher did, shared by its workers (which run on threads of their own).
struct Ledger
{
    QMutex mutex;
    QHash<qint64, int> stored;  // page id -> times stored
    QSet<qint64> workerThreads; // distinct worker objects that ran a unit
    std::atomic_int enriched = 0;
};

// A real enricher for the job's mechanics: it "recognises" a page as a fixed sentence naming
// its page, stores it through PageTextStore like OCR does, and can be told to fail a page,
// to take its time, or to cancel the run after some pages.
class TestEnricher final : public Enricher
{
public:
    std::shared_ptr<Ledger> ledger = std::make_shared<Ledger>();
    int failPage = 0;    // page number to fail, 0 for none
    int delayMs = 0;     // per unit, checking cancel
    int cancelAfter = 0; // set `cancelFlag` once this many pages are stored, 0 never
    std::atomic_bool *cancelFlag = nullptr;
    int workers = 2;

    QString id() const override { return u"test"_s; }
    QString stage() const override { return u"Testing"_s; }
    int maxWorkers() const override { return workers; }
    Result<QList<EnrichmentUnit>> pending(CaseFile &caseFile,
                                          const EnrichmentScope &scope) const override
    {
        return PageTextStore::of(caseFile).pagesForOcr(scope.documentIds, scope.force);
    }
    Result<std::unique_ptr<EnrichmentWorker>> makeWorker() const override;
};

class TestWorker final : public EnrichmentWorker
{
public:
    explicit TestWorker(const TestEnricher &enricher)
        : m_enricher(enricher)
    {}

    Result<UnitWrite> enrich(const EnrichmentSource &source,
                             const EnrichmentUnit &unit,
                             const std::atomic_bool &cancel) override
    {
        {
            const QMutexLocker lock(&m_enricher.ledger->mutex);
            m_enricher.ledger->workerThreads.insert(qint64(quintptr(this)));
        }
        for (int waited = 0; waited < m_enricher.delayMs; waited += 5) {
            if (cancel)
                return fail(Error::Code::Cancelled, u"Cancelled."_s);
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        if (source.original.isEmpty() || source.documentId != unit.documentId)
            return fail(Error::Code::Generic, u"the job handed out the wrong document"_s);
        ++m_enricher.ledger->enriched;
        if (unit.number == m_enricher.failPage)
            return fail(Error::Code::Corrupt, u"the page image is smudged"_s);
        PageOcr ocr;
        ocr.text = u"zebra page%1 of %2"_s.arg(unit.number).arg(source.title);
        ocr.confidence = 90;
        ocr.engine = u"test"_s;
        ocr.languages = u"eng"_s;
        ocr.dpi = 300;
        return UnitWrite([ocr,
                          pageId = unit.pageId,
                          ledger = m_enricher.ledger,
                          cancelAfter = m_enricher.cancelAfter,
                          cancelFlag = m_enricher.cancelFlag](CaseFile &caseFile) -> Status {
            if (auto saved = PageTextStore::of(caseFile).saveOcr(pageId, ocr); !saved)
                return saved;
            const QMutexLocker lock(&ledger->mutex);
            ++ledger->stored[pageId];
            if (cancelAfter > 0 && ledger->stored.size() >= cancelAfter)
                cancelFlag->store(true);
            return {};
        });
    }

private:
    const TestEnricher &m_enricher;
};

Result<std::unique_ptr<EnrichmentWorker>> TestEnricher::makeWorker() const
{
    return std::unique_ptr<EnrichmentWorker>(std::make_unique<TestWorker>(*this));
}

} // namespace

class TestEnrichmentJob : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_cases = 0;

    // A case with two scans of `pages` blank pages each (no text layer: they need OCR) and
    // a text PDF of two pages that needs none.
    QString scannedCase(int pages)
    {
        const QString name = u"case%1"_s.arg(++m_cases);
        const QString casePath = ImportTest::newCase(m_dir.path(), name);
        const QString folder = m_dir.filePath(name + u"-files"_s);
        QDir().mkpath(folder);
        const QStringList blank(pages, QString());
        ImportTest::writeFile(folder + u"/scan-a.pdf"_s, ImportTest::makePdf(blank, u"Scan A"_s));
        QStringList otherBlank = blank;
        otherBlank.append(QString()); // a different file, so not a duplicate
        ImportTest::writeFile(folder + u"/scan-b.pdf"_s,
                              ImportTest::makePdf(otherBlank, u"Scan B"_s));
        ImportTest::writeFile(folder + u"/text.pdf"_s,
                              ImportTest::makePdf({u"Motion to compel"_s, u"Exhibit list"_s}));
        auto imported = runImport(casePath, {folder}, {});
        if (!imported || imported->imported() != 3)
            return {};
        return casePath;
    }

    static qint64 scalar(const QString &casePath, const QString &sql)
    {
        return ImportTest::count(casePath, sql);
    }

    // Every page has its OCR text and its details together, or neither.
    static qint64 halfWritten(const QString &casePath)
    {
        return scalar(casePath,
                      u"SELECT count(*) FROM pages p WHERE (p.ocr_text IS NULL) <> NOT EXISTS "
                      u"(SELECT 1 FROM page_ocr o WHERE o.page_id = p.id)"_s);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void storesEveryPendingPageOnce()
    {
        const QString casePath = scannedCase(4);
        QVERIFY(!casePath.isEmpty());
        const qint64 textPages
            = scalar(casePath, u"SELECT count(*) FROM pages WHERE needs_ocr = 0"_s);
        QCOMPARE(textPages, 2);
        auto caseFile = CaseFile::open(casePath);
        QVERIFY(caseFile);
        TestEnricher enricher;
        enricher.delayMs = 20; // long enough that both workers get pages
        std::atomic_bool cancel = false;
        EnrichmentReport report;
        QList<EnrichmentProgress> reports;
        QVERIFY(runEnrichment(
            *caseFile, enricher, {}, cancel, report, [&](const auto &p) { reports.append(p); }));
        QCOMPARE(report.enricher, u"test"_s);
        QCOMPARE(report.documents.size(), 2);
        QCOMPARE(report.documents.at(0).title, u"Scan A"_s);
        QCOMPARE(report.documents.at(0).pagesPending, 4);
        QCOMPARE(report.documents.at(0).pagesDone, 4);
        QCOMPARE(report.documents.at(1).pagesDone, 5);
        QCOMPARE(report.pagesFailed(), 0);
        QCOMPARE(enricher.ledger->stored.size(), 9);
        for (const int times : std::as_const(enricher.ledger->stored))
            QCOMPARE(times, 1);
        // Both workers had work.
        QCOMPARE(enricher.ledger->workerThreads.size(), 2);

        QVERIFY(!reports.isEmpty());
        const EnrichmentProgress last = reports.constLast();
        QCOMPARE(last.pagesDone, 9);
        QCOMPARE(last.pagesTotal, 9);
        QCOMPARE(last.documentsDone, 2);
        QCOMPARE(last.documentsTotal, 2);
        QCOMPARE(last.remainingMs, 0);

        // The text pages were left alone, the scans are searchable, and nothing is pending.
        QCOMPARE(scalar(casePath, u"SELECT count(*) FROM pages WHERE ocr_text IS NOT NULL"_s), 9);
        QCOMPARE(scalar(casePath,
                        u"SELECT count(*) FROM pages WHERE needs_ocr = 0 AND ocr_text IS NULL"_s),
                 2);
        SearchRequest request;
        request.query = u"page3"_s;
        QCOMPARE(caseFile->search().run(request)->hits.size(), 2);
        QVERIFY(runEnrichment(*caseFile, enricher, {}, cancel, report));
        QCOMPARE(report.pagesPending(), 0);
        QCOMPARE(enricher.ledger->stored.size(), 9);

        // Forced, one document: every page of it again, the text pages too.
        const qint64 textDocument
            = scalar(casePath, u"SELECT id FROM documents WHERE source_name = 'text.pdf'"_s);
        QVERIFY(runEnrichment(*caseFile, enricher, {{textDocument}, true}, cancel, report));
        QCOMPARE(report.pagesDone(), 2);
        QCOMPARE(scalar(casePath, u"SELECT count(*) FROM pages WHERE ocr_text IS NOT NULL"_s), 11);
        QCOMPARE(*caseFile->documents().pageText(textDocument, 1), u"Motion to compel"_s);
    }

    // Cancelled after a few pages, then run again: every page is stored exactly once, and
    // none is half-written in between.
    void resumesWhereACancelledRunStopped()
    {
        const QString casePath = scannedCase(6);
        QVERIFY(!casePath.isEmpty());
        auto caseFile = CaseFile::open(casePath);
        QVERIFY(caseFile);
        TestEnricher enricher;
        std::atomic_bool cancel = false;
        enricher.cancelFlag = &cancel;
        enricher.cancelAfter = 4;
        EnrichmentReport report;
        const Status stopped = runEnrichment(*caseFile, enricher, {}, cancel, report);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, Error::Code::Cancelled);
        const int firstRun = report.pagesDone();
        QCOMPARE(firstRun, 4);
        QCOMPARE(scalar(casePath, u"SELECT count(*) FROM page_ocr"_s), firstRun);
        QCOMPARE(halfWritten(casePath), 0);

        enricher.cancelAfter = 0;
        cancel = false;
        QVERIFY(runEnrichment(*caseFile, enricher, {}, cancel, report));
        QCOMPARE(report.pagesPending(), 13 - firstRun);
        QCOMPARE(report.pagesDone(), 13 - firstRun);
        QCOMPARE(enricher.ledger->stored.size(), 13);
        for (const int times : std::as_const(enricher.ledger->stored))
            QCOMPARE(times, 1);
        QCOMPARE(halfWritten(casePath), 0);
    }

    void reportsAFailingPageAndDoesTheOthers()
    {
        const QString casePath = scannedCase(3);
        QVERIFY(!casePath.isEmpty());
        auto caseFile = CaseFile::open(casePath);
        QVERIFY(caseFile);
        TestEnricher enricher;
        enricher.failPage = 2;
        std::atomic_bool cancel = false;
        EnrichmentReport report;
        QVERIFY(runEnrichment(*caseFile, enricher, {}, cancel, report));
        QCOMPARE(report.pagesPending(), 7);
        QCOMPARE(report.pagesDone(), 5);
        QCOMPARE(report.pagesFailed(), 2);
        for (const EnrichedDocument &document : std::as_const(report.documents)) {
            QCOMPARE(document.failures.size(), 1);
            QCOMPARE(document.failures.at(0).page, 2);
            QCOMPARE(document.failures.at(0).reason, u"the page image is smudged"_s);
        }
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(u"pages_failed"_s).toInt(), 2);
        QCOMPARE(json.value(u"documents"_s).toArray().at(0).toObject().value(u"title"_s),
                 u"Scan A"_s);
        QCOMPARE(scalar(casePath, u"SELECT count(*) FROM page_ocr"_s), 5);
        // The failed pages are still pending; a later run tries them again.
        QCOMPARE(PageTextStore::of(*caseFile).pagesForOcr({}, false)->size(), 2);
    }

    void failsWhenTheCaseIsReadOnly()
    {
        const QString casePath = scannedCase(1);
        auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
        QVERIFY(caseFile);
        TestEnricher enricher;
        std::atomic_bool cancel = false;
        EnrichmentReport report;
        const Status outcome = runEnrichment(*caseFile, enricher, {}, cancel, report);
        QVERIFY(!outcome);
        QCOMPARE(report.pagesDone(), 0);
        QCOMPARE(halfWritten(casePath), 0);
    }

    void jobReportsProgressAndFinishes()
    {
        const QString casePath = scannedCase(2);
        auto enricher = std::make_shared<TestEnricher>();
        EnrichmentJob job(CaseConnections::create(casePath), enricher, {});
        QSignalSpy progress(&job, &Job::progress);
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy failed(&job, &Job::failed);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(job.report().pagesDone(), 5);
        const auto last = progress.constLast().at(0).value<JobProgress>();
        QCOMPARE(last.done, 5);
        QCOMPARE(last.total, 5);
        QCOMPARE(last.stage, u"Testing"_s);
        QVERIFY(last.item.contains(u"page"_s));
        const auto detail = last.detail.value<EnrichmentProgress>();
        QCOMPARE(detail.documentsDone, 2);
        QCOMPARE(detail.pagesLeft(), 0);
    }

    void jobCancelsAndKeepsWhatItStored()
    {
        const QString casePath = scannedCase(20);
        auto enricher = std::make_shared<TestEnricher>();
        enricher->delayMs = 40;
        EnrichmentJob job(CaseConnections::create(casePath), enricher, {});
        QSignalSpy progress(&job, &Job::progress);
        QSignalSpy failed(&job, &Job::failed);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty()
                                     && progress.constLast().at(0).value<JobProgress>().done >= 2,
                                 20000);
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QCOMPARE(failed.at(0).at(0).value<Error>().code, Error::Code::Cancelled);
        const int stored = job.report().pagesDone();
        QVERIFY(stored >= 2 && stored < 41);
        QCOMPARE(scalar(casePath, u"SELECT count(*) FROM page_ocr"_s), stored);
        QCOMPARE(halfWritten(casePath), 0);

        // Started again, it does only the rest.
        QSignalSpy finished(&job, &Job::finished);
        enricher->delayMs = 0;
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(job.report().pagesDone(), 41 - stored);
        QCOMPARE(scalar(casePath, u"SELECT count(*) FROM page_ocr"_s), 41);
    }
};

QTEST_MAIN(TestEnrichmentJob)
#include "tst_enrichmentjob.moc"
