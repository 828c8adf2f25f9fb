#include "pipeline/writer.h"

#include "importsession.h"
#include "phaseclock.h"

#include <QJsonObject>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace Casebinder {
Writer::Writer(ImportSession &session,
               const ImportOptions &options,
               const std::atomic_bool *cancel,
               ImportReport &report,
               const ProgressCallback &progress)
    : m_session(session)
    , m_options(options)
    , m_cancel(cancel)
    , m_report(report)
    , m_progress(progress)
{}

Status Writer::start()
{
    if (m_options.exhibitPrefix.isEmpty())
        return {};
    auto next = m_session.nextExhibitNumber(m_options.exhibitPrefix);
    if (!next)
        return fail(next.error());
    m_nextExhibit = *next;
    return {};
}

Status Writer::commit(PreparedFile &item, std::optional<qint64> parentId, ImportProgress &progress)
{
    ImportedFile file;
    file.path = item.displayPath;
    file.sha256 = item.document.sha256;
    file.warnings = item.warnings;
    if (item.rejection) {
        file.status = ImportedFile::Status::Rejected;
        file.reason = item.rejection->message;
        file.errorCode = item.rejection->code;
        return record(std::move(file));
    }
    auto existing = m_session.existingDocument(item.document.sha256);
    if (!existing)
        return fail(existing.error());
    if (*existing) {
        file.status = ImportedFile::Status::Duplicate;
        file.documentId = **existing;
        file.reason = u"already in the case as document %1"_s.arg(**existing);
        return record(std::move(file));
    }
    if (item.records)
        return commitWithRecords(item, std::move(file), progress);
    DocumentRecord &document = item.document.record;
    document.parentId = parentId;
    if (!item.container && m_nextExhibit > 0 && document.exhibitLabel.isEmpty()) {
        document.exhibitLabel = m_options.exhibitPrefix + QString::number(m_nextExhibit++);
        document.kind = DocumentKind::Exhibit;
    }
    auto outcome = m_session.addDocument(item.document);
    if (!outcome)
        return fail(outcome.error());
    file.status = ImportedFile::Status::Imported;
    file.documentId = outcome->documentId;
    file.pages = int(item.document.pages.size());
    progress.pages += file.pages;
    // The bytes are in the database now; free them before the next file.
    item.document = {};
    if (auto done = record(std::move(file)); !done)
        return done;
    const qint64 containerId = outcome->documentId;
    for (PreparedFile &child : item.children) {
        if (auto done = commit(child, containerId, progress); !done)
            return done;
    }
    return {};
}

// The document and its records in a savepoint: records unreadable halfway undo the file, and
// the other files of the import stay.
Status Writer::commitWithRecords(PreparedFile &item, ImportedFile file, ImportProgress &progress)
{
    AttachedRecords &records = *item.records;
    auto savepoint = m_session.savepoint("attached_records");
    if (!savepoint)
        return fail(savepoint.error());
    records.startReading();
    const qint64 bytesBefore = progress.bytesDone;
    const qint64 postsBefore = progress.posts;
    // The runner adds the whole file once it is stored.
    const auto restoreBytes = qScopeGuard([&] { progress.bytesDone = bytesBefore; });
    PhaseClock clock;
    auto added = m_session.addDocument(item.document);
    if (!added)
        return fail(added.error());
    clock.log("original stored before its records");
    // The original is stored; at a million posts it is hundreds of MB.
    item.document = {};

    AttachedRecords::Context context;
    context.cancel = m_cancel;
    context.stored = [&](qint64 stored, double fractionRead) {
        progress.posts = postsBefore + stored;
        progress.bytesDone = bytesBefore + qint64(double(item.size) * fractionRead);
        if (m_progress)
            m_progress(progress);
    };
    context.indexing = [&] {
        if (!m_progress)
            return;
        progress.stage = ImportProgress::Stage::Indexing;
        m_progress(progress);
        progress.stage = ImportProgress::Stage::Reading;
    };
    auto stored = records.store(m_session, added->documentId, context);
    if (!stored) {
        if (stored.error().code == Error::Code::Cancelled)
            return fail(importCancelled());
        return fail(stored.error());
    }
    if (stored->rejection) {
        savepoint->rollback();
        progress.posts = postsBefore;
        file.status = ImportedFile::Status::Rejected;
        file.reason = stored->rejection->message;
        file.errorCode = stored->rejection->code;
        item.records.reset();
        return record(std::move(file));
    }
    if (auto released = savepoint->release(); !released)
        return released;
    file.warnings.append(stored->warnings);
    file.status = ImportedFile::Status::Imported;
    file.documentId = added->documentId;
    file.posts = stored->posts;
    file.documents = stored->documents;
    file.pages = int(stored->pages);
    progress.pages += stored->pages;
    item.records.reset();
    return record(std::move(file));
}

Status Writer::record(ImportedFile file)
{
    QJsonObject custody{{u"path"_s, file.path},
                        {u"sha256"_s, file.sha256},
                        {u"status"_s, ImportedFile::statusName(file.status)}};
    if (!file.reason.isEmpty())
        custody.insert(u"reason"_s, file.reason);
    if (file.documentId > 0)
        custody.insert(u"document_id"_s, file.documentId);
    m_session.recordFile(custody);
    m_report.files.append(std::move(file));
    return {};
}

} // namespace Casebinder
