#pragma once

#include "pipeline/preparedfile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Casebinder {

class ImporterRegistry;

// Reads files and hands each to the importer that recognises it best (or to the one the user
// forced). Thread-safe: the import prepares several files at once on the pool.
class Preparer final
{
public:
    Preparer(const ImporterRegistry &registry,
             const ImportOptions &options,
             const std::atomic_bool *cancel);

    // A file the user chose: read whole (at most MaxFileBytes), then prepared.
    PreparedFile prepareFile(const QString &path) const;

    // A single file above this is refused before it is read: SQLite's default limit for one
    // value is 1e9 bytes, and the original must fit in one blob.
    static constexpr qint64 MaxFileBytes = 900LL << 20;

private:
    PreparedFile prepareBytes(QByteArray bytes,
                              const QString &name,
                              const QString &displayPath,
                              const QString &sourcePath,
                              int depth,
                              Zip::Budget *budget) const;

    const ImporterRegistry &m_registry;
    const ImportOptions &m_options;
    const std::atomic_bool *m_cancel;
};

// The files to import, directories walked recursively in a stable order; the case file and
// its companions (journal, WAL) are skipped. A directory an importer claims as a whole (a
// production volume: ImporterRegistry::claimFolder) gives the files it names instead; its
// refusal is the import's (nothing is imported).
Result<QList<QString>> collectFiles(const QStringList &paths,
                                    const QString &casePath,
                                    const ImporterRegistry &registry);

} // namespace Casebinder
