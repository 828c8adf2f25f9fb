#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Casebinder {

namespace Sql {
class Database;
}

// A file a load-file record came with (schema 6, decision 0016).
struct DocumentFile
{
    enum class Role { Native, Image, Text };
    qint64 documentId = 0;
    Role role = Role::Native;
    std::optional<int> pageNumber; // images: the page it shows
    int frame = 0;                 // the page inside a multi-page image file
    QString imageKey;              // the page's Bates number
    QString sha256;
    QString sourcePath; // as the load file wrote it
};

QString documentFileRoleName(DocumentFile::Role role);

// The records of load files: their files, Bates numbers and families, inside an import's
// transaction (ImportSession::loadFiles()) or read afterwards.
class LoadFileStore final
{
public:
    LoadFileStore(Sql::Database &db, qint64 importId)
        : m_db(db)
        , m_importId(importId)
    {}

    // Stores the bytes as a blob (once per SHA-256) and lists the file under its document.
    Status addFile(const DocumentFile &file, const QByteArray &bytes);
    // The files of a document: native, text, then images in page order.
    Result<QList<DocumentFile>> files(qint64 documentId);
    // A file's bytes.
    Result<QByteArray> fileBytes(const DocumentFile &file);

    // The document that already carries this Bates number as its first, if any; one of this
    // import first.
    struct BatesOwner
    {
        qint64 documentId = 0;
        bool thisImport = false;
    };
    Result<std::optional<BatesOwner>> documentWithBates(const QString &batesBegin);

    // Families: each document of this import whose metadata names a family parent
    // ($.load_file.family_parent, the parent's first Bates or control number) becomes the
    // child of the document of this import that begins with it. Returns the records whose
    // parent the import does not hold: "child ← missing parent".
    Result<QStringList> linkFamilies(qint64 loadFileDocumentId);

private:
    Sql::Database &m_db;
    qint64 m_importId = 0;
};

} // namespace Casebinder
