#include "pipeline/preparer.h"

#include "blobstore.h"
#include "casepaths.h"
#include "files/fileextraction.h"
#include "importreport.h"
#include "phaseclock.h"
#include "registry/importerregistry.h"

#include <QDirIterator>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Casebinder {

DocumentKind documentKindFor(const ImportOptions &options, DocumentKind automatic)
{
    switch (options.role) {
    case DocumentRole::Filing:
        return DocumentKind::Filing;
    case DocumentRole::Exhibit:
        return DocumentKind::Exhibit;
    case DocumentRole::Auto:
        break;
    }
    return automatic;
}

Preparer::Preparer(const ImporterRegistry &registry,
                   const ImportOptions &options,
                   const std::atomic_bool *cancel)
    : m_registry(registry)
    , m_options(options)
    , m_cancel(cancel)
{}

PreparedFile Preparer::prepareFile(const QString &path) const
{
    const QFileInfo info(path);
    PreparedFile item;
    item.displayPath = path;
    PhaseClock clock;
    auto bytes = Files::readOriginal(path, MaxFileBytes);
    clock.log("file read");
    if (!bytes) {
        item.rejection = bytes.error();
        return item;
    }
    const QString sourcePath = m_options.provenance.isEmpty()
                                   ? info.absoluteFilePath()
                                   : m_options.provenance + u'/' + info.fileName();
    return prepareBytes(std::move(*bytes), info.fileName(), path, sourcePath, 0, nullptr);
}

PreparedFile Preparer::prepareBytes(QByteArray bytes,
                                    const QString &name,
                                    const QString &displayPath,
                                    const QString &sourcePath,
                                    int depth,
                                    Zip::Budget *budget) const
{
    PreparedFile item;
    item.displayPath = displayPath;
    item.size = bytes.size();
    if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
        item.rejection = importCancelled();
        return item;
    }
    if (bytes.isEmpty()) {
        item.rejection = Error{Error::Code::Corrupt, u"%1 is empty (0 bytes)"_s.arg(name)};
        return item;
    }
    PhaseClock clock;
    item.document.sha256 = BlobStore::sha256Hex(bytes);
    clock.log("SHA-256");
    DocumentRecord &record = item.document.record;
    record.sourceName = name;
    record.sourcePath = sourcePath;
    record.title = QFileInfo(name).completeBaseName();

    PrepareContext context{m_options, m_cancel, depth, false, budget, {}};
    context.prepareEntry = [this, depth](QByteArray entry,
                                         const QString &entryName,
                                         const QString &entryDisplay,
                                         const QString &entrySource,
                                         Zip::Budget *entryBudget) {
        return prepareBytes(
            std::move(entry), entryName, entryDisplay, entrySource, depth + 1, entryBudget);
    };

    // The user's choice of format applies to the files they chose; what is inside an archive is
    // recognised entry by entry.
    QList<const Importer *> candidates;
    if (depth == 0 && !m_options.format.isEmpty()) {
        const Importer *forced = m_registry.find(m_options.format);
        if (!forced) {
            item.rejection = Error{Error::Code::InvalidArgument,
                                   u"No importer reads \"%1\" files"_s.arg(m_options.format)};
            return item;
        }
        candidates.append(forced);
        context.forced = true;
    } else {
        const SniffInput input{
            name,
            QByteArrayView(bytes).first(std::min(bytes.size(), SniffInput::HeadBytes)),
            depth > 0};
        candidates = m_registry.candidates(input);
    }
    for (const Importer *importer : std::as_const(candidates)) {
        // An importer that declines has left `item` as it was, for the next one.
        if (importer->prepare(item, bytes, context) == Importer::Outcome::Prepared)
            return item;
    }
    item.rejection
        = Error{Error::Code::Unsupported, u"%1 is not a file Casebinder can import"_s.arg(name)};
    return item;
}

Result<QList<QString>> collectFiles(const QStringList &paths,
                                    const QString &casePath,
                                    const ImporterRegistry &registry)
{
    // Reading one of them would open and close it in a process that holds connections to it.
    const auto isCase = [&casePath](const QString &file) {
        return CasePaths::belongsToCase(file, casePath);
    };
    QList<QString> files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            if (!isCase(path))
                files.append(path);
            continue;
        }
        if (auto claimed = registry.claimFolder(path)) {
            if (!*claimed)
                return fail(claimed->error());
            files.append(**claimed);
            continue;
        }
        QStringList found;
        QDirIterator it(
            path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!isCase(file))
                found.append(file);
        }
        found.sort();
        files.append(found);
    }
    return files;
}

} // namespace Casebinder
