#include "importjob.h"

#include "casefile.h"
#include "importsession.h"
#include "jobs/caseconnections.h"
#include "pipeline/preparer.h"
#include "pipeline/writer.h"
#include "registry/importerregistry.h"

#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <deque>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

QString fieldName(DocumentField field)
{
    switch (field) {
    case DocumentField::Title:
        return u"title"_s;
    case DocumentField::DocketNumber:
        return u"docket_number"_s;
    case DocumentField::FiledDate:
        return u"filed_date"_s;
    default:
        return {};
    }
}

// Filings and docket entries find each other once everything of the import is in, so a
// docket links the filings imported before it and a filing the entry imported before it.
Status linkDocketEntries(ImportSession &session, ImportReport &report)
{
    auto linked = session.docketLinker().linkUnlinked();
    if (!linked)
        return fail(linked.error());
    for (const DocketLinkResult &link : std::as_const(linked->linked)) {
        QStringList filled;
        for (const DocumentField field : link.filled)
            filled.append(fieldName(field));
        report.docketLinks.append({link.documentId, link.label, link.how, filled});
    }
    report.docketUnresolved = linked->unresolved;
    return {};
}

// Files prepared in parallel before the writer commits them; bounds memory.
constexpr qint64 BatchBytes = 128LL << 20;

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

QString stageName(ImportProgress::Stage stage)
{
    switch (stage) {
    case ImportProgress::Stage::Reading:
        return u"Reading"_s;
    case ImportProgress::Stage::Indexing:
        return u"Indexing"_s;
    case ImportProgress::Stage::Saving:
        return u"Saving the case"_s;
    }
    return {};
}

} // namespace

Result<ImportReport> runImport(CaseFile &caseFile,
                               const QStringList &paths,
                               const ImportOptions &options,
                               const std::atomic_bool *cancel,
                               const ProgressCallback &progress)
{
    auto collected = collectFiles(paths, caseFile.path(), ImporterRegistry::instance());
    if (!collected)
        return fail(collected.error());
    const QList<QString> files = std::move(*collected);
    ImportProgress state;
    state.filesTotal = int(files.size());
    QList<qint64> sizes;
    for (const QString &file : files) {
        sizes.append(std::max<qint64>(0, QFileInfo(file).size()));
        state.bytesTotal += sizes.last();
    }

    auto session = ImportSession::begin(caseFile, options.toJson());
    if (!session)
        return fail(session.error());
    ImportReport report;
    const Preparer preparer(ImporterRegistry::instance(), options, cancel);
    Writer writer(*session, options, cancel, report, progress);
    if (auto started = writer.start(); !started)
        return fail(started.error());

    // Extraction runs on the pool (both cores) a few files ahead of this thread, the only
    // writer, which commits each file as soon as it and those before it are ready. No batch
    // barrier: a slow file holds back the commits, never the other core.
    struct InFlight
    {
        QFuture<PreparedFile> future;
        qint64 size;
    };
    std::deque<InFlight> inFlight;
    qint64 bytesInFlight = 0;
    const size_t window = size_t(std::max(2, QThreadPool::globalInstance()->maxThreadCount()) * 2);
    qsizetype nextIndex = 0;
    const auto fill = [&] {
        while (!cancelled(cancel) && nextIndex < files.size() && inFlight.size() < window
               && (inFlight.empty() || bytesInFlight + sizes.at(nextIndex) <= BatchBytes)) {
            const QString path = files.at(nextIndex);
            inFlight.push_back(
                {QtConcurrent::run([&preparer, path] { return preparer.prepareFile(path); }),
                 sizes.at(nextIndex)});
            bytesInFlight += sizes.at(nextIndex++);
        }
    };
    const auto abandon = [&](const Error &error) -> Result<ImportReport> {
        for (InFlight &pending : inFlight)
            pending.future.waitForFinished();
        session->rollback();
        return fail(error);
    };
    fill();
    while (!inFlight.empty()) {
        PreparedFile item = inFlight.front().future.takeResult();
        bytesInFlight -= inFlight.front().size;
        inFlight.pop_front();
        if (cancelled(cancel))
            return abandon(importCancelled());
        fill();
        state.currentFile = item.displayPath;
        const qint64 size = item.size;
        if (auto done = writer.commit(item, std::nullopt, state); !done)
            return abandon(done.error());
        ++state.filesDone;
        state.bytesDone += size;
        if (progress)
            progress(state);
    }
    if (cancelled(cancel))
        return abandon(importCancelled());
    if (auto linked = linkDocketEntries(*session, report); !linked)
        return abandon(linked.error());
    if (options.docketEvents) {
        auto events = session->docketEvents().addMissing();
        if (!events)
            return abandon(events.error());
        report.docketEvents = events->added;
    }
    report.importId = session->importId();
    if (progress) {
        state.stage = ImportProgress::Stage::Saving;
        progress(state);
    }
    if (auto committed = session->commit(report.toJson()); !committed)
        return fail(committed.error());
    return report;
}

Result<ImportReport> runImport(const QString &casePath,
                               const QStringList &paths,
                               const ImportOptions &options,
                               const std::atomic_bool *cancel,
                               const ProgressCallback &progress)
{
    auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadWrite);
    if (!caseFile)
        return fail(caseFile.error());
    return runImport(*caseFile, paths, options, cancel, progress);
}

ImportJob::ImportJob(std::shared_ptr<CaseConnections> connections,
                     QStringList paths,
                     ImportOptions options,
                     QObject *parent)
    : Job(std::move(connections), CaseFile::Access::ReadWrite, parent)
    , m_paths(std::move(paths))
    , m_options(std::move(options))
{
    qRegisterMetaType<Casebinder::ImportProgress>();
}

ImportJob::ImportJob(const QString &casePath,
                     QStringList paths,
                     ImportOptions options,
                     QObject *parent)
    : ImportJob(CaseConnections::create(casePath), std::move(paths), std::move(options), parent)
{}

Job::Work ImportJob::prepare()
{
    return [paths = m_paths, options = m_options, report = m_report](CaseFile *caseFile,
                                                                     JobControl &control) {
        auto imported = runImport(
            *caseFile, paths, options, control.cancelFlag(), [&control](const ImportProgress &p) {
                JobProgress progress{p.filesDone, p.filesTotal, stageName(p.stage), p.currentFile};
                progress.detail = QVariant::fromValue(p);
                control.report(progress);
            });
        if (!imported)
            return Status(fail(imported.error()));
        *report = std::move(*imported);
        return Status{};
    };
}

} // namespace Casebinder
