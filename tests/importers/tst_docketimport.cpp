// Dockets through the import pipeline and the CLI: sniffed by content, refused when a PACER page
// is no docket, updated by a later download, listed by `casebinder-cli docket list --json`.
#include "importtestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

QByteArray row(const QByteArray &date, const QByteArray &number, const QByteArray &text)
{
    return "<tr><td>" + date + "</td><td><a href=\"https://ecf.akd.uscourts.gov/doc1/0230" + number
           + "\">" + number + "</a>&nbsp;</td><td>" + text + "</td></tr>\n";
}

QByteArray page(const QByteArray &rows)
{
    return "<html><head><title>CM/ECF District of Alaska</title></head><body>"
           "<h3>U.S. District Court<BR>CIVIL DOCKET FOR CASE #: 3:08-cv-00284-TMB</h3>"
           "<TABLE><tr><td><br>West American Insurance Company v. Gifford et al<br>"
           "Assigned to: Timothy M. Burgess</td><td><br>Date Filed: 12/23/2008<br>"
           "Date Terminated: 06/04/2009</td></tr></table>"
           "<table><tr><td><b><u>Plaintiff</u></b></td></tr>"
           "<tr><td><B>West American Insurance Company</B></td><td>represented&nbsp;by</td>"
           "<td><B>Brewster H. Jamieson</B><BR>Lane Powell LLC<BR><I>LEAD ATTORNEY</I></td></tr>"
           "</table><table><tr><td>Date Filed</td><th>#</th><td>Docket Text</td></tr>\n"
           + rows + "</table></body></html>";
}

QJsonObject docketList(const QString &casePath)
{
    QProcess cli;
    cli.start(QStringLiteral(CASEBINDER_CLI), {u"docket"_s, u"list"_s, casePath, u"--json"_s});
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
}

QStringList keys(const QJsonValue &value)
{
    QStringList names = value.toObject().keys();
    names.sort();
    return names;
}

} // namespace

class TestDocketImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importAndUpdate()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"dockets"_s);
        const QString first = m_dir.filePath(u"docket-2009-01.html"_s);
        ImportTest::writeFile(first,
                              page(row("12/23/2008", "1", "COMPLAINT (Entered: 12/24/2008)")
                                   + row("01/05/2009", "", "MINUTE ENTRY")));
        auto report = runImport(casePath, {first}, {});
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        QCOMPARE(report->imported(), 1);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM docket_entries"_s), 2);

        // The later download: the minute entry again, the complaint's text completed, a new
        // entry. Nothing twice.
        const QString later = m_dir.filePath(u"docket-2009-06.html"_s);
        ImportTest::writeFile(later,
                              page(row("12/23/2008", "1", "COMPLAINT for declaratory judgment")
                                   + row("01/05/2009", "", "MINUTE ENTRY")
                                   + row("01/09/2009", "4", "AFFIDAVIT of Service")));
        report = runImport(casePath, {later}, {});
        QVERIFY(report);
        QCOMPARE(report->imported(), 1);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM dockets"_s), 1);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM docket_entries"_s), 3);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM docket_parties"_s), 1);

        const QJsonObject listed = docketList(casePath);
        const QJsonArray dockets = listed.value(u"dockets"_s).toArray();
        QCOMPARE(dockets.size(), 1);
        const QJsonObject docket = dockets.first().toObject();
        QCOMPARE(keys(docket),
                 (QStringList{u"assigned_to"_s,
                              u"case_name"_s,
                              u"court_id"_s,
                              u"date_filed"_s,
                              u"date_terminated"_s,
                              u"docket_number"_s,
                              u"entries"_s,
                              u"id"_s, // the docket's id for `docket link --docket`
                              u"parties"_s}));
        QCOMPARE(docket.value(u"court_id"_s).toString(), u"akd"_s);
        QCOMPARE(docket.value(u"docket_number"_s).toString(), u"3:08-cv-00284"_s);
        QCOMPARE(docket.value(u"date_filed"_s).toString(), u"2008-12-23"_s);
        QCOMPARE(docket.value(u"date_terminated"_s).toString(), u"2009-06-04"_s);
        const QJsonObject party = docket.value(u"parties"_s).toArray().first().toObject();
        QCOMPARE(keys(party), (QStringList{u"attorneys"_s, u"name"_s, u"type"_s}));
        const QJsonObject attorney = party.value(u"attorneys"_s).toArray().first().toObject();
        QCOMPARE(keys(attorney), (QStringList{u"name"_s, u"roles"_s}));
        QCOMPARE(attorney.value(u"roles"_s).toArray().first().toString(), u"LEAD ATTORNEY"_s);
        const QJsonArray entries = docket.value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 3);
        const QJsonObject complaint = entries.first().toObject();
        QCOMPARE(keys(complaint),
                 (QStringList{u"attachments"_s,
                              u"date_filed"_s,
                              u"description"_s,
                              u"document"_s,
                              u"document_number"_s,
                              u"id"_s}));
        QCOMPARE(complaint.value(u"description"_s).toString(),
                 u"COMPLAINT for declaratory judgment"_s);
        QVERIFY(complaint.value(u"document"_s).isNull());
        QCOMPARE(entries.at(1).toObject().value(u"document_number"_s).toString(), QString());
    }

    void recapXmlIsSniffed()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"recap"_s);
        const QString xml = m_dir.filePath(u"gov.uscourts.almd.49523.docket.xml"_s);
        ImportTest::writeFile(
            xml,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<gov_uscourts_docket><case_details>"
            "<court>almd</court><docket_num>2:12-cr-00221</docket_num>"
            "<case_name>USA v. Elliott</case_name></case_details><document_list>"
            "<document doc_num=\"625\" attachment_num=\"0\"><date_filed>2014-07-09</date_filed>"
            "<long_desc>NOTICE by USA</long_desc></document>"
            "<document doc_num=\"625\" attachment_num=\"1\"><short_desc>Report</short_desc>"
            "</document></document_list></gov_uscourts_docket>");
        auto report = runImport(casePath, {xml}, {});
        QVERIFY(report);
        QCOMPARE(report->imported(), 1);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM docket_attachments"_s), 1);
    }

    // A PACER error page is refused as "not a docket" and leaves the case as it was.
    void notADocketIsRefused()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"refused"_s);
        const QString error = m_dir.filePath(u"ned.html"_s);
        ImportTest::writeFile(error,
                              "<html><head><title>District of Nebraska</title></head><body>"
                              "<a href=\"https://ecf.ned.uscourts.gov/cgi-bin/iquery.pl\">Query</a>"
                              "<p>Case not found.</p></body></html>");
        auto report = runImport(casePath, {error}, {});
        QVERIFY(report);
        QCOMPARE(report->imported(), 0);
        QCOMPARE(report->files.size(), 1);
        QCOMPARE(report->files.first().status, ImportedFile::Status::Rejected);
        QCOMPARE(report->files.first().reason, u"not a docket"_s);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM documents"_s), 0);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM dockets"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestDocketImport)
#include "tst_docketimport.moc"
