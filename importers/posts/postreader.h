#pragma once

#include "poststore.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Casebinder {

struct ImportOptions;

namespace Posts {

enum class Format { Csv, JsonArray, Ndjson };

// The posts fields a source column can be mapped to.
// "id", "text", "author" (handle), "author_name", "created_at", "url", "platform",
// "category", "flagged_by", "reported_on", "status".
QStringList mappableFields();

// A problem with one record that did not stop the rest, e.g. a bad NDJSON line.
struct RecordProblem
{
    qint64 line = 0; // 1-based line in the source file
    QString message;
};

struct ParsedPosts
{
    Format format = Format::Csv;
    QString encoding;                // "UTF-8", "UTF-16LE", "windows-1252", …
    QStringList columns;             // source columns (dotted paths for nested JSON)
    QHash<QString, QString> mapping; // field -> source column actually used
    QList<PostRecord> posts;
    QList<RecordProblem> problems;
    qint64 repairedTexts = 0; // fields whose double-encoded UTF-8 was repaired
};

// Reads a posts file chunk by chunk, so an import can store one chunk while the next is read.
// A CSV file is read as it goes; a JSON or NDJSON file is parsed whole on open() (the mapping
// needs every record's keys) and turned into records chunk by chunk.
class PostReader final
{
public:
    // Detects the format and the encoding, reads the header (CSV) or the whole document (JSON,
    // NDJSON; at most `maxRecords` when >= 0) and resolves the mapping. Fails with a readable
    // message when the file cannot be read as posts at all. `bytes` is shared, not copied.
    static Result<std::unique_ptr<PostReader>> open(const QByteArray &bytes,
                                                    const QString &fileName,
                                                    const ImportOptions &options,
                                                    qint64 maxRecords = -1,
                                                    const std::atomic_bool *cancel = nullptr);
    ~PostReader();
    PostReader(const PostReader &) = delete;
    PostReader &operator=(const PostReader &) = delete;

    Format format() const;
    QString encoding() const;
    // The source columns; a CSV file gains "column_N" for rows longer than its header.
    QStringList columns() const;
    QHash<QString, QString> mapping() const;

    // Up to `count` more posts; an empty list once the file is read. Fails when the rest of
    // the file cannot be trusted (a quote that is never closed) or when cancelled.
    Result<QList<PostRecord>> read(qsizetype count);
    bool atEnd() const;
    // How many posts the file holds: exact for JSON, projected from what was read for CSV.
    qint64 estimatedTotal() const;
    // How much of the file has been read, from 0 to 1.
    double fractionRead() const;

    // Per-record problems so far; complete once atEnd().
    QList<RecordProblem> problems() const;
    qint64 repairedTexts() const;

private:
    struct State;
    explicit PostReader(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

// Parses a posts file (CSV, JSON array, NDJSON, Twitter v1.1/v2 shapes). Fails with a
// readable message (with the line number where one applies) when the file as a whole cannot
// be read; per-record problems that leave the rest readable are in `problems`.
// `maxRecords` < 0 reads everything.
Result<ParsedPosts> parsePosts(const QByteArray &bytes,
                               const QString &fileName,
                               const ImportOptions &options,
                               qint64 maxRecords = -1,
                               const std::atomic_bool *cancel = nullptr);

// For the GUI mapping step: the detected format, columns and mapping and the first `rows`
// posts, read from the file at `path`.
Result<ParsedPosts> previewPosts(const QString &path, const ImportOptions &options, int rows = 20);

// Is this file (by name and first bytes) a posts sample rather than a document?
bool looksLikePosts(const QString &fileName, QByteArrayView head);

} // namespace Posts
} // namespace Casebinder
