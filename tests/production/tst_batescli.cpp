// casebinder-cli bates assign / bates stamp / document set --privilege-* /
// export-privilege-log, run the way a script runs them: exit codes, JSON keys, messages.
#include "app/clirunner.h"
#include "testpdf.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBatesCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_case;

    QJsonObject json(const CliRun &run) { return QJsonDocument::fromJson(run.out).object(); }

private slots:
    void initTestCase()
    {
        m_case = m_dir.filePath(u"cli.casebinder"_s);
        QCOMPARE(runCli({u"new"_s, m_case, u"--title"_s, u"Bates"_s}).exitCode, 0);
        const QString folder = m_dir.filePath(u"in"_s);
        QVERIFY(QDir().mkpath(folder));
        for (const auto &[name, pages] :
             {std::pair{u"a.pdf"_s, QStringList{u"Agreement page one"_s, u"Agreement page two"_s}},
              std::pair{u"b.pdf"_s, QStringList{u"Letter"_s}}}) {
            QFile file(folder + u'/' + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(TestSupport::makePdf(pages));
        }
        const CliRun imported = runCli({u"import"_s, m_case, folder, u"--kind"_s, u"exhibit"_s});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }

    void assignsAndRefuses()
    {
        const CliRun usage = runCli({u"bates"_s, u"assign"_s, m_case});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains("--prefix"));
        QCOMPARE(runCli({u"bates"_s, u"assign"_s, m_case, u"--prefix"_s, u"VOL1"_s}).exitCode, 2);

        const CliRun assigned = runCli({u"bates"_s,
                                        u"assign"_s,
                                        m_case,
                                        u"--prefix"_s,
                                        u"PARLER"_s,
                                        u"--start"_s,
                                        u"1"_s,
                                        u"--digits"_s,
                                        u"6"_s,
                                        u"--document"_s,
                                        u"1"_s,
                                        u"--json"_s});
        QVERIFY2(assigned.exitCode == 0, assigned.err.constData());
        const QJsonObject result = json(assigned);
        QCOMPARE(result.value(u"first"_s).toString(), u"PARLER000001"_s);
        QCOMPARE(result.value(u"last"_s).toString(), u"PARLER000002"_s);
        QCOMPARE(result.value(u"pages"_s).toInt(), 2);
        const QJsonObject document = result.value(u"documents"_s).toArray().at(0).toObject();
        QCOMPARE(document.value(u"id"_s).toInt(), 1);
        QCOMPARE(document.value(u"bates_end"_s).toString(), u"PARLER000002"_s);

        const CliRun gap = runCli(
            {u"bates"_s, u"assign"_s, m_case, u"--prefix"_s, u"PARLER"_s, u"--start"_s, u"9"_s});
        QCOMPARE(gap.exitCode, 2);
        QVERIFY2(gap.err.contains("gap") && gap.err.contains("Start at 3"), gap.err.constData());
        const CliRun overlap = runCli(
            {u"bates"_s, u"assign"_s, m_case, u"--prefix"_s, u"PARLER"_s, u"--start"_s, u"2"_s});
        QCOMPARE(overlap.exitCode, 1);
        QVERIFY(overlap.err.contains("PARLER000002 is already used"));
        QCOMPARE(
            runCli(
                {u"bates"_s, u"assign"_s, m_case, u"--prefix"_s, u"PARLER"_s, u"--start"_s, u"3"_s})
                .exitCode,
            0);
    }

    void stampsACopy()
    {
        const QString out = m_dir.filePath(u"stamped.pdf"_s);
        const CliRun badLegend = runCli(
            {u"bates"_s, u"stamp"_s, m_case, u"1"_s, out, u"--legend"_s, u"\u6A5F\u5BC6"_s});
        QCOMPARE(badLegend.exitCode, 2);
        QVERIFY(!QFile::exists(out));
        const CliRun stamped = runCli({u"bates"_s,
                                       u"stamp"_s,
                                       m_case,
                                       u"1"_s,
                                       out,
                                       u"--legend"_s,
                                       u"HIGHLY CONFIDENTIAL \u2013 ATTORNEYS' EYES ONLY"_s,
                                       u"--json"_s});
        QVERIFY2(stamped.exitCode == 0, stamped.err.constData());
        QCOMPARE(json(stamped).value(u"bates_begin"_s).toString(), u"PARLER000001"_s);
        QCOMPARE(json(stamped).value(u"pages"_s).toInt(), 2);
        QVERIFY(QFile::exists(out + u".manifest.json"_s));
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (!pdftotext.isEmpty()) {
            QProcess process;
            process.start(pdftotext, {out, u"-"_s});
            QVERIFY(process.waitForFinished());
            const QString text = QString::fromUtf8(process.readAllStandardOutput());
            QVERIFY(text.contains(u"Agreement page two"_s));
            QVERIFY(text.contains(u"PARLER000002"_s));
            QVERIFY(text.contains(u"HIGHLY CONFIDENTIAL \u2013 ATTORNEYS' EYES ONLY"_s));
        }
        // The stamped copy is in the custody record that verify checks.
        QCOMPARE(runCli({u"verify"_s, m_case}).exitCode, 0);
        const CliRun missing = runCli({u"bates"_s, u"stamp"_s, m_case, u"99"_s, out});
        QCOMPARE(missing.exitCode, 1);
    }

    void privilegeFieldsAndLog()
    {
        QCOMPARE(runCli({u"document"_s, u"set-privileged"_s, m_case, u"2"_s, u"on"_s}).exitCode, 0);
        const CliRun bad
            = runCli({u"document"_s, u"set"_s, m_case, u"2"_s, u"--privilege-basis"_s, u"x"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("attorney-client, work-product or other"));
        QCOMPARE(runCli({u"document"_s,
                         u"set"_s,
                         m_case,
                         u"2"_s,
                         u"--privilege-basis"_s,
                         u"work-product"_s,
                         u"--privilege-description"_s,
                         u"Counsel's notes prepared for the TRO hearing"_s})
                     .exitCode,
                 0);
        const QString out = m_dir.filePath(u"log.csv"_s);
        const CliRun log = runCli({u"export-privilege-log"_s, m_case, out, u"--json"_s});
        QVERIFY2(log.exitCode == 0, log.err.constData());
        QCOMPARE(json(log).value(u"items"_s).toInt(), 1);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(u"1,PARLER000003,unknown,PDF document,unknown,,,,Work product,"
                               u"Counsel's notes prepared for the TRO hearing,Withheld"_s),
                 qPrintable(text));
        QCOMPARE(runCli({u"export-privilege-log"_s, m_case, m_dir.filePath(u"log.txt"_s)}).exitCode,
                 2);
    }
};

QTEST_MAIN(TestBatesCli)
#include "tst_batescli.moc"
