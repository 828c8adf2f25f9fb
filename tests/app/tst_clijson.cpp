// The CLI's --json output is a contract with scripts (architecture issue #15): a refactor must
// not change it. Every invocation in tests/app/golden/commands.txt runs, in order, on a fresh
// sample case; its exit code, its stdout (stderr too when it fails) and the files it names must
// match tests/app/golden/expected/NAME.json, timestamps aside (see Normalizer).
//
// The goldens come from the CLI of 8fc9745, the last commit before the refactor. To write them:
//   CASEBINDER_GOLDEN_WRITE=1 CASEBINDER_GOLDEN_CLI=/path/to/casebinder-cli ./tst_clijson
// CASEBINDER_GOLDEN_CLI runs that binary instead of the one built with the test (also when
// comparing); CASEBINDER_GOLDEN_WRITE=1 writes expected/ instead of comparing with it. A golden
// that changes in review is a change of behaviour.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <utility>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString GoldenDir = QStringLiteral(CASEBINDER_SOURCE_DIR "/tests/app/golden");
const QString DataDir = QStringLiteral(CASEBINDER_TEST_DATA "/cli-golden");

struct Invocation
{
    QString name;
    QString line;          // the arguments as written, placeholders and all
    QStringList arguments; // with placeholders
    QStringList files;     // with placeholders
};

// Splits on spaces: "..." groups words, \" is a quote, \\ a backslash, "" an empty argument.
std::optional<QStringList> splitArguments(QStringView line)
{
    QStringList arguments;
    QString current;
    bool started = false;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size()
            && (line.at(i + 1) == u'"' || line.at(i + 1) == u'\\')) {
            current += line.at(++i);
            started = true;
        } else if (c == u'"') {
            quoted = !quoted;
            started = true;
        } else if (c.isSpace() && !quoted) {
            if (started)
                arguments.append(std::exchange(current, QString()));
            started = false;
        } else {
            current += c;
            started = true;
        }
    }
    if (quoted)
        return std::nullopt;
    if (started)
        arguments.append(current);
    return arguments;
}

// Reads commands.txt; on a malformed line, returns the message instead.
std::pair<QList<Invocation>, QString> readInvocations(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {{}, u"cannot read "_s + path};
    QList<Invocation> invocations;
    QSet<QString> names;
    int number = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++number;
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype colon = line.indexOf(u':');
        Invocation invocation;
        invocation.name = line.left(colon).trimmed();
        const QStringList parts = line.mid(colon + 1).split(u" => "_s);
        invocation.line = parts.constFirst().trimmed();
        const auto arguments = splitArguments(invocation.line);
        if (colon <= 0 || parts.size() > 2 || !arguments || arguments->isEmpty()
            || names.contains(invocation.name))
            return {{},
                    u"%1:%2: not NAME: ARGUMENTS [=> FILE ...], or NAME is taken"_s.arg(path).arg(
                        number)};
        invocation.arguments = *arguments;
        if (parts.size() == 2)
            invocation.files = parts.at(1).split(u' ', Qt::SkipEmptyParts);
        names.insert(invocation.name);
        invocations.append(invocation);
    }
    return {invocations, QString()};
}

QString currentUserName()
{
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonArray lines(const QString &text)
{
    QStringList split = text.split(u'\n');
    if (split.constLast().isEmpty())
        split.removeLast();
    return QJsonArray::fromStringList(split);
}

// RFC 4180 rows: quoted cells may hold commas, quotes ("") and line breaks.
QList<QStringList> csvRows(QStringView text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                cell += text.at(++i);
            else if (c == u'"')
                quoted = false;
            else
                cell += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(std::exchange(cell, QString()));
        } else if (c == u'\n' || (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')) {
            i += c == u'\r' ? 1 : 0;
            row.append(std::exchange(cell, QString()));
            rows.append(std::exchange(row, QStringList()));
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

// Sets aside what depends on when and where the test runs, and nothing else:
// - the scratch directory, the sample's source directory inside it, the case path and
//   tests/data/cli-golden become {tmp}, {sample-sources}, {case} and {data};
// - ISO-8601 date-times under the keys "at" (custody log) and "created_at" (evidence links,
//   export manifests), and in the exhibit list's pdf_created_file_metadata column (when the
//   sample painted its PDFs), become <time>;
// - "user" becomes <user> when it is the user running the test;
// - "file_system" (of the scratch directory) becomes <file system>;
// - the size of a PDF export in its manifest ("export": {"file_name": "*.pdf", "size"}): the PDF
//   prints the minute it was made; and a backup's "bytes" and "pages" (of SQLite), which follow
//   the lengths of the paths recorded in the case;
// - SHA-256s ("sha256", an export's "sources" in the custody log, the exhibit list's sha256
//   column) become <sha256 #N>, numbered by first appearance: the sample's PDFs embed the
//   time they were painted, so their hashes (and those of exports and backups that include
//   them) differ on every run. The numbering keeps which hashes are equal, so a wrong hash
//   still shows. Hashes of the fixtures in tests/data/cli-golden never change and stay as
//   they are.
class Normalizer
{
public:
    Normalizer(const QString &tmp, const QString &casePath, QSet<QString> stableHashes)
        : m_tmp(tmp)
        , m_case(casePath)
        , m_stableHashes(std::move(stableHashes))
        , m_user(currentUserName())
    {}

    QString text(QString text) const
    {
        static const QRegularExpression sampleSources(
            uR"(\{tmp\}/scratch/casebinder-cli-[A-Za-z0-9]{6})"_s);
        if (!m_case.isEmpty())
            text.replace(m_case, u"{case}"_s);
        if (!m_tmp.isEmpty())
            text.replace(m_tmp, u"{tmp}"_s);
        text.replace(DataDir, u"{data}"_s);
        return text.replace(sampleSources, u"{sample-sources}"_s);
    }

    QJsonValue json(const QJsonValue &value, const QString &key = QString())
    {
        if (value.isObject()) {
            QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                it.value() = json(it.value(), it.key());
            // A PDF export prints the minute it was made, so its size varies; a CSV's does not.
            if (object.value(u"file_name"_s).toString().endsWith(u".pdf"_s)
                && object.contains(u"size"_s))
                object.insert(u"size"_s, u"<pdf size>"_s);
            // A backup's size follows the paths recorded in the case (scratch directory, source
            // tree); that the copy verifies is still compared. Its report has "verification",
            // its custody record "kind": "backup".
            if (object.contains(u"verification"_s)
                || object.value(u"kind"_s).toString() == u"backup") {
                for (const QString &size : {u"bytes"_s, u"pages"_s}) {
                    if (object.contains(size))
                        object.insert(size, u"<backup size>"_s);
                }
            }
            return object;
        }
        if (value.isArray()) {
            QJsonArray array = value.toArray();
            for (auto it = array.begin(); it != array.end(); ++it)
                *it = json(*it, key);
            return array;
        }
        if (!value.isString())
            return value;
        const QString string = text(value.toString());
        if ((key == u"at" || key == u"created_at") && isTimestamp(string))
            return u"<time>"_s;
        if (key == u"user" && string == m_user)
            return u"<user>"_s;
        if (key == u"file_system")
            return u"<file system>"_s;
        if (key == u"sha256" || key == u"sources") // "sources": an export's, in the custody log
            return hash(string);
        return string;
    }

    // {"header": [...], "rows": [[...], ...]}, with the columns normalized by name.
    QJsonObject csv(const QByteArray &bytes)
    {
        const bool bom = bytes.startsWith("\xEF\xBB\xBF");
        const QString text = QString::fromUtf8(bom ? bytes.mid(3) : bytes);
        QList<QStringList> rows = csvRows(text);
        const QStringList header = rows.isEmpty() ? QStringList() : rows.takeFirst();
        const qsizetype hashColumn = header.indexOf(u"sha256"_s);
        const qsizetype createdColumn = header.indexOf(u"pdf_created_file_metadata"_s);
        QJsonArray array;
        for (QStringList &row : rows) {
            for (qsizetype column = 0; column < row.size(); ++column) {
                row[column] = this->text(row.at(column));
                if (column == hashColumn)
                    row[column] = hash(row.at(column));
                if (column == createdColumn && isTimestamp(row.at(column)))
                    row[column] = u"<time>"_s;
            }
            array.append(QJsonArray::fromStringList(row));
        }
        return {{u"bom"_s, bom},
                {u"crlf"_s, text.contains(u"\r\n"_s)},
                {u"header"_s, QJsonArray::fromStringList(header)},
                {u"rows"_s, array}};
    }

private:
    static bool isTimestamp(const QString &text)
    {
        static const QRegularExpression iso(
            uR"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?$)"_s);
        return iso.match(text).hasMatch();
    }

    QString hash(const QString &text)
    {
        static const QRegularExpression sha256(u"^[0-9a-f]{64}$"_s);
        if (!sha256.match(text).hasMatch() || m_stableHashes.contains(text))
            return text;
        const auto label = m_hashLabels.constFind(text);
        const int number = label != m_hashLabels.cend() ? *label : int(m_hashLabels.size()) + 1;
        m_hashLabels.insert(text, number);
        return u"<sha256 #%1>"_s.arg(number);
    }

    const QString m_tmp;
    const QString m_case;
    const QSet<QString> m_stableHashes;
    const QString m_user;
    QHash<QString, int> m_hashLabels;
};

QSet<QString> fixtureHashes()
{
    QSet<QString> hashes;
    const QDir dir(DataDir);
    for (const QString &name : dir.entryList(QDir::Files))
        hashes.insert(QString::fromLatin1(
            QCryptographicHash::hash(readFile(dir.filePath(name)), QCryptographicHash::Sha256)
                .toHex()));
    return hashes;
}

QString describe(const QJsonValue &value)
{
    if (value.isUndefined())
        return u"(nothing)"_s;
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    const QString text = QString::fromUtf8(json.mid(1, json.size() - 2));
    return text.size() > 300 ? text.left(300) + u"…"_s : text;
}

// The JSON path of the first difference and both values, or an empty string.
QString firstDifference(const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        QStringList keys = e.keys() + a.keys();
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const QString &key : std::as_const(keys)) {
            const QString found = firstDifference(e.value(key), a.value(key), path + u'.' + key);
            if (!found.isEmpty())
                return found;
        }
        return QString();
    }
    if (expected.isArray() && actual.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
            const QString found = firstDifference(i < e.size() ? e.at(i) : QJsonValue::Undefined,
                                                  i < a.size() ? a.at(i) : QJsonValue::Undefined,
                                                  u"%1[%2]"_s.arg(path).arg(i));
            if (!found.isEmpty())
                return found;
        }
        return QString();
    }
    if (expected == actual)
        return QString();
    return u"%1: expected %2, got %3"_s.arg(path, describe(expected), describe(actual));
}

} // namespace

class TestCliJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(u"scratch"_s));
        auto [invocations, problem] = readInvocations(GoldenDir + u"/commands.txt"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_invocations = invocations;
        m_write = qEnvironmentVariableIntValue("CASEBINDER_GOLDEN_WRITE") == 1;

        const QString tmp = m_dir.path();
        const QString casePath = tmp + u"/case.casebinder"_s;
        const QString program = qEnvironmentVariableIsEmpty("CASEBINDER_GOLDEN_CLI")
                                    ? QStringLiteral(CASEBINDER_CLI)
                                    : qEnvironmentVariable("CASEBINDER_GOLDEN_CLI");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Temporary files inside the scratch directory; messages and dates as on any machine.
        environment.insert(u"TMPDIR"_s, tmp + u"/scratch"_s);
        environment.insert(u"TZ"_s, u"UTC"_s);
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        environment.remove(u"LANGUAGE"_s);
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);

        const auto expand = [&](QString text) {
            return text.replace(u"{case}"_s, casePath)
                .replace(u"{tmp}"_s, tmp)
                .replace(u"{data}"_s, DataDir);
        };
        Normalizer normalizer(tmp, casePath, fixtureHashes());
        for (const Invocation &invocation : std::as_const(m_invocations)) {
            QStringList arguments;
            for (const QString &argument : invocation.arguments)
                arguments.append(expand(argument));
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(program, arguments);
            QVERIFY2(process.waitForFinished(120000), qPrintable(invocation.name));
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);

            QJsonObject result{{u"command"_s, invocation.line},
                               {u"exit_code"_s, process.exitCode()}};
            const QByteArray out = process.readAllStandardOutput();
            QJsonParseError error;
            const QJsonDocument json = QJsonDocument::fromJson(out, &error);
            result.insert(u"stdout"_s,
                          error.error == QJsonParseError::NoError && json.isObject()
                              ? normalizer.json(json.object())
                              : QJsonValue(lines(normalizer.text(QString::fromUtf8(out)))));
            if (process.exitCode() != 0)
                result.insert(
                    u"stderr"_s,
                    lines(normalizer.text(QString::fromUtf8(process.readAllStandardError()))));
            QJsonObject files;
            for (const QString &file : invocation.files) {
                const QString path = expand(file);
                const QByteArray bytes = readFile(path);
                QJsonValue content = lines(normalizer.text(QString::fromUtf8(bytes)));
                if (path.endsWith(u".csv"_s))
                    content = normalizer.csv(bytes);
                else if (path.endsWith(u".json"_s))
                    content = normalizer.json(QJsonDocument::fromJson(bytes).object());
                files.insert(file, QFileInfo::exists(path) ? content : QJsonValue());
            }
            if (!files.isEmpty())
                result.insert(u"files"_s, files);
            m_actual.insert(invocation.name, result);
        }

        if (m_write)
            writeGoldens();
        if (QTest::currentTestFailed())
            return;
        // The goldens are normalized as they are written; normalizing them again only matters
        // for one edited by hand.
        Normalizer goldenNormalizer(QString(), QString(), fixtureHashes());
        for (const Invocation &invocation : std::as_const(m_invocations)) {
            const QJsonDocument golden
                = QJsonDocument::fromJson(readFile(goldenPath(invocation.name)));
            if (golden.isObject())
                m_expected.insert(invocation.name,
                                  goldenNormalizer.json(golden.object()).toObject());
        }
    }

    void invocation_data()
    {
        QTest::addColumn<QString>("name");
        for (const Invocation &invocation : std::as_const(m_invocations))
            QTest::newRow(qPrintable(invocation.name)) << invocation.name;
    }

    // One row per command, so that every difference is reported, not only the first.
    void invocation()
    {
        QFETCH(const QString, name);
        QVERIFY2(
            m_expected.contains(name),
            qPrintable(u"no golden %1; see the top of tst_clijson.cpp"_s.arg(goldenPath(name))));
        const QString difference
            = firstDifference(m_expected.value(name), m_actual.value(name), name);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void everyGoldenHasACommand()
    {
        QSet<QString> names;
        for (const Invocation &invocation : std::as_const(m_invocations))
            names.insert(invocation.name + u".json"_s);
        for (const QString &file :
             QDir(GoldenDir + u"/expected"_s).entryList({u"*.json"_s}, QDir::Files))
            QVERIFY2(names.contains(file), qPrintable(u"expected/%1 has no command"_s.arg(file)));
    }

private:
    static QString goldenPath(const QString &name)
    {
        return GoldenDir + u"/expected/"_s + name + u".json"_s;
    }

    void writeGoldens() const
    {
        QDir expected(GoldenDir + u"/expected"_s);
        QVERIFY(expected.mkpath(u"."_s));
        for (const QString &file : expected.entryList({u"*.json"_s}, QDir::Files))
            QVERIFY(expected.remove(file));
        for (auto it = m_actual.cbegin(); it != m_actual.cend(); ++it) {
            QFile file(goldenPath(it.key()));
            QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate),
                     qPrintable(file.fileName()));
            file.write(QJsonDocument(it.value()).toJson(QJsonDocument::Indented));
        }
        qInfo("Wrote %d goldens to %s", int(m_actual.size()), qPrintable(expected.path()));
    }

    QTemporaryDir m_dir;
    QList<Invocation> m_invocations;
    QHash<QString, QJsonObject> m_actual;
    QHash<QString, QJsonObject> m_expected;
    bool m_write = false;
};

QTEST_GUILESS_MAIN(TestCliJson)
#include "tst_clijson.moc"
