#pragma once

#include "casefile.h"
#include "importjob.h"
#include "sqlite/statement.h"
#include "testpdf.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

// Shared helpers for the importer tests: real PDFs (TestSupport::makePdf), a fresh case, and
// a fingerprint of everything a case holds, to prove that a failed import changed nothing.
namespace ImportTest {

using TestSupport::makePdf;

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QString newCase(const QString &dir, const QString &name = QStringLiteral("case"))
{
    const QString path = dir + u'/' + name + QStringLiteral(".casebinder");
    auto created = Casebinder::CaseFile::create(path, Casebinder::CaseCaption{name});
    if (!created)
        qWarning() << created.error().fullText();
    return created ? path : QString();
}

inline qint64 count(const QString &casePath, const QString &sql)
{
    auto caseFile = Casebinder::CaseFile::open(casePath, Casebinder::CaseFile::Access::ReadOnly);
    if (!caseFile)
        return -1;
    auto statement = caseFile->db().prepare(sql);
    if (!statement || !statement->step().value_or(false))
        return -1;
    return statement->integer(0);
}

// SHA-256 over every row of the evidence tables (not imports or custody_log, which record
// each job, rejected files included).
inline QByteArray fingerprint(const QString &casePath)
{
    auto caseFile = Casebinder::CaseFile::open(casePath, Casebinder::CaseFile::Access::ReadOnly);
    if (!caseFile)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries = {
        QStringLiteral("SELECT * FROM documents ORDER BY id"),
        QStringLiteral("SELECT * FROM pages ORDER BY id"),
        QStringLiteral("SELECT id, sha256, size, data FROM blobs ORDER BY id"),
        QStringLiteral("SELECT * FROM posts ORDER BY id"),
    };
    for (const QString &sql : queries) {
        auto statement = caseFile->db().prepare(sql);
        if (!statement)
            return {};
        while (statement->step().value_or(false)) {
            for (int c = 0; c < statement->columnCount(); ++c)
                hash.addData(QByteArray(statement->value(c).toString().toUtf8() + '\x1f'));
            hash.addData(QByteArrayView("\x1e"));
        }
    }
    return hash.result().toHex();
}

// A case holding one filing and two posts, made in `dir`, and its fingerprint.
inline std::pair<QString, QByteArray> seededCase(const QTemporaryDir &dir, const QString &name)
{
    const QString casePath = newCase(dir.path(), name);
    const QString seedDir = dir.filePath(name + QStringLiteral("-seed"));
    QDir().mkpath(seedDir);
    writeFile(seedDir + QStringLiteral("/filing.pdf"),
              makePdf({QStringLiteral("Seed filing for %1").arg(name)}));
    writeFile(seedDir + QStringLiteral("/posts.csv"),
              "id,text,author\n1,first post,alice\n2,second post,bob\n");
    auto seeded = Casebinder::runImport(casePath, {seedDir}, {});
    if (!seeded || seeded->imported() != 2)
        qWarning() << "seeding failed";
    return {casePath, fingerprint(casePath)};
}

// "ok" when PRAGMA integrity_check finds nothing wrong, else what it or the open reports.
// Read-write recovers a WAL left behind by a failed job first; read-only leaves the file be.
inline QString integrity(const QString &casePath,
                         Casebinder::CaseFile::Access access
                         = Casebinder::CaseFile::Access::ReadOnly)
{
    auto caseFile = Casebinder::CaseFile::open(casePath, access);
    if (!caseFile)
        return caseFile.error().fullText();
    auto check = caseFile->db().prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!check || !check->step().value_or(false))
        return QStringLiteral("integrity_check did not run");
    return check->text(0);
}

inline bool haveTool(const QString &name)
{
    QProcess which;
    which.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("command -v ") + name});
    which.waitForFinished();
    return which.exitCode() == 0;
}

inline int run(const QString &program, const QStringList &arguments, const QString &workDir = {})
{
    QProcess process;
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return -1;
    return process.exitCode();
}

// Writes a ZIP with arbitrary (even hostile) entry names using Python's zipfile.
inline bool pythonZip(const QString &zipPath, const QList<std::pair<QString, QByteArray>> &entries)
{
    QString script = QStringLiteral("import sys, zipfile, base64\nz = zipfile.ZipFile(sys.argv[1], "
                                    "'w', zipfile.ZIP_DEFLATED)\n");
    for (const auto &[name, bytes] : entries)
        script += QStringLiteral("z.writestr(%1, base64.b64decode('%2'))\n")
                      .arg(QString::fromUtf8(QByteArray("'") + name.toUtf8().replace('\'', "\\'")
                                             + "'"),
                           QString::fromLatin1(bytes.toBase64()));
    script += QStringLiteral("z.close()\n");
    return run(QStringLiteral("python3"), {QStringLiteral("-c"), script, zipPath}) == 0;
}

inline const Casebinder::ImportedFile *findFile(const Casebinder::ImportReport &report,
                                                const QString &endsWith)
{
    for (const auto &file : report.files) {
        if (file.path.endsWith(endsWith))
            return &file;
    }
    return nullptr;
}

} // namespace ImportTest
