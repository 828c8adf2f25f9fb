#pragma once

#include "result.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

namespace Casebinder {

class CaseFile;

namespace Sql {
class Database;
}

// One word OCR read on a page, with its box in page points (1/72 in, origin top left, the
// page as it is displayed: upright, before any rotation OCR needed to read it).
struct OcrWord
{
    QString text;
    QRectF box;
    float confidence = 0; // 0–100
};

// What OCR recognised on one page.
struct PageOcr
{
    QString text;
    double confidence = 0; // mean word confidence, 0–100
    QList<OcrWord> words;
    QString engine;       // e.g. "tesseract 5.3.0"
    QString languages;    // e.g. "eng+fra"
    int rotation = 0;     // degrees clockwise the page image was turned to read it: 0/90/180/270
    double dpi = 0;       // the resolution it was read at
    QString recognisedAt; // set by the store (UTC, ISO 8601)
};

// A page an enricher may work on.
struct PageRef
{
    qint64 pageId = 0;
    qint64 documentId = 0;
    int number = 0;
};

// Who read (or tried to read) a page: a failure recorded under one engine and set of
// languages is not tried again under the same ones unless forced.
struct OcrEngineId
{
    QString engine;    // e.g. "tesseract 5.3.0"
    QString languages; // e.g. "eng+fra"
};

// A page OCR could not read, and why.
struct OcrFailureRecord
{
    PageRef page;
    QString documentTitle;
    OcrEngineId engine;
    QString reason;
    QString failedAt; // UTC, ISO 8601
};

// A page whose OCR result is less sure than a reviewer should trust unread.
struct OcrReviewPage
{
    PageRef page;
    QString documentTitle;
    double confidence = 0; // mean word confidence, 0–100
    int words = 0;
};

// The text of pages that did not come from the import: OCR now. The extracted text a page was
// imported with is never changed; recognised text is stored beside it, indexed for search
// with it, and read by the quote verifier.
class PageTextStore final
{
public:
    explicit PageTextStore(Sql::Database &db)
        : m_db(db)
    {}
    // The store of a case's connection (a factory here rather than a CaseFile member, so the
    // header every file includes stays as it was).
    static PageTextStore of(CaseFile &caseFile);

    // The pages of `documentIds` (every document when empty) that want OCR, in document and
    // page order: pages without a text layer and without an OCR result yet, leaving out those
    // that already failed under `engine` (same engine and languages); or with `force` every
    // page of those documents.
    Result<QList<PageRef>> pagesForOcr(const QList<qint64> &documentIds,
                                       bool force,
                                       const OcrEngineId &engine = {});
    // Stores the page's OCR as one transaction, replacing an earlier result and clearing a
    // recorded failure: the page has all of it or, if this fails, what it had before. The
    // document's text_status follows: "extracted" once every page has text from its layer or
    // from OCR, "partial" while some have.
    Status saveOcr(qint64 pageId, const PageOcr &ocr);
    // Records that `engine` could not read the page, and why (one statement). An OCR result
    // the page already has is kept.
    Status recordOcrFailure(qint64 pageId, const OcrEngineId &engine, const QString &reason);
    // The recorded failures of `documentIds` (every document when empty), in document and
    // page order.
    Result<QList<OcrFailureRecord>> ocrFailures(const QList<qint64> &documentIds = {});
    // The pages whose OCR confidence is below `threshold` (0–100), least sure first.
    Result<QList<OcrReviewPage>> pagesToReview(double threshold);
    // The page's OCR result, if it has one.
    Result<std::optional<PageOcr>> ocr(qint64 pageId);
    Result<std::optional<PageOcr>> ocr(qint64 documentId, int pageNumber);
    // How many pages have an OCR result.
    Result<qint64> recognisedPages();

private:
    Sql::Database &m_db;
};

} // namespace Casebinder
