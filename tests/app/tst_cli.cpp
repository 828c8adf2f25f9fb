#include "clirunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion()
    {
        const CliRun help = runCli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("new CASE"));
        QVERIFY(help.out.contains("verify CASE"));
        const CliRun version = runCli({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("casebinder-cli "));
        const CliRun commandHelp = runCli({u"info"_s, u"--help"_s});
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY(commandHelp.out.contains("--json"));
        QVERIFY2(commandHelp.out.startsWith("Usage: casebinder-cli info CASE"),
                 commandHelp.out.constData());
        const CliRun subcommandHelp = runCli({u"claim"_s, u"add"_s, u"--help"_s});
        QCOMPARE(subcommandHelp.exitCode, 0);
        QVERIFY2(subcommandHelp.out.startsWith("Usage: casebinder-cli claim add [options]"),
                 subcommandHelp.out.constData());
    }

    void badUsageExitsTwo()
    {
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(runCli({u"info"_s}).exitCode, 2);
        QCOMPARE(runCli({u"new"_s, u"--no-such-flag"_s, u"x"_s}).exitCode, 2);
    }

    void newInfoVerifyRoundTrip()
    {
        const QString path = m_dir.filePath(u"a.casebinder"_s);
        const CliRun created = runCli({u"new"_s, path, u"--title"_s, u"Parler v. AWS"_s});
        QCOMPARE(created.exitCode, 0);

        const CliRun info = runCli({u"info"_s, path, u"--json"_s});
        QCOMPARE(info.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(info.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(u"title"_s).toString(), u"Parler v. AWS"_s);
        const QStringList keys = {u"title"_s,
                                  u"schema_version"_s,
                                  u"documents"_s,
                                  u"pages"_s,
                                  u"posts"_s,
                                  u"claims"_s,
                                  u"links"_s,
                                  u"events"_s,
                                  u"entities"_s,
                                  u"tags"_s};
        for (const QString &key : keys)
            QVERIFY2(json.contains(key), qPrintable(key));
        QCOMPARE(json.value(u"documents"_s).toInt(-1), 0);
        QVERIFY(json.value(u"schema_version"_s).toInt() >= 1);

        const CliRun human = runCli({u"info"_s, path});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("Parler v. AWS"));

        const CliRun verify = runCli({u"verify"_s, path, u"--json"_s});
        QCOMPARE(verify.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(verify.out).object().value(u"ok"_s).toBool());

        const CliRun custody = runCli({u"custody"_s, path, u"--json"_s});
        QCOMPARE(custody.exitCode, 0);
        const auto entries
            = QJsonDocument::fromJson(custody.out).object().value(u"entries"_s).toArray();
        QVERIFY(entries.size() >= 2); // create, verify
        QCOMPARE(entries.first().toObject().value(u"action"_s).toString(), u"create"_s);
    }

    void newRefusesToOverwrite()
    {
        const QString path = m_dir.filePath(u"keep.casebinder"_s);
        QCOMPARE(runCli({u"new"_s, path}).exitCode, 0);
        const QByteArray before = fileHash(path);
        const CliRun again = runCli({u"new"_s, path});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already exists"));
        QCOMPARE(fileHash(path), before);
    }

    void infoOnForeignFilesFailsCleanly_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("png") << u"png"_s;
        QTest::newRow("empty") << u"empty"_s;
        QTest::newRow("foreign sqlite") << u"sqlite"_s;
        QTest::newRow("missing") << u"missing"_s;
    }

    void infoOnForeignFilesFailsCleanly()
    {
        QFETCH(QString, kind);
        const QString path = m_dir.filePath(u"foreign."_s + kind);
        if (kind == u"png") {
            QImage image(4, 4, QImage::Format_RGB32);
            image.fill(Qt::blue);
            QVERIFY(image.save(path, "PNG"));
        } else if (kind == u"empty") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else if (kind == u"sqlite") {
            QProcess sqlite;
            sqlite.start(u"sqlite3"_s,
                         {path, u"CREATE TABLE other (x); INSERT INTO other VALUES (42);"_s});
            QVERIFY(sqlite.waitForFinished());
            if (sqlite.exitCode() != 0 || !QFile::exists(path))
                QSKIP("the sqlite3 shell is not installed");
        }
        const QByteArray before = fileHash(path);
        const CliRun info = runCli({u"info"_s, path, u"--json"_s});
        QCOMPARE(info.exitCode, 1);
        QVERIFY(info.out.isEmpty());
        QVERIFY2(info.err.contains(path.toUtf8()), info.err.constData());
        QCOMPARE(info.err.count('\n'), 1); // one clear sentence
        QCOMPARE(fileHash(path), before);
        if (kind == u"missing")
            QVERIFY(!QFile::exists(path));
        QCOMPARE(runCli({u"verify"_s, path}).exitCode, 1);
        QCOMPARE(fileHash(path), before);
    }

    void verifyReportsTamperedOriginal()
    {
        const QString path = m_dir.filePath(u"tampered.casebinder"_s);
        QCOMPARE(runCli({u"new"_s, path}).exitCode, 0);
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s,
                     {path,
                      u"INSERT INTO blobs (sha256, size, data, created_at) VALUES "
                      "('%1', 3, X'010203', 'now');"_s.arg(QString(64, u'a'))});
        QVERIFY(sqlite.waitForFinished());
        if (sqlite.exitCode() != 0)
            QSKIP("the sqlite3 shell is not installed");
        const CliRun verify = runCli({u"verify"_s, path});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY(verify.out.contains(QString(64, u'a').toUtf8()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
