// The privilege log (report/privilegelog): FRCP 26(b)(5)(A) columns, unknown values shown as
// unknown, Bates order, PDF through the report library and CSV, manifest and custody record.
#include "caseseed.h"
#include "commands/documentcommands.h"
#include "custodylog.h"
#include "exportjob.h"
#include "exportrecords.h"
#include "privilegelog.h"
#include "privilegelogdata.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Casebinder::Export;
using namespace Qt::StringLiterals;

class TestPrivilegeLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<CaseFile> m_case;
    qint64 m_email = 0;
    qint64 m_memo = 0;
    qint64 m_public = 0;

    QString read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private slots:
    void init()
    {
        static int n = 0;
        auto created = CaseFile::create(m_dir.filePath(u"log%1.casebinder"_s.arg(++n)),
                                        {u"Parler LLC v. Amazon Web Services, Inc."_s,
                                         u"Parler LLC v. Amazon Web Services, Inc."_s,
                                         u"U.S. District Court for the Western District of "
                                         u"Washington"_s,
                                         u"2:21-cv-00031-BJR"_s});
        QVERIFY(created);
        m_case = std::move(*created);
        auto session = ImportSession::begin(m_case->db(), {});
        QVERIFY(session);
        TestSupport::DocumentSeed email{DocumentKind::Exhibit, u"AWS notice - legal advice"_s};
        email.pages = {u"advice"_s};
        email.privileged = true;
        email.documentDate = u"2021-01-09"_s;
        email.mediaType = u"message/rfc822"_s;
        IncomingDocument incoming = TestSupport::incoming(email);
        incoming.record.metadata = QJsonObject{{u"from"_s, u"Jane Counsel <jane@firm.example>"_s},
                                               {u"to"_s, u"Pat CEO <pat@parler.example>"_s},
                                               {u"cc"_s, u"Legal <legal@parler.example>"_s},
                                               {u"author"_s, u"pdf-metadata-never-used"_s}};
        auto added = session->addDocument(incoming);
        QVERIFY(added);
        m_email = added->documentId;
        TestSupport::DocumentSeed memo{DocumentKind::Other, u"Litigation memo"_s};
        memo.pages = {u"strategy"_s};
        memo.privileged = true;
        IncomingDocument memoIncoming = TestSupport::incoming(memo);
        memoIncoming.record.metadata = QJsonObject{{u"author"_s, u"PDF Author Field"_s}};
        added = session->addDocument(memoIncoming);
        QVERIFY(added);
        m_memo = added->documentId;
        TestSupport::DocumentSeed open{DocumentKind::Exhibit, u"Press release"_s};
        open.pages = {u"public"_s};
        added = session->addDocument(TestSupport::incoming(open));
        QVERIFY(added);
        m_public = added->documentId;
        QVERIFY(session->commit({}));
        // The memo is numbered; the e-mail is not (it gets its control number).
        QVERIFY(m_case->documents().setFields(m_memo,
                                              {{DocumentField::BatesBegin, u"PARLER000007"_s},
                                               {DocumentField::BatesEnd, u"PARLER000009"_s}}));
        QVERIFY(m_case->documents().setFields(
            m_email,
            {{DocumentField::PrivilegeBasis, u"attorney-client"_s},
             {DocumentField::PrivilegeDescription,
              u"E-mail from outside counsel giving legal advice on the suspension notice"_s}}));
    }

    void entriesSayOnlyWhatIsKnown()
    {
        auto data = loadPrivilegeLog(*m_case);
        QVERIFY(data);
        QCOMPARE(data->entries.size(), 2);                   // the press release is not privileged
        const PrivilegeLogEntry &memo = data->entries.at(0); // Bates first
        QCOMPARE(memo.number, 1);
        QCOMPARE(memo.documentId, m_memo);
        QVERIFY(memo.author.isEmpty()); // a PDF's Author field is file metadata, not the author
        QVERIFY(memo.date.isEmpty());
        QCOMPARE(memo.basis, PrivilegeBasis::Unknown);
        const PrivilegeLogEntry &email = data->entries.at(1);
        QCOMPARE(email.number, 2);
        QCOMPARE(email.author, u"Jane Counsel <jane@firm.example>"_s);
        QCOMPARE(email.cc, u"Legal <legal@parler.example>"_s);
        QVERIFY(email.bcc.isEmpty());
        QCOMPARE(email.date, u"9 Jan 2021"_s);
        QCOMPARE(email.documentType, u"E-mail"_s);
        QCOMPARE(data->missingBasis, 1);
        QCOMPARE(data->missingDescription, 1);
    }

    void csvHasTheRuleColumns()
    {
        const QString path = m_dir.filePath(u"log.csv"_s);
        auto outcome = exportPrivilegeLog(*m_case, path, {});
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().fullText()));
        QCOMPARE(outcome->items, 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.peek(3) == "\xEF\xBB\xBF"); // UTF-8 with BOM, for spreadsheets
        const QStringList lines = read(path).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0),
                 u"log_no,bates_or_control_no,date,document_type,author,to,cc,bcc,"
                 u"privilege_asserted,description,withheld_or_redacted"_s);
        QCOMPARE(lines.at(1),
                 u"1,PARLER000007\u2013PARLER000009,unknown,PDF document,unknown,,,,unknown,"
                 u"unknown,Withheld"_s);
        QCOMPARE(lines.at(2),
                 u"2,Control no. %1,9 Jan 2021,E-mail,Jane Counsel <jane@firm.example>,"
                 u"Pat CEO <pat@parler.example>,Legal <legal@parler.example>,,"
                 u"Attorney\u2013client,E-mail from outside counsel giving legal advice on the "
                 u"suspension notice,Withheld"_s.arg(m_email));
        // Recorded like every export: manifest beside it, custody entry with its hash.
        auto manifest = readManifest(outcome->manifestPath);
        QVERIFY(manifest);
        QCOMPARE(manifest->kind, u"privilege-log"_s);
        QCOMPARE(manifest->sources.size(), 2);
        auto entries = m_case->custody().entries();
        QVERIFY(entries);
        QCOMPARE(entries->constLast().sha256, outcome->sha256);
    }

    void pdfUsesTheReportFurniture()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is needed");
        const QString path = m_dir.filePath(u"log.pdf"_s);
        // Through the job's dispatch, as the dialog runs it.
        auto outcome = runExport(*m_case, path, PrivilegeLogOptions{});
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().fullText()));
        QCOMPARE(outcome->pages, 1);
        QProcess process;
        process.start(pdftotext, {path, u"-"_s});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        for (const QString &expected : {u"PRIVILEGE LOG"_s,
                                        u"2:21-cv-00031-BJR"_s,
                                        u"26(b)(5)(A)"_s,
                                        u"PARLER000007"_s,
                                        u"Control no. %1"_s.arg(m_email),
                                        u"Jane Counsel"_s,
                                        u"Attorney\u2013"_s,
                                        u"Withheld"_s,
                                        u"unknown (not described)"_s,
                                        u"Not ready to serve: 1 of 2 entries"_s,
                                        u"Page 1 of 1"_s}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u"\n"_s + text));
        }
        QVERIFY(!text.contains(u"Press release"_s));
        QVERIFY(!text.contains(u"PDF Author Field"_s));
    }

    void anEmptyLogSaysSo()
    {
        QVERIFY(m_case->documents().setPrivileged(m_email, false));
        QVERIFY(m_case->documents().setPrivileged(m_memo, false));
        auto outcome = exportPrivilegeLog(*m_case, m_dir.filePath(u"empty.pdf"_s), {});
        QVERIFY(outcome);
        QVERIFY(outcome->empty);
        QCOMPARE(outcome->items, 0);
        QVERIFY(!exportPrivilegeLog(*m_case, m_case->path(), {})); // never over the case
    }
};

QTEST_MAIN(TestPrivilegeLog)
#include "tst_privilegelog.moc"
