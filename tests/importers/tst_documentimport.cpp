// Happy paths: PDFs, images, text, e-mail, unknown files, ZIP productions with a manifest,
// posts files, duplicates, exhibit labels, the custody record, ImportJob and the CLI.
#include "importtestutil.h"

#include "../app/clirunner.h"
#include "custodylog.h"
#include "documentstore.h"
#include "poststore.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Casebinder;
using namespace Qt::StringLiterals;

class TestDocumentImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString folder(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pdfPagesMetadataAndDuplicates()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"pdf"_s);
        const QString dir = folder(u"pdfs"_s);
        ImportTest::writeFile(
            dir + u"/complaint.pdf"_s,
            ImportTest::makePdf(
                {u"COMPLAINT for injunctive relief"_s, QString(), u"PRAYER FOR RELIEF"_s},
                u"Verified Complaint"_s));
        auto report = runImport(casePath, {dir + u"/complaint.pdf"_s}, {});
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        QCOMPARE(report->imported(), 1);
        const ImportedFile file = report->files.constFirst(); // a copy: report is reused
        QCOMPARE(file.pages, 3);
        QVERIFY(file.warnings.join(u' ').contains(u"need OCR"_s));

        auto caseFile = CaseFile::open(casePath);
        QVERIFY(caseFile);
        DocumentStore store(caseFile->db());
        auto document = store.document(file.documentId);
        QVERIFY(document);
        QCOMPARE(document->kind, DocumentKind::Filing);
        QCOMPARE(document->pageCount, 3);
        QCOMPARE(document->textStatus, TextStatus::Partial);
        QCOMPARE(document->mediaType, u"application/pdf"_s);
        // The PDF's own title names it (tst_pdftitle has the other rules); the file name stays
        // the source name.
        QCOMPARE(document->title, u"Verified Complaint"_s);
        QCOMPARE(document->sourceName, u"complaint.pdf"_s);
        QCOMPARE(document->metadata.value(u"title"_s).toString(), u"Verified Complaint"_s);
        QVERIFY(document->metadata.contains(u"producer"_s));
        // QPdfWriter stamps a CreationDate: file metadata, never the document's date.
        QVERIFY(document->metadata.contains(u"creation_date"_s));
        QVERIFY(document->documentDate.isEmpty());
        QCOMPARE(document->dateSource, DateSource::Unknown);
        QCOMPARE(document->importId, report->importId);
        auto pages = store.pages(file.documentId);
        QVERIFY(pages);
        QCOMPARE(pages->size(), 3);
        QVERIFY(pages->at(0).text.contains(u"COMPLAINT"_s));
        QVERIFY(pages->at(1).needsOcr);
        QVERIFY(!pages->at(2).needsOcr);
        auto original = store.original(file.documentId);
        QVERIFY(original);
        QCOMPARE(*original, ImportTest::readFile(dir + u"/complaint.pdf"_s));
        auto bySha = store.findBySha256(file.sha256);
        QVERIFY(bySha && *bySha);
        QCOMPARE((*bySha)->id, file.documentId);

        // The same bytes again, even under another name: a duplicate, nothing stored.
        QFile::copy(dir + u"/complaint.pdf"_s, dir + u"/copy.pdf"_s);
        const QByteArray before = ImportTest::fingerprint(casePath);
        report = runImport(casePath, {dir}, {});
        QVERIFY(report);
        QCOMPARE(report->duplicates(), 2);
        QCOMPARE(report->imported(), 0);
        QCOMPARE(report->files.at(0).documentId, file.documentId);
        QCOMPARE(ImportTest::fingerprint(casePath), before);

        // Every job is on the custody log with the hashes of what came in.
        auto entries = CustodyLog(caseFile->db()).entries();
        QVERIFY(entries);
        QList<CustodyEntry> imports;
        for (const CustodyEntry &entry : std::as_const(*entries)) {
            if (entry.action == u"import"_s)
                imports.append(entry);
        }
        QCOMPARE(imports.size(), 2);
        const QJsonArray files = imports.last().details.value(u"files"_s).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).toObject().value(u"sha256"_s).toString(), file.sha256);
        QCOMPARE(files.at(0).toObject().value(u"status"_s).toString(), u"duplicate"_s);
        QCOMPARE(imports.last().sha256.size(), 64);
    }

    void exhibitsImagesTextEmailUnknown()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"exhibits"_s);
        const QString dir = folder(u"exhibits"_s);
        ImportTest::writeFile(dir + u"/a-letter.pdf"_s, ImportTest::makePdf({u"Dear counsel"_s}));
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::white);
        QVERIFY(image.save(dir + u"/b-photo.png"_s));
        QVERIFY(image.save(dir + u"/c-scan.jpg"_s));
        // Qt has no TIFF writer without the imageformats plugin; a header is what is sniffed.
        ImportTest::writeFile(dir + u"/d-scan.tiff"_s,
                              QByteArray("II*\0\x08\0\0\0", 8) + QByteArray(64, '\0'));
        ImportTest::writeFile(dir + u"/e-notes.txt"_s, "Meeting notes\nAttendees: A, B\n");
        ImportTest::writeFile(
            dir + u"/f-notice.eml"_s,
            "From: Clerk <clerk@court.example>\r\n"
            "To: counsel@example.com\r\n"
            "Subject: =?UTF-8?Q?Notice_of_Electronic_Filing_=E2=80=94_Doc_12?=\r\n"
            "Date: Sun, 10 Jan 2021 07:59:00 +0000\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/alternative; boundary=\"XX\"\r\n\r\n"
            "--XX\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
            "A motion was filed =E2=80=94 see docket.\r\n"
            "--XX\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n--XX--\r\n");
        ImportTest::writeFile(dir + u"/g-data.bin"_s, QByteArray("\x00\x01\x02\x03binary", 10));

        ImportOptions options;
        options.exhibitPrefix = u"PX-"_s;
        auto report = runImport(casePath, {dir}, options);
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        QCOMPARE(report->imported(), 7);
        QCOMPARE(report->rejected(), 0);

        auto caseFile = CaseFile::open(casePath);
        QVERIFY(caseFile);
        DocumentStore store(caseFile->db());
        auto documents = store.documents(DocumentKind::Exhibit);
        QVERIFY(documents);
        QCOMPARE(documents->size(), 7);
        QStringList labels;
        for (const DocumentRecord &document : std::as_const(*documents))
            labels.append(document.exhibitLabel);
        QCOMPARE(labels,
                 (QStringList{
                     u"PX-1"_s, u"PX-2"_s, u"PX-3"_s, u"PX-4"_s, u"PX-5"_s, u"PX-6"_s, u"PX-7"_s}));
        QCOMPARE(documents->at(1).mediaType, u"image/png"_s);
        QCOMPARE(documents->at(1).textStatus, TextStatus::NeedsOcr);
        QCOMPARE(documents->at(1).pageCount, 1);
        QCOMPARE(documents->at(2).mediaType, u"image/jpeg"_s);
        QCOMPARE(documents->at(3).mediaType, u"image/tiff"_s);
        QCOMPARE(store.pageText(documents->at(4).id, 1).value_or(QString()),
                 u"Meeting notes\nAttendees: A, B\n"_s);
        const DocumentRecord &mail = documents->at(5);
        QCOMPARE(mail.title, u"Notice of Electronic Filing — Doc 12"_s);
        QCOMPARE(mail.documentDate, u"2021-01-10"_s);
        QVERIFY(store.pageText(mail.id, 1)
                    .value_or(QString())
                    .contains(u"A motion was filed — see docket."_s));
        QCOMPARE(documents->at(6).textStatus, TextStatus::None);
        QCOMPARE(documents->at(6).pageCount, 0);

        // Numbering continues after the labels already in the case.
        const QString more = folder(u"more-exhibits"_s);
        ImportTest::writeFile(more + u"/h.txt"_s, "another exhibit");
        report = runImport(casePath, {more}, options);
        QVERIFY(report);
        QCOMPARE(store.document(report->files.constFirst().documentId)->exhibitLabel, u"PX-8"_s);
    }

    void zipProductionWithManifestAndNesting()
    {
        if (!ImportTest::haveTool(u"zip"_s))
            QSKIP("zip is not installed");
        const QString casePath = ImportTest::newCase(m_dir.path(), u"zip"_s);
        const QString src = folder(u"production"_s);
        QDir().mkpath(src + u"/VOL001/NATIVES"_s);
        QDir().mkpath(src + u"/inner"_s);
        ImportTest::writeFile(src + u"/VOL001/NATIVES/contract.pdf"_s,
                              ImportTest::makePdf({u"MASTER SERVICES AGREEMENT"_s}));
        ImportTest::writeFile(src + u"/VOL001/NATIVES/email.txt"_s, "Please take it down.");
        ImportTest::writeFile(
            src + u"/manifest.csv"_s,
            "file name,exhibit,title,date,bates begin,bates end\n"
            "contract.pdf,PX-12,Customer Agreement,2020-06-01,AMZN_0001,AMZN_0042\n"
            "VOL001/NATIVES/email.txt,PX-13,Takedown e-mail,1/8/21,AMZN_0043,AMZN_0043\n");
        ImportTest::writeFile(src + u"/inner/deep.txt"_s, "inside the inner archive");
        QCOMPARE(ImportTest::run(u"zip"_s,
                                 {u"-qr"_s, src + u"/nested.zip"_s, u"deep.txt"_s},
                                 src + u"/inner"_s),
                 0);
        const QString zip = m_dir.filePath(u"production.zip"_s);
        QCOMPARE(ImportTest::run(u"zip"_s,
                                 {u"-qr"_s, zip, u"VOL001"_s, u"manifest.csv"_s, u"nested.zip"_s},
                                 src),
                 0);

        auto report = runImport(casePath, {zip}, {});
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        QCOMPARE(report->rejected(), 0);
        // production.zip, contract.pdf, email.txt, manifest.csv, nested.zip, deep.txt
        QCOMPARE(report->imported(), 6);

        auto caseFile = CaseFile::open(casePath);
        QVERIFY(caseFile);
        DocumentStore store(caseFile->db());
        const ImportedFile *contract
            = ImportTest::findFile(*report, u"production.zip/VOL001/NATIVES/contract.pdf"_s);
        QVERIFY(contract);
        auto document = store.document(contract->documentId);
        QVERIFY(document);
        QCOMPARE(document->exhibitLabel, u"PX-12"_s);
        QCOMPARE(document->title, u"Customer Agreement"_s);
        QCOMPARE(document->documentDate, u"2020-06-01"_s);
        QCOMPARE(document->dateSource, DateSource::Manifest);
        QCOMPARE(document->batesBegin, u"AMZN_0001"_s);
        QCOMPARE(document->batesEnd, u"AMZN_0042"_s);
        QCOMPARE(document->sourcePath, u"VOL001/NATIVES/contract.pdf"_s);
        QCOMPARE(document->kind, DocumentKind::Exhibit);
        const qint64 zipId = report->files.constFirst().documentId;
        QCOMPARE(document->parentId, zipId);
        QCOMPARE(store.document(zipId)->mediaType, u"application/zip"_s);
        QCOMPARE(store.document(zipId)->kind, DocumentKind::Other);
        auto email = store.document(ImportTest::findFile(*report, u"/email.txt"_s)->documentId);
        QCOMPARE(email->exhibitLabel, u"PX-13"_s);
        QCOMPARE(email->documentDate, u"2021-01-08"_s);
        QVERIFY(email->dateSource == DateSource::Manifest
                || email->dateSource == DateSource::EmailHeader);
        const ImportedFile *deep = ImportTest::findFile(*report, u"nested.zip/deep.txt"_s);
        QVERIFY(deep);
        const ImportedFile *nested = ImportTest::findFile(*report, u"production.zip/nested.zip"_s);
        QVERIFY(nested);
        QCOMPARE(store.document(deep->documentId)->parentId, nested->documentId);
        QCOMPARE(store.pageText(deep->documentId, 1).value_or(QString()),
                 u"inside the inner archive"_s);
    }

    void postsFileStoredAndLinked()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"posts"_s);
        const QString file = m_dir.filePath(u"flagged.csv"_s);
        ImportTest::writeFile(file,
                              "id,text,screen_name,created_at,reason\n"
                              "1,\"kill them all\",troll1,2021-01-08 10:00:00,violence\n"
                              "2,\"see you on the 20th\",troll2,2021-01-08 11:00:00,incitement\n");
        ImportOptions options;
        options.platform = u"parler"_s;
        options.flagCategory = u"violent speech"_s;
        auto report = runImport(casePath, {file}, options);
        QVERIFY(report);
        QCOMPARE(report->files.constFirst().posts, 2);
        QCOMPARE(report->posts(), 2);
        auto caseFile = CaseFile::open(casePath);
        PostStore posts(caseFile->db());
        QCOMPARE(posts.count().value_or(-1), 2);
        auto all = posts.postsByIds({2, 1, 99});
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).externalId, u"2"_s);
        QCOMPARE(all->at(0).platform, u"parler"_s);
        QCOMPARE(all->at(0).flagCategory, u"violent speech"_s);
        QCOMPARE(all->at(0).extra.value(u"reason"_s).toString(), u"incitement"_s);
        QCOMPARE(all->at(1).postedAt, u"2021-01-08T10:00:00Z"_s);
        QCOMPARE(all->at(1).sourceDocumentId, report->files.constFirst().documentId);
        auto post = posts.post(all->at(1).id);
        QVERIFY(post);
        QCOMPARE(post->authorHandle, u"troll1"_s);
        QCOMPARE(posts.post(12345).error().code, Error::Code::NotFound);
        // Importing the same sample again adds no posts.
        report = runImport(casePath, {file}, options);
        QCOMPARE(report->duplicates(), 1);
        QCOMPARE(posts.count().value_or(-1), 2);
    }

    void bulkPostsAreSearchable()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"bulk"_s);
        const QString big = m_dir.filePath(u"big.csv"_s);
        QByteArray csv = "id,text\n";
        for (int i = 0; i < 3000; ++i)
            csv += QByteArray::number(i)
                   + (i == 1234 ? ",the zeppelin needle\n" : ",routine post\n");
        ImportTest::writeFile(big, csv);
        auto report = runImport(casePath, {big}, {});
        QVERIFY(report);
        QCOMPARE(report->posts(), 3000);
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM posts_fts WHERE posts_fts "
                                   u"MATCH 'zeppelin'"_s),
                 1);
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM posts_fts WHERE posts_fts "
                                   u"MATCH 'routine'"_s),
                 2999);
        // The trigger is back: small imports are indexed row by row as before.
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM sqlite_master WHERE type = "
                                   u"'trigger' AND name = 'posts_fts_insert'"_s),
                 1);
        const QString small = m_dir.filePath(u"small.csv"_s);
        ImportTest::writeFile(small, "id,text\n1,a lonely albatross\n");
        QVERIFY(runImport(casePath, {small}, {}));
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM posts_fts WHERE posts_fts "
                                   u"MATCH 'albatross'"_s),
                 1);
        auto caseFile = CaseFile::open(casePath);
        QVERIFY(caseFile);
        auto check = caseFile->db().exec(
            u"INSERT INTO posts_fts (posts_fts) VALUES ('integrity-check')"_s);
        QVERIFY2(check, check ? "" : qPrintable(check.error().fullText()));
    }

    void importJobSignals()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"job"_s);
        const QString dir = folder(u"job-files"_s);
        for (int i = 0; i < 3; ++i)
            ImportTest::writeFile(dir + u"/f%1.pdf"_s.arg(i),
                                  ImportTest::makePdf({u"job %1"_s.arg(i)}));
        ImportJob job(casePath, {dir}, {});
        QSignalSpy progress(&job, &Job::progress);
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy failed(&job, &Job::failed);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(failed.size(), 0);
        QVERIFY(progress.size() >= 1);
        QCOMPARE(job.report().imported(), 3);
        const auto lastStep = progress.constLast().constFirst().value<JobProgress>();
        QCOMPARE(lastStep.done, 3);
        QCOMPARE(lastStep.total, 3);
        const auto last = lastStep.detail.value<ImportProgress>();
        QCOMPARE(last.filesDone, 3);
        QCOMPARE(last.pages, 3);
    }

    void importJobCancel()
    {
        const QString casePath = ImportTest::newCase(m_dir.path(), u"jobcancel"_s);
        const QString dir = folder(u"jobcancel-files"_s);
        for (int i = 0; i < 20; ++i)
            ImportTest::writeFile(dir + u"/f%1.pdf"_s.arg(i),
                                  ImportTest::makePdf({u"c %1"_s.arg(i)}));
        ImportJob job(casePath, {dir}, {});
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy failed(&job, &Job::failed);
        job.start();
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size() + finished.size(), 1, 60000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().constFirst().value<Error>().code, Error::Code::Cancelled);
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM documents"_s), 0);
    }

    void cli()
    {
        const QString casePath = m_dir.filePath(u"cli.casebinder"_s);
        QCOMPARE(runCli({u"new"_s, casePath}).exitCode, 0);
        const QString dir = folder(u"cli-files"_s);
        ImportTest::writeFile(dir + u"/a.pdf"_s, ImportTest::makePdf({u"cli a"_s}));
        ImportTest::writeFile(
            dir + u"/tweets.json"_s,
            R"([{"id_str": "5", "full_text": "hello", "user": {"screen_name": "x"}}])");

        CliRun run = runCli({u"import"_s, casePath, dir, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"imported"_s).toInt(), 2);
        QCOMPARE(json.value(u"duplicates"_s).toInt(), 0);
        QCOMPARE(json.value(u"rejected"_s).toInt(), 0);
        QCOMPARE(json.value(u"files"_s).toArray().size(), 2);

        // All duplicates: still success.
        QCOMPARE(runCli({u"import"_s, casePath, dir}).exitCode, 0);
        // Some rejected: 3.
        ImportTest::writeFile(dir + u"/bad.pdf"_s, "not a pdf");
        ImportTest::writeFile(dir + u"/b.txt"_s, "new text");
        run = runCli({u"import"_s, casePath, dir});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.contains("REJECTED"));
        // Nothing importable: 1.
        run = runCli({u"import"_s, casePath, dir + u"/bad.pdf"_s});
        QCOMPARE(run.exitCode, 1);
        // Bad usage: 2.
        QCOMPARE(runCli({u"import"_s, casePath}).exitCode, 2);
        QCOMPARE(runCli({u"import"_s, casePath, dir, u"--kind"_s, u"sculpture"_s}).exitCode, 2);
        QCOMPARE(runCli({u"import"_s, casePath, dir, u"--map"_s, u"text"_s}).exitCode, 2);
        QCOMPARE(runCli({u"verify"_s, casePath}).exitCode, 0);
    }
};

QTEST_MAIN(TestDocumentImport)
#include "tst_documentimport.moc"
