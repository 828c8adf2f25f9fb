#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Casebinder {

struct ImportProgress
{
    // Reading files, building the search index of a big posts file once its posts are in
    // (seconds at a million posts), or writing the case at the end.
    enum class Stage { Reading, Indexing, Saving };

    Stage stage = Stage::Reading;
    int filesDone = 0;
    int filesTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 pages = 0;
    qint64 posts = 0;
    QString currentFile;
};

struct ImportedFile
{
    enum class Status { Imported, Duplicate, Rejected };

    QString path; // on disk, or "archive.zip/inner/path" for ZIP entries
    Status status = Status::Rejected;
    QString reason;       // why it was rejected
    QStringList warnings; // imported, but: "no text extracted", "line 7 is not valid JSON", …
    std::optional<Error::Code> errorCode;
    qint64 documentId = 0;
    int pages = 0;
    qint64 posts = 0;
    qint64 documents = 0; // a load file's records, stored as documents of their own
    QString sha256;

    static QString statusName(Status status);
    QJsonObject toJson() const;
};

// A filing the import tied to its docket entry (the docket or the filing may be the new one).
struct DocketLinkNote
{
    qint64 documentId = 0;
    QString entry;      // "Dkt. 34"
    QString how;        // "recap_file_name" or "pacer_stamp"
    QStringList filled; // "title", "docket_number", "filed_date"
};

struct ImportReport
{
    qint64 importId = 0; // 0 when nothing was committed
    QList<ImportedFile> files;
    QList<DocketLinkNote> docketLinks;
    QStringList docketUnresolved; // filings that name a docket entry the import could not link
    int docketEvents = 0;         // chronology events made of docket entries (--events)

    int imported() const;
    int duplicates() const;
    int rejected() const;
    qint64 pages() const;
    qint64 posts() const;
    // {"import_id", "files": [...], "imported", "duplicates", "rejected", "pages", "posts"}, and
    // when there are any, "docket_links": [{"document_id", "entry", "how", "filled"}] and
    // "docket_unresolved": ["…"]
    QJsonObject toJson() const;
};

using ProgressCallback = std::function<void(const ImportProgress &)>;

// Why an import that was cancelled failed: its transaction is rolled back, so nothing changed.
Error importCancelled();

// "not_found", "password_required", …: the JSON name of an error code.
QString errorCodeName(Error::Code code);

} // namespace Casebinder

Q_DECLARE_METATYPE(Casebinder::ImportProgress)
