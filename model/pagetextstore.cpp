#include "pagetextstore.h"

#include "casefile.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

double rounded(double value)
{
    return std::round(value * 100) / 100;
}

// [[text, x, y, width, height, confidence], …]: compact, and still JSON like every other
// structured column of the case.
QString wordsToJson(const QList<OcrWord> &words)
{
    QJsonArray array;
    for (const OcrWord &word : words) {
        array.append(QJsonArray{word.text,
                                rounded(word.box.x()),
                                rounded(word.box.y()),
                                rounded(word.box.width()),
                                rounded(word.box.height()),
                                rounded(word.confidence)});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<OcrWord> wordsFromJson(const QString &json)
{
    QList<OcrWord> words;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    words.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonArray word = value.toArray();
        if (word.size() < 6)
            continue;
        words.append({word.at(0).toString(),
                      QRectF(word.at(1).toDouble(),
                             word.at(2).toDouble(),
                             word.at(3).toDouble(),
                             word.at(4).toDouble()),
                      float(word.at(5).toDouble())});
    }
    return words;
}

Result<std::optional<PageOcr>> readOcr(Sql::Statement &statement)
{
    auto row = statement.step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<PageOcr>();
    PageOcr ocr;
    ocr.text = statement.text(0);
    ocr.confidence = statement.real(1);
    ocr.words = wordsFromJson(statement.text(2));
    ocr.engine = statement.text(3);
    ocr.languages = statement.text(4);
    ocr.rotation = int(statement.integer(5));
    ocr.dpi = statement.real(6);
    ocr.recognisedAt = statement.text(7);
    return std::optional<PageOcr>(std::move(ocr));
}

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

constexpr auto OcrColumns = u"SELECT p.ocr_text, o.confidence, o.words_json, o.engine, o.languages,"
                            u" o.rotation, o.dpi, o.recognised_at"
                            u" FROM page_ocr o JOIN pages p ON p.id = o.page_id ";

} // namespace

PageTextStore PageTextStore::of(CaseFile &caseFile)
{
    return PageTextStore(caseFile.db());
}

Result<QList<PageRef>> PageTextStore::pagesForOcr(const QList<qint64> &documentIds,
                                                  bool force,
                                                  const OcrEngineId &engine)
{
    // json_each keeps it one statement for any number of documents.
    auto statement = m_db.prepare(
        u"SELECT p.id, p.document_id, p.number FROM pages p"
        u" WHERE (?1 = 0 OR p.document_id IN (SELECT value FROM json_each(?2)))"
        u"   AND (?3 = 1 OR (p.needs_ocr = 1"
        u"                   AND NOT EXISTS (SELECT 1 FROM page_ocr o WHERE o.page_id = p.id)"
        u"                   AND NOT EXISTS (SELECT 1 FROM page_ocr_failures f"
        u"                                   WHERE f.page_id = p.id AND f.engine = ?4"
        u"                                     AND f.languages = ?5)))"
        u" ORDER BY p.document_id, p.number"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, int(documentIds.size()))
        .bind(2, idsJson(documentIds))
        .bind(3, force)
        .bind(4, engine.engine)
        .bind(5, engine.languages);
    QList<PageRef> pages;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        pages.append({statement->integer(0), statement->integer(1), int(statement->integer(2))});
    }
    return pages;
}

Status PageTextStore::saveOcr(qint64 pageId, const PageOcr &ocr)
{
    if (ocr.dpi <= 0 || ocr.confidence < 0 || ocr.confidence > 100
        || !QList<int>{0, 90, 180, 270}.contains(ocr.rotation))
        return fail(Error::Code::InvalidArgument,
                    u"An OCR result needs a resolution, a confidence of 0–100 and a rotation of "
                    u"0, 90, 180 or 270 degrees."_s);
    auto transaction = Sql::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto text = m_db.cached("UPDATE pages SET ocr_text = ? WHERE id = ?");
    if (!text)
        return fail(text.error());
    (*text)->bind(1, ocr.text).bind(2, pageId);
    if (auto done = (*text)->exec(); !done)
        return done;
    if (m_db.changes() != 1)
        return fail(Error::Code::NotFound, u"Page %1 is not in the case."_s.arg(pageId));
    auto details = m_db.cached(
        "INSERT OR REPLACE INTO page_ocr (page_id, confidence, words_json, engine, languages, "
        "rotation, dpi, recognised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!details)
        return fail(details.error());
    (*details)
        ->bind(1, pageId)
        .bind(2, ocr.confidence)
        .bind(3, wordsToJson(ocr.words))
        .bind(4, ocr.engine)
        .bind(5, ocr.languages)
        .bind(6, ocr.rotation)
        .bind(7, ocr.dpi)
        .bind(8, TimeUtil::nowUtcIso());
    if (auto done = (*details)->exec(); !done)
        return done;
    auto cleared = m_db.cached("DELETE FROM page_ocr_failures WHERE page_id = ?");
    if (!cleared)
        return fail(cleared.error());
    (*cleared)->bind(1, pageId);
    if (auto done = (*cleared)->exec(); !done)
        return done;
    // The document's text status: none of its pages without text from either source is
    // "extracted", some is "partial". A document that had text on no page stays as it was
    // until its first page is read, which is this one.
    auto status = m_db.cached(
        "UPDATE documents SET text_status = CASE"
        "   WHEN NOT EXISTS (SELECT 1 FROM pages p WHERE p.document_id = documents.id"
        "                    AND p.needs_ocr = 1 AND p.ocr_text IS NULL) THEN 'extracted'"
        "   ELSE 'partial' END"
        " WHERE id = (SELECT document_id FROM pages WHERE id = ?)"
        "   AND text_status IN ('needs_ocr', 'partial')");
    if (!status)
        return fail(status.error());
    (*status)->bind(1, pageId);
    if (auto done = (*status)->exec(); !done)
        return done;
    return transaction->commit();
}

Status PageTextStore::recordOcrFailure(qint64 pageId,
                                       const OcrEngineId &engine,
                                       const QString &reason)
{
    auto statement = m_db.cached(
        "INSERT OR REPLACE INTO page_ocr_failures (page_id, engine, languages, reason, failed_at)"
        " SELECT id, ?, ?, ?, ? FROM pages WHERE id = ?");
    if (!statement)
        return fail(statement.error());
    (*statement)
        ->bind(1, engine.engine)
        .bind(2, engine.languages)
        .bind(3, reason)
        .bind(4, TimeUtil::nowUtcIso())
        .bind(5, pageId);
    if (auto done = (*statement)->exec(); !done)
        return done;
    if (m_db.changes() != 1)
        return fail(Error::Code::NotFound, u"Page %1 is not in the case."_s.arg(pageId));
    return {};
}

Result<QList<OcrFailureRecord>> PageTextStore::ocrFailures(const QList<qint64> &documentIds)
{
    auto statement = m_db.prepare(
        u"SELECT p.id, p.document_id, p.number, coalesce(nullif(d.title, ''), d.source_name),"
        u" f.engine, f.languages, f.reason, f.failed_at"
        u" FROM page_ocr_failures f JOIN pages p ON p.id = f.page_id"
        u" JOIN documents d ON d.id = p.document_id"
        u" WHERE (?1 = 0 OR p.document_id IN (SELECT value FROM json_each(?2)))"
        u" ORDER BY p.document_id, p.number"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, int(documentIds.size())).bind(2, idsJson(documentIds));
    QList<OcrFailureRecord> failures;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        failures.append({{statement->integer(0), statement->integer(1), int(statement->integer(2))},
                         statement->text(3),
                         {statement->text(4), statement->text(5)},
                         statement->text(6),
                         statement->text(7)});
    }
    return failures;
}

Result<QList<OcrReviewPage>> PageTextStore::pagesToReview(double threshold)
{
    auto statement = m_db.prepare(
        u"SELECT p.id, p.document_id, p.number, coalesce(nullif(d.title, ''), d.source_name),"
        u" o.confidence, json_array_length(o.words_json)"
        u" FROM page_ocr o JOIN pages p ON p.id = o.page_id"
        u" JOIN documents d ON d.id = p.document_id"
        u" WHERE o.confidence < ?1"
        u" ORDER BY o.confidence, p.document_id, p.number"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, threshold);
    QList<OcrReviewPage> pages;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        pages.append({{statement->integer(0), statement->integer(1), int(statement->integer(2))},
                      statement->text(3),
                      statement->real(4),
                      int(statement->integer(5))});
    }
    return pages;
}

Result<std::optional<PageOcr>> PageTextStore::ocr(qint64 pageId)
{
    auto statement = m_db.prepare(QString::fromUtf16(OcrColumns) + u"WHERE o.page_id = ?"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, pageId);
    return readOcr(*statement);
}

Result<std::optional<PageOcr>> PageTextStore::ocr(qint64 documentId, int pageNumber)
{
    auto statement = m_db.prepare(QString::fromUtf16(OcrColumns)
                                  + u"WHERE p.document_id = ? AND p.number = ?"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, documentId).bind(2, pageNumber);
    return readOcr(*statement);
}

Result<qint64> PageTextStore::recognisedPages()
{
    auto statement = m_db.prepare(u"SELECT count(*) FROM page_ocr"_s);
    if (!statement)
        return fail(statement.error());
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    return statement->integer(0);
}

} // namespace Casebinder
