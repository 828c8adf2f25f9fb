// Hostile and broken dockets: truncated pages, scripts, cp1252, wrong types in XML and JSON,
// impossible dates, and a 50 MB docket read in bounded memory.
#include "dockets/acmsjson.h"
#include "dockets/courtlistenerjson.h"
#include "dockets/pacerdocket.h"
#include "dockets/recapxml.h"

#include <QElapsedTimer>
#include <QTest>

#include <sys/resource.h>

using namespace Casebinder;
using namespace Casebinder::Dockets;
using namespace Qt::StringLiterals;

namespace {

QByteArray row(const QByteArray &date, int number, const QByteArray &text)
{
    return "<tr><td>" + date + "</td><td><a href=\"https://ecf.nysd.uscourts.gov/doc1/12702345"
           + QByteArray::number(number) + "\" onClick=\"goDLS('/doc1/1270','99','"
           + QByteArray::number(number * 2) + "','','');return(false);\">"
           + QByteArray::number(number) + "</a></td><td>" + text + "</td></tr>\n";
}

QByteArray page(const QByteArray &rows)
{
    return "<html><head><title>SDNY CM/ECF</title></head><body>"
           "<h3>U.S. District Court<br>CIVIL DOCKET FOR CASE #: 1:20-cv-01234-ABC</h3>"
           "<table><tr><td>Doe v. Roe<br>Assigned to: Judge Ann Smith</td>"
           "<td>Date Filed: 02/03/2020<br>Jury Demand: None</td></tr></table>"
           "<table><tr><td><b><u>Plaintiff</u></b></td></tr>"
           "<tr><td><b>Jane Doe</b></td><td>represented by</td><td><b>Al Lawyer</b>"
           "<br>1 Main St<br><i>LEAD ATTORNEY</i></td></tr></table>"
           "<table><tr><td>Date Filed</td><th>#</th><td>Docket Text</td></tr>\n"
           + rows + "</table></body></html>";
}

} // namespace

class TestDocketBadInput : public QObject
{
    Q_OBJECT

private slots:
    void wellFormedPage()
    {
        const auto docket = PacerDocketReport::parse(page(row("02/03/2020", 1, "COMPLAINT")));
        QVERIFY(docket);
        QCOMPARE(docket->courtId, u"nysd"_s);
        QCOMPARE(docket->docketNumber, u"1:20-cv-01234"_s);
        QCOMPARE(docket->caseName, u"Doe v. Roe"_s);
        QCOMPARE(docket->assignedTo, u"Ann Smith"_s);
        QCOMPARE(docket->dateFiled, QDate(2020, 2, 3));
        QCOMPARE(docket->parties.size(), 1);
        QCOMPARE(docket->parties[0].attorneys.value(0).roles, QStringList{u"LEAD ATTORNEY"_s});
        QCOMPARE(docket->entries.size(), 1);
        QCOMPARE(docket->entries[0].pacerSeqNo, u"2"_s);
    }

    // The newer CM/ECF layout: a "Select" column of checkboxes, and the entry's documents in a
    // table nested in the row below it (the main document numbered 0).
    void newerLayoutNestsAttachments()
    {
        const QByteArray rows
            = "<tr><td>09/05/2023</td><td><a href=\"https://ecf.cand.uscourts.gov/doc1/"
              "035023513538\" onClick=\"goDLS('/doc1/035023513538','417880','10','');\">1</a>"
              "</td><td><input type=checkbox name='all_documents' value='417880_10'></td>"
              "<td>COMPLAINT (Attachments: # 1 Civil Cover Sheet)</td></tr>\n"
              "<tr><td></td><td></td><td></td><td><table><tr><td><input name=\"d_0\" "
              "type=\"checkbox\" value=\"23513538-1034443-121\"></td><td>0</td><td>Main "
              "Document</td><td>121 pages</td></tr><tr><td><input name=\"d_1\" "
              "type=\"checkbox\" value=\"23513539-254755-2\"></td><td>1</td><td>Civil Cover "
              "Sheet</td><td>2 pages</td></tr></table></td></tr>\n"
              "<tr><td>09/06/2023</td><td>2&nbsp;</td><td>&nbsp;</td><td>Case assigned to "
              "Magistrate Judge Joseph C. Spero.</td></tr>\n";
        QByteArray html = page(rows);
        html.replace("<tr><td>Date Filed</td><th>#</th><td>Docket Text</td></tr>",
                     "<tr><td>Date Filed</td><th>#</th><td>Select<br>all</td>"
                     "<td>Docket Text</td></tr>");
        const auto docket = PacerDocketReport::parse(html);
        QVERIFY(docket);
        QCOMPARE(docket->entries.size(), 2);
        const DocketEntry &complaint = docket->entries[0];
        QCOMPARE(complaint.documentNumber, u"1"_s);
        QCOMPARE(complaint.pacerSeqNo, u"10"_s);
        QCOMPARE(complaint.description, u"COMPLAINT (Attachments: # 1 Civil Cover Sheet)"_s);
        QCOMPARE(complaint.attachments.size(), 1);
        QCOMPARE(complaint.attachments[0].attachmentNumber, 1);
        QCOMPARE(complaint.attachments[0].description, u"Civil Cover Sheet"_s);
        QCOMPARE(complaint.attachments[0].pacerDocId, u"035023513539"_s);
        QCOMPARE(docket->entries[1].documentNumber, u"2"_s);
        QCOMPARE(docket->entries[1].dateFiled, QDate(2023, 9, 6));
    }

    void truncatedPage()
    {
        const QByteArray whole
            = page(row("02/03/2020", 1, "COMPLAINT") + row("02/04/2020", 2, "SUMMONS issued"));
        // Cut inside the second entry's text: the first entry is whole, nothing is invented.
        const qsizetype cut = whole.indexOf("SUMMONS") + 4;
        const auto docket = PacerDocketReport::parse(whole.left(cut));
        QVERIFY(docket);
        QCOMPARE(docket->entries.size(), 2);
        QCOMPARE(docket->entries[0].description, u"COMPLAINT"_s);
        QCOMPARE(docket->entries[1].description, u"SUMM"_s);
        // Cut inside a tag.
        QVERIFY(PacerDocketReport::parse(whole.left(whole.indexOf("<td>Docket") + 3)));
        // Cut before the case table: not a docket.
        const auto early = PacerDocketReport::parse(whole.left(whole.indexOf("Date Filed")));
        QVERIFY(!early);
        QCOMPARE(early.error().message, u"not a docket"_s);
    }

    void scriptsAndHandlersAreInert()
    {
        const auto docket = PacerDocketReport::parse(
            page(row("02/03/2020",
                     1,
                     "ORDER <script>document.write('Injected')</script><b onmouseover=\"alert(1)"
                     "\">granting</b> motion<style>b{}</style> <img src=x onerror=alert(2)>")));
        QVERIFY(docket);
        QCOMPARE(docket->entries.value(0).description, u"ORDER granting motion"_s);
    }

    void encodings()
    {
        // cp1252 bytes (0x93/0x94 curly quotes, 0xA7 section sign) in a page declaring Latin-1,
        // and numeric references in the cp1252 range.
        const QByteArray cp1252 = page(
            row("02/03/2020", 1, "ORDER re \x93stay\x94 \xA7 2 &#147;x&#148; &amp; &nbsp;y"));
        const auto docket = PacerDocketReport::parse(cp1252);
        QVERIFY(docket);
        QCOMPARE(docket->entries.value(0).description, u"ORDER re “stay” § 2 “x” & y"_s);
        // UTF-8 declared as ISO-8859-1 (common on PACER) stays UTF-8.
        const QByteArray utf8 = page(row("02/03/2020", 1, "Café Müller"))
                                    .replace("<head>", "<head><meta charset=\"iso-8859-1\">");
        QCOMPARE(PacerDocketReport::parse(utf8)->entries.value(0).description, u"Café Müller"_s);
    }

    void impossibleDates()
    {
        const auto docket = PacerDocketReport::parse(
            page(row("02/30/2020", 1, "ORDER (Entered: 13/01/2020)") + row("", 2, "MINUTES")));
        QVERIFY(docket);
        QCOMPARE(docket->entries.size(), 2);
        QVERIFY(docket->entries[0].dateFiled.isNull()); // unknown, never a nearby day
        QVERIFY(docket->entries[0].dateEntered.isNull());
        QVERIFY(docket->entries[1].dateFiled.isNull());
        const auto xml = RecapDocketXml::parse(
            "<gov_uscourts_docket><case_details><court>nysd</court>"
            "<date_case_filed>2019-02-29</date_case_filed></case_details>"
            "<document_list><document doc_num=\"1\" attachment_num=\"0\">"
            "<date_filed>2020-13-01</date_filed><long_desc>x</long_desc></document>"
            "</document_list></gov_uscourts_docket>");
        QVERIFY(xml);
        QVERIFY(xml->dateFiled.isNull());
        QVERIFY(xml->entries.value(0).dateFiled.isNull());
    }

    void xmlWithWrongTypes()
    {
        // Numbers that are not numbers, an element where text belongs, an unknown element.
        const auto docket = RecapDocketXml::parse(
            "<gov_uscourts_docket><case_details><court><x>nysd</x></court>"
            "<docket_num>1:20-cv-1</docket_num></case_details>"
            "<document_list><document doc_num=\"1\" attachment_num=\"zero\">"
            "<long_desc>ORDER</long_desc></document>"
            "<document doc_num=\"1\" attachment_num=\"-3\"><short_desc>A</short_desc></document>"
            "<surprise/></document_list></gov_uscourts_docket>");
        QVERIFY(docket);
        QCOMPARE(docket->courtId, u"nysd"_s);
        QCOMPARE(docket->entries.size(), 1); // "zero" reads as the entry, -3 as nothing
        QCOMPARE(docket->entries[0].description, u"ORDER"_s);
        QVERIFY(docket->entries[0].attachments.isEmpty());
        // Malformed XML is refused, as is XML of another kind.
        QVERIFY(!RecapDocketXml::parse("<gov_uscourts_docket><case_details>"));
        const auto other = RecapDocketXml::parse("<rss><channel/></rss>");
        QVERIFY(!other);
        QCOMPARE(other.error().message, u"not a docket"_s);
    }

    // JSON whose values have the wrong types: a number where text belongs, text where a
    // number or a list belongs, null everywhere. What can be read is; nothing is guessed.
    void jsonWithWrongTypes()
    {
        const auto docket = CourtListenerJson::parse(
            R"({"id": 5, "resource_uri": "x", "docket_number": 1234, "case_name": ["a"],
                "date_filed": 20200101, "date_terminated": "2020-02-30",
                "court": {"id": "nysd"}, "pacer_case_id": null,
                "docket_entries": [
                    {"entry_number": "seven", "date_filed": true, "description": 12,
                     "recap_documents": "none"},
                    {"entry_number": 2, "date_filed": "2020-03-01", "description": "ORDER",
                     "recap_documents": [{"document_type": "main", "attachment_number": "x"},
                                         7, null]},
                    "not an entry", null]})");
        QVERIFY2(docket, docket ? "" : qPrintable(docket.error().fullText()));
        QCOMPARE(docket->size(), 1);
        const Docket &read = docket->constFirst();
        QCOMPARE(read.docketNumber, u"1234"_s);
        QVERIFY(read.caseName.isEmpty());
        QVERIFY(read.dateFiled.isNull());
        QVERIFY(read.dateTerminated.isNull()); // 30 February: unknown
        for (const DocketEntry &entry : read.entries) {
            QVERIFY(entry.documentNumber.isEmpty() || entry.documentNumber == u"2"_s);
            if (entry.documentNumber == u"2"_s) {
                QCOMPARE(entry.dateFiled, QDate(2020, 3, 1));
                QCOMPARE(entry.description, u"ORDER"_s);
            } else {
                QVERIFY(entry.dateFiled.isNull());
            }
        }
        QVERIFY(std::ranges::any_of(
            read.entries, [](const DocketEntry &entry) { return entry.documentNumber == u"2"_s; }));
        // A top-level value of another kind, and JSON that does not parse, are refused.
        const auto array = CourtListenerJson::parse("[1, 2, 3]");
        QVERIFY(!array);
        QCOMPARE(array.error().message, u"not a docket"_s);
        const auto broken = CourtListenerJson::parse(R"({"docket_number": "1:20-cv-1", )");
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, Error::Code::Corrupt);
        // ACMS with its lists and objects swapped.
        const auto acms = AcmsDocketJson::parse(
            R"({"caseDetails": [], "docketInfo": {"docketEntries": {"a": 1}}})");
        QVERIFY(!acms || acms->entries.isEmpty());
        if (!acms)
            QCOMPARE(acms.error().message, u"not a docket"_s);
    }

    // A 50 MB docket: the entry rows are read as the page is and never kept as a tree, so the
    // parse holds the page's text, one row and the entries read. Its time is printed, never
    // asserted (scripts/bench.sh measures it); its memory is bounded.
    void fiftyMegabytes()
    {
        QByteArray rows;
        const QByteArray one = row("02/03/2020",
                                   7,
                                   "MOTION for Summary Judgment filed by Jane Doe. (Attachments: # "
                                   "<a href=\"/doc1/1\">1</a> Exhibit)(Lawyer, Al) (Entered: "
                                   "02/03/2020)");
        rows.reserve(50 * 1024 * 1024 + one.size());
        while (rows.size() < 50 * 1024 * 1024)
            rows += one;
        const qsizetype count = rows.size() / one.size();
        const QByteArray big = page(rows);
        rows = QByteArray(); // only the page is kept
        const auto peakMb = [] {
            rusage usage{};
            getrusage(RUSAGE_SELF, &usage);
            return usage.ru_maxrss / 1024;
        };
        const long before = peakMb();
        QElapsedTimer timer;
        timer.start();
        const auto docket = PacerDocketReport::parse(big);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(docket);
        QCOMPARE(docket->entries.size(), count);
        QCOMPARE(docket->entries.last().documentNumber, u"7"_s);
        QCOMPARE(docket->entries.last().dateFiled, QDate(2020, 2, 3));
        QCOMPARE(docket->parties.size(), 1);
        const long growth = peakMb() - before;
        qInfo("50 MB docket: %lld entries in %lld ms, peak RSS +%ld MB",
              qlonglong(docket->entries.size()),
              elapsed,
              growth);
#if !defined(__SANITIZE_ADDRESS__)
        // The page's text (UTF-16: twice the bytes) and the entries read; a tree of every row
        // took 600 MB more. ASan's quarantine and shadow make RSS meaningless there.
        const long input = big.size() >> 20;
        QVERIFY2(
            growth < 5 * input,
            qPrintable(u"peak RSS grew by %1 MB reading a %2 MB docket"_s.arg(growth).arg(input)));
#endif
    }
};

QTEST_GUILESS_MAIN(TestDocketBadInput)
#include "tst_docketbadinput.moc"
