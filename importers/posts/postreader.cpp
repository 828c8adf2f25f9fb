#include "posts/postreader.h"

#include "common/csv.h"
#include "common/textdecoding.h"
#include "common/timestamps.h"
#include "importoptions.h"
#include "posts/fieldmapping.h"
#include "posts/jsonrecords.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace Casebinder::Posts {
namespace {

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
