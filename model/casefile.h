#pragma once

#include "casestorage.h"
#include "result.h"
#include "sqlite/database.h"

#include <QString>

namespace Casebinder {

class BlobStore;
class ClaimStore;
class CustodyLog;
class DocumentStore;
class DocketStore;
class EntityStore;
class EventStore;
class LinkStore;
class PostStore;
class Search;
class TagStore;

struct CaseCaption
{
    QString title;
    QString caseName;
    QString court;
    QString docketNumber;
    QString judge;
    QString notes;
};

// An open case: one *.casebinder file and this thread's connection to it.
// Opening never creates or modifies a file it does not recognise.
class CaseFile
{
public:
    enum class Access { ReadOnly, ReadWrite };

    static constexpr QStringView Suffix = u"casebinder";

    // Creates a new case; refuses to overwrite an existing file.
    static Result<CaseFile> create(const QString &path, const CaseCaption &caption);
    // Opens an existing case, migrating an older schema when opened read-write.
    static Result<CaseFile> open(const QString &path, Access access = Access::ReadWrite);

    CaseFile(CaseFile &&) noexcept = default;
    CaseFile &operator=(CaseFile &&) noexcept = default;

    // A second connection to the same file, for a worker thread.
    Result<CaseFile> reopen(Access access = Access::ReadWrite) const;

    // The stores and services of this connection: small handles that hold no state of their
    // own, valid while this CaseFile lives. Everything above model/ reads and writes the case
    // through these, never through SQL (docs/decisions/0008-storage-seam.md).
    DocumentStore documents();
    PostStore posts();
    ClaimStore claims();
    LinkStore links();
    EventStore events();
    EntityStore entities();
    DocketStore dockets();
    TagStore tags();
    CustodyLog custody();
    BlobStore blobs();
    Search search();

    // The SQLite connection, for the model's own stores, services and commands only.
    Sql::Database &db() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    // The file system and journal this connection uses, and what the user must know about them.
    const CaseStorage &storage() const { return m_storage; }

    Result<CaseCaption> caption();
    Status setCaption(const CaseCaption &caption);

private:
    CaseFile(Sql::Database db, QString path, int schemaVersion, Access access, CaseStorage storage);
    static Status configureConnection(Sql::Database &db);
    static Result<QString> chooseJournal(Sql::Database &db,
                                         const QString &path,
                                         Access access,
                                         const FileSystemKind &fileSystem);

    Sql::Database m_db;
    QString m_path;
    int m_schemaVersion = 0;
    Access m_access = Access::ReadWrite;
    CaseStorage m_storage;
};

} // namespace Casebinder
