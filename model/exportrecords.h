#pragma once

#include "exportdata.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Casebinder {

namespace Sql {
class Database;
}

// The custody manifest written beside every export (OUT.manifest.json): what was exported,
// its SHA-256, and the SHA-256 of every original it cites, so anyone can later prove the
// export and its sources are unchanged.
struct ExportManifest
{
    static constexpr int FormatVersion = 1;

    QString kind; // "timeline", "claim-chart", "exhibit-list"
    QString exportPath;
    QString sha256;
    qint64 size = 0;
    QString createdAt;
    QString user;
    QString casePath;
    QString caseTitle;
    QJsonObject options; // the filters and settings that shaped the export
    int withheldPrivileged = 0;
    QList<ExportSource> sources; // distinct originals cited

    QJsonObject toJson() const;
    static Result<ExportManifest> fromJson(const QJsonObject &json);
};

QString manifestPathFor(const QString &exportPath);

// Streams a file through SHA-256.
Result<QString> sha256OfFile(const QString &path);

// Writes the manifest atomically (temporary file, then rename).
Status writeManifest(const ExportManifest &manifest, const QString &manifestPath);
Result<ExportManifest> readManifest(const QString &manifestPath);

// Records a finished export in the `exports` table and the custody log, in one transaction.
Result<qint64> recordExport(Sql::Database &db,
                            const ExportManifest &manifest,
                            const QString &manifestPath);

struct ManifestCheck
{
    QString manifestPath;
    QString exportPath;
    QStringList problems; // one readable sentence each
    int sourcesChecked = 0;

    bool ok() const { return problems.isEmpty(); }
    QJsonObject toJson() const;
};

// Checks one manifest against the case: the export still hashes to its recorded SHA-256 and
// every cited original is still in the case under the same SHA-256. A manifest that cannot
// be read is a problem in the result, not an error; errors are database failures.
Result<ManifestCheck> checkManifest(Sql::Database &db, const QString &manifestPath);

// Checks every export recorded in the case whose manifest file still exists; `skipped`
// receives the manifests that are gone (moved or deleted exports are not a fault of the case).
Result<QList<ManifestCheck>> checkRecordedManifests(Sql::Database &db,
                                                    QStringList *skipped = nullptr);

// The same, for code above the model, which holds a case rather than its connection.
Result<qint64> recordExport(CaseFile &caseFile,
                            const ExportManifest &manifest,
                            const QString &manifestPath);
Result<ManifestCheck> checkManifest(CaseFile &caseFile, const QString &manifestPath);
Result<QList<ManifestCheck>> checkRecordedManifests(CaseFile &caseFile,
                                                    QStringList *skipped = nullptr);

} // namespace Casebinder
