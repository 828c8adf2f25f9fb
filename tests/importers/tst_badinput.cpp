// Every malformed input named in the importers issue: a clear reason, no crash or hang, and
// the case's earlier content left exactly as it was.
#include "importtestutil.h"

#include "documentstore.h"
#include "poststore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Casebinder;
using namespace Qt::StringLiterals;

class TestBadInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_pdf;

    // A case that already holds one filing and two posts, and its fingerprint.
    std::pair<QString, QByteArray> seededCase(const QString &name)
    {
        return ImportTest::seededCase(m_dir, name);
    }

    Result<ImportReport> importOne(const QString &casePath,
                                   const QString &file,
                                   const ImportOptions &options = {})
    {
        QElapsedTimer timer;
        timer.start();
        auto report = runImport(casePath, {file}, options);
        // No hostile file may hold an import for long.
        if (timer.elapsed() > 30000)
            qWarning() << file << "took" << timer.elapsed() << "ms";
        return report;
    }

    // A well-formed PDF whose page tree says 5,000,000 pages but holds one.
    static QByteArray lyingPageCountPdf()
    {
        const QList<QByteArray> objects
            = {"<< /Type /Catalog /Pages 2 0 R >>",
               "<< /Type /Pages /Kids [3 0 R] /Count 5000000 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"};
        QByteArray pdf = "%PDF-1.4\n";
        QList<qsizetype> offsets;
        for (qsizetype i = 0; i < objects.size(); ++i) {
            offsets.append(pdf.size());
            pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
        }
        const qsizetype xref = pdf.size();
        pdf += "xref\n0 4\n0000000000 65535 f \n";
        for (qsizetype offset : offsets)
            pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
        pdf += "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref)
               + "\n%%EOF\n";
        return pdf;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pdf
            = ImportTest::makePdf({u"Page one of the complaint"_s, u"Page two"_s}, u"Complaint"_s);
        QVERIFY(m_pdf.startsWith("%PDF-"));
    }

    void wholeFileRejected_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("code");

        const QString autoKind = u"auto"_s;
        const QString postsKind = u"posts"_s;
        QTest::newRow("empty file") << u"nothing.pdf"_s << QByteArray() << autoKind
                                    << u"is empty (0 bytes)"_s << int(Error::Code::Corrupt);
        // Damaged files Poppler can read are imported as repaired (tst_pdfrepair); one cut
        // before its first page is refused.
        QTest::newRow("PDF cut after its first object")
            << u"truncated.pdf"_s << m_pdf.left(m_pdf.indexOf("endobj") + 7) << autoKind
            << u"missing %%EOF"_s << int(Error::Code::Corrupt);
        QTest::newRow("PDF claiming millions of pages")
            << u"millions.pdf"_s << lyingPageCountPdf() << autoKind << u"has no readable pages"_s
            << int(Error::Code::Corrupt);
        QTest::newRow("text named .pdf")
            << u"memo.pdf"_s << QByteArray("This is a memo, not a PDF.\nRegards\n") << autoKind
            << u"is not a PDF"_s << int(Error::Code::Unsupported);
        QTest::newRow("0-byte ZIP") << u"production.zip"_s << QByteArray() << autoKind
                                    << u"is empty (0 bytes)"_s << int(Error::Code::Corrupt);
        QTest::newRow("ZIP that is not a ZIP")
            << u"production2.zip"_s << QByteArray("PK\x03\x04 this is not really a zip archive")
            << autoKind << u"not a readable ZIP archive"_s << int(Error::Code::Corrupt);
        QTest::newRow("CSV unbalanced quotes")
            << u"posts.csv"_s << QByteArray("id,text\n1,\"fine\"\n2,\"never closed\n3,more\n")
            << autoKind << u"starts on line 3 is never closed"_s << int(Error::Code::Corrupt);
        QTest::newRow("JSON not an array of objects")
            << u"posts.json"_s << QByteArray("[1, 2, 3]") << autoKind
            << u"is not an array of objects"_s << int(Error::Code::Unsupported);
        QTest::newRow("JSON object without data")
            << u"object.json"_s << QByteArray("{\"hello\": \"world\"}") << autoKind
            << u"is not a list of posts"_s << int(Error::Code::Unsupported);
        QTest::newRow("JSON scalar")
            << u"scalar.json"_s << QByteArray("42") << postsKind << u"is not a list of posts"_s
            << int(Error::Code::Unsupported);
        QTest::newRow("JSON syntax error")
            << u"broken.json"_s << QByteArray("[\n{\"text\": \"a\"},\n{\"text\": }\n]") << autoKind
            << u"is not valid JSON"_s << int(Error::Code::Corrupt);
        QTest::newRow("JSON nested 100000 deep")
            << u"deep.json"_s << QByteArray(100000, '[') + QByteArray(100000, ']') << autoKind
            << u"is not valid JSON"_s << int(Error::Code::Corrupt);
        QTest::newRow("CSV without a text column")
            << u"numbers.csv"_s << QByteArray("a,b\n1,2\n") << postsKind
            << u"has no column for the post text"_s << int(Error::Code::Unsupported);
    }

    void wholeFileRejected()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QFETCH(int, code);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        auto [casePath, before] = seededCase(tag);
        const QString file = m_dir.filePath(tag + u'-' + fileName);
        ImportTest::writeFile(file, bytes);

        ImportOptions options;
        QVERIFY(options.setKind(kind));
        auto report = importOne(casePath, file, options);
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        QCOMPARE(report->files.size(), 1);
        const ImportedFile &result = report->files.constFirst();
        QCOMPARE(result.status, ImportedFile::Status::Rejected);
        QVERIFY2(result.reason.contains(reason), qPrintable(result.reason));
        QVERIFY2(result.reason.contains(QFileInfo(file).fileName())
                     || result.reason.contains(u"line"_s),
                 qPrintable(result.reason));
        QCOMPARE(int(result.errorCode.value_or(Error::Code::Generic)), code);
        QCOMPARE(ImportTest::fingerprint(casePath), before);
        // The rejected job is still on record, with the file's hash.
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM custody_log WHERE action = "
                                   u"'import' AND details LIKE '%\"status\":\"rejected\"%'"_s),
                 1);
    }

    void encryptedPdfNeedsPassword()
    {
        if (!ImportTest::haveTool(u"qpdf"_s))
            QSKIP("qpdf is not installed");
        auto [casePath, before] = seededCase(u"encrypted"_s);
        const QString plain = m_dir.filePath(u"plain-for-encryption.pdf"_s);
        const QString encrypted = m_dir.filePath(u"sealed.pdf"_s);
        ImportTest::writeFile(plain, ImportTest::makePdf({u"Sealed settlement terms"_s}));
        QCOMPARE(ImportTest::run(u"qpdf"_s,
                                 {u"--encrypt"_s,
                                  u"open-sesame"_s,
                                  u"owner-pw"_s,
                                  u"256"_s,
                                  u"--"_s,
                                  plain,
                                  encrypted}),
                 0);

        auto report = importOne(casePath, encrypted);
        QVERIFY(report);
        QCOMPARE(report->files.constFirst().status, ImportedFile::Status::Rejected);
        QCOMPARE(report->files.constFirst().errorCode.value_or(Error::Code::Generic),
                 Error::Code::PasswordRequired);
        QVERIFY(report->files.constFirst().reason.contains(u"password is required"_s));
        QCOMPARE(ImportTest::fingerprint(casePath), before);

        ImportOptions wrong;
        wrong.password = u"guess"_s;
        report = importOne(casePath, encrypted, wrong);
        QVERIFY(report);
        QCOMPARE(report->files.constFirst().errorCode.value_or(Error::Code::Generic),
                 Error::Code::PasswordRequired);
        QVERIFY(report->files.constFirst().reason.contains(u"does not open it"_s));
        QCOMPARE(ImportTest::fingerprint(casePath), before);

        ImportOptions right;
        right.password = u"open-sesame"_s;
        report = importOne(casePath, encrypted, right);
        QVERIFY(report);
        QCOMPARE(report->files.constFirst().status, ImportedFile::Status::Imported);
        auto caseFile = CaseFile::open(casePath);
        QVERIFY(caseFile);
        auto text
            = DocumentStore(caseFile->db()).pageText(report->files.constFirst().documentId, 1);
        QVERIFY(text && text->contains(u"Sealed settlement"_s));
        // The password is never written to the case.
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM imports WHERE options LIKE "
                                   u"'%open-sesame%'"_s),
                 0);
    }

    void zipSlipEntriesRefused()
    {
        auto [casePath, before] = seededCase(u"zipslip"_s);
        const QString zip = m_dir.filePath(u"slip.zip"_s);
        QVERIFY(ImportTest::pythonZip(zip,
                                      {{u"good.txt"_s, "harmless"},
                                       {u"../../evil.txt"_s, "evil"},
                                       {u"/etc/evil2.txt"_s, "evil"},
                                       {u"C:/Windows/evil3.txt"_s, "evil"},
                                       {u"..\\..\\evil4.txt"_s, "evil"}}));
        auto report = importOne(casePath, zip);
        QVERIFY(report);
        QCOMPARE(report->files.size(), 6); // the archive and its five entries
        QCOMPARE(ImportTest::findFile(*report, u"slip.zip/good.txt"_s)->status,
                 ImportedFile::Status::Imported);
        QCOMPARE(report->rejected(), 4);
        for (const ImportedFile &file : std::as_const(report->files)) {
            if (file.status == ImportedFile::Status::Rejected)
                QVERIFY2(file.reason.contains(u"leaves the archive"_s)
                             || file.reason.contains(u"absolute"_s),
                         qPrintable(file.reason));
        }
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"evil.txt"_s)));
        QVERIFY(!QFileInfo::exists(u"/tmp/evil.txt"_s)
                || QFileInfo(u"/tmp/evil.txt"_s).lastModified().secsTo(QDateTime::currentDateTime())
                       > 600);
        // The good entry kept its archive path as provenance and its archive as parent.
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM documents d JOIN documents z "
                                   u"ON d.parent_id = z.id WHERE d.source_path = "
                                   u"'good.txt' AND z.source_name = 'slip.zip'"_s),
                 1);
    }

    void zipBombRefusedQuickly()
    {
        auto [casePath, before] = seededCase(u"bomb"_s);
        const QString zip = m_dir.filePath(u"bomb.zip"_s);
        // 400 MB of zeros deflates to about 400 KB: far beyond any real production's ratio.
        const QString script = u"import sys, zipfile\n"
                               u"z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)\n"
                               u"with z.open('zeros.txt', 'w') as f:\n"
                               u"    block = bytes(1 << 20)\n"
                               u"    for _ in range(400): f.write(block)\n"
                               u"z.close()\n"_s;
        QCOMPARE(ImportTest::run(u"python3"_s, {u"-c"_s, script, zip}), 0);
        QElapsedTimer timer;
        timer.start();
        auto report = importOne(casePath, zip);
        QVERIFY(report);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(report->files.size(), 1);
        QCOMPARE(report->files.constFirst().status, ImportedFile::Status::Rejected);
        QVERIFY2(report->files.constFirst().reason.contains(u"zip bomb"_s),
                 qPrintable(report->files.constFirst().reason));
        QCOMPARE(ImportTest::fingerprint(casePath), before);
    }

    void encryptedZipEntryReported()
    {
        if (!ImportTest::haveTool(u"zip"_s))
            QSKIP("zip is not installed");
        auto [casePath, before] = seededCase(u"zipcrypto"_s);
        const QString work = m_dir.filePath(u"zipcrypto-src"_s);
        QDir().mkpath(work);
        ImportTest::writeFile(work + u"/secret.txt"_s, "privileged and confidential");
        ImportTest::writeFile(work + u"/open.txt"_s, "public record");
        const QString zip = m_dir.filePath(u"mixed.zip"_s);
        QCOMPARE(ImportTest::run(u"zip"_s, {u"-q"_s, u"-P"_s, u"pw"_s, zip, u"secret.txt"_s}, work),
                 0);
        QCOMPARE(ImportTest::run(u"zip"_s, {u"-q"_s, zip, u"open.txt"_s}, work), 0);
        auto report = importOne(casePath, zip);
        QVERIFY(report);
        const ImportedFile *secret = ImportTest::findFile(*report, u"mixed.zip/secret.txt"_s);
        QVERIFY(secret);
        QCOMPARE(secret->status, ImportedFile::Status::Rejected);
        QCOMPARE(secret->errorCode.value_or(Error::Code::Generic), Error::Code::PasswordRequired);
        QVERIFY(secret->reason.contains(u"encrypted"_s));
        QCOMPARE(ImportTest::findFile(*report, u"mixed.zip/open.txt"_s)->status,
                 ImportedFile::Status::Imported);
    }

    void invalidUtf8DecodedSafely()
    {
        auto [casePath, before] = seededCase(u"utf8"_s);
        const QString text = m_dir.filePath(u"letter.txt"_s);
        ImportTest::writeFile(text, "Caf\xE9 r\xE9sum\xE9 \x93quoted\x94 \xFF\xFE end");
        const QString csv = m_dir.filePath(u"latin.csv"_s);
        ImportTest::writeFile(csv, "id,text\n1,na\xEFve caf\xE9\n2,\xC3\x28 broken lead\n");
        auto report = importOne(casePath, text);
        QVERIFY(report);
        QCOMPARE(report->files.constFirst().status, ImportedFile::Status::Imported);
        report = importOne(casePath, csv);
        QVERIFY(report);
        QCOMPARE(report->files.constFirst().status, ImportedFile::Status::Imported);
        QCOMPARE(report->files.constFirst().posts, 2);

        auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
        QVERIFY(caseFile);
        auto statement = caseFile->db().prepare(
            u"SELECT text FROM pages JOIN documents d ON d.id = document_id WHERE d.source_name = "
            u"'letter.txt'"_s);
        QVERIFY(statement && statement->step().value_or(false));
        QCOMPARE(statement->text(0), u"Café résumé “quoted” ÿþ end"_s);
        auto post = caseFile->db().prepare(u"SELECT text FROM posts WHERE external_id = '1' AND "
                                           u"author_handle = ''"_s);
        QVERIFY(post && post->step().value_or(false));
        QCOMPARE(post->text(0), u"naïve café"_s);
        // The seed filing and posts are still there, untouched.
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM posts WHERE author_handle IN "
                                   u"('alice', 'bob')"_s),
                 2);
    }

    void fiftyMegabyteCsvLine()
    {
        auto [casePath, before] = seededCase(u"longline"_s);
        const QString csv = m_dir.filePath(u"one-line.csv"_s);
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QByteArray block(1 << 20, 'x');
            file.write("id,text");
            for (int i = 0; i < 50; ++i)
                file.write(block);
        }
        QElapsedTimer timer;
        timer.start();
        auto report = importOne(casePath, csv);
        QVERIFY(report);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(report->files.constFirst().status, ImportedFile::Status::Rejected);
        QVERIFY2(report->files.constFirst().reason.contains(u"line 1 is longer than"_s),
                 qPrintable(report->files.constFirst().reason));
        QCOMPARE(ImportTest::fingerprint(casePath), before);

        // A 50 MB field in one record of an otherwise good file skips just that record.
        const QString mixed = m_dir.filePath(u"mixed-long.csv"_s);
        {
            QFile file(mixed);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("id,text\n1,short\n2,");
            const QByteArray block(1 << 20, 'y');
            for (int i = 0; i < 50; ++i)
                file.write(block);
            file.write("\n3,also short\n");
        }
        report = importOne(casePath, mixed);
        QVERIFY(report);
        QCOMPARE(report->files.constFirst().status, ImportedFile::Status::Imported);
        QCOMPARE(report->files.constFirst().posts, 2);
        QVERIFY(report->files.constFirst().warnings.join(u' ').contains(u"line 3 is longer"_s));
    }

    void ndjsonBadLineReportedRestImported()
    {
        auto [casePath, before] = seededCase(u"ndjson"_s);
        const QString file = m_dir.filePath(u"stream.ndjson"_s);
        ImportTest::writeFile(file,
                              "{\"id\": \"1\", \"text\": \"one\"}\n"
                              "{\"id\": \"2\", \"text\": \"two\"}\n"
                              "{\"id\": \"3\", \"text\": oops}\n"
                              "{\"id\": \"4\", \"text\": \"four\"}\n");
        auto report = importOne(casePath, file);
        QVERIFY(report);
        const ImportedFile &result = report->files.constFirst();
        QCOMPARE(result.status, ImportedFile::Status::Imported);
        QCOMPARE(result.posts, 3);
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY2(result.warnings.constFirst().startsWith(u"line 3 "_s),
                 qPrintable(result.warnings.constFirst()));
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM posts"_s), 5);
    }

    void cancelRollsBackEverything()
    {
        auto [casePath, before] = seededCase(u"cancel"_s);
        const QString dir = m_dir.filePath(u"to-cancel"_s);
        QDir().mkpath(dir);
        for (int i = 0; i < 12; ++i)
            ImportTest::writeFile(dir + u"/doc%1.pdf"_s.arg(i, 2, 10, QChar(u'0')),
                                  ImportTest::makePdf({u"Document number %1"_s.arg(i)}));
        std::atomic_bool cancel = false;
        int calls = 0;
        auto report = runImport(casePath, {dir}, {}, &cancel, [&](const ImportProgress &progress) {
            ++calls;
            if (progress.filesDone >= 2)
                cancel = true;
        });
        QVERIFY(!report);
        QCOMPARE(report.error().code, Error::Code::Cancelled);
        QVERIFY(calls >= 2);
        QCOMPARE(ImportTest::fingerprint(casePath), before);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM imports"_s), 1);
    }
};

QTEST_MAIN(TestBadInput)
#include "tst_badinput.moc"
