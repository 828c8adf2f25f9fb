#include "caseverifier.h"

#include "blobstore.h"
#include "casefile.h"
#include "custodylog.h"
#include "productionstore.h"
#include "sqlite/statement.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebinder {

QJsonObject VerificationReport::toJson() const
{
    QJsonArray manifestsJson;
    for (const ManifestCheck &check : manifests)
        manifestsJson.append(check.toJson());
    return {{u"ok"_s, ok()},
            {u"integrity_ok"_s, integrityOk},
            {u"integrity_messages"_s, QJsonArray::fromStringList(integrityMessages)},
            {u"originals_checked"_s, originalsChecked},
            {u"problems"_s, QJsonArray::fromStringList(problems)},
            {u"manifests"_s, manifestsJson},
            {u"manifests_missing"_s, QJsonArray::fromStringList(manifestsMissing)}};
}

Result<VerificationReport> verifyCase(CaseFile &caseFile, const QStringList &extraManifests)
{
    VerificationReport report;
    auto integrity = caseFile.db().prepare(u"PRAGMA integrity_check"_s);
    if (!integrity)
        return fail(integrity.error());
    for (;;) {
        auto row = integrity->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        report.integrityMessages.append(integrity->text(0));
    }
    report.integrityOk = report.integrityMessages == QStringList{u"ok"_s};
    if (!report.integrityOk) {
        for (const QString &message : std::as_const(report.integrityMessages))
            report.problems.append(u"Database integrity: "_s + message);
    }

    auto mismatches = BlobStore(caseFile.db()).verifyAll(&report.originalsChecked);
    if (!mismatches)
        return fail(mismatches.error());
    for (const auto &mismatch : std::as_const(*mismatches)) {
        auto names = caseFile.db().prepare(
            u"SELECT group_concat(source_name, ', ') FROM documents WHERE blob_sha256 = ?"_s);
        QString documents;
        if (names) {
            names->bind(1, mismatch.sha256);
            if (auto row = names->step(); row && *row)
                documents = names->text(0);
        }
        report.problems.append(
            u"Original %1 (%2) no longer matches its SHA-256; it now hashes to %3"_s.arg(
                mismatch.sha256,
                documents.isEmpty() ? u"not used by any document"_s : documents,
                mismatch.actualSha256));
    }

    auto recorded = checkRecordedManifests(caseFile.db(), &report.manifestsMissing);
    if (!recorded)
        return fail(recorded.error());
    report.manifests = *recorded;
    for (const QString &path : extraManifests) {
        const bool seen = std::any_of(report.manifests.cbegin(),
                                      report.manifests.cend(),
                                      [&path](const ManifestCheck &check) {
                                          return QFileInfo(check.manifestPath) == QFileInfo(path);
                                      });
        if (seen)
            continue;
        // A folder is a production (`produce`), checked against the case's record of it.
        auto check = QFileInfo(path).isDir() ? checkProductionFolder(caseFile.db(), path)
                                             : checkManifest(caseFile.db(), path);
        if (!check)
            return fail(check.error());
        report.manifests.append(*check);
    }
    for (const ManifestCheck &check : std::as_const(report.manifests)) {
        for (const QString &problem : check.problems)
            report.problems.append((QFileInfo(check.manifestPath).isDir() ? u"Production %1: %2"_s
                                                                          : u"Manifest %1: %2"_s)
                                       .arg(QDir::toNativeSeparators(check.manifestPath), problem));
    }

    if (!caseFile.isReadOnly()) {
        if (auto logged
            = CustodyLog(caseFile.db()).append(CustodyLog::Action::Verify, {}, {}, report.toJson());
            !logged)
            return fail(logged.error());
    }
    return report;
}

} // namespace Casebinder
