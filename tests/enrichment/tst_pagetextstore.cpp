#include "casefile.h"
#include "documentstore.h"
#include "pagetextstore.h"
#include "quoteverifier.h"
#include "schema.h"
#include "search.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

// PageTextStore: recognised text beside the extracted text, indexed with it, verified by the
// quote verifier, and the version 3 → 4 migration that made room for it.
class TestPageTextStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_cases = 0;

    static qint64 scalar(CaseFile &caseFile, const QString &sql)
    {
        auto statement = caseFile.db().prepare(sql);
        if (!statement || !statement->step().value_or(false))
            return -1;
        return statement->integer(0);
    }

    // A case at schema `version` with one scanned document: page 1 has a text layer, pages 2
    // and 3 need OCR.
    QString seeded(int version)
    {
        const QString path = m_dir.filePath(u"case%1.casebinder"_s.arg(++m_cases));
        auto db = Sql::Database::open(path, Sql::Database::OpenMode::Create);
        if (!db)
            return {};
        const QString sha(64, u'b');
        const bool ok
            = db->exec(u"PRAGMA application_id = %1"_s.arg(Schema::ApplicationId))
              && Schema::migrate(*db, 0, version)
              && db->exec(u"PRAGMA user_version = %1"_s.arg(version))
              && db->exec(u"INSERT INTO case_meta (id, title, created_at) VALUES (1, 'T', "
                          u"'2026-12-03');"
                          u"INSERT INTO blobs (sha256, size, data, created_at) VALUES ('%1', "
                          u"1, x'00', '2026-12-03');"
                          u"INSERT INTO documents (id, kind, source_name, blob_sha256, "
                          u"page_count, text_status, created_at) VALUES (1, 'exhibit', "
                          u"'scan.pdf', '%1', 3, 'partial', '2026-12-03');"
                          u"INSERT INTO pages (id, document_id, number, text, needs_ocr) VALUES"
                          u" (1, 1, 1, 'Declaration of Jane Roe', 0), (2, 1, 2, '', 1),"
                          u" (3, 1, 3, '', 1);"_s.arg(sha));
        return ok ? path : QString();
    }

    static PageOcr ocrResult(const QString &text)
    {
        PageOcr ocr;
        ocr.text = text;
        ocr.confidence = 87.5;
        ocr.words = {{u"Signed"_s, QRectF(72, 90.25, 40.5, 11), 91.0f},
                     {u"under"_s, QRectF(116, 90.25, 30, 11), 84.0f}};
        ocr.engine = u"tesseract 5.3.0"_s;
        ocr.languages = u"eng"_s;
        ocr.rotation = 90;
        ocr.dpi = 300;
        return ocr;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void storesOcrBesideTheExtractedText()
    {
        auto caseFile = CaseFile::open(seeded(Schema::currentVersion()));
        QVERIFY(caseFile);
        PageTextStore store = PageTextStore::of(*caseFile);
        QVERIFY(store.saveOcr(2, ocrResult(u"Signed under penalty of perjury"_s)));

        auto read = store.ocr(2);
        QVERIFY(read && *read);
        const PageOcr &ocr = **read;
        QCOMPARE(ocr.text, u"Signed under penalty of perjury"_s);
        QCOMPARE(ocr.confidence, 87.5);
        QCOMPARE(ocr.words.size(), 2);
        QCOMPARE(ocr.words.at(0).text, u"Signed"_s);
        QCOMPARE(ocr.words.at(0).box, QRectF(72, 90.25, 40.5, 11));
        QCOMPARE(ocr.words.at(1).confidence, 84.0f);
        QCOMPARE(ocr.rotation, 90);
        QCOMPARE(ocr.dpi, 300.0);
        QCOMPARE(ocr.engine, u"tesseract 5.3.0"_s);
        QVERIFY(!ocr.recognisedAt.isEmpty());
        auto byNumber = store.ocr(1, 2);
        QVERIFY(byNumber && *byNumber);
        QCOMPARE((*byNumber)->text, ocr.text);
        auto none = store.ocr(3);
        QVERIFY(none && !*none);

        // The import's text is untouched: page 2 still has none of its own.
        QCOMPARE(*caseFile->documents().pageText(1, 2), QString());
        QCOMPARE(*caseFile->documents().pageText(1, 1), u"Declaration of Jane Roe"_s);
        QCOMPARE(*store.recognisedPages(), 1);
    }

    void replacesAnEarlierResult()
    {
        auto caseFile = CaseFile::open(seeded(Schema::currentVersion()));
        QVERIFY(caseFile);
        PageTextStore store = PageTextStore::of(*caseFile);
        QVERIFY(store.saveOcr(2, ocrResult(u"first reading"_s)));
        QVERIFY(store.saveOcr(2, ocrResult(u"second reading"_s)));
        QCOMPARE((*store.ocr(2))->text, u"second reading"_s);
        QCOMPARE(*store.recognisedPages(), 1);
        SearchRequest request;
        request.query = u"first"_s;
        QCOMPARE(caseFile->search().run(request)->hits.size(), 0);
        request.query = u"second"_s;
        QCOMPARE(caseFile->search().run(request)->hits.size(), 1);
    }

    void refusesWhatCannotBeStored()
    {
        auto caseFile = CaseFile::open(seeded(Schema::currentVersion()));
        QVERIFY(caseFile);
        PageTextStore store = PageTextStore::of(*caseFile);
        PageOcr bad = ocrResult(u"x"_s);
        bad.rotation = 45;
        QCOMPARE(store.saveOcr(2, bad).error().code, Error::Code::InvalidArgument);
        bad = ocrResult(u"x"_s);
        bad.dpi = 0;
        QCOMPARE(store.saveOcr(2, bad).error().code, Error::Code::InvalidArgument);
        QCOMPARE(store.saveOcr(99, ocrResult(u"x"_s)).error().code, Error::Code::NotFound);
        // Nothing half-written: no text without its details, no details without text.
        QCOMPARE(scalar(*caseFile, u"SELECT count(*) FROM pages WHERE ocr_text IS NOT NULL"_s), 0);
        QCOMPARE(scalar(*caseFile, u"SELECT count(*) FROM page_ocr"_s), 0);
    }

    void listsThePagesThatWantOcr()
    {
        auto caseFile = CaseFile::open(seeded(Schema::currentVersion()));
        QVERIFY(caseFile);
        PageTextStore store = PageTextStore::of(*caseFile);
        const auto numbers = [&](const QList<qint64> &documents, bool force) {
            QList<int> result;
            const auto pages = store.pagesForOcr(documents, force);
            for (const PageRef &page : pages.value_or(QList<PageRef>()))
                result.append(page.number);
            return result;
        };
        QCOMPARE(numbers({}, false), (QList<int>{2, 3}));
        QVERIFY(store.saveOcr(2, ocrResult(u"done"_s)));
        QCOMPARE(numbers({}, false), (QList<int>{3}));
        QCOMPARE(numbers({1}, false), (QList<int>{3}));
        QCOMPARE(numbers({7}, false), QList<int>());
        QCOMPARE(numbers({1}, true), (QList<int>{1, 2, 3}));
        const PageRef first = store.pagesForOcr({}, false)->constFirst();
        QCOMPARE(first.pageId, 3);
        QCOMPARE(first.documentId, 1);
    }

    // text_status follows the pages' OCR: partial while page 3 has no text from either
    // source, extracted once it has; a document with no text layer leaves needs_ocr.
    void theDocumentsTextStatusFollowsItsOcr()
    {
        auto caseFile = CaseFile::open(seeded(Schema::currentVersion()));
        QVERIFY(caseFile);
        PageTextStore store = PageTextStore::of(*caseFile);
        QVERIFY(caseFile->db().exec(u"UPDATE documents SET text_status = 'needs_ocr';"
                                    u"UPDATE pages SET text = '', needs_ocr = 1 WHERE id = 1"_s));
        QCOMPARE(caseFile->documents().document(1)->textStatus, TextStatus::NeedsOcr);
        QVERIFY(store.saveOcr(1, ocrResult(u"one"_s)));
        QCOMPARE(caseFile->documents().document(1)->textStatus, TextStatus::Partial);
        QVERIFY(store.saveOcr(2, ocrResult(u"two"_s)));
        QCOMPARE(caseFile->documents().document(1)->textStatus, TextStatus::Partial);
        // A page that fails leaves the status where it was.
        QVERIFY(store.recordOcrFailure(3, {u"tesseract 5.3.0"_s, u"eng"_s}, u"unreadable"_s));
        QCOMPARE(caseFile->documents().document(1)->textStatus, TextStatus::Partial);
        QVERIFY(store.saveOcr(3, ocrResult(u"three"_s)));
        QCOMPARE(caseFile->documents().document(1)->textStatus, TextStatus::Extracted);
        // A document whose status is "none" (no pages of text to have) is not touched.
        QVERIFY(caseFile->db().exec(u"UPDATE documents SET text_status = 'none'"_s));
        QVERIFY(store.saveOcr(3, ocrResult(u"again"_s)));
        QCOMPARE(caseFile->documents().document(1)->textStatus, TextStatus::None);
    }

    // A page that could not be read is recorded and left alone by the same engine and
    // languages; force, another engine or other languages try it again; a later success
    // clears the record and a failure keeps an earlier result.
    void recordsAFailedPage()
    {
        auto caseFile = CaseFile::open(seeded(Schema::currentVersion()));
        QVERIFY(caseFile);
        PageTextStore store = PageTextStore::of(*caseFile);
        const OcrEngineId tesseract{u"tesseract 5.3.0"_s, u"eng"_s};
        const auto numbers = [&](bool force, const OcrEngineId &engine) {
            QList<int> result;
            for (const PageRef &page :
                 store.pagesForOcr({}, force, engine).value_or(QList<PageRef>()))
                result.append(page.number);
            return result;
        };
        QVERIFY(store.recordOcrFailure(2, tesseract, u"Reading took too long"_s));
        QCOMPARE(numbers(false, tesseract), (QList<int>{3}));
        QCOMPARE(numbers(true, tesseract), (QList<int>{1, 2, 3}));
        QCOMPARE(numbers(false, OcrEngineId{u"tesseract 5.3.0"_s, u"eng+fra"_s}),
                 (QList<int>{2, 3}));
        QCOMPARE(numbers(false, OcrEngineId{u"tesseract 5.4.1"_s, u"eng"_s}), (QList<int>{2, 3}));

        auto failures = store.ocrFailures();
        QVERIFY(failures);
        QCOMPARE(failures->size(), 1);
        QCOMPARE(failures->at(0).page.number, 2);
        QCOMPARE(failures->at(0).page.documentId, 1);
        QCOMPARE(failures->at(0).documentTitle, u"scan.pdf"_s);
        QCOMPARE(failures->at(0).reason, u"Reading took too long"_s);
        QCOMPARE(failures->at(0).engine.languages, u"eng"_s);
        QVERIFY(!failures->at(0).failedAt.isEmpty());
        QCOMPARE(store.ocrFailures({7})->size(), 0);
        QCOMPARE(store.recordOcrFailure(99, tesseract, u"x"_s).error().code, Error::Code::NotFound);

        QVERIFY(store.saveOcr(2, ocrResult(u"read at last"_s)));
        QCOMPARE(store.ocrFailures()->size(), 0);
        // A forced re-reading that fails keeps the result the page has.
        QVERIFY(store.recordOcrFailure(2, tesseract, u"cancelled by the limit"_s));
        QCOMPARE((*store.ocr(2))->text, u"read at last"_s);
        QCOMPARE(store.ocrFailures()->size(), 1);
    }

    void listsThePagesToReview()
    {
        auto caseFile = CaseFile::open(seeded(Schema::currentVersion()));
        QVERIFY(caseFile);
        PageTextStore store = PageTextStore::of(*caseFile);
        PageOcr unsure = ocrResult(u"blurred"_s);
        unsure.confidence = 41;
        PageOcr blank = ocrResult(QString());
        blank.confidence = 0;
        blank.words.clear();
        QVERIFY(store.saveOcr(2, unsure));
        QVERIFY(store.saveOcr(3, blank));
        auto pages = store.pagesToReview(70);
        QVERIFY(pages);
        QCOMPARE(pages->size(), 2);
        QCOMPARE(pages->at(0).page.number, 3); // least sure first
        QCOMPARE(pages->at(0).words, 0);
        QCOMPARE(pages->at(1).page.number, 2);
        QCOMPARE(pages->at(1).confidence, 41.0);
        QCOMPARE(pages->at(1).words, 2);
        QCOMPARE(pages->at(1).documentTitle, u"scan.pdf"_s);
        QCOMPARE(store.pagesToReview(40)->size(), 1);
        QCOMPARE(store.pagesToReview(0)->size(), 0);
    }

    void searchAndQuotesReachTheRecognisedText()
    {
        auto caseFile = CaseFile::open(seeded(Schema::currentVersion()));
        QVERIFY(caseFile);
        QVERIFY(PageTextStore::of(*caseFile).saveOcr(
            3, ocrResult(u"I declare under penalty of perjury that the foregoing is true."_s)));

        SearchRequest request;
        request.query = u"perjury"_s;
        auto found = caseFile->search().run(request);
        QVERIFY(found);
        QCOMPARE(found->hits.size(), 1);
        QCOMPARE(found->hits.at(0).pageNumber, 3);
        QVERIFY(found->hits.at(0).markedSnippet.contains(u"perjury"_s));
        request.query = u"Declaration"_s; // the extracted text is still indexed
        QCOMPARE(caseFile->search().run(request)->hits.size(), 1);

        auto quote = QuoteVerifier::verify(*caseFile, 1, 1, 3, u"penalty of perjury that the"_s);
        QVERIFY(quote);
        QVERIFY2(quote->verified, qPrintable(quote->reason));
        QCOMPARE(quote->page, 3);
        auto extracted = QuoteVerifier::verify(*caseFile, 1, 1, 1, u"Declaration of Jane"_s);
        QVERIFY(extracted && extracted->verified);
        auto missing = QuoteVerifier::verify(*caseFile, 1, 1, 3, u"under oath in Paris"_s);
        QVERIFY(missing && !missing->verified);

        // Deleting the document keeps the index consistent with the pages.
        QVERIFY(caseFile->db().exec(u"DELETE FROM documents WHERE id = 1"_s));
        QCOMPARE(scalar(*caseFile, u"SELECT count(*) FROM page_ocr"_s), 0);
        QVERIFY(caseFile->db().exec(
            u"INSERT INTO pages_fts (pages_fts, rank) VALUES ('integrity-check', 1)"_s));
    }

    // A case written before OCR opens, upgrades, and its pages are still found.
    void upgradesAVersion3Case()
    {
        const QString path = seeded(3);
        QVERIFY(!path.isEmpty());
        auto opened = CaseFile::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
        QCOMPARE(opened->schemaVersion(), Schema::currentVersion());
        QVERIFY(Schema::currentVersion() >= 4);
        SearchRequest request;
        request.query = u"Roe"_s;
        QCOMPARE(opened->search().run(request)->hits.size(), 1);
        QCOMPARE(PageTextStore::of(*opened).pagesForOcr({}, false)->size(), 2);
        QVERIFY(PageTextStore::of(*opened).saveOcr(2, ocrResult(u"affidavit"_s)));
        request.query = u"affidavit"_s;
        QCOMPARE(opened->search().run(request)->hits.size(), 1);
        QVERIFY(opened->db().exec(
            u"INSERT INTO pages_fts (pages_fts, rank) VALUES ('integrity-check', 1)"_s));
    }

    // A version 8 case whose pages were all read says "needs_ocr" no more once upgraded, and
    // gets the failures table.
    void upgradesAVersion8Case()
    {
        const QString path = seeded(8);
        QVERIFY(!path.isEmpty());
        {
            auto db = Sql::Database::open(path, Sql::Database::OpenMode::ReadWrite);
            QVERIFY(db);
            QVERIFY(db->exec(u"UPDATE documents SET text_status = 'needs_ocr';"
                             u"UPDATE pages SET ocr_text = 'read' WHERE id IN (2, 3);"_s));
        }
        auto opened = CaseFile::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
        QCOMPARE(opened->schemaVersion(), Schema::currentVersion());
        QCOMPARE(opened->documents().document(1)->textStatus, TextStatus::Extracted);
        QCOMPARE(scalar(*opened, u"SELECT count(*) FROM page_ocr_failures"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestPageTextStore)
#include "tst_pagetextstore.moc"
