#include "loadfilestore.h"

#include "blobstore.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"

using namespace Qt::StringLiterals;

namespace Casebinder {

QString documentFileRoleName(DocumentFile::Role role)
{
    switch (role) {
    case DocumentFile::Role::Native:
        return u"native"_s;
    case DocumentFile::Role::Image:
        return u"image"_s;
    case DocumentFile::Role::Text:
        return u"text"_s;
    }
    return {};
}

Status LoadFileStore::addFile(const DocumentFile &file, const QByteArray &bytes)
{
    const QString sha256 = file.sha256.isEmpty() ? BlobStore::sha256Hex(bytes) : file.sha256;
    if (auto stored = BlobStore(m_db).putWithHash(sha256, bytes); !stored)
        return fail(stored.error());
    auto insert = m_db.cached("INSERT INTO document_files (document_id, role, page_number, frame, "
                              "image_key, blob_sha256, source_path) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    (*insert)
        ->bind(1, file.documentId)
        .bind(2, documentFileRoleName(file.role))
        .bind(3, file.pageNumber)
        .bind(4, file.frame)
        .bindOrNull(5, file.imageKey)
        .bind(6, sha256)
        .bind(7, file.sourcePath);
    return (*insert)->exec();
}

Result<QList<DocumentFile>> LoadFileStore::files(qint64 documentId)
{
    auto select = m_db.prepare(
        u"SELECT role, page_number, frame, image_key, blob_sha256, source_path FROM "
        u"document_files WHERE document_id = ? ORDER BY CASE role WHEN 'native' THEN 0 WHEN "
        u"'text' THEN 1 ELSE 2 END, page_number, id"_s);
    if (!select)
        return fail(select.error());
    select->bind(1, documentId);
    QList<DocumentFile> out;
    for (;;) {
        auto row = select->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        DocumentFile file;
        file.documentId = documentId;
        const QString role = select->text(0);
        file.role = role == u"image"  ? DocumentFile::Role::Image
                    : role == u"text" ? DocumentFile::Role::Text
                                      : DocumentFile::Role::Native;
        if (!select->isNull(1))
            file.pageNumber = int(select->integer(1));
        file.frame = int(select->integer(2));
        file.imageKey = select->text(3);
        file.sha256 = select->text(4);
        file.sourcePath = select->text(5);
        out.append(file);
    }
    return out;
}

Result<QByteArray> LoadFileStore::fileBytes(const DocumentFile &file)
{
    return BlobStore(m_db).read(file.sha256);
}

Result<std::optional<LoadFileStore::BatesOwner>> LoadFileStore::documentWithBates(
    const QString &batesBegin)
{
    auto select = m_db.cached("SELECT id, import_id IS ?1 FROM documents WHERE bates_begin = ?2 "
                              "ORDER BY import_id IS ?1 DESC, id LIMIT 1");
    if (!select)
        return fail(select.error());
    (*select)->bind(1, m_importId).bind(2, batesBegin);
    auto row = (*select)->step();
    if (!row)
        return fail(row.error());
    std::optional<BatesOwner> owner;
    if (*row)
        owner = BatesOwner{(*select)->integer(0), (*select)->integer(1) != 0};
    (*select)->reset();
    return owner;
}

Result<QStringList> LoadFileStore::linkFamilies(qint64 loadFileDocumentId)
{
    auto link = m_db.prepare(
        u"UPDATE documents SET parent_id = (SELECT p.id FROM documents p WHERE p.import_id = ?1 "
        u"AND p.bates_begin = json_extract(documents.metadata, '$.load_file.family_parent') "
        u"AND p.id <> documents.id ORDER BY p.id LIMIT 1) "
        u"WHERE import_id = ?1 AND parent_id = ?2 "
        u"AND json_extract(metadata, '$.load_file.family_parent') IS NOT NULL "
        u"AND EXISTS (SELECT 1 FROM documents p WHERE p.import_id = ?1 AND p.bates_begin = "
        u"json_extract(documents.metadata, '$.load_file.family_parent') AND p.id <> "
        u"documents.id)"_s);
    if (!link)
        return fail(link.error());
    link->bind(1, m_importId).bind(2, loadFileDocumentId);
    if (auto done = link->exec(); !done)
        return fail(done.error());
    auto orphans = m_db.prepare(
        u"SELECT bates_begin, json_extract(metadata, '$.load_file.family_parent') FROM documents "
        u"WHERE import_id = ?1 AND parent_id = ?2 "
        u"AND json_extract(metadata, '$.load_file.family_parent') IS NOT NULL ORDER BY id"_s);
    if (!orphans)
        return fail(orphans.error());
    orphans->bind(1, m_importId).bind(2, loadFileDocumentId);
    QStringList missing;
    for (;;) {
        auto row = orphans->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        missing.append(u"%1 ← %2"_s.arg(orphans->text(0), orphans->text(1)));
    }
    return missing;
}

} // namespace Casebinder
