// Hostile and broken dockets: truncated pages, scripts, cp1252, wrong types, impossible dates,
// and a 50 MB docket read in bounded time.
#include "dockets/pacerdocket.h"
#include "dockets/recapxml.h"

#include <QElapsedTimer>
#include <QTest>

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

    void fiftyMegabytes()
    {
        QByteArray rows;
        const QByteArray one = row("02/03/2020",
                                   7,
                                   "MOTION for Summary Judgment filed by Jane Doe. (Attachments: # "
                                   "<a href=\"/doc1/1\">1</a> Exhibit)(Lawyer, Al) (Entered: "
                                   "02/03/2020)");
        while (rows.size() < 50 * 1024 * 1024)
            rows += one;
        const QByteArray big = page(rows);
        QElapsedTimer timer;
        timer.start();
        const auto docket = PacerDocketReport::parse(big);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(docket);
        QCOMPARE(docket->entries.size(), rows.size() / one.size());
        qInfo("50 MB docket: %lld entries in %lld ms", qlonglong(docket->entries.size()), elapsed);
        // Linear, not fast: ~30 s in a Debug build on an idle machine (a few seconds in
        // Release); anything quadratic would take hours.
        QVERIFY2(elapsed < 180000, qPrintable(QString::number(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestDocketBadInput)
#include "tst_docketbadinput.moc"
