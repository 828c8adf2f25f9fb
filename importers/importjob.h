#pragma once

#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Casebinder {

class CaseFile;

enum class ImportKind { Auto, Filing, Exhibit, Posts };

QString importKindName(ImportKind kind);
std::optional<ImportKind> importKindFromName(QStringView name);

struct ImportOptions
{
    ImportKind kind = ImportKind::Auto;
    QString exhibitPrefix; // e.g. "PX-": documents get "PX-1", "PX-2", … after existing ones
    QString password;      // for encrypted PDFs
    QHash<QString, QString> fieldMap; // posts field -> source column, e.g. text -> full_text
    QString platform;                 // posts: when the source has no platform column
    QString flagCategory;             // posts: when the source has no category column
    bool repairMojibake = true;       // repair double-encoded UTF-8 when it is unambiguous
    // Where the originals came from, recorded as each document's source path instead of the
    // file's location on this machine (e.g. "sample-case" for files written to a temp folder).
    QString provenance;

    QJsonObject toJson() const;
    // Parses "text=full_text,author=user.screen_name" into fieldMap form.
    static Result<QHash<QString, QString>> parseFieldMap(const QString &spec);
};

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
    QString sha256;

    static QString statusName(Status status);
    QJsonObject toJson() const;
};

struct ImportReport
{
    qint64 importId = 0; // 0 when nothing was committed
    QList<ImportedFile> files;

    int imported() const;
    int duplicates() const;
    int rejected() const;
    qint64 pages() const;
    qint64 posts() const;
    // {"import_id", "files": [...], "imported", "duplicates", "rejected", "pages", "posts"}
    QJsonObject toJson() const;
};

using ProgressCallback = std::function<void(const ImportProgress &)>;

// Imports files and directories (walked recursively) into the case at `casePath` as one
// transaction on a connection of its own. Per-file problems are in the report; the Result
// fails only when the job as a whole could not run (case not openable, busy, cancelled, I/O).
// Cancelling rolls everything back and fails with Error::Code::Cancelled.
Result<ImportReport> runImport(const QString &casePath,
                               const QStringList &paths,
                               const ImportOptions &options,
                               const std::atomic_bool *cancel = nullptr,
                               const ProgressCallback &progress = {});
// The same on an already-open case (its connection must belong to this thread).
Result<ImportReport> runImport(CaseFile &caseFile,
                               const QStringList &paths,
                               const ImportOptions &options,
                               const std::atomic_bool *cancel = nullptr,
                               const ProgressCallback &progress = {});

// runImport on a worker thread, for the GUI. Emits progress while it runs, then exactly one
// of finished or failed (failed with Error::Code::Cancelled after cancel()).
class ImportJob final : public QObject
{
    Q_OBJECT

public:
    ImportJob(QString casePath,
              QStringList paths,
              ImportOptions options,
              QObject *parent = nullptr);
    ~ImportJob() override; // cancels and waits for the worker

    void start();
    void cancel();
    bool isRunning() const;

signals:
    void progress(const Casebinder::ImportProgress &progress);
    void finished(const Casebinder::ImportReport &report);
    void failed(const Casebinder::Error &error);

private:
    QString m_casePath;
    QStringList m_paths;
    ImportOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::unique_ptr<QThread> m_thread;
};

} // namespace Casebinder
