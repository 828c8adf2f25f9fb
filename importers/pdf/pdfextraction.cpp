#include "pdf/pdfextraction.h"

#include "pacerstamp.h"

#include <poppler-qt6.h>

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Casebinder::Pdf {
namespace {

void silencePoppler()
{
    // Poppler reports every syntax problem of a damaged file on stderr; the import report
    // already says what is wrong with the file.
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    });
}

// Where the last `startxref` says the cross-reference data starts; -1 when there is none.
qsizetype startXref(QByteArrayView bytes)
{
    const qsizetype at = bytes.lastIndexOf("startxref");
    if (at < 0)
        return -1;
    qsizetype i = at + 9;
    while (i < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[i])))
        ++i;
    qsizetype offset = 0;
    const qsizetype digits = i;
    while (i < bytes.size() && std::isdigit(static_cast<unsigned char>(bytes[i]))
           && i - digits < 15)
        offset = offset * 10 + (bytes[i++] - '0');
    return i == digits ? -1 : offset;
}

// True when an xref table or an xref stream object starts at `offset` (after white space), where
// Poppler looks for it; anywhere else Poppler rebuilds the table by scanning the file.
bool xrefOffsetIsSound(QByteArrayView bytes, qsizetype offset)
{
    if (offset < 0 || offset >= bytes.size())
        return false;
    qsizetype i = offset;
    while (i < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[i])))
        ++i;
    const QByteArrayView at = bytes.sliced(i, std::min<qsizetype>(bytes.size() - i, 64));
    if (at.startsWith("xref"))
        return true;
    static const QRegularExpression object(u"^\\d+\\s+\\d+\\s+obj\\b"_s);
    return object.match(QString::fromLatin1(at)).hasMatch();
}

// What is wrong with the file's structure, in the words of the "repaired" note: the end-of-file
// marker and the startxref pointer are where a cut-short download or a bad writer shows.
QStringList structuralDamage(QByteArrayView bytes)
{
    QStringList damage;
    // Some writers pad the file with NULs after %%EOF; look past the padding.
    qsizetype end = bytes.size();
    while (end > 0
           && (bytes[end - 1] == '\0' || std::isspace(static_cast<unsigned char>(bytes[end - 1]))))
        --end;
    const QByteArrayView tail = bytes.first(end).last(std::min<qsizetype>(end, 4096));
    if (tail.indexOf("%%EOF") < 0)
        damage.append(u"missing %%EOF"_s);
    const qsizetype xref = startXref(bytes);
    if (xref < 0)
        damage.append(u"no startxref"_s);
    else if (!xrefOffsetIsSound(bytes, xref))
        damage.append(u"startxref points to byte %1, where there is no table"_s.arg(xref));
    return damage;
}

bool xrefNeedsRebuilding(QByteArrayView bytes)
{
    return !xrefOffsetIsSound(bytes, startXref(bytes));
}

QString looksLike(QByteArrayView head)
{
    const QByteArrayView start = head.first(std::min<qsizetype>(head.size(), 512));
    const bool binary = start.contains('\0');
    return binary ? u"binary data of another kind"_s : u"plain text"_s;
}

} // namespace

bool hasPdfHeader(QByteArrayView bytes)
{
    // The spec allows junk before the header; readers look in the first kilobyte.
    return bytes.first(std::min<qsizetype>(bytes.size(), 1024)).indexOf("%PDF-") >= 0;
}

Result<ExtractedPdf> extract(const QByteArray &bytes,
                             const QString &fileName,
                             const QString &password,
                             const std::atomic_bool *cancel,
                             const Limits &limits)
{
    if (bytes.isEmpty())
        return fail(Error::Code::Corrupt, u"%1 is empty (0 bytes)"_s.arg(fileName));
    if (!hasPdfHeader(bytes))
        return fail(Error::Code::Unsupported,
                    u"%1 is not a PDF: it has no %PDF- header and looks like %2"_s.arg(
                        fileName, looksLike(bytes)));
    // Poppler rebuilds a missing or broken cross-reference table by scanning the file, as
    // pdftotext and browsers do; the file is judged by the pages that yields.
    const QStringList damage = structuralDamage(bytes);
    const bool rebuildsXref = xrefNeedsRebuilding(bytes);
    const auto damaged = [&](const QString &reason) {
        if (damage.isEmpty())
            return reason;
        QStringList why = damage;
        if (rebuildsXref)
            why.append(u"the cross-reference table could not be rebuilt"_s);
        return u"%1 (%2)"_s.arg(reason, why.join(u"; "_s));
    };

    silencePoppler();
    const QByteArray secret = password.toUtf8();
    std::unique_ptr<Poppler::Document> document
        = Poppler::Document::loadFromData(bytes, secret, secret);
    if (!document)
        return fail(Error::Code::Corrupt,
                    damaged(u"%1 is damaged beyond repair: Poppler cannot open it as a PDF"_s.arg(
                        fileName)));
    if (document->isLocked()) {
        if (password.isEmpty())
            return fail(Error::Code::PasswordRequired,
                        u"%1 is encrypted: a password is required to open it"_s.arg(fileName));
        return fail(Error::Code::PasswordRequired,
                    u"%1 is encrypted and the password given does not open it"_s.arg(fileName));
    }
    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return fail(Error::Code::Corrupt,
                    damaged(u"%1 has no readable pages (its page tree is empty or invalid)"_s.arg(
                        fileName)));
    if (pageCount > limits.maxPages)
        return fail(Error::Code::Unsupported,
                    u"%1 claims %2 pages, more than the %3 a document may have"_s.arg(fileName)
                        .arg(pageCount)
                        .arg(limits.maxPages));

    ExtractedPdf result;
    const QDeadlineTimer deadline(std::chrono::seconds(limits.maxSeconds));
    qint64 chars = 0;
    int withText = 0;
    int missing = 0;
    result.pages.reserve(pageCount);
    for (int i = 0; i < pageCount; ++i) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return fail(Error::Code::Cancelled, u"The import was cancelled"_s);
        if (deadline.hasExpired())
            return fail(
                Error::Code::Unsupported,
                u"%1 took longer than %2 s to read (stopped at page %3 of %4)"_s.arg(fileName)
                    .arg(limits.maxSeconds)
                    .arg(i + 1)
                    .arg(pageCount));
        PageRecord page;
        page.number = i + 1;
        if (const std::unique_ptr<Poppler::Page> p = document->page(i))
            page.text = p->text(QRectF());
        else
            ++missing;
        chars += page.text.size();
        if (chars > limits.maxTextChars)
            return fail(
                Error::Code::Unsupported,
                u"%1 holds more than %2 MB of text"_s.arg(fileName).arg(limits.maxTextChars >> 20));
        page.needsOcr = page.text.trimmed().isEmpty();
        withText += page.needsOcr ? 0 : 1;
        result.pages.append(std::move(page));
    }
    if (missing == pageCount)
        return fail(Error::Code::Corrupt,
                    damaged(u"%1 is damaged: none of its %2 pages can be read"_s.arg(fileName).arg(
                        pageCount)));

    result.textStatus = withText == pageCount ? TextStatus::Extracted
                        : withText == 0       ? TextStatus::NeedsOcr
                                              : TextStatus::Partial;
    const auto put = [&](const QString &key, const QString &value) {
        if (!value.trimmed().isEmpty())
            result.metadata.insert(key, value.trimmed());
    };
    result.title = document->info(u"Title"_s).trimmed();
    put(u"title"_s, result.title);
    put(u"author"_s, document->info(u"Author"_s));
    put(u"subject"_s, document->info(u"Subject"_s));
    put(u"creator"_s, document->info(u"Creator"_s));
    put(u"producer"_s, document->info(u"Producer"_s));
    // File metadata only: a scan's creation date is the day it was scanned, not the
    // document's date (decision 0007).
    if (const QDateTime created = document->creationDate(); created.isValid())
        result.metadata.insert(u"creation_date"_s, created.toUTC().toString(Qt::ISODate));
    if (const QDateTime modified = document->modificationDate(); modified.isValid())
        result.metadata.insert(u"modification_date"_s, modified.toUTC().toString(Qt::ISODate));
    if (document->isEncrypted())
        result.metadata.insert(u"encrypted"_s, true);
    if (missing > 0)
        result.metadata.insert(u"unreadable_pages"_s, missing);
    if (!damage.isEmpty()) {
        QStringList repairs = damage;
        if (rebuildsXref)
            repairs.append(u"cross-reference table rebuilt"_s);
        result.repaired = repairs.join(u"; "_s);
        result.metadata.insert(u"repaired"_s, result.repaired);
    }
    return result;
}

bool isJunkTitle(const QString &title, const QString &fileName)
{
    const QString t = title.simplified();
    if (t.size() < 3 || !std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isLetter(); }))
        return true;
    static const QRegularExpression junk(
        u"^(?:untitled(?:\\s*document)?|document\\s*\\d*|doc\\d+|title|none|null|"
        u"microsoft (?:word|powerpoint|excel) - .*|.*\\.(?:docx?|wpd|rtf|pdf|odt|pages|txt|"
        u"html?|tiff?|jpe?g|png)|[a-z]:\\\\.*|slide \\d+|pdf|scan\\w*|img[_ -]?\\d+)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (junk.match(t).hasMatch())
        return true;
    const QString base
        = fileName.section(u'.', 0, -2).isEmpty() ? fileName : fileName.section(u'.', 0, -2);
    return t.compare(fileName, Qt::CaseInsensitive) == 0
           || t.compare(base, Qt::CaseInsensitive) == 0;
}

QString pacerDocketTitle(const QString &text)
{
    // The same reading of the stamp as the docket linker's (model/pacerstamp).
    const auto stamp = readPacerStamp(text);
    if (!stamp || stamp->documentNumber.isEmpty())
        return {};
    return stamp->attachmentNumber > 0
               ? u"Dkt. %1-%2"_s.arg(stamp->documentNumber).arg(stamp->attachmentNumber)
               : u"Dkt. "_s + stamp->documentNumber;
}

QString headingOf(const QString &text)
{
    static const QRegularExpression filing(
        u"^(?:\\[PROPOSED\\]\\s*)?(?:(?:AMENDED|FIRST|SECOND|THIRD|VERIFIED|JOINT|"
        u"EMERGENCY|PLAINTIFF'?S'?|DEFENDANTS?'?S?'?|PLAINTIFF’S|DEFENDANT’S)\\s+)*"
        u"(?:ORDER|MOTION|COMPLAINT|MEMORANDUM|DECLARATION|AFFIDAVIT|NOTICE|BRIEF|REPLY|"
        u"RESPONSE|OPPOSITION|STIPULATION|STIPULATED|JUDGMENT|ANSWER|PETITION|OPINION|"
        u"TRANSCRIPT|EXHIBIT|APPLICATION|REPORT|SUBPOENA|AGREEMENT|CONTRACT|LETTER|"
        u"CERTIFICATE|SUMMONS|MINUTE|VERDICT)\\b"_s);
    static const QRegularExpression caption(
        u"\\b(?:COURT|DISTRICT OF|CIRCUIT|DIVISION|AT [A-Z]+$|CASE NO|PLAINTIFFS?,?$|"
        u"DEFENDANTS?\\.?$|PETITIONERS?|RESPONDENTS?|APPELL(?:ANT|EE)S?|V\\.$|VS\\.?$|"
        u"HONORABLE|JUDGE|LLP|LLC,?$|INC\\.,?$|ESQ|ATTORNEYS?|COUNSEL)\\b"_s);
    const QStringList lines = text.left(6000).split(u'\n');
    QString firstCaps;
    int looked = 0;
    for (const QString &raw : lines) {
        QString line = raw.simplified();
        if (line.isEmpty())
            continue;
        if (++looked > 60)
            break;
        if (!pacerDocketTitle(line).isEmpty())
            continue;
        const qsizetype letters
            = std::count_if(line.cbegin(), line.cend(), [](QChar c) { return c.isLetter(); });
        const bool lower
            = std::any_of(line.cbegin(), line.cend(), [](QChar c) { return c.isLower(); });
        if (letters < 4 || lower || line.size() > 160 || !line.contains(u' '))
            continue;
        if (filing.match(line).hasMatch())
            return line;
        if (firstCaps.isEmpty() && !caption.match(line).hasMatch())
            firstCaps = line;
    }
    return firstCaps;
}

QString defaultTitle(const ExtractedPdf &pdf, const QString &fileName, const QString &fallback)
{
    if (!isJunkTitle(pdf.title, fileName))
        return pdf.title.simplified();
    const QString first = pdf.pages.isEmpty() ? QString() : pdf.pages.constFirst().text;
    if (QString docket = pacerDocketTitle(first); !docket.isEmpty())
        return docket;
    if (QString heading = headingOf(first); !heading.isEmpty())
        return heading;
    return fallback;
}

} // namespace Casebinder::Pdf
