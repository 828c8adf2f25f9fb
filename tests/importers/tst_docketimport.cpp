// Dockets through the import pipeline and the CLI: sniffed by content, refused when a PACER page
// is no docket, updated by a later download, listed by `casebinder-cli docket list --json`.
#include "importtestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

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

// A circuit's docket report as CM/ECF's TransportRoom servlet writes it: the sections named in
// comments, a party with two lawyers, an entry numbered by PACER's document id, a minute entry
// and an entry whose attachments are nested in the row below it.
QByteArray appellatePage()
{
    return "<html><head><title>11-1234 Docket</title></head><body>"
           "<table><tr><td align=center><b>General Docket<br>United States Court of Appeals "
           "for the First Circuit</b></td></tr></table>\n<table border=1>\n"
           "<!-- ===================== NEW SECTION - Case Stub ======================== -->\n"
           "<tr><td><table><tr><td><b>Court of Appeals Docket #: </b>11-1234</td>"
           "<td><b>Docketed:</b> 01/27/2011<BR><b>Termed:</b> 05/24/2011</td></tr>"
           "<tr><td><b>Nature of Suit: </b>3422 Appeal</td></tr>"
           "<tr><td>Doe v. Roe Holdings</td></tr></table></td></tr></table>\n"
           "<!-- ===================NEW SECTION - Party/Aty List ====================== -->\n"
           "<table border=1><tr><td><table>"
           "<tr><td>JANE DOE<BR>\nAppellant\n</td><td>\nAnn Lawyer<br>Direct: 617-555-0100<br>"
           "[COR NTC Retained]<br>Lawyer LLP<BR><BR>\nBob Counsel<br>[COR LD NTC Retained]<br>"
           "Counsel PC</td></tr></table></td></tr></table>\n"
           "<!-- ================= NEW SECTION - DOCKET ENTRIES =================== -->\n"
           "<FORM name=\"dktEntry\" action=\"TransportRoom\"><table><TR><TD><table>\n"
           "<tr><td>01/27/2011</td><td><input type=checkbox name='d' value='5412358'>"
           "<a HREF=\"https://ecf.ca1.uscourts.gov/docs1/00106008873\">doc</a><BR>"
           "<Font size=-2>14 pg</FONT></td><td>CIVIL CASE docketed. [11-1234] (ELW) "
           "[Entered: 01/27/2011 12:25 PM]</td></tr>\n"
           "<tr><td>01/28/2011</td><td><input type=checkbox name='d' value='5412363'>&nbsp;</td>"
           "<td>Filing fee paid. [Entered: 01/28/2011 09:00 AM]</td></tr>\n"
           "<tr><td>02/09/2011</td><td><a HREF=\"https://ecf.ca1.uscourts.gov/docs1/00106015953\">"
           "&nbsp;3&nbsp;</a></td><td>MOTION to extend time. [Entered: 02/09/2011]</td></tr>\n"
           "<tr><td> </td><td></td><td><table><tr><td><table><tr><th>Document</th><th>Description"
           "</th></tr><tr><td><input type=checkbox name='md' value='5416392'></td><td>1</td><td>"
           "<a href=\"https://ecf.ca1.uscourts.gov/docs1/00116015954\" "
           "data-pacer-doc-id=\"00106015954\">x</a></td><td>Declaration</td></tr>"
           "</table></td></tr></table></td></tr>\n"
           "</table></TD></TR></table><input type=button value='View Selected'></FORM>"
           "</body></html>";
}

// A court of appeals' notice of docket activity for the entry above, then for a new one.
QByteArray activityNotice(const QByteArray &docId, const QByteArray &text)
{
    return "From: ca1_ecfnoticing@ca1.uscourts.gov\r\nTo: someone@example.com\r\n"
           "Subject: 11-1234 Doe v. Roe Holdings \"Motion\"\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/html; charset=UTF-8\r\n\r\n"
           "<HTML><BODY><P><CENTER><STRONG>United States Court of Appeals for the First Circuit"
           "</STRONG></CENTER><P><STRONG>Notice of Docket Activity</STRONG><BR><BR>"
           "The following transaction was entered on 03/01/2011 at 3:20:58 PM and filed on "
           "03/01/2011<TABLE><TR><TD><STRONG>Case Name:</STRONG></TD><TD>Doe v. Roe Holdings"
           "<BR></TD></TR><TR><TD><STRONG>Case Number:&nbsp;&nbsp;</STRONG></TD><TD><A HREF=\""
           "https://ecf.ca1.uscourts.gov/n/beam/servlet/TransportRoom?servlet=DocketReportFilter"
           ".jsp&caseId=30442\">11-1234</A></TD></TR><TR><TD><STRONG>Document(s):</STRONG></TD>"
           "<TD><A HREF=\"https://ecf.ca1.uscourts.gov/docs1/"
           + docId
           + "?uid=1\">Document(s)</A></TD></TR></TABLE><BR><P><STRONG>Docket Text:"
             "</STRONG><BR>\n"
           + text
           + "<BR>\n<BR>\n<STRONG>Notice will be electronically mailed to:</STRONG><BR><BR>\n"
             "Someone<BR></BODY></HTML>\r\n";
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

    // A circuit's docket report is sniffed and read; its notices of docket activity complete
    // the entry they name or add a new one.
    void appellateReportAndNotices()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"appeal"_s);
        const QString report = m_dir.filePath(u"ca1-11-1234.html"_s);
        ImportTest::writeFile(report, appellatePage());
        auto imported = runImport(casePath, {report}, {});
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().fullText()));
        QCOMPARE(imported->imported(), 1);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM docket_entries"_s), 3);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM docket_attachments"_s), 1);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM docket_attorneys"_s), 2);

        // The same document again (an attachment id's fourth digit is that of the document), and
        // a new one.
        const QString again = m_dir.filePath(u"nda-1.eml"_s);
        ImportTest::writeFile(again,
                              activityNotice("00116008873",
                                             "CIVIL CASE docketed. [11-1234] (ELW) "
                                             "[Entered: 01/27/2011 12:25 PM]"));
        const QString fresh = m_dir.filePath(u"nda-2.eml"_s);
        ImportTest::writeFile(
            fresh,
            activityNotice("00106020001", "ORDER granting motion to extend time. [11-1234]"));
        imported = runImport(casePath, {again, fresh}, {});
        QVERIFY(imported);
        QCOMPARE(imported->imported(), 2);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM dockets"_s), 1);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM docket_entries"_s), 4);

        const QJsonObject docket
            = docketList(casePath).value(u"dockets"_s).toArray().first().toObject();
        QCOMPARE(docket.value(u"court_id"_s).toString(), u"ca1"_s);
        QCOMPARE(docket.value(u"docket_number"_s).toString(), u"11-1234"_s);
        QCOMPARE(docket.value(u"case_name"_s).toString(), u"Doe v. Roe Holdings"_s);
        QCOMPARE(docket.value(u"date_filed"_s).toString(), u"2011-01-27"_s);
        QCOMPARE(docket.value(u"date_terminated"_s).toString(), u"2011-05-24"_s);
        const QJsonObject party = docket.value(u"parties"_s).toArray().first().toObject();
        QCOMPARE(party.value(u"name"_s).toString(), u"JANE DOE"_s);
        QCOMPARE(party.value(u"type"_s).toString(), u"Appellant"_s);
        const QJsonArray lawyers = party.value(u"attorneys"_s).toArray();
        QCOMPARE(lawyers.size(), 2);
        QCOMPARE(lawyers.at(1).toObject().value(u"name"_s).toString(), u"Bob Counsel"_s);
        QCOMPARE(lawyers.at(1).toObject().value(u"roles"_s).toArray().first().toString(),
                 u"COR LD NTC Retained"_s);
        const QJsonArray entries = docket.value(u"entries"_s).toArray();
        QStringList numbers;
        for (const QJsonValue &entry : entries)
            numbers.append(entry.toObject().value(u"document_number"_s).toString());
        QVERIFY2(numbers.contains(u"00106008873"_s), qPrintable(numbers.join(u',')));
        QVERIFY2(numbers.contains(u"3"_s), qPrintable(numbers.join(u',')));
        QVERIFY2(numbers.contains(u"00106020001"_s), qPrintable(numbers.join(u',')));
        QVERIFY2(numbers.contains(QString()), qPrintable(numbers.join(u','))); // the minute entry
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            if (entry.value(u"document_number"_s).toString() != u"3"_s)
                continue;
            const QJsonArray attachments = entry.value(u"attachments"_s).toArray();
            QCOMPARE(attachments.size(), 1);
            QCOMPARE(attachments.first().toObject().value(u"attachment_number"_s).toInt(), 1);
            QCOMPARE(attachments.first().toObject().value(u"description"_s).toString(),
                     u"Declaration"_s);
        }
    }

    // A circuit's log-in redirect or error page is no docket.
    void appellateErrorPageIsRefused()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"appealrefused"_s);
        const QString page = m_dir.filePath(u"ca1-login.html"_s);
        ImportTest::writeFile(page,
                              "<html><head><script>document.location=\"https://pacer.login."
                              "uscourts.gov/csologin/login.jsf?appurl=https%3A%2F%2Fecf.ca1."
                              "uscourts.gov%2Fn%2Fbeam%2Fservlet%2FTransportRoom\";</script>"
                              "</head><body></body></html>");
        auto report = runImport(casePath, {page}, {});
        QVERIFY(report);
        QCOMPARE(report->imported(), 0);
        QCOMPARE(report->files.first().status, ImportedFile::Status::Rejected);
        QCOMPARE(report->files.first().reason, u"not a docket"_s);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM dockets"_s), 0);
    }

    // A CourtListener page's `next` is never followed: only the files given are read, even
    // when `next` names a readable file beside it or another server.
    void courtListenerNextIsNotFollowed()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"nextpage"_s);
        const QString second = m_dir.filePath(u"page-2.json"_s);
        const auto entry = [](int number, const char *text) {
            return QJsonObject{
                {u"id"_s, number},
                {u"docket"_s, u"https://www.courtlistener.com/api/rest/v4/dockets/41/"_s},
                {u"entry_number"_s, number},
                {u"date_filed"_s, u"2021-01-0%1"_s.arg(number)},
                {u"description"_s, QString::fromLatin1(text)},
                {u"recap_documents"_s, QJsonArray()}};
        };
        const QJsonObject page2{{u"count"_s, 3},
                                {u"next"_s, QJsonValue::Null},
                                {u"previous"_s, QJsonValue::Null},
                                {u"results"_s, QJsonArray{entry(3, "THIRD")}}};
        ImportTest::writeFile(second, QJsonDocument(page2).toJson());
        for (const QString &next : {QUrl::fromLocalFile(second).toString(),
                                    u"https://elsewhere.example/api/rest/v4/docket-entries/"_s}) {
            const QString first = m_dir.filePath(u"page-1.json"_s);
            const QJsonObject docket{
                {u"id"_s, 41},
                {u"resource_uri"_s, u"https://www.courtlistener.com/api/rest/v4/dockets/41/"_s},
                {u"court"_s, u"https://www.courtlistener.com/api/rest/v4/courts/nysd/"_s},
                {u"docket_number"_s, u"1:21-cv-00041"_s},
                {u"case_name"_s, u"Doe v. Roe"_s},
                {u"docket_entries"_s, QJsonArray{entry(1, "FIRST")}},
                {u"next"_s, next}};
            ImportTest::writeFile(first, QJsonDocument(docket).toJson());
            auto report = runImport(casePath, {first}, {});
            QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
            QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM dockets"_s), 1);
            QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM docket_entries"_s), 1);
            QCOMPARE(ImportTest::count(casePath,
                                       u"SELECT count(*) FROM docket_entries WHERE "
                                       u"description = 'THIRD'"_s),
                     0);
        }
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
