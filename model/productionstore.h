#pragma once

#include "exportrecords.h"
#include "result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Casebinder {

class CaseFile;

namespace Sql {
class Database;
}

// How a document went into a production.
enum class ProductionTreatment {
    Imaged,   // stamped PDF pages in IMAGES/
    Native,   // the original in NATIVES/, a stamped placeholder page in IMAGES/
    Withheld, // privileged: a stamped slip sheet only
};

QString treatmentName(ProductionTreatment treatment);

struct ProducedDocument
{
    std::optional<qint64> documentId; // null once the document is deleted from the case
    QString batesBegin;
    QString batesEnd;
    ProductionTreatment treatment = ProductionTreatment::Imaged;
};

struct ProducedFile
{
    QString path; // relative to the production folder, '/' separators
    QString sha256;
    qint64 size = 0;
};

// One production as the case records it (`productions`, `production_documents`,
// `production_files`).
struct ProductionRecord
{
    qint64 id = 0;
    QString volume;
    QString producedAt; // ISO 8601 UTC
    QString recipient;  // empty: not stated
    QString folder;     // absolute path the production was written to
    QString legend;
    QString images = QStringLiteral("pdf");
    bool includePrivileged = false;
    QString batesBegin;
    QString batesEnd;
    QList<ProducedDocument> documents;
    QList<ProducedFile> files;
};

// The production records of a case. SQL for productions lives here.
class ProductionStore
{
public:
    explicit ProductionStore(Sql::Database &db)
        : m_db(db)
    {}
    explicit ProductionStore(CaseFile &caseFile);

    // Every document with a Bates number, archives left out (their contents are documents of
    // their own), in Bates order.
    Result<QList<qint64>> numberedDocuments();
    // Documents carrying the tag at `path` or a tag beneath it; NotFound names the tag.
    Result<QList<qint64>> documentsTagged(const QString &path);
    // The production and its documents and files, plus one custody-log entry per file (its
    // SHA-256), in one transaction. `beforeCommit` (moving the finished folder into place) runs
    // last inside it: when it fails, nothing is recorded.
    Result<qint64> record(const ProductionRecord &production,
                          const std::function<Status()> &beforeCommit = {});
    Result<QList<ProductionRecord>> productions();
    Result<ProductionRecord> production(qint64 id);

private:
    Sql::Database &m_db;
};

// Checks a production folder against the case's record of it (found by the folder's path, or
// else by the volume its DATA/*.dat names, the latest such production): every recorded file
// present with the same SHA-256, and no file that the production did not write. Each difference
// is one sentence in `problems`; `sourcesChecked` counts the files checked.
Result<ManifestCheck> checkProductionFolder(Sql::Database &db, const QString &folder);

} // namespace Casebinder
