#pragma once

#include "importoptions.h"
#include "importsession.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Casebinder {

namespace Zip {
struct Budget;
}

// Records a file brings besides its document (a posts file's posts; a docket's entries, a
// load file's rows), stored by the writer right after the document inside a savepoint of the
// file's own, so a file whose records turn out unreadable halfway is undone as a whole.
class AttachedRecords
{
public:
    virtual ~AttachedRecords() = default;

    struct Outcome
    {
        std::optional<Error> rejection; // unreadable: the file is undone and refused
        qint64 posts = 0;
        qint64 documents = 0; // documents stored besides the file's own (a load file's records)
        qint64 pages = 0;     // their pages
        QStringList warnings;
    };
    struct Context
    {
        const std::atomic_bool *cancel = nullptr;
        // After each chunk: records stored so far, and how much of the source has been read.
        std::function<void(qint64 records, double fractionRead)> stored;
        // Before a long step that reads nothing (indexing a million posts for search).
        std::function<void()> indexing;
    };

    // Called before the document is stored, so that reading can overlap storing the original.
    virtual void startReading() {}
    // Stores the records of document `documentId`. Fails only when the whole import must stop
    // (a database error, cancelled).
    virtual Result<Outcome> store(ImportSession &session, qint64 documentId, const Context &context)
        = 0;
};

// A file or archive entry, read and extracted by its importer, waiting for the writer.
struct PreparedFile
{
    QString displayPath; // on disk, or "archive.zip/inner/path"
    qint64 size = 0;
    std::optional<Error> rejection;
    IncomingDocument document;
    std::shared_ptr<AttachedRecords> records;
    QStringList warnings;
    std::vector<PreparedFile> children; // archive entries
    bool container = false;
};

// What an importer may use while it prepares one file.
struct PrepareContext
{
    const ImportOptions &options;
    const std::atomic_bool *cancel = nullptr;
    int depth = 0;       // 0 for a file the user chose, 1 inside an archive, …
    bool forced = false; // the user chose this importer for every file (ImportOptions::format)
    Zip::Budget *archiveBudget = nullptr; // shared by an archive and the archives inside it
    // Prepares an entry of a container with whatever importer recognises it, one level deeper.
    std::function<PreparedFile(QByteArray bytes,
                               const QString &name,
                               const QString &displayPath,
                               const QString &sourcePath,
                               Zip::Budget *budget)>
        prepareEntry;

    bool inArchive() const { return depth > 0; }
    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

// The kind a document of an automatic kind `automatic` takes under the user's chosen role.
DocumentKind documentKindFor(const ImportOptions &options, DocumentKind automatic);

} // namespace Casebinder
