#include "posts/jsonrecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebinder::Posts {
namespace {

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

} // namespace

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
        for (const QJsonValue user : included)
            users.insert(user.toObject().value(u"id"_s).toString(), user.toObject());
    }
    qint64 position = 0;
    for (const QJsonValue value : std::as_const(records)) {
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

Status readNdjson(QByteArrayView utf8,
                  const QString &fileName,
                  Table &table,
                  QList<RecordProblem> &problems,
                  qint64 maxRecords,
                  const std::atomic_bool *cancel)
{
    // A big file is parsed in two halves on two cores (JSON parsing is most of the time to
    // open one); the writer has nothing to do until the mapping is known.
    constexpr qsizetype SplitBytes = qsizetype(4) * 1024 * 1024;
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

} // namespace Casebinder::Posts
