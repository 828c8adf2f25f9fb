#pragma once

#include "poststore.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

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

// Reads any CSV (delimiter detected, RFC 4180 quoting, BOM, UTF-8/UTF-16/cp1252) into rows;
// the first row is the header. Used for ZIP production manifests.
Result<QList<QStringList>> readCsvRows(const QByteArray &bytes, const QString &fileName);

// Is this file (by name and first bytes) a posts sample rather than a document?
bool looksLikePosts(const QString &fileName, QByteArrayView head);

// Timestamps: ISO 8601, "YYYY-MM-DD HH:MM:SS", "M/D/YY H:MM", "M/D/YYYY H:MM:SS", Twitter's
// "Mon Nov 07 14:54:57 +0000 2022" and Unix seconds/milliseconds. Returns ISO 8601 UTC with
// seconds ("2022-11-07T14:54:57Z"), or a null string when the text is not a timestamp.
QString normalizeTimestamp(QStringView text);

} // namespace Posts
} // namespace Casebinder
