#pragma once

#include "importreport.h"
#include "pipeline/preparedfile.h"

#include <functional>
#include <optional>

namespace Casebinder {

class ImportSession;

// The one thread that writes an import: commits prepared files in order inside the import's
// transaction, with their archive entries and attached records, numbers exhibits, and records
// every file's outcome in the report and the custody log.
class Writer final
{
public:
    Writer(ImportSession &session,
           const ImportOptions &options,
           const std::atomic_bool *cancel,
           ImportReport &report,
           const ProgressCallback &progress);

    // Reads where exhibit numbering continues.
    Status start();
    // Commits one prepared file (and its archive entries); fails only on database errors and
    // when cancelled.
    Status commit(PreparedFile &item, std::optional<qint64> parentId, ImportProgress &progress);

private:
    Status commitWithRecords(PreparedFile &item, ImportedFile file, ImportProgress &progress);
    Status record(ImportedFile file);

    ImportSession &m_session;
    const ImportOptions &m_options;
    const std::atomic_bool *m_cancel;
    ImportReport &m_report;
    const ProgressCallback &m_progress;
    int m_nextExhibit = 0;
};

} // namespace Casebinder
