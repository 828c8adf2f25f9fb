#include "productionstore.h"

#include "casefile.h"
#include "custodylog.h"
#include "rowloop.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"
#include "tagstore.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

// The context lupdate files these strings under (a free function's tr() has none).
struct ProductionStoreText
{
    Q_DECLARE_TR_FUNCTIONS(Casebinder::ProductionStore)
};

std::optional<ProductionTreatment> treatmentFromName(const QString &name)
{
    for (const auto treatment :
         {ProductionTreatment::Imaged, ProductionTreatment::Native, ProductionTreatment::Withheld})
        if (treatmentName(treatment) == name)
            return treatment;
    return std::nullopt;
}

} // namespace

QString treatmentName(ProductionTreatment treatment)
{
    switch (treatment) {
    case ProductionTreatment::Imaged:
        return u"imaged"_s;
    case ProductionTreatment::Native:
        return u"native"_s;
    case ProductionTreatment::Withheld:
        return u"withheld"_s;
    }
    return {};
}

ProductionStore::ProductionStore(CaseFile &caseFile)
    : m_db(caseFile.db())
{}

Result<QList<qint64>> ProductionStore::numberedDocuments()
{
    auto select = m_db.prepare(u"SELECT id FROM documents"
                               " WHERE ifnull(bates_begin, '') <> ''"
                               " ORDER BY bates_begin COLLATE NOCASE, id"_s);
    if (!select)
        return fail(select.error());
    QList<qint64> ids;
    if (auto read
        = Sql::forEachRow(*select, [&](Sql::Statement &row) { ids.append(row.integer(0)); });
        !read)
        return fail(read.error());
    return ids;
}

Result<QList<qint64>> ProductionStore::documentsTagged(const QString &path)
{
    TagStore tags(m_db);
    auto tag = tags.find(path);
    if (!tag) {
        if (tag.error().code == Error::Code::NotFound)
            return fail(
                Error::Code::NotFound,
                ProductionStoreText::tr("There is no tag \u201C%1\u201D in this case.").arg(path));
        return fail(tag.error());
    }
    auto subtree = tags.subtree(tag->id);
    if (!subtree)
        return fail(subtree.error());
    QSet<qint64> seen;
    QList<qint64> ids;
    for (const qint64 tagId : std::as_const(*subtree)) {
        auto targets = tags.targetsOf(tagId, TagTargetKind::Document);
        if (!targets)
            return fail(targets.error());
        for (const TagTarget &target : std::as_const(*targets))
            if (!seen.contains(target.id)) {
                seen.insert(target.id);
                ids.append(target.id);
            }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<qint64> ProductionStore::record(const ProductionRecord &production,
                                       const std::function<Status()> &beforeCommit)
{
    auto transaction = Sql::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto insert = m_db.prepare(
        u"INSERT INTO productions (volume, produced_at, recipient, folder, legend, images,"
        " include_privileged, bates_begin, bates_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!insert)
        return fail(insert.error());
    insert->bind(1, production.volume)
        .bind(2, production.producedAt)
        .bindOrNull(3, production.recipient)
        .bind(4, production.folder)
        .bind(5, production.legend)
        .bind(6, production.images)
        .bind(7, production.includePrivileged)
        .bind(8, production.batesBegin)
        .bind(9, production.batesEnd);
    if (auto done = insert->exec(); !done)
        return fail(done.error());
    const qint64 id = m_db.lastInsertRowId();

    auto document = m_db.prepare(
        u"INSERT INTO production_documents (production_id, position, document_id, bates_begin,"
        " bates_end, treatment) VALUES (?, ?, ?, ?, ?, ?)"_s);
    if (!document)
        return fail(document.error());
    int position = 0;
    for (const ProducedDocument &produced : production.documents) {
        document->reset();
        document->bind(1, id)
            .bind(2, ++position)
            .bind(3, produced.documentId)
            .bind(4, produced.batesBegin)
            .bind(5, produced.batesEnd)
            .bind(6, treatmentName(produced.treatment));
        if (auto done = document->exec(); !done)
            return fail(done.error());
    }

    auto file = m_db.prepare(u"INSERT INTO production_files (production_id, path, sha256, size)"
                             " VALUES (?, ?, ?, ?)"_s);
    if (!file)
        return fail(file.error());
    CustodyLog custody(m_db);
    for (const ProducedFile &produced : production.files) {
        file->reset();
        file->bind(1, id).bind(2, produced.path).bind(3, produced.sha256).bind(4, produced.size);
        if (auto done = file->exec(); !done)
            return fail(done.error());
        // Export is the action the schema's CHECK allows; the details say which kind.
        if (auto logged = custody.append(CustodyLog::Action::Export,
                                         QDir(production.folder).filePath(produced.path),
                                         produced.sha256,
                                         QJsonObject{{u"kind"_s, u"production"_s},
                                                     {u"production"_s, id},
                                                     {u"volume"_s, production.volume},
                                                     {u"file"_s, produced.path},
                                                     {u"size"_s, produced.size}});
            !logged)
            return fail(logged.error());
    }
    if (beforeCommit) {
        if (auto ready = beforeCommit(); !ready)
            return fail(ready.error());
    }
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return id;
}

Result<QList<ProductionRecord>> ProductionStore::productions()
{
    auto select = m_db.prepare(u"SELECT id FROM productions ORDER BY id"_s);
    if (!select)
        return fail(select.error());
    QList<qint64> ids;
    if (auto read
        = Sql::forEachRow(*select, [&](Sql::Statement &row) { ids.append(row.integer(0)); });
        !read)
        return fail(read.error());
    QList<ProductionRecord> result;
    for (const qint64 id : std::as_const(ids)) {
        auto one = production(id);
        if (!one)
            return fail(one.error());
        result.append(std::move(*one));
    }
    return result;
}

Result<ProductionRecord> ProductionStore::production(qint64 id)
{
    auto select = m_db.prepare(
        u"SELECT volume, produced_at, ifnull(recipient, ''), folder, legend, images,"
        " include_privileged, bates_begin, bates_end FROM productions WHERE id = ?"_s);
    if (!select)
        return fail(select.error());
    select->bind(1, id);
    auto row = select->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(Error::Code::NotFound,
                    ProductionStoreText::tr("There is no production %1 in this case.").arg(id));
    ProductionRecord record;
    record.id = id;
    record.volume = select->text(0);
    record.producedAt = select->text(1);
    record.recipient = select->text(2);
    record.folder = select->text(3);
    record.legend = select->text(4);
    record.images = select->text(5);
    record.includePrivileged = select->integer(6) != 0;
    record.batesBegin = select->text(7);
    record.batesEnd = select->text(8);

    auto documents = m_db.prepare(
        u"SELECT document_id, bates_begin, bates_end, treatment FROM production_documents"
        " WHERE production_id = ? ORDER BY position"_s);
    if (!documents)
        return fail(documents.error());
    documents->bind(1, id);
    if (auto read = Sql::forEachRow(*documents,
                                    [&](Sql::Statement &r) {
                                        ProducedDocument produced;
                                        if (!r.isNull(0))
                                            produced.documentId = r.integer(0);
                                        produced.batesBegin = r.text(1);
                                        produced.batesEnd = r.text(2);
                                        produced.treatment = treatmentFromName(r.text(3)).value_or(
                                            ProductionTreatment::Imaged);
                                        record.documents.append(produced);
                                    });
        !read)
        return fail(read.error());

    auto files = m_db.prepare(u"SELECT path, sha256, size FROM production_files"
                              " WHERE production_id = ? ORDER BY path"_s);
    if (!files)
        return fail(files.error());
    files->bind(1, id);
    if (auto read = Sql::forEachRow(*files,
                                    [&](Sql::Statement &r) {
                                        record.files.append({r.text(0), r.text(1), r.integer(2)});
                                    });
        !read)
        return fail(read.error());
    return record;
}

Result<ManifestCheck> checkProductionFolder(Sql::Database &db, const QString &folder)
{
    ManifestCheck check;
    check.manifestPath = folder;
    check.exportPath = folder;
    const QFileInfo info(folder);
    if (!info.isDir()) {
        check.problems.append(ProductionStoreText::tr("The production folder does not exist."));
        return check;
    }
    const QString canonical = info.canonicalFilePath();
    ProductionStore store(db);
    auto all = store.productions();
    if (!all)
        return fail(all.error());
    const ProductionRecord *found = nullptr;
    for (const ProductionRecord &record : std::as_const(*all))
        if (QFileInfo(record.folder).absoluteFilePath() == canonical
            || QFileInfo(record.folder).canonicalFilePath() == canonical)
            found = &record;
    if (!found) {
        // A folder moved since: the volume its load file names (DATA/VOL001.dat).
        const QStringList dats
            = QDir(folder + u"/DATA"_s).entryList({u"*.dat"_s}, QDir::Files, QDir::Name);
        for (const QString &dat : dats) {
            const QString volume = QFileInfo(dat).completeBaseName();
            for (const ProductionRecord &record : std::as_const(*all))
                if (record.volume.compare(volume, Qt::CaseInsensitive) == 0)
                    found = &record;
        }
    }
    if (!found) {
        check.problems.append(ProductionStoreText::tr(
            "The case has no record of a production in this folder (none written to it, and "
            "no recorded volume matches its DATA load file)."));
        return check;
    }

    QHash<QString, const ProducedFile *> recorded;
    for (const ProducedFile &file : found->files)
        recorded.insert(file.path, &file);
    for (const ProducedFile &file : found->files) {
        const QString path = QDir(canonical).filePath(file.path);
        ++check.sourcesChecked;
        if (!QFileInfo::exists(path)) {
            check.problems.append(
                ProductionStoreText::tr("%1 is missing (production %2, volume %3).")
                    .arg(QDir::toNativeSeparators(file.path))
                    .arg(found->id)
                    .arg(found->volume));
            continue;
        }
        auto sha = sha256OfFile(path);
        if (!sha) {
            check.problems.append(
                ProductionStoreText::tr("%1 cannot be read: %2")
                    .arg(QDir::toNativeSeparators(file.path), sha.error().message));
            continue;
        }
        if (*sha != file.sha256)
            check.problems.append(
                ProductionStoreText::tr(
                    "%1 has changed: it hashes to %2, the production recorded %3.")
                    .arg(QDir::toNativeSeparators(file.path), *sha, file.sha256));
    }
    const QDir root(canonical);
    QDirIterator it(
        canonical, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    QStringList extra;
    while (it.hasNext()) {
        const QString relative = root.relativeFilePath(it.next());
        if (!recorded.contains(relative))
            extra.append(relative);
    }
    std::sort(extra.begin(), extra.end());
    for (const QString &relative : std::as_const(extra))
        check.problems.append(
            ProductionStoreText::tr("%1 is not part of the production (volume %2).")
                .arg(QDir::toNativeSeparators(relative), found->volume));
    return check;
}

} // namespace Casebinder
