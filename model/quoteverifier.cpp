#include "quoteverifier.h"

#include "casefile.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"

#include <QList>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

QChar foldPunctuation(QChar c)
{
    switch (c.unicode()) {
    case 0x2018: // ‘ ’ ‚ ‛ ′
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x0060:
    case 0x00B4:
        return u'\'';
    case 0x201C: // “ ” „ ‟ ″
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
        return u'"';
    default:
        return c;
    }
}

bool isDash(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || (u >= 0x2010 && u <= 0x2015) || u == 0x2212 || u == 0x00AD;
}

// NFKC plus the quote mapping, before whitespace and hyphens are dropped.
QString normalizedCharacters(const QString &text)
{
    QString result = text.normalized(QString::NormalizationForm_KC);
    for (QChar &c : result)
        c = foldPunctuation(c);
    return result;
}

// Drops whitespace and hyphens: that joins words split at a line end ("evi-\ndence") and
// makes "non-party" and "non-\nparty" the same, at the price of also equating "non party".
QString squeeze(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace() && !isDash(c))
            result.append(c);
    }
    return result.toCaseFolded();
}

// Pleading paper numbers its lines 1–28 down the left margin, and Poppler's page text puts
// each number at the start of a line of its own or before the body line beside it. They are
// layout, not words of the filing: a quote runs straight past them. Only a run of numbers
// that counts up from 1 or 2 is taken for such a margin, so a lone number stays text.
QString withoutMarginNumbers(const QString &page)
{
    static const QRegularExpression numbered(u"^[ \\t]*(\\d{1,2})(?=[ \\t]*$|[ \\t]{2,})"_s,
                                             QRegularExpression::MultilineOption);
    QList<std::pair<qsizetype, qsizetype>> margin; // start, length
    int last = 0;
    for (auto it = numbered.globalMatch(page); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int value = match.captured(1).toInt();
        if (last == 0 ? value <= 2 : value > last && value <= last + 3) {
            margin.append({match.capturedStart(1), match.capturedLength(1)});
            last = value;
        }
    }
    if (margin.size() < 5)
        return page;
    QString result = page;
    for (auto it = margin.crbegin(); it != margin.crend(); ++it)
        result.remove(it->first, it->second);
    return result;
}

} // namespace

QString QuoteVerifier::canonical(const QString &text)
{
    return squeeze(normalizedCharacters(text));
}

QuoteVerifier::Outcome QuoteVerifier::verify(const QString &quote,
                                             const QStringList &pages,
                                             int firstPage)
{
    static const QRegularExpression ellipsis(u"\\[?\\s*(?:\\.\\s*){3,}\\]?"_s);
    QStringList parts;
    const QStringList pieces = normalizedCharacters(quote).split(ellipsis);
    for (const QString &piece : pieces) {
        const QString part = squeeze(piece);
        if (!part.isEmpty())
            parts.append(part);
    }
    if (parts.isEmpty())
        return {false, 0, u"The quote has no words to look for."_s};
    if (pages.isEmpty())
        return {false, 0, u"The cited pages have no stored text."_s};

    QString text;
    QList<qsizetype> pageStarts;
    for (const QString &page : pages) {
        pageStarts.append(text.size());
        text += canonical(withoutMarginNumbers(page));
    }
    if (text.isEmpty())
        return {false, 0, u"The cited pages have no stored text (they may need OCR)."_s};

    qsizetype from = 0;
    qsizetype start = -1;
    for (const QString &part : std::as_const(parts)) {
        const qsizetype found = text.indexOf(part, from);
        if (found < 0) {
            const QString where
                = pages.size() == 1
                      ? u"page %1"_s.arg(firstPage)
                      : u"pages %1–%2"_s.arg(firstPage).arg(firstPage + pages.size() - 1);
            return {false,
                    0,
                    parts.size() == 1
                        ? u"The quote is not on %1."_s.arg(where)
                        : u"Part of the quote is not on %1 (or not in that order)."_s.arg(where)};
        }
        if (start < 0)
            start = found;
        from = found + part.size();
    }
    int page = firstPage;
    for (qsizetype i = 0; i < pageStarts.size(); ++i) {
        if (pageStarts.at(i) <= start)
            page = firstPage + int(i);
    }
    return {true, page, {}};
}

Result<QuoteVerifier::Outcome> QuoteVerifier::verify(
    Sql::Database &db, qint64 documentId, int pageFrom, int pageTo, const QString &quote)
{
    auto statement = db.prepare(u"SELECT number, text, ocr_text FROM pages WHERE document_id = ?1"
                                u" AND number BETWEEN ?2 AND ?3 ORDER BY number"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, documentId).bind(2, pageFrom).bind(3, pageTo);
    QStringList texts;
    QStringList recognised; // OCR text where a page has it, else its extracted text
    bool anyRecognised = false;
    int first = pageFrom;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        if (texts.isEmpty())
            first = int(statement->integer(0));
        texts.append(statement->text(1));
        const bool hasOcr = !statement->isNull(2);
        anyRecognised = anyRecognised || hasOcr;
        recognised.append(hasOcr ? statement->text(2) : texts.constLast());
    }
    // The text layer first; then what OCR read, so a quote taken from a scan verifies too.
    const Outcome extracted = verify(quote, texts, first);
    if (extracted.verified || !anyRecognised)
        return extracted;
    const Outcome ocr = verify(quote, recognised, first);
    return ocr.verified ? ocr : extracted;
}

Result<QuoteVerifier::Outcome> QuoteVerifier::verify(
    CaseFile &caseFile, qint64 documentId, int pageFrom, int pageTo, const QString &quote)
{
    return verify(caseFile.db(), documentId, pageFrom, pageTo, quote);
}

} // namespace Casebinder
