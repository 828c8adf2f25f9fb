#include "app/clirunner.h"
#include "model/chronologyfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace ChronologyFixture;
using namespace Qt::StringLiterals;

class TestChronologyCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_case;

    static QJsonObject json(const CliRun &run) { return QJsonDocument::fromJson(run.out).object(); }

private slots:
    void initTestCase()
    {
        m_case = m_dir.filePath(u"cli.casebinder"_s);
        QCOMPARE(runCli({u"new"_s, m_case, u"--title"_s, u"Parler v. AWS"_s}).exitCode, 0);
        auto opened = CaseFile::open(m_case);
        QVERIFY(opened);
        QCOMPARE(insertDocument(opened->db(), u"exhibit"_s, u"Agreement"_s, 12, u"A"_s), 1);
        QCOMPARE(insertDocument(opened->db(), u"other"_s, u"Memo"_s, 2), 2);
        QVERIFY(insertPosts(opened->db(), 10));
    }

    void entities()
    {
        CliRun run = runCli({u"entity"_s,
                             u"add"_s,
                             m_case,
                             u"--name"_s,
                             u"Amazon Web Services"_s,
                             u"--kind"_s,
                             u"organisation"_s,
                             u"--role"_s,
                             u"party"_s,
                             u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(json(run).value(u"id"_s).toInt(), 1);
        QCOMPARE(
            runCli(
                {u"entity"_s, u"add"_s, m_case, u"--name"_s, u"X"_s, u"--role"_s, u"plaintiff"_s})
                .exitCode,
            2);
        QCOMPARE(runCli({u"entity"_s, u"add"_s, m_case}).exitCode, 2);
        run = runCli({u"entity"_s, u"list"_s, m_case, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray entities = json(run).value(u"entities"_s).toArray();
        QCOMPARE(entities.size(), 1);
        QCOMPARE(entities.at(0)[u"role"_s].toString(), u"party"_s);
        QCOMPARE(runCli({u"entity"_s, u"link"_s, m_case, u"1"_s, u"--document"_s, u"1"_s}).exitCode,
                 0);
        QCOMPARE(
            runCli({u"entity"_s, u"link"_s, m_case, u"1"_s, u"--document"_s, u"99"_s}).exitCode, 1);
    }

    void events()
    {
        CliRun run = runCli({u"event"_s,
                             u"add"_s,
                             m_case,
                             u"--date"_s,
                             u"2021-01-10 23:59 PST"_s,
                             u"--title"_s,
                             u"AWS suspends Parler"_s,
                             u"--disputed"_s,
                             u"--source-document"_s,
                             u"1"_s,
                             u"--pages"_s,
                             u"3-4"_s,
                             u"--entity"_s,
                             u"1"_s,
                             u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject event = json(run).value(u"event"_s).toObject();
        QCOMPARE(event.value(u"date"_s).toString(), u"10 Jan 2021 23:59 PST"_s);
        QCOMPARE(event.value(u"sources"_s).toArray().at(0)[u"cite"_s].toString(),
                 u"Ex. A at 3–4"_s);
        QCOMPARE(runCli({u"event"_s,
                         u"add"_s,
                         m_case,
                         u"--date"_s,
                         u"2021-01"_s,
                         u"--title"_s,
                         u"Talks"_s,
                         u"--source-post"_s,
                         u"4"_s})
                     .exitCode,
                 0);
        QCOMPARE(runCli({u"event"_s,
                         u"add"_s,
                         m_case,
                         u"--date"_s,
                         u"2020-12-01"_s,
                         u"--title"_s,
                         u"Advice"_s,
                         u"--source-document"_s,
                         u"2"_s,
                         u"--pages"_s,
                         u"1"_s})
                     .exitCode,
                 0);

        // Bad input: impossible date, pages beyond the document, missing options.
        run = runCli(
            {u"event"_s, u"add"_s, m_case, u"--date"_s, u"2021-02-30"_s, u"--title"_s, u"Nope"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("28 days"));
        run = runCli({u"event"_s,
                      u"add"_s,
                      m_case,
                      u"--date"_s,
                      u"2021-01-10"_s,
                      u"--title"_s,
                      u"Nope"_s,
                      u"--source-document"_s,
                      u"1"_s,
                      u"--pages"_s,
                      u"12-13"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("beyond the end"));
        QCOMPARE(runCli({u"event"_s, u"add"_s, m_case, u"--title"_s, u"x"_s}).exitCode, 2);
        QCOMPARE(runCli({u"event"_s, u"frobnicate"_s, m_case}).exitCode, 2);

        run = runCli({u"event"_s, u"list"_s, m_case, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonArray events = json(run).value(u"events"_s).toArray();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0)[u"title"_s].toString(), u"Advice"_s);
        QCOMPARE(events.at(1)[u"date"_s].toString(), u"Jan 2021"_s);
        QCOMPARE(events.at(2)[u"entities"_s].toArray().at(0).toInt(), 1);
        QCOMPARE(json(run).value(u"withheld_sources"_s).toInt(), 0); // memo is not privileged

        QCOMPARE(runCli({u"document"_s, u"set-privileged"_s, m_case, u"2"_s, u"on"_s}).exitCode, 0);
        run = runCli({u"event"_s,
                      u"list"_s,
                      m_case,
                      u"--from"_s,
                      u"2020-12"_s,
                      u"--to"_s,
                      u"2020-12-31"_s,
                      u"--json"_s});
        events = json(run).value(u"events"_s).toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0)[u"sources"_s].toArray().size(), 0);
        QCOMPARE(json(run).value(u"withheld_sources"_s).toInt(), 1);
        run = runCli({u"event"_s,
                      u"list"_s,
                      m_case,
                      u"--from"_s,
                      u"2020-12"_s,
                      u"--to"_s,
                      u"2020-12-31"_s,
                      u"--include-privileged"_s,
                      u"--json"_s});
        QCOMPARE(json(run).value(u"events"_s).toArray().at(0)[u"sources"_s].toArray().size(), 1);
        // Three states: --disputed on add kept its meaning; the rest are not assessed until
        // someone says so, and --undisputed lists only what was assessed as undisputed.
        run = runCli({u"event"_s, u"list"_s, m_case, u"--json"_s});
        const QJsonArray listed = json(run).value(u"events"_s).toArray();
        qint64 talks = 0;
        for (const QJsonValue &each : listed) {
            const QJsonObject e = each.toObject();
            const bool suspension = e.value(u"title"_s).toString() == u"AWS suspends Parler"_s;
            QCOMPARE(e.value(u"dispute"_s).toString(),
                     suspension ? u"disputed"_s : u"unassessed"_s);
            QCOMPARE(e.value(u"disputed"_s).toBool(), suspension);
            if (e.value(u"title"_s).toString() == u"Talks"_s)
                talks = e.value(u"id"_s).toInteger();
        }
        QVERIFY(talks > 0);
        run = runCli({u"event"_s, u"list"_s, m_case, u"--undisputed"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains("AWS suspends Parler"));
        QVERIFY(!run.out.contains("Talks"));
        run = runCli({u"event"_s, u"list"_s, m_case, u"--unassessed"_s});
        QVERIFY(run.out.contains("Talks") && !run.out.contains("AWS suspends Parler"));
        QCOMPARE(
            runCli(
                {u"event"_s, u"set"_s, m_case, QString::number(talks), u"--dispute"_s, u"maybe"_s})
                .exitCode,
            2);
        QCOMPARE(runCli({u"event"_s,
                         u"set"_s,
                         m_case,
                         QString::number(talks),
                         u"--dispute"_s,
                         u"undisputed"_s})
                     .exitCode,
                 0);
        run = runCli({u"event"_s, u"list"_s, m_case, u"--undisputed"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains("AWS suspends Parler"));
        QVERIFY(run.out.contains("Talks"));
        QVERIFY(run.out.contains("[undisputed]"));
        QCOMPARE(runCli({u"event"_s, u"list"_s, m_case, u"--from"_s, u"2021-13"_s}).exitCode, 2);
        QCOMPARE(runCli({u"document"_s, u"set-privileged"_s, m_case, u"2"_s, u"maybe"_s}).exitCode,
                 2);
        QCOMPARE(runCli({u"document"_s,
                         u"set"_s,
                         m_case,
                         u"1"_s,
                         u"--exhibit-label"_s,
                         u"PX-1"_s,
                         u"--bates-begin"_s,
                         u"AMZN-1"_s,
                         u"--bates-end"_s,
                         u"AMZN-12"_s})
                     .exitCode,
                 0);
        QCOMPARE(runCli({u"document"_s, u"set"_s, m_case, u"1"_s, u"--date"_s, u"2021-02-30"_s})
                     .exitCode,
                 2);
    }

    void tags()
    {
        QCOMPARE(
            runCli({u"tag"_s, u"add"_s, m_case, u"Issues"_s, u"--color"_s, u"#aa0000"_s}).exitCode,
            0);
        CliRun run = runCli({u"tag"_s,
                             u"add"_s,
                             m_case,
                             u"Damages"_s,
                             u"--parent"_s,
                             u"Issues"_s,
                             u"--hotkey"_s,
                             u"d"_s,
                             u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(runCli({u"tag"_s, u"add"_s, m_case, u"Bad"_s, u"--color"_s, u"red"_s}).exitCode,
                 2);
        QCOMPARE(
            runCli({u"tag"_s, u"add"_s, m_case, u"Damages"_s, u"--parent"_s, u"Issues"_s}).exitCode,
            1);
        run = runCli({u"tag"_s,
                      u"apply"_s,
                      m_case,
                      u"Issues/Damages"_s,
                      u"--post"_s,
                      u"1,2,3"_s,
                      u"--post"_s,
                      u"4"_s,
                      u"--document"_s,
                      u"1"_s,
                      u"--event"_s,
                      u"1"_s,
                      u"--page"_s,
                      u"1:5"_s,
                      u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(json(run).value(u"changed"_s).toInt(), 7);
        run = runCli({u"tag"_s, u"apply"_s, m_case, u"Damages"_s, u"--page"_s, u"1:13"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("no page 13"));
        QCOMPARE(runCli({u"tag"_s, u"apply"_s, m_case, u"Damages"_s}).exitCode, 2);
        QCOMPARE(runCli({u"tag"_s, u"apply"_s, m_case, u"Nope"_s, u"--post"_s, u"1"_s}).exitCode,
                 1);
        QCOMPARE(
            runCli({u"tag"_s, u"remove"_s, m_case, u"Damages"_s, u"--post"_s, u"1"_s}).exitCode, 0);
        run = runCli({u"tag"_s, u"list"_s, m_case, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray tags = json(run).value(u"tags"_s).toArray();
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags.at(1)[u"path"_s].toString(), u"Issues/Damages"_s);
        QCOMPARE(tags.at(1)[u"hotkey"_s].toString(), u"D"_s);
        QCOMPARE(tags.at(1)[u"usage"_s].toInt(), 6);
        run = runCli({u"event"_s, u"list"_s, m_case, u"--tag"_s, u"Issues"_s, u"--json"_s});
        QCOMPARE(json(run).value(u"events"_s).toArray().size(), 1);
        QCOMPARE(runCli({u"tag"_s, u"list"_s, m_dir.filePath(u"missing.casebinder"_s)}).exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestChronologyCli)
#include "tst_chronologycli.moc"
