#include "posts/postreader.h"

#include "common/csv.h"
#include "common/textdecoding.h"
#include "common/timestamps.h"
#include "importoptions.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace Casebinder::Posts {
namespace {

struct FieldCandidates
{
    const char16_t *field;
    std::initializer_list<const char16_t *> columns; // in order of preference, lower case
};

const std::array<FieldCandidates, 11> &candidates()
{
    static const std::array<FieldCandidates, 11> table = {{
        {u"id", {u"id_str", u"id", u"tweet_id", u"post_id", u"status_id", u"external_id"}},
        {u"text", {u"full_text", u"text", u"content", u"tweet", u"body", u"message", u"post"}},
        {u"author",
         {u"screen_name",
          u"user.screen_name",
          u"username",
          u"author.username",
          u"author_handle",
          u"handle",
          u"author",
          u"user",
          u"user_name",
          u"user.username"}},
        {u"author_name", {u"author_name", u"user.name", u"author.name", u"display_name", u"name"}},
        {u"created_at",
         {u"created_at",
          u"timestamp",
          u"date",
          u"posted_at",
          u"time",
          u"datetime",
          u"publish_date",
          u"created"}},
        {u"url", {u"url", u"link", u"permalink", u"tweet_url", u"post_url"}},
        {u"platform", {u"platform", u"network", u"source_platform"}},
        {u"category", {u"flag_category", u"category", u"flag"}},
        {u"flagged_by", {u"flagged_by", u"reported_by"}},
        {u"reported_on", {u"reported_on", u"reported_at", u"flagged_on"}},
        {u"status", {u"status", u"post_status"}},
    }};
    return table;
}

// Accepts the names people naturally type in --map.
QString canonicalField(const QString &name)
{
    static const QHash<QString, QString> aliases = {
        {u"handle"_s, u"author"_s},
        {u"screen_name"_s, u"author"_s},
        {u"author_handle"_s, u"author"_s},
        {u"name"_s, u"author_name"_s},
        {u"time"_s, u"created_at"_s},
        {u"timestamp"_s, u"created_at"_s},
        {u"date"_s, u"created_at"_s},
        {u"posted_at"_s, u"created_at"_s},
        {u"flag_category"_s, u"category"_s},
        {u"external_id"_s, u"id"_s},
    };
    const QString lower = name.trimmed().toLower();
    return aliases.value(lower, lower);
}

// ---- Records: column names and values, whatever the source format ----

struct Table
{
    QStringList columns;
    QHash<QString, int> index; // column -> position
    QList<QStringList> rows;   // aligned to columns; missing values are null strings
    QList<qint64> lines;

    int addColumn(const QString &name)
    {
        auto it = index.constFind(name);
        if (it != index.cend())
            return *it;
        columns.append(name);
        index.insert(name, int(columns.size() - 1));
        return int(columns.size() - 1);
    }
};

void flatten(const QJsonObject &object,
             const QString &prefix,
             QList<std::pair<QString, QString>> &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        const QJsonValue value = it.value();
        switch (value.type()) {
        case QJsonValue::Object:
            flatten(value.toObject(), key, out);
            break;
        case QJsonValue::Array:
            out.append(
                {key,
                 QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))});
            break;
        case QJsonValue::String:
            out.append({key, value.toString()});
            break;
        case QJsonValue::Double: {
            const double d = value.toDouble();
            // Keep integers (tweet ids) exact where JSON allows it.
            out.append({key,
                        d == double(qint64(d)) ? QString::number(value.toInteger())
                                               : QString::number(d, 'g', 17)});
            break;
        }
        case QJsonValue::Bool:
            out.append({key, value.toBool() ? u"true"_s : u"false"_s});
            break;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            break;
        }
    }
}

void addObject(Table &table,
               const QJsonObject &object,
               qint64 line,
               const QHash<QString, QJsonObject> &users)
{
    QList<std::pair<QString, QString>> fields;
    flatten(object, {}, fields);
    // Twitter API v2: the author lives in includes.users, joined by author_id.
    const QString authorId = object.value(u"author_id"_s).toString();
    if (!authorId.isEmpty()) {
        const QJsonObject user = users.value(authorId);
        if (!user.isEmpty()) {
            fields.append({u"author.username"_s, user.value(u"username"_s).toString()});
            fields.append({u"author.name"_s, user.value(u"name"_s).toString()});
        }
    }
    QStringList row(table.columns.size());
    for (const auto &[key, value] : std::as_const(fields)) {
        const int column = table.addColumn(key);
        if (column >= row.size())
            row.resize(column + 1);
        row[column] = value;
    }
    table.rows.append(std::move(row));
    table.lines.append(line);
}

qint64 lineAtOffset(QByteArrayView bytes, qsizetype offset)
{
    return 1 + std::count(bytes.begin(), bytes.begin() + std::min(offset, bytes.size()), '\n');
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::Bool:
        return u"true or false"_s;
    default:
        return u"null"_s;
    }
}

Status readJsonDocument(QByteArrayView utf8,
                        const QString &fileName,
                        Table &table,
                        QList<RecordProblem> &problems,
                        bool &twitterShape)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Error::Code::Corrupt,
                    u"%1 is not valid JSON: %2 on line %3"_s.arg(
                        fileName,
                        parseError.errorString(),
                        QString::number(lineAtOffset(utf8, parseError.offset))));
    QJsonArray records;
    QHash<QString, QJsonObject> users;
    if (document.isArray()) {
        records = document.array();
    } else {
        // A Twitter API v2 response ({"data": [...], "includes": {"users": [...]}}), possibly
        // wrapped as a recorded HTTP exchange ({"response": {...}}).
        QJsonObject object = document.object();
        if (object.value(u"response"_s).isObject())
            object = object.value(u"response"_s).toObject();
        if (!object.value(u"data"_s).isArray())
            return fail(Error::Code::Unsupported,
                        u"%1 is not a list of posts: expected a JSON array of objects or a "
                        u"Twitter API response with a \"data\" array, found %2"_s.arg(
                            fileName, document.isObject() ? u"an object"_s : u"a single value"_s));
        records = object.value(u"data"_s).toArray();
        twitterShape = true;
        const QJsonArray included
            = object.value(u"includes"_s).toObject().value(u"users"_s).toArray();
        for (const QJsonValue &user : included)
            users.insert(user.toObject().value(u"id"_s).toString(), user.toObject());
    }
    qint64 position = 0;
    for (const QJsonValue &value : std::as_const(records)) {
        ++position;
        if (!value.isObject()) {
            problems.append({0,
                             u"item %1 of the array is %2, not a post object"_s.arg(position).arg(
                                 jsonTypeName(value))});
            continue;
        }
        addObject(table, value.toObject(), 0, users);
    }
    if (table.rows.isEmpty())
        return fail(Error::Code::Unsupported,
                    records.isEmpty()
                        ? u"%1 holds an empty list: there are no posts to import"_s.arg(fileName)
                        : u"%1 is not an array of objects: its items are %2"_s.arg(
                            fileName, jsonTypeName(records.first())));
    return {};
}

// One line after another from `firstLine` on (1-based line numbers in the whole file).
Status readNdjsonLines(QByteArrayView utf8,
                       qint64 firstLine,
                       Table &table,
                       QList<RecordProblem> &problems,
                       qint64 maxRecords,
                       const std::atomic_bool *cancel)
{
    qint64 line = firstLine - 1;
    qsizetype start = 0;
    while (start < utf8.size()) {
        qsizetype end = utf8.indexOf('\n', start);
        if (end < 0)
            end = utf8.size();
        ++line;
        const QByteArrayView raw = utf8.sliced(start, end - start).trimmed();
        start = end + 1;
        if (raw.isEmpty())
            continue;
        if (cancel && cancel->load(std::memory_order_relaxed))
            return fail(Error::Code::Cancelled, u"The import was cancelled"_s);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(raw.toByteArray(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            problems.append(
                {line,
                 u"line %1 is not valid JSON (%2)"_s.arg(line).arg(parseError.errorString())});
            continue;
        }
        if (!document.isObject()) {
            problems.append({line, u"line %1 is not a JSON object"_s.arg(line)});
            continue;
        }
        addObject(table, document.object(), line, {});
        if (maxRecords >= 0 && table.rows.size() >= maxRecords)
            break;
    }
    return {};
}

// Appends `tail`'s rows to `head`, its columns merged in order of first appearance: the same
// table a single pass over both would have built.
void appendTable(Table &head, Table &&tail)
{
    QList<int> position(tail.columns.size());
    bool same = true;
    for (qsizetype c = 0; c < tail.columns.size(); ++c) {
        position[c] = head.addColumn(tail.columns.at(c));
        same = same && position[c] == c;
    }
    head.rows.reserve(head.rows.size() + tail.rows.size());
    for (QStringList &row : tail.rows) {
        if (same) {
            head.rows.append(std::move(row));
            continue;
        }
        QStringList placed(head.columns.size());
        for (qsizetype c = 0; c < row.size(); ++c)
            placed[position[c]] = std::move(row[c]);
        head.rows.append(std::move(placed));
        row = QStringList();
    }
    head.lines.append(tail.lines);
    tail = {};
}

Status readNdjson(QByteArrayView utf8,
                  const QString &fileName,
                  Table &table,
                  QList<RecordProblem> &problems,
                  qint64 maxRecords,
                  const std::atomic_bool *cancel)
{
    // A big file is parsed in two halves on two cores (JSON parsing is most of the time to
    // open one); the writer has nothing to do until the mapping is known.
    constexpr qsizetype SplitBytes = 4 * 1024 * 1024;
    const qsizetype middle
        = maxRecords < 0 && utf8.size() >= SplitBytes ? utf8.indexOf('\n', utf8.size() / 2) : -1;
    if (middle < 0) {
        if (auto read = readNdjsonLines(utf8, 1, table, problems, maxRecords, cancel); !read)
            return read;
    } else {
        const QByteArrayView first = utf8.first(middle + 1);
        const QByteArrayView second = utf8.sliced(middle + 1);
        const qint64 secondLine = 1 + std::count(first.begin(), first.end(), '\n');
        Table tail;
        QList<RecordProblem> tailProblems;
        QFuture<Status> tailRead = QtConcurrent::run(
            [&] { return readNdjsonLines(second, secondLine, tail, tailProblems, -1, cancel); });
        const Status headRead = readNdjsonLines(first, 1, table, problems, -1, cancel);
        const Status tailStatus = tailRead.result();
        if (!headRead)
            return headRead;
        if (!tailStatus)
            return tailStatus;
        appendTable(table, std::move(tail));
        problems.append(tailProblems);
    }
    if (table.rows.isEmpty())
        return fail(Error::Code::Corrupt,
                    problems.isEmpty() ? u"%1 holds no posts"_s.arg(fileName)
                                       : u"%1 holds no readable posts: %2"_s.arg(
                                           fileName, problems.first().message));
    return {};
}

enum class Field {
    Id,
    Text,
    Author,
    AuthorName,
    CreatedAt,
    Url,
    Platform,
    Category,
    FlaggedBy,
    ReportedOn,
    Status,
    Count
};

Result<QHash<QString, QString>> resolveMapping(const Table &table,
                                               const ImportOptions &options,
                                               const QString &fileName)
{
    QHash<QString, QString> mapping;
    QHash<QString, QString> byLower;
    for (const QString &column : table.columns)
        byLower.insert(column.toLower(), column);
    for (auto it = options.fieldMap.cbegin(); it != options.fieldMap.cend(); ++it) {
        const QString field = canonicalField(it.key());
        if (!mappableFields().contains(field))
            return fail(Error::Code::InvalidArgument,
                        u"\"%1\" is not a posts field; use one of: %2"_s.arg(
                            it.key(), mappableFields().join(u", "_s)));
        const QString column
            = table.index.contains(it.value()) ? it.value() : byLower.value(it.value().toLower());
        if (column.isEmpty())
            return fail(Error::Code::InvalidArgument,
                        u"%1 has no column \"%2\" (mapped to %3); its columns are: %4"_s.arg(
                            fileName, it.value(), field, table.columns.join(u", "_s)));
        mapping.insert(field, column);
    }
    QSet<QString> used(mapping.cbegin(), mapping.cend());
    for (const FieldCandidates &candidate : candidates()) {
        const QString field = QString::fromUtf16(candidate.field);
        if (mapping.contains(field))
            continue;
        for (const char16_t *name : candidate.columns) {
            const QString column = byLower.value(QString::fromUtf16(name));
            if (!column.isEmpty() && !used.contains(column)) {
                mapping.insert(field, column);
                used.insert(column);
                break;
            }
        }
    }
    return mapping;
}

// NUL characters (raw in a CSV, "\u0000" in JSON) would cut the text short in SQLite's text
// functions, full-text index and exports. Returns whether `value` had any.
bool replaceNuls(QString &value)
{
    if (!value.contains(QChar(u'\0')))
        return false;
    value.replace(QChar(u'\0'), QChar(QChar::ReplacementCharacter));
    return true;
}

// Column names of a CSV header: repeated names stay distinct ("text", "text_2", …) so no
// value overwrites another; numbering per name keeps a header of thousands of equal names
// linear.
void addHeader(Table &table, const QStringList &fields)
{
    QHash<QString, int> repeats;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QString name = fields.at(i).trimmed();
        if (name.isEmpty())
            name = u"column_%1"_s.arg(i + 1);
        if (table.index.contains(name)) {
            const QString base = name;
            int &seen = repeats[base];
            do
                name = u"%1_%2"_s.arg(base).arg(++seen + 1);
            while (table.index.contains(name));
        }
        table.addColumn(name);
    }
}

QString valueAt(const QStringList &row, int column)
{
    return column >= 0 && column < row.size() ? row.at(column) : QString();
}

} // namespace

QStringList mappableFields()
{
    QStringList fields;
    for (const FieldCandidates &candidate : candidates())
        fields.append(QString::fromUtf16(candidate.field));
    return fields;
}

bool looksLikePosts(const QString &fileName, QByteArrayView head)
{
    static const QStringList suffixes = {u"csv"_s, u"tsv"_s, u"json"_s, u"ndjson"_s, u"jsonl"_s};
    Q_UNUSED(head);
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

struct PostReader::State
{
    QString fileName;
    ImportOptions options;
    const std::atomic_bool *cancel = nullptr;
    Format format = Format::Csv;
    QString encoding;
    QString text;                   // CSV: the decoded file, read as it goes
    std::optional<Csv::Reader> csv; // over `text`
    Table table;                    // columns; JSON and NDJSON: every row, read up front
    qsizetype nextRow = 0;          // JSON and NDJSON: the next row to turn into a post
    QHash<QString, QString> mapping;
    std::array<int, size_t(Field::Count)> columnOf{};
    QList<bool> mapped; // by column; columns added later are never mapped
    bool twitterShape = false;
    QList<RecordProblem> problems;
    qint64 repairedTexts = 0;
    qint64 nulFields = 0;
    qint64 rowsRead = 0;  // CSV records looked at, blank and broken ones too
    qint64 handedOut = 0; // records read so far
    bool atEnd = false;
    QStringList record; // the CSV record being read

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    Status resolve();
    PostRecord toRecord(QStringList &row);
    Result<QList<PostRecord>> readCsv(qsizetype count);
    QList<PostRecord> readTable(qsizetype count);
};

namespace {

Error cancelledError()
{
    return Error{Error::Code::Cancelled, u"The import was cancelled"_s};
}

// A --map naming "column_N" beyond a CSV header means the extra values of long rows.
void addMappedExtraColumns(Table &table, const ImportOptions &options)
{
    static const QRegularExpression extra(u"^column_(\\d+)$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    for (const QString &column : options.fieldMap) {
        const auto match = extra.match(column);
        const qsizetype wanted = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        if (table.index.contains(column) || wanted > Csv::MaxColumns)
            continue;
        for (qsizetype i = table.columns.size(); i < wanted; ++i)
            table.addColumn(u"column_%1"_s.arg(i + 1));
    }
}

} // namespace

Status PostReader::State::resolve()
{
    for (QString &column : table.columns)
        nulFields += replaceNuls(column) ? 1 : 0;
    if (nulFields > 0) {
        table.index.clear();
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            table.index.insert(table.columns.at(i), int(i));
    }
    auto resolved = resolveMapping(table, options, fileName);
    if (!resolved)
        return fail(resolved.error());
    mapping = *resolved;
    if (!mapping.contains(u"text"_s))
        return fail(Error::Code::Unsupported,
                    u"%1 has no column for the post text (looked for text, full_text, content, "
                    u"tweet…; its columns are: %2); map one with --map text=COLUMN"_s.arg(
                        fileName, table.columns.join(u", "_s)));
    if (table.columns.contains(u"user.screen_name"_s) || table.columns.contains(u"id_str"_s))
        twitterShape = true;
    columnOf.fill(-1);
    mapped = QList<bool>(table.columns.size(), false);
    const QStringList fields = mappableFields();
    for (qsizetype f = 0; f < fields.size(); ++f) {
        const QString column = mapping.value(fields.at(f));
        if (!column.isEmpty()) {
            columnOf[size_t(f)] = table.index.value(column);
            mapped[table.index.value(column)] = true;
        }
    }
    return {};
}

PostRecord PostReader::State::toRecord(QStringList &row)
{
    for (QString &value : row)
        nulFields += replaceNuls(value) ? 1 : 0;
    if (options.repairMojibake) {
        for (QString &value : row)
            repairedTexts += TextDecoding::repairMojibake(value) > 0 ? 1 : 0;
    }
    const auto value = [&](Field field) {
        return valueAt(row, columnOf[size_t(field)]);
    };
    PostRecord post;
    post.externalId = value(Field::Id);
    post.text = value(Field::Text);
    post.authorHandle = value(Field::Author);
    if (post.authorHandle.startsWith(u'@'))
        post.authorHandle.remove(0, 1);
    post.authorName = value(Field::AuthorName);
    post.url = value(Field::Url);
    post.platform = value(Field::Platform);
    if (post.platform.isEmpty())
        post.platform = !options.platform.isEmpty() ? options.platform
                        : twitterShape              ? u"twitter"_s
                                                    : QString();
    post.flagCategory = value(Field::Category);
    if (post.flagCategory.isEmpty())
        post.flagCategory = options.flagCategory;
    post.flaggedBy = value(Field::FlaggedBy);
    const QString status = value(Field::Status).trimmed().toLower();
    post.status = status == u"removed"_s || status == u"deleted"_s ? PostStatus::Removed
                  : status == u"up"_s || status == u"live"_s       ? PostStatus::Up
                                                                   : PostStatus::Unknown;
    QJsonObject extra;
    const QString createdAt = value(Field::CreatedAt);
    post.postedAt = Timestamps::normalize(createdAt);
    if (post.postedAt.isEmpty() && !createdAt.isEmpty())
        extra.insert(mapping.value(u"created_at"_s), createdAt);
    const QString reportedOn = value(Field::ReportedOn);
    post.reportedOn = Timestamps::normalize(reportedOn).left(10);
    if (post.reportedOn.isEmpty() && !reportedOn.isEmpty())
        extra.insert(mapping.value(u"reported_on"_s), reportedOn);
    if (!status.isEmpty() && post.status == PostStatus::Unknown)
        extra.insert(mapping.value(u"status"_s), value(Field::Status));
    for (qsizetype c = 0; c < row.size() && c < table.columns.size(); ++c) {
        if ((c >= mapped.size() || !mapped.at(c)) && !row.at(c).isNull())
            extra.insert(table.columns.at(c), row.at(c));
    }
    post.extra = std::move(extra);
    // The record shares the strings it took; the rest of the row goes now.
    row = QStringList();
    return post;
}

Result<QList<PostRecord>> PostReader::State::readCsv(qsizetype count)
{
    QList<PostRecord> posts;
    posts.reserve(std::min<qsizetype>(count, 65536));
    qint64 line = 0;
    QString error;
    while (posts.size() < count) {
        if ((rowsRead++ & 1023) == 0 && cancelled())
            return fail(cancelledError());
        switch (csv->next(record, line, error)) {
        case Csv::Reader::Outcome::End:
            atEnd = true;
            text = QString();
            return posts;
        case Csv::Reader::Outcome::Error:
            // An unclosed quote swallows the rest of the file: nothing after it can be trusted.
            if (error.contains(u"never closed"_s))
                return fail(Error::Code::Corrupt,
                            u"%1 cannot be read as CSV: %2"_s.arg(fileName, error));
            problems.append({line, error});
            continue;
        case Csv::Reader::Outcome::Record:
            break;
        }
        if (record.size() == 1 && record.constFirst().isEmpty())
            continue; // blank line
        for (qsizetype i = table.columns.size(); i < record.size(); ++i)
            table.addColumn(u"column_%1"_s.arg(i + 1));
        posts.append(toRecord(record));
        ++handedOut;
    }
    return posts;
}

QList<PostRecord> PostReader::State::readTable(qsizetype count)
{
    QList<PostRecord> posts;
    const qsizetype end = std::min(table.rows.size(), nextRow + count);
    posts.reserve(end - nextRow);
    for (; nextRow < end; ++nextRow)
        posts.append(toRecord(table.rows[nextRow]));
    handedOut += posts.size();
    if (nextRow == table.rows.size()) {
        atEnd = true;
        table.rows = {};
        table.lines = {};
    }
    return posts;
}

PostReader::PostReader(std::unique_ptr<State> state)
    : m_state(std::move(state))
{}

PostReader::~PostReader() = default;

Result<std::unique_ptr<PostReader>> PostReader::open(const QByteArray &bytes,
                                                     const QString &fileName,
                                                     const ImportOptions &options,
                                                     qint64 maxRecords,
                                                     const std::atomic_bool *cancel)
{
    if (bytes.isEmpty())
        return fail(Error::Code::Corrupt, u"%1 is empty (0 bytes)"_s.arg(fileName));
    auto state = std::make_unique<State>();
    state->fileName = fileName;
    state->options = options;
    state->cancel = cancel;
    TextDecoding::Decoded decoded = TextDecoding::decode(bytes);
    state->encoding = decoded.encoding;
    if (decoded.replacedInvalidBytes)
        state->problems.append(
            {0,
             u"%1 has bytes that are not valid %2; they were replaced with U+FFFD"_s.arg(
                 fileName, decoded.encoding)});

    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool startsWithObject = QStringView(decoded.text).trimmed().startsWith(u'{');
    const bool startsWithArray = QStringView(decoded.text).trimmed().startsWith(u'[');
    if (suffix == u"ndjson"_s || suffix == u"jsonl"_s)
        state->format = Format::Ndjson;
    else if (suffix == u"json"_s || startsWithArray || startsWithObject)
        state->format = Format::JsonArray;
    else
        state->format = Format::Csv;
    if (state->format == Format::JsonArray && !startsWithArray && !startsWithObject)
        return fail(Error::Code::Unsupported,
                    u"%1 is not a list of posts: expected a JSON array of objects"_s.arg(fileName));

    Table &table = state->table;
    if (state->format == Format::Csv) {
        state->text = std::move(decoded.text);
        state->csv.emplace(state->text, Csv::detectDelimiter(state->text));
        qint64 line = 0;
        QString error;
        switch (state->csv->next(state->record, line, error)) {
        case Csv::Reader::Outcome::End:
            return fail(Error::Code::Corrupt, u"%1 is empty"_s.arg(fileName));
        case Csv::Reader::Outcome::Error:
            return fail(Error::Code::Corrupt,
                        u"%1 cannot be read as CSV: %2"_s.arg(fileName, error));
        case Csv::Reader::Outcome::Record:
            break;
        }
        addHeader(table, state->record);
        addMappedExtraColumns(table, options);
    } else {
        // The JSON parser reads UTF-8: the file's own bytes when they are UTF-8 already.
        const QByteArray utf8 = decoded.encoding == u"UTF-8"_s && !bytes.startsWith("\xEF\xBB\xBF")
                                    ? bytes
                                    : decoded.text.toUtf8();
        decoded.text = QString();
        Status read;
        if (state->format == Format::JsonArray) {
            read = readJsonDocument(utf8, fileName, table, state->problems, state->twitterShape);
            // One object per line also parses as "garbage after the first object": NDJSON.
            if (!read && read.error().code == Error::Code::Corrupt && startsWithObject) {
                table = {};
                state->format = Format::Ndjson;
                read = readNdjson(utf8, fileName, table, state->problems, maxRecords, cancel);
            }
        } else {
            read = readNdjson(utf8, fileName, table, state->problems, maxRecords, cancel);
        }
        if (!read)
            return fail(read.error());
        if (maxRecords >= 0 && table.rows.size() > maxRecords)
            table.rows.resize(maxRecords);
    }
    if (auto resolved = state->resolve(); !resolved)
        return fail(resolved.error());
    return std::unique_ptr<PostReader>(new PostReader(std::move(state)));
}

Format PostReader::format() const
{
    return m_state->format;
}

QString PostReader::encoding() const
{
    return m_state->encoding;
}

QStringList PostReader::columns() const
{
    return m_state->table.columns;
}

QHash<QString, QString> PostReader::mapping() const
{
    return m_state->mapping;
}

Result<QList<PostRecord>> PostReader::read(qsizetype count)
{
    if (m_state->atEnd || count <= 0)
        return QList<PostRecord>();
    if (m_state->cancelled())
        return fail(cancelledError());
    if (m_state->format == Format::Csv)
        return m_state->readCsv(count);
    return m_state->readTable(count);
}

qint64 PostReader::estimatedTotal() const
{
    const State &state = *m_state;
    if (state.format != Format::Csv)
        return state.atEnd ? state.handedOut : state.table.rows.size();
    if (state.atEnd || state.csv->position() == 0)
        return state.handedOut;
    // Rows read so far, scaled by the share of the text they took.
    return qint64(double(state.handedOut) * double(state.text.size())
                  / double(state.csv->position()));
}

double PostReader::fractionRead() const
{
    const State &state = *m_state;
    if (state.atEnd)
        return 1.0;
    if (state.format == Format::Csv)
        return state.text.isEmpty() ? 1.0
                                    : double(state.csv->position()) / double(state.text.size());
    return state.table.rows.isEmpty() ? 1.0
                                      : double(state.nextRow) / double(state.table.rows.size());
}

bool PostReader::atEnd() const
{
    return m_state->atEnd;
}

QList<RecordProblem> PostReader::problems() const
{
    QList<RecordProblem> problems = m_state->problems;
    if (m_state->nulFields > 0)
        problems.append(
            {0,
             u"%1 has NUL characters in %2 fields; they were replaced with U+FFFD (the original "
             u"file is stored unchanged)"_s.arg(m_state->fileName)
                 .arg(m_state->nulFields)});
    return problems;
}

qint64 PostReader::repairedTexts() const
{
    return m_state->repairedTexts;
}

Result<ParsedPosts> parsePosts(const QByteArray &bytes,
                               const QString &fileName,
                               const ImportOptions &options,
                               qint64 maxRecords,
                               const std::atomic_bool *cancel)
{
    auto reader = PostReader::open(bytes, fileName, options, maxRecords, cancel);
    if (!reader)
        return fail(reader.error());
    ParsedPosts parsed;
    constexpr qsizetype Chunk = 65536;
    while (!(*reader)->atEnd() && (maxRecords < 0 || parsed.posts.size() < maxRecords)) {
        const qsizetype wanted
            = maxRecords < 0 ? Chunk : std::min(Chunk, maxRecords - parsed.posts.size());
        auto chunk = (*reader)->read(wanted);
        if (!chunk)
            return fail(chunk.error());
        parsed.posts.append(std::move(*chunk));
    }
    parsed.format = (*reader)->format();
    parsed.encoding = (*reader)->encoding();
    parsed.columns = (*reader)->columns();
    parsed.mapping = (*reader)->mapping();
    parsed.problems = (*reader)->problems();
    parsed.repairedTexts = (*reader)->repairedTexts();
    return parsed;
}

Result<ParsedPosts> previewPosts(const QString &path, const ImportOptions &options, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    u"Cannot read %1: %2"_s.arg(QFileInfo(path).fileName(), file.errorString()));
    const QByteArray bytes = file.readAll();
    return parsePosts(bytes, QFileInfo(path).fileName(), options, rows);
}

} // namespace Casebinder::Posts
