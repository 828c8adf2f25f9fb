// Filings and docket entries find each other (issue #17): by the RECAP file name, by the CM/ECF
// stamp on page 1, or by hand; in either import order; never when it is not certain. A docket
// also brings its parties, lawyers and judges as entities, and fills an empty caption.
#include "commands/docketcommands.h"
#include "docketcasefill.h"
#include "entitystore.h"
#include "importtestutil.h"
#include "pacerstamp.h"
#include "support/testpdf.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

// A RECAP archive docket of W.D. Wash. 2:21-cv-00031 with entries 1, 34 (with two
// attachments) and 35.
QByteArray recapDocket(const QByteArray &caseName = "Parler LLC v. Amazon Web Services, Inc.")
{
    return R"(<?xml version="1.0" encoding="utf-8"?>
<gov_uscourts_docket>
  <case_details>
    <court>wawd</court>
    <docket_num>2:21-cv-00031</docket_num>
    <case_name>)"
           + caseName + R"(</case_name>
    <pacer_case_num>294664</pacer_case_num>
    <date_case_filed>2021-01-11</date_case_filed>
    <assigned_to>Barbara J. Rothstein</assigned_to>
  </case_details>
  <party_list>
    <party>
      <name>Parler LLC</name>
      <type>Plaintiff</type>
      <attorney_list>
        <attorney><attorney_name>David J. Groesbeck</attorney_name><attorney_role>LEAD ATTORNEY</attorney_role></attorney>
      </attorney_list>
    </party>
    <party>
      <name>Amazon Web Services Inc</name>
      <type>Defendant</type>
    </party>
  </party_list>
  <document_list>
    <document doc_num="1" attachment_num="0">
      <pacer_doc_id>19709781001</pacer_doc_id>
      <date_filed>2021-01-11</date_filed>
      <long_desc>COMPLAINT against defendant Amazon Web Services Inc (Receipt # 0981-6313390) filed by Parler LLC. (Attachments: # 1 Civil Cover Sheet) (Groesbeck, David)</long_desc>
    </document>
    <document doc_num="34" attachment_num="0">
      <pacer_doc_id>19709781034</pacer_doc_id>
      <date_filed>2021-01-21</date_filed>
      <long_desc>ORDER denying 2 Motion for Preliminary Injunction. Signed by Judge Barbara J Rothstein. (SWT)</long_desc>
    </document>
    <document doc_num="34" attachment_num="1">
      <short_desc>Exhibit A</short_desc>
    </document>
    <document doc_num="34" attachment_num="2">
      <short_desc>Exhibit B</short_desc>
    </document>
    <document doc_num="35" attachment_num="0">
      <date_filed>2021-01-22</date_filed>
      <long_desc>NOTICE of Appearance by attorney Ambika Kumar Doran on behalf of Defendant Amazon Web Services Inc.</long_desc>
    </document>
  </document_list>
</gov_uscourts_docket>
)";
}

QByteArray stampedPdf(const QString &stamp, const QString &body = u"Text of the filing."_s)
{
    return TestSupport::makePdf({stamp + u"\n\n"_s + body, body});
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CASEBINDER_CLI), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

struct Linked
{
    QString docketNumber;
    QString filedDate;
    QString title;
};

Linked documentFields(const QString &casePath, qint64 documentId)
{
    auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    if (!caseFile)
        return {};
    auto record = caseFile->documents().document(documentId);
    if (!record)
        return {};
    return {record->docketNumber, record->filedDate, record->title};
}

qint64 documentNamed(const QString &casePath, const QString &sourceName)
{
    return ImportTest::count(
        casePath, u"SELECT id FROM documents WHERE source_name = '%1'"_s.arg(sourceName));
}

// The document linked to entry `number` (attachment `attachment`), or 0.
qint64 linkedTo(const QString &casePath, const QString &number, int attachment = 0)
{
    const QString sql
        = attachment == 0
              ? u"SELECT coalesce(document_id, 0) FROM docket_entries WHERE document_number = '%1'"_s
                    .arg(number)
              : u"SELECT coalesce(a.document_id, 0) FROM docket_attachments a JOIN docket_entries "
                u"e "
                u"ON e.id = a.entry_id WHERE e.document_number = '%1' AND a.attachment_number = %2"_s
                    .arg(number)
                    .arg(attachment);
    return ImportTest::count(casePath, sql);
}

} // namespace

class TestDocketLinks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString testData(const QString &relative)
    {
        return QStringLiteral(CASEBINDER_TEST_DATA) + u'/' + relative;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        ImportTest::writeFile(path, bytes);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsStamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("caseNumber");
        QTest::addColumn<QString>("document");
        QTest::addColumn<int>("attachment");
        QTest::addColumn<QString>("pacerId");
        QTest::addColumn<QDate>("filed");
        QTest::addColumn<int>("page");
        QTest::newRow("district")
            << u"Case 2:21-cv-00031-BJR Document 34 Filed 01/21/21 Page 1 of 14\nORDER"_s
            << u"2:21-cv-00031-BJR"_s << u"34"_s << 0 << QString() << QDate(2021, 1, 21) << 1;
        QTest::newRow("district, attachment, PageID")
            << u"Case 3:18-cv-16281-BRM-TJB Document 32-4 Filed 06/30/20 Page 2 of 9 PageID: 263"_s
            << u"3:18-cv-16281-BRM-TJB"_s << u"32"_s << 4 << QString() << QDate(2020, 6, 30) << 2;
        QTest::newRow("district, run together")
            << u"Case\n4:08-cv-02214-SBADocument 27 Filed 10/01/08 Page 1 of 3"_s
            << u"4:08-cv-02214-SBA"_s << u"27"_s << 0 << QString() << QDate(2008, 10, 1) << 1;
        QTest::newRow("district, court name")
            << u"Case 1:21-cv-01061-KLM Document 1 Filed 04/16/21 USDC Colorado Page 1 of 16"_s
            << u"1:21-cv-01061-KLM"_s << u"1"_s << 0 << QString() << QDate(2021, 4, 16) << 1;
        QTest::newRow("bankruptcy")
            << u"Case 19-10562 Doc 45 Filed 01/02/20 Entered 01/02/20 10:11:12 Desc Main"_s
            << u"19-10562"_s << u"45"_s << 0 << QString() << QDate(2020, 1, 2) << 0;
        QTest::newRow("ninth circuit")
            << u"Case: 20-16276, 08/05/2020, ID: 11778722, DktEntry: 19, Page 1 of 15"_s
            << u"20-16276"_s << u"19"_s << 0 << QString() << QDate(2020, 8, 5) << 1;
        QTest::newRow("second circuit")
            << u"Case 17-3510, Document 1-1, 10/31/2017, 2161300, Page1 of 2"_s << u"17-3510"_s
            << u"1"_s << 1 << QString() << QDate(2017, 10, 31) << 1;
        QTest::newRow("fifth circuit, document id")
            << u"Case: 21-50498  Document: 00516242060  Page: 1"_s << u"21-50498"_s << QString()
            << 0 << u"00516242060"_s << QDate() << 1;
        QTest::newRow("sixth circuit")
            << u"Case: 17-3994  Document: 1-3  Filed: 09/20/2017  Page: 1"_s << u"17-3994"_s
            << u"1"_s << 3 << QString() << QDate(2017, 9, 20) << 1;
        QTest::newRow("eighth circuit")
            << u"Appellate Case: 17-2543  Page: 1  Date Filed: 07/26/2017 Entry ID: 4561396"_s
            << u"17-2543"_s << QString() << 0 << QString() << QDate(2017, 7, 26) << 1;
        QTest::newRow("impossible date")
            << u"Case 2:21-cv-00031-BJR Document 3 Filed 02/30/21 Page 1 of 2"_s
            << u"2:21-cv-00031-BJR"_s << u"3"_s << 0 << QString() << QDate() << 1;
    }

    void readsStamps()
    {
        QFETCH(QString, text);
        const auto stamp = readPacerStamp(text);
        QVERIFY(stamp);
        QTEST(stamp->caseNumber, "caseNumber");
        QTEST(stamp->documentNumber, "document");
        QTEST(stamp->attachmentNumber, "attachment");
        QTEST(stamp->pacerDocumentId, "pacerId");
        QTEST(stamp->filed, "filed");
        QTEST(stamp->page, "page");
    }

    void noStampInOrdinaryText()
    {
        QVERIFY(
            !readPacerStamp(u"In this case the Court considered Document 34 filed by Parler."_s));
        QVERIFY(!readPacerStamp(u""_s));
        // The stamp is on top of the page; a cite to another filing deep in the text is not one.
        const QString deep
            = QString(2000, u'x') + u" Case 2:21-cv-00031-BJR Document 34 Filed 01/21/21 Page 1"_s;
        QVERIFY(!readPacerStamp(deep));
    }

    void readsRecapNames()
    {
        auto name = readRecapFileName(u"recap_issues__gov.uscourts.nysd.413994.212.0.pdf"_s);
        QVERIFY(name);
        QCOMPARE(name->courtId, u"nysd"_s);
        QCOMPARE(name->caseId, u"413994"_s);
        QCOMPARE(name->documentNumber, u"212"_s);
        QCOMPARE(name->attachmentNumber, 0);
        name = readRecapFileName(u"gov.uscourts.ca8.17-2543.00803263743.0.pdf"_s);
        QVERIFY(name);
        QCOMPARE(name->caseId, u"17-2543"_s);
        QVERIFY(name->documentNumber.isEmpty());
        QCOMPARE(name->pacerDocumentId, u"00803263743"_s);
        QCOMPARE(readRecapFileName(u"gov.uscourts.cand.203070.27.3.pdf"_s)->attachmentNumber, 3);
        QVERIFY(!readRecapFileName(u"order.pdf"_s));
        // PACER varies the fourth digit of a document id by the page it is shown on; RECAP
        // writes it as 0.
        QCOMPARE(normalPacerDocumentId(u"00116475093"_s), u"00106475093"_s);
        QVERIFY(!readRecapFileName(u"gov.uscourts.nysd.413994.pdf"_s));
    }

    void comparesDocketNumbers()
    {
        QVERIFY(sameDocketNumber(u"2:21-cv-00031-BJR", u"2:21-cv-31"));
        QVERIFY(sameDocketNumber(u"2:21-cv-00031", u"21-cv-00031"));
        QVERIFY(sameDocketNumber(u"2:21-CV-00031-BJR", u"2:21-cv-00031"));
        QVERIFY(!sameDocketNumber(u"2:21-cv-00031", u"3:21-cv-00031"));
        QVERIFY(!sameDocketNumber(u"2:21-cv-00031", u"2:21-cr-00031"));
        QVERIFY(!sameDocketNumber(u"2:21-cv-00031", u"2:20-cv-00031"));
        QVERIFY(!sameDocketNumber(u"2:21-cv-00031", u"21-00031"));
        QVERIFY(!sameDocketNumber(u"", u"2:21-cv-00031"));
    }

    void namesCourtsAndJudges()
    {
        QCOMPARE(DocketCaseFill::courtName(u"wawd"_s), u"W.D. Wash."_s);
        QCOMPARE(DocketCaseFill::courtName(u"nysd"_s), u"S.D.N.Y."_s);
        QCOMPARE(DocketCaseFill::courtName(u"dcd"_s), u"D.D.C."_s);
        QCOMPARE(DocketCaseFill::courtName(u"akd"_s), u"D. Alaska"_s);
        QCOMPARE(DocketCaseFill::courtName(u"alnb"_s), u"Bankr. N.D. Ala."_s);
        QCOMPARE(DocketCaseFill::courtName(u"wvsd"_s), u"S.D. W. Va."_s);
        QCOMPARE(DocketCaseFill::courtName(u"ca9"_s), u"9th Cir."_s);
        QCOMPARE(DocketCaseFill::courtName(u"ca1"_s), u"1st Cir."_s);
        QCOMPARE(DocketCaseFill::courtName(u"cadc"_s), u"D.C. Cir."_s);
        QCOMPARE(DocketCaseFill::courtName(u"xyzzy"_s), u"xyzzy"_s);
        QCOMPARE(DocketCaseFill::judgeName(u"Judge Barbara J. Rothstein"_s),
                 u"Barbara J. Rothstein"_s);
        QCOMPARE(DocketCaseFill::judgeName(u"Magistrate Judge Jane Doe"_s), u"Jane Doe"_s);
        QCOMPARE(DocketCaseFill::judgeName(u"Hon. Jane Doe"_s), u"Jane Doe"_s);
        QCOMPARE(DocketCaseFill::judgeName(u"Timothy M. Burgess"_s), u"Timothy M. Burgess"_s);
    }

    // Filings first, the docket after: each filing that names its entry is linked and takes
    // the entry's number, date and text; what the user set is kept; a filing of another case
    // and an unstamped one are left alone.
    void docketLinksEarlierFilings()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"earlier"_s);
        const QString order
            = write(u"order-denying-pi.pdf"_s,
                    stampedPdf(u"Case 2:21-cv-00031-BJR Document 34 Filed 01/21/21 Page 1 of 2"_s));
        const QString exhibit = write(
            u"exhibit-b.pdf"_s,
            stampedPdf(u"Case 2:21-cv-00031-BJR Document 34-2 Filed 01/21/21 Page 1 of 2"_s));
        const QString complaint
            = write(u"gov.uscourts.wawd.294664.1.0.pdf"_s, TestSupport::makePdf({u"COMPLAINT"_s}));
        const QString other
            = write(u"other-case.pdf"_s,
                    stampedPdf(u"Case 1:13-cv-04384-PAE Document 34 Filed 06/22/20 Page 1 of 2"_s));
        const QString plain = write(u"letter.pdf"_s, TestSupport::makePdf({u"Dear counsel"_s}));
        const QString notice
            = write(u"notice.pdf"_s,
                    stampedPdf(u"Case 2:21-cv-00031-BJR Document 35 Filed 01/22/21 Page 1 of 2"_s));
        auto filings = runImport(casePath, {order, exhibit, complaint, other, plain, notice}, {});
        QVERIFY2(filings, filings ? "" : qPrintable(filings.error().fullText()));
        QCOMPARE(filings->imported(), 6);
        QVERIFY(filings->docketLinks.isEmpty()); // no docket yet

        // The user names the notice before the docket arrives: the title stays theirs.
        const qint64 noticeId = documentNamed(casePath, u"notice.pdf"_s);
        QCOMPARE(cli({u"document"_s,
                      u"set"_s,
                      casePath,
                      QString::number(noticeId),
                      u"--title"_s,
                      u"Doran appearance"_s})
                     .exitCode,
                 0);

        const QString docket = write(u"wawd-docket.xml"_s, recapDocket());
        auto report = runImport(casePath, {docket}, {});
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        QCOMPARE(report->imported(), 1);
        QCOMPARE(report->docketLinks.size(), 4);

        const qint64 orderId = documentNamed(casePath, u"order-denying-pi.pdf"_s);
        const qint64 exhibitId = documentNamed(casePath, u"exhibit-b.pdf"_s);
        const qint64 complaintId = documentNamed(casePath, u"gov.uscourts.wawd.294664.1.0.pdf"_s);
        QCOMPARE(linkedTo(casePath, u"34"_s), orderId);
        QCOMPARE(linkedTo(casePath, u"34"_s, 2), exhibitId);
        QCOMPARE(linkedTo(casePath, u"34"_s, 1), 0);
        QCOMPARE(linkedTo(casePath, u"1"_s), complaintId);
        QCOMPARE(linkedTo(casePath, u"35"_s), noticeId);

        const Linked linkedOrder = documentFields(casePath, orderId);
        QCOMPARE(linkedOrder.docketNumber, u"34"_s);
        QCOMPARE(linkedOrder.filedDate, u"2021-01-21"_s);
        QCOMPARE(linkedOrder.title, u"Order denying 2 Motion for Preliminary Injunction"_s);
        const Linked linkedExhibit = documentFields(casePath, exhibitId);
        QCOMPARE(linkedExhibit.docketNumber, u"34-2"_s);
        QCOMPARE(linkedExhibit.title, u"Exhibit B"_s);
        QCOMPARE(documentFields(casePath, complaintId).title,
                 u"Complaint against defendant Amazon Web Services Inc filed by Parler LLC"_s);
        const Linked linkedNotice = documentFields(casePath, noticeId);
        QCOMPARE(linkedNotice.title, u"Doran appearance"_s);
        QCOMPARE(linkedNotice.docketNumber, u"35"_s);

        // Unlinked: another case's filing and the letter.
        QCOMPARE(
            documentFields(casePath, documentNamed(casePath, u"other-case.pdf"_s)).docketNumber,
            QString());
        QCOMPARE(
            ImportTest::count(
                casePath, u"SELECT count(*) FROM docket_entries WHERE document_id IS NOT NULL"_s),
            3);

        // The report says how each link was made, in the CLI's JSON too.
        const QJsonObject json = report->toJson();
        QCOMPARE(json.value(u"docket_links"_s).toArray().size(), 4);
        bool byName = false;
        for (const QJsonValue &link : json.value(u"docket_links"_s).toArray()) {
            if (link[u"document_id"_s].toInteger() == complaintId) {
                QCOMPARE(link[u"how"_s].toString(), u"recap_file_name"_s);
                QCOMPARE(link[u"entry"_s].toString(), u"Dkt. 1"_s);
                byName = true;
            }
        }
        QVERIFY(byName);
    }

    // Docket first, filing after: the filing finds its entry when it arrives.
    void filingFindsEarlierDocket()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"later"_s);
        auto docket = runImport(casePath, {write(u"later-docket.xml"_s, recapDocket())}, {});
        QVERIFY(docket);
        QVERIFY(docket->docketLinks.isEmpty());
        const QString order
            = write(u"later-order.pdf"_s,
                    stampedPdf(u"Case 2:21-cv-00031-BJR Document 34 Filed 01/21/21 Page 1 of 2"_s));
        auto filing = runImport(casePath, {order}, {});
        QVERIFY(filing);
        QCOMPARE(filing->docketLinks.size(), 1);
        QCOMPARE(filing->docketLinks.constFirst().entry, u"Dkt. 34"_s);
        QCOMPARE(filing->docketLinks.constFirst().how, u"pacer_stamp"_s);
        QCOMPARE(linkedTo(casePath, u"34"_s), documentNamed(casePath, u"later-order.pdf"_s));
    }

    // Two filings stamped with the same entry (a conformed copy, a courtesy copy): neither is
    // linked, and the report says why. A filing naming an entry the docket lacks is reported.
    void ambiguousFilingsAreNotLinked()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"ambiguous"_s);
        const QString first
            = write(u"copy-1.pdf"_s,
                    stampedPdf(u"Case 2:21-cv-00031-BJR Document 34 Filed 01/21/21 Page 1 of 2"_s,
                               u"First copy."_s));
        const QString second
            = write(u"copy-2.pdf"_s,
                    stampedPdf(u"Case 2:21-cv-00031-BJR Document 34 Filed 01/21/21 Page 1 of 2"_s,
                               u"Second copy."_s));
        const QString missing
            = write(u"missing.pdf"_s,
                    stampedPdf(u"Case 2:21-cv-00031-BJR Document 99 Filed 03/01/21 Page 1 of 2"_s));
        QVERIFY(runImport(casePath, {first, second, missing}, {}));
        auto report = runImport(casePath, {write(u"amb-docket.xml"_s, recapDocket())}, {});
        QVERIFY(report);
        QVERIFY(report->docketLinks.isEmpty());
        QCOMPARE(linkedTo(casePath, u"34"_s), 0);
        QCOMPARE(report->docketUnresolved.size(), 3);
        const QString unresolved = report->docketUnresolved.join(u'\n');
        QVERIFY2(unresolved.contains(u"2 filings name the same docket entry"_s),
                 qPrintable(unresolved));
        QVERIFY2(unresolved.contains(u"Dkt. 99, which is not on docket 2:21-cv-00031"_s),
                 qPrintable(unresolved));

        // By hand, then, from the CLI: linked, listed, and undone by unlink.
        const qint64 firstId = documentNamed(casePath, u"copy-1.pdf"_s);
        const qint64 secondId = documentNamed(casePath, u"copy-2.pdf"_s);
        CliRun run = cli({u"docket"_s,
                          u"link"_s,
                          casePath,
                          u"--document"_s,
                          QString::number(firstId),
                          u"--entry"_s,
                          u"34"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(linkedTo(casePath, u"34"_s), firstId);
        QCOMPARE(documentFields(casePath, firstId).docketNumber, u"34"_s);
        run = cli({u"docket"_s,
                   u"link"_s,
                   casePath,
                   u"--document"_s,
                   QString::number(secondId),
                   u"--entry"_s,
                   u"34"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("already linked"), run.err.constData());
        run = cli({u"docket"_s,
                   u"link"_s,
                   casePath,
                   u"--document"_s,
                   QString::number(secondId),
                   u"--entry"_s,
                   u"34-7"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no attachment 7"), run.err.constData());
        run = cli({u"docket"_s,
                   u"link"_s,
                   casePath,
                   u"--document"_s,
                   QString::number(secondId),
                   u"--entry"_s,
                   u"nonsense"_s});
        QCOMPARE(run.exitCode, 2);

        run = cli({u"docket"_s, u"list"_s, casePath, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray entries
            = QJsonDocument::fromJson(run.out).object()[u"dockets"_s][0][u"entries"_s].toArray();
        bool listed = false;
        for (const QJsonValue &entry : entries) {
            if (entry[u"document_number"_s].toString() == u"34")
                listed = entry[u"document"_s].toInteger() == firstId;
        }
        QVERIFY(listed);

        run = cli({u"docket"_s, u"unlink"_s, casePath, u"--document"_s, QString::number(firstId)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(linkedTo(casePath, u"34"_s), 0);
        run = cli({u"docket"_s, u"unlink"_s, casePath, u"--document"_s, QString::number(firstId)});
        QCOMPARE(run.exitCode, 1);
    }

    // Linking by hand is one undo step: undo gives back the fields it filled.
    void linkByHandUndoes()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"undo"_s);
        const QString filing = write(u"undo-filing.pdf"_s, TestSupport::makePdf({u"ORDER"_s}));
        QVERIFY(runImport(casePath, {filing, write(u"undo-docket.xml"_s, recapDocket())}, {}));
        const qint64 id = documentNamed(casePath, u"undo-filing.pdf"_s);
        {
            auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadWrite);
            QVERIFY(caseFile);
            CaseDocument document(std::move(*caseFile));
            auto command = std::make_unique<LinkDocketEntryCommand>(document, id, 0, u"34"_s);
            const LinkDocketEntryCommand *pushed = command.get();
            QVERIFY(document.push(std::move(command)));
            QVERIFY(pushed->result());
            QCOMPARE(pushed->result()->label, u"Dkt. 34"_s);
            QCOMPARE(linkedTo(casePath, u"34"_s), id);
            QCOMPARE(documentFields(casePath, id).title,
                     u"Order denying 2 Motion for Preliminary Injunction"_s);
            document.undoStack()->undo();
            QCOMPARE(linkedTo(casePath, u"34"_s), 0);
            const Linked restored = documentFields(casePath, id);
            QCOMPARE(restored.title, u"undo-filing"_s);
            QVERIFY(restored.docketNumber.isEmpty());
            QVERIFY(restored.filedDate.isEmpty());
            document.undoStack()->redo();
            QCOMPARE(linkedTo(casePath, u"34"_s), id);
        }
    }

    // Parties, lawyers and the judge become entities once; the empty caption is filled, a
    // caption the user wrote is kept.
    void docketBringsPeopleAndCaption()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"people"_s);
        {
            auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadWrite);
            QVERIFY(caseFile);
            auto caption = caseFile->caption();
            QVERIFY(caption);
            caption->title.clear();
            caption->judge = u"Hon. Barbara J. Rothstein (user)"_s;
            QVERIFY(caseFile->setCaption(*caption));
            EntityRecord existing;
            existing.name = u"parler llc"_s;
            existing.role = EntityRole::Party;
            QVERIFY(caseFile->entities().insert(existing));
        }
        QVERIFY(runImport(casePath, {write(u"people-docket.xml"_s, recapDocket())}, {}));
        auto caseFile = std::make_optional(CaseFile::open(casePath, CaseFile::Access::ReadOnly));
        QVERIFY(*caseFile);
        auto entities = (*caseFile)->entities().entities();
        QVERIFY(entities);
        QHash<QString, EntityRecord> byName;
        for (const EntityRecord &entity : std::as_const(*entities))
            byName.insert(entity.name, entity);
        QCOMPARE(byName.size(), 4); // parler llc (reused), AWS, Groesbeck, Rothstein
        QVERIFY(byName.contains(u"parler llc"_s));
        QCOMPARE(byName.value(u"Amazon Web Services Inc"_s).role, EntityRole::Party);
        QCOMPARE(byName.value(u"Amazon Web Services Inc"_s).kind, EntityKind::Organisation);
        const EntityRecord counsel = byName.value(u"David J. Groesbeck"_s);
        QCOMPARE(counsel.role, EntityRole::Counsel);
        QCOMPARE(counsel.kind, EntityKind::Person);
        QCOMPARE(counsel.description, u"Counsel for Parler LLC (LEAD ATTORNEY)"_s);
        QCOMPARE(byName.value(u"Barbara J. Rothstein"_s).role, EntityRole::Judge);

        auto caption = (*caseFile)->caption();
        QVERIFY(caption);
        QCOMPARE(caption->title, u"Parler LLC v. Amazon Web Services, Inc."_s);
        QCOMPARE(caption->caseName, u"Parler LLC v. Amazon Web Services, Inc."_s);
        QCOMPARE(caption->court, u"W.D. Wash."_s);
        QCOMPARE(caption->docketNumber, u"2:21-cv-00031"_s);
        QCOMPARE(caption->judge, u"Hon. Barbara J. Rothstein (user)"_s);

        // A later download adds no one twice.
        caseFile.reset();
        QVERIFY(runImport(
            casePath, {write(u"people-docket-2.xml"_s, recapDocket("Parler LLC v. AWS"))}, {}));
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM entities"_s), 4);
    }

    // --events: each dated entry becomes one event on its filing day, tagged Docket, citing its
    // filing when linked; importing the docket again adds none twice.
    void entriesBecomeEvents()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"events"_s);
        const QString order
            = write(u"events-order.pdf"_s,
                    stampedPdf(u"Case 2:21-cv-00031-BJR Document 34 Filed 01/21/21 Page 1 of 2"_s));
        const QString docket = write(u"events-docket.xml"_s, recapDocket());
        CliRun run = cli({u"import"_s, casePath, order, docket, u"--events"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("linked     document 1 to Dkt. 34 (page-1 stamp)"),
                 run.out.constData());
        QVERIFY2(run.out.contains("3 docket entries added to the chronology."),
                 run.out.constData());
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM events"_s), 3);
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM events WHERE precision = 'day' AND "
                                   u"start = '2021-01-21' AND title = 'Dkt. 34 — Order denying 2 "
                                   u"Motion for Preliminary Injunction'"_s),
                 1);
        QCOMPARE(
            ImportTest::count(casePath,
                              u"SELECT count(*) FROM taggings g JOIN tags t ON t.id = g.tag_id "
                              u"WHERE t.name = 'Docket' AND g.target_kind = 'event'"_s),
            3);
        const qint64 orderId = documentNamed(casePath, u"events-order.pdf"_s);
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT s.document_id FROM event_sources s JOIN events e "
                                   u"ON e.id = s.event_id WHERE e.start = '2021-01-21'"_s),
                 orderId);

        const QString again = write(u"events-docket-2.xml"_s, recapDocket("Parler v. AWS"));
        run = cli({u"import"_s, casePath, again, u"--events"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(run.out).object().contains(u"docket_events"_s));
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM events"_s), 3);
    }

    // The other docket formats through the pipeline: an ACMS JSON file is a docket, not posts;
    // a notice of electronic filing adds its entry; a court's e-mail that is no notice stays an
    // e-mail.
    void otherFormatsThroughThePipeline()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"formats"_s);
        const QString acms = write(
            u"ca9-case.json"_s,
            R"({"caseDetails": {"caseId": "c8d8", "caseNumber": "22-21", "name": "Lopez v. Garland",
                "caseOpened": "2022-01-05", "partyAttorneyList": "<table><tr><td>JOSE LOPEZ<br>Petitioner,</td><td><div>Lisa Pickering, Attorney<br>[Retained]</div></td></tr></table>"},
               "docketInfo": {"docketEntries": [{"endDate": "2022-01-05", "entryNumber": 1,
                "docketEntryText": "<p><strong>PETITION FOR REVIEW</strong> filed. [Entered: 01/05/2022 11:15 AM]</p>",
                "docketEntryId": "a59c"}]}})");
        const QByteArray nef
            = "From: ecf@cand.uscourts.gov\r\nSubject: Activity in Case 3:20-cv-00001 Foo v. Bar "
              "Order\r\n"
              "Content-Type: text/html\r\n\r\n"
              "<b>Notice of Electronic Filing</b><p>The following transaction was entered on "
              "5/4/2022 at 9:00 AM "
              "and filed on 5/3/2022</p><table><tr><td><strong>Case Name:</strong></td><td>Foo v. "
              "Bar</td></tr>"
              "<tr><td><strong>Case Number:</strong></td><td><a "
              "href=\"https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?1234\">3:20-cv-00001</a></"
              "td></tr>"
              "<tr><td><strong>Document Number:</strong></td><td><a "
              "href=\"https://ecf.cand.uscourts.gov/doc1/035123456789?de_seq_num=9\">12</a></td></"
              "tr></table>"
              "<p><strong>Docket Text:</strong><br><b>ORDER granting motion.</b></p>";
        const QByteArray notANotice
            = "From: clerk@cand.uscourts.gov\r\nSubject: Activity in Case 3:20-cv-00001 Foo v. "
              "Bar\r\n\r\nThe office is closed on Monday.\r\n";
        auto report = runImport(
            casePath, {acms, write(u"nef.eml"_s, nef), write(u"closed.eml"_s, notANotice)}, {});
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        QCOMPARE(report->imported(), 3);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM dockets"_s), 2);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM posts"_s), 0);
        QCOMPARE(
            ImportTest::count(casePath,
                              u"SELECT count(*) FROM docket_entries WHERE document_number = '12' "
                              u"AND date_filed = '2022-05-03' AND date_entered = '2022-05-04' "
                              u"AND description = 'ORDER granting motion.' "
                              u"AND pacer_doc_id = '035123456789'"_s),
            1);
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM docket_parties WHERE name = 'JOSE LOPEZ' "
                                   u"AND type = 'Petitioner'"_s),
                 1);
        QCOMPARE(
            ImportTest::count(casePath,
                              u"SELECT count(*) FROM documents WHERE source_name = 'closed.eml' "
                              u"AND media_type = 'message/rfc822' AND page_count = 1"_s),
            1);
    }

    // CourtListener's REST API: a full docket, then a later page of its entries that names the
    // docket only by URL; a page whose docket is not in the case is refused and names it.
    void courtListenerJson()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"courtlistener"_s);
        const QString orphan = testData(u"dockets/courtlistener/orphan-entries.json"_s);
        auto refused = runImport(casePath, {orphan}, {});
        QVERIFY(refused);
        QCOMPARE(refused->rejected(), 1);
        QVERIFY2(refused->files.constFirst().reason.contains(u"CourtListener docket 999"_s),
                 qPrintable(refused->files.constFirst().reason));

        const QString docket = testData(u"dockets/courtlistener/docket.json"_s);
        const QString page = testData(u"dockets/courtlistener/entries-page-2.json"_s);
        auto report = runImport(casePath, {docket, page}, {});
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        QCOMPARE(report->imported(), 2);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM dockets"_s), 1);
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM dockets WHERE court_id = 'txnd' AND "
                                   u"pacer_case_id = '28766' AND courtlistener_id = '28766'"_s),
                 1);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM docket_entries"_s), 2);
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM docket_attachments WHERE "
                                   u"attachment_number = 1 AND description = 'Exhibit 1' AND "
                                   u"pacer_doc_id = '17711118264'"_s),
                 1);
        QCOMPARE(
            ImportTest::count(casePath,
                              u"SELECT count(*) FROM docket_entries WHERE document_number = '1'"
                              u" AND pacer_doc_id = '17711118263' AND pacer_seq_no = '12'"_s),
            1);
    }

    // On the real filings of the corpus, the stamp on page 1 and the RECAP file name agree.
    void corpusStampsAgreeWithFileNames()
    {
        CASEBINDER_REQUIRE_CORPUS(corpus, "court-pdfs");
        QStringList named;
        QDirIterator it(
            corpus, {u"*gov.uscourts.*.pdf"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            named.append(it.next());
        QVERIFY(!named.isEmpty());
        const QString casePath = ImportTest::newCase(m_dir.path(), u"corpus"_s);
        auto report = runImport(casePath, named, {});
        QVERIFY(report);
        auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
        QVERIFY(caseFile);
        auto documents = caseFile->documents().documents();
        QVERIFY(documents);
        int compared = 0;
        for (const DocumentRecord &document : std::as_const(*documents)) {
            const auto name = readRecapFileName(document.sourceName);
            auto text = caseFile->documents().pageText(document.id, 1);
            if (!name || !text)
                continue;
            const auto stamp = readPacerStamp(*text);
            if (!stamp)
                continue;
            ++compared;
            if (!name->documentNumber.isEmpty() && !stamp->documentNumber.isEmpty())
                QCOMPARE(stamp->documentNumber, name->documentNumber);
            if (!name->pacerDocumentId.isEmpty() && !stamp->pacerDocumentId.isEmpty())
                QCOMPARE(normalPacerDocumentId(stamp->pacerDocumentId),
                         normalPacerDocumentId(name->pacerDocumentId));
        }
        qInfo("%d corpus filings: stamp and file name agree", compared);
        QVERIFY(compared >= 5);
    }
};

QTEST_MAIN(TestDocketLinks)
#include "tst_docketlinks.moc"
