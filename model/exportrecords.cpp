#include "exportrecords.h"

#include "casepaths.h"
#include "custodylog.h"
#include "sha256.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"
#include "timeutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Casebinder {

QJsonObject ExportManifest::toJson() const
{
    QJsonArray cited;
    for (const ExportSource &source : sources) {
        QJsonObject entry{
            {u"kind"_s, source.kind == ExportSource::Kind::Document ? u"document"_s : u"post"_s},
            {u"title"_s, source.title},
            {u"cite"_s, source.cite},
            {u"sha256"_s, source.sha256}};
        if (source.documentId != 0)
            entry.insert(u"document_id"_s, source.documentId);
        if (source.postId != 0)
            entry.insert(u"post_id"_s, source.postId);
        cited.append(entry);
    }
    return {{u"casebinder_manifest"_s, FormatVersion},
            {u"kind"_s, kind},
            {u"export"_s,
             QJsonObject{{u"path"_s, exportPath},
                         {u"file_name"_s, QFileInfo(exportPath).fileName()},
                         {u"sha256"_s, sha256},
                         {u"size"_s, size}}},
            {u"created_at"_s, createdAt},
            {u"user"_s, user},
            {u"case"_s, QJsonObject{{u"path"_s, casePath}, {u"title"_s, caseTitle}}},
            {u"options"_s, options},
            {u"withheld_privileged"_s, withheldPrivileged},
            {u"sources"_s, cited}};
}

Result<ExportManifest> ExportManifest::fromJson(const QJsonObject &json)
{
    if (json.value(u"casebinder_manifest"_s).toInt() != FormatVersion)
        return fail(Error::Code::Unsupported,
                    u"This is not a Casebinder export manifest (version %1)."_s.arg(FormatVersion));
    ExportManifest manifest;
    manifest.kind = json.value(u"kind"_s).toString();
    const QJsonObject exported = json.value(u"export"_s).toObject();
    manifest.exportPath = exported.value(u"path"_s).toString();
    manifest.sha256 = exported.value(u"sha256"_s).toString();
    manifest.size = exported.value(u"size"_s).toInteger();
    manifest.createdAt = json.value(u"created_at"_s).toString();
    manifest.user = json.value(u"user"_s).toString();
    const QJsonObject caseInfo = json.value(u"case"_s).toObject();
    manifest.casePath = caseInfo.value(u"path"_s).toString();
    manifest.caseTitle = caseInfo.value(u"title"_s).toString();
    manifest.options = json.value(u"options"_s).toObject();
    manifest.withheldPrivileged = json.value(u"withheld_privileged"_s).toInt();
    for (const QJsonValue &value : json.value(u"sources"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        ExportSource source;
        source.kind = entry.value(u"kind"_s).toString() == u"post" ? ExportSource::Kind::Post
                                                                   : ExportSource::Kind::Document;
        source.documentId = entry.value(u"document_id"_s).toInteger();
        source.postId = entry.value(u"post_id"_s).toInteger();
        source.title = entry.value(u"title"_s).toString();
        source.cite = entry.value(u"cite"_s).toString();
        source.sha256 = entry.value(u"sha256"_s).toString();
        manifest.sources.append(source);
    }
    if (manifest.sha256.size() != 64 || manifest.exportPath.isEmpty())
        return fail(Error::Code::Corrupt,
                    u"The manifest does not name an export file and its SHA-256."_s);
    return manifest;
}

QString manifestPathFor(const QString &exportPath)
{
    return exportPath + u".manifest.json"_s;
}

Result<QString> sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    u"Cannot read %1 to hash it."_s.arg(QDir::toNativeSeparators(path)),
                    file.errorString());
    // OpenSSL's SHA-256, not QCryptographicHash's: every export is hashed once written, and a
    // long chronology is megabytes.
    Sha256 hash;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(chunk.data(), chunk.size());
        if (read < 0)
            return fail(Error::Code::Io,
                        u"Cannot read %1 to hash it."_s.arg(QDir::toNativeSeparators(path)),
                        file.errorString());
        if (read == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), read));
    }
    return hash.hexResult();
}

Status writeManifest(const ExportManifest &manifest, const QString &manifestPath)
{
    QSaveFile file(manifestPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io,
                    u"Cannot write the manifest %1."_s.arg(QDir::toNativeSeparators(manifestPath)),
                    file.errorString());
    file.write(QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(Error::Code::Io,
                    u"Cannot write the manifest %1."_s.arg(QDir::toNativeSeparators(manifestPath)),
                    file.errorString());
    return {};
}

Result<ExportManifest> readManifest(const QString &manifestPath)
{
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::NotFound,
                    u"Cannot open the manifest %1."_s.arg(QDir::toNativeSeparators(manifestPath)),
                    file.errorString());
    // Manifests are small; a huge file is not one of ours.
    if (file.size() > 64 * 1024 * 1024)
        return fail(Error::Code::Corrupt,
                    u"%1 is too large to be an export manifest."_s.arg(
                        QDir::toNativeSeparators(manifestPath)));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(
            Error::Code::Corrupt,
            u"The manifest %1 is not valid JSON."_s.arg(QDir::toNativeSeparators(manifestPath)),
            error.errorString());
    return ExportManifest::fromJson(document.object());
}

Result<qint64> recordExport(Sql::Database &db,
                            const ExportManifest &manifest,
                            const QString &manifestPath)
{
    auto transaction = Sql::Transaction::begin(db);
    if (!transaction)
        return fail(transaction.error());
    QJsonObject stored = manifest.toJson();
    stored.insert(u"manifest_path"_s, manifestPath);
    auto insert = db.prepare(
        u"INSERT INTO exports (at, kind, path, sha256, manifest_json) VALUES (?, ?, ?, ?, ?)"_s);
    if (!insert)
        return fail(insert.error());
    insert->bind(1, manifest.createdAt)
        .bind(2, manifest.kind)
        .bind(3, manifest.exportPath)
        .bind(4, manifest.sha256)
        .bind(5, QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
    if (auto done = insert->exec(); !done)
        return fail(done.error());
    const qint64 id = db.lastInsertRowId();
    QJsonArray sourceHashes;
    for (const ExportSource &source : manifest.sources)
        sourceHashes.append(source.sha256);
    if (auto logged
        = CustodyLog(db).append(CustodyLog::Action::Export,
                                manifest.exportPath,
                                manifest.sha256,
                                {{u"export_id"_s, id},
                                 {u"kind"_s, manifest.kind},
                                 {u"manifest"_s, manifestPath},
                                 {u"sources"_s, sourceHashes},
                                 {u"withheld_privileged"_s, manifest.withheldPrivileged}});
        !logged)
        return fail(logged.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return id;
}

QJsonObject ManifestCheck::toJson() const
{
    return {{u"manifest"_s, manifestPath},
            {u"export"_s, exportPath},
            {u"ok"_s, ok()},
            {u"sources_checked"_s, sourcesChecked},
            {u"problems"_s, QJsonArray::fromStringList(problems)}};
}

Result<ManifestCheck> checkManifest(Sql::Database &db, const QString &manifestPath)
{
    ManifestCheck check;
    check.manifestPath = manifestPath;
    auto manifest = readManifest(manifestPath);
    if (!manifest) {
        check.problems.append(manifest.error().message);
        return check;
    }
    check.exportPath = manifest->exportPath;
    // The export is looked for where it was written, then beside the manifest (folders move).
    QString exportPath = manifest->exportPath;
    if (!QFileInfo::exists(exportPath)) {
        const QString beside
            = QFileInfo(manifestPath).dir().filePath(QFileInfo(manifest->exportPath).fileName());
        if (QFileInfo::exists(beside))
            exportPath = beside;
    }
    if (!QFileInfo::exists(exportPath)) {
        check.problems.append(u"The export %1 named in the manifest is missing."_s.arg(
            QDir::toNativeSeparators(manifest->exportPath)));
    } else if (CasePaths::belongsToCase(exportPath, db.path())) {
        // Hashing it would open and close the case inside a process connected to it.
        check.problems.append(
            u"The manifest names the case file %1 as its export; it was not read."_s.arg(
                QDir::toNativeSeparators(exportPath)));
    } else if (auto hash = sha256OfFile(exportPath); !hash) {
        check.problems.append(hash.error().message);
    } else if (*hash != manifest->sha256) {
        check.problems.append(
            u"The export %1 has changed since it was made: it hashes to %2, the manifest "
            u"records %3."_s.arg(QDir::toNativeSeparators(exportPath), *hash, manifest->sha256));
    }

    auto byDocument = db.prepare(u"SELECT blob_sha256 FROM documents WHERE id = ?"_s);
    auto byBlob = db.prepare(u"SELECT (SELECT count(*) FROM documents WHERE blob_sha256 = ?1), "
                             u"(SELECT count(*) FROM blobs WHERE sha256 = ?1)"_s);
    if (!byDocument)
        return fail(byDocument.error());
    if (!byBlob)
        return fail(byBlob.error());
    for (const ExportSource &source : std::as_const(manifest->sources)) {
        if (source.sha256.isEmpty())
            continue;
        ++check.sourcesChecked;
        const QString name = source.cite.isEmpty() ? source.title : source.cite;
        if (source.documentId != 0) {
            byDocument->reset();
            byDocument->bind(1, source.documentId);
            auto row = byDocument->step();
            if (!row)
                return fail(row.error());
            if (*row && byDocument->text(0) != source.sha256) {
                check.problems.append(
                    u"The cited source %1 (document %2) now has SHA-256 %3; the manifest "
                    u"records %4."_s.arg(name)
                        .arg(source.documentId)
                        .arg(byDocument->text(0), source.sha256));
                continue;
            }
        }
        byBlob->reset();
        byBlob->bind(1, source.sha256);
        auto row = byBlob->step();
        if (!row)
            return fail(row.error());
        if (!*row || byBlob->integer(0) == 0 || byBlob->integer(1) == 0)
            check.problems.append(
                u"The cited source %1 (SHA-256 %2) is no longer in the case."_s.arg(name,
                                                                                    source.sha256));
    }
    return check;
}

Result<QList<ManifestCheck>> checkRecordedManifests(Sql::Database &db, QStringList *skipped)
{
    QStringList manifests;
    auto statement = db.prepare(
        u"SELECT path, json_extract(manifest_json, '$.manifest_path') FROM exports ORDER BY id"_s);
    if (!statement)
        return fail(statement.error());
    for (;;) {
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        const QString manifest
            = statement->isNull(1) ? manifestPathFor(statement->text(0)) : statement->text(1);
        if (manifests.contains(manifest))
            continue;
        if (QFileInfo::exists(manifest))
            manifests.append(manifest);
        else if (skipped)
            skipped->append(manifest);
    }
    QList<ManifestCheck> checks;
    for (const QString &manifest : std::as_const(manifests)) {
        auto check = checkManifest(db, manifest);
        if (!check)
            return fail(check.error());
        checks.append(*check);
    }
    return checks;
}

Result<qint64> recordExport(CaseFile &caseFile,
                            const ExportManifest &manifest,
                            const QString &manifestPath)
{
    return recordExport(caseFile.db(), manifest, manifestPath);
}

Result<ManifestCheck> checkManifest(CaseFile &caseFile, const QString &manifestPath)
{
    return checkManifest(caseFile.db(), manifestPath);
}

Result<QList<ManifestCheck>> checkRecordedManifests(CaseFile &caseFile, QStringList *skipped)
{
    return checkRecordedManifests(caseFile.db(), skipped);
}

} // namespace Casebinder
