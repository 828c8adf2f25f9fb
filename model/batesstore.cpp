#include "batesstore.h"

#include "casefile.h"

#include "rowloop.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

// The context lupdate files these strings under (a free function's tr() has none).
struct BatesStoreText
{
    Q_DECLARE_TR_FUNCTIONS(Casebinder::BatesStore)
};

constexpr int MaxDigits = 15;

qint64 powerOfTen(int digits)
{
    qint64 value = 1;
    for (int i = 0; i < digits; ++i)
        value *= 10;
    return value;
}

// The number in `text` when it is `prefix` (case-insensitively) followed by digits only.
std::optional<qint64> numberAfter(const QString &prefix, const QString &text)
{
    if (text.size() <= prefix.size() || !text.startsWith(prefix, Qt::CaseInsensitive))
        return std::nullopt;
    const QStringView digits = QStringView(text).mid(prefix.size());
    if (digits.size() > 18
        || !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

// Numbers already used with the prefix, by whom.
struct UsedRange
{
    qint64 first = 0;
    qint64 last = 0;
    qint64 documentId = 0;
    QString title;
    QString text; // as stored: "PARLER000001–PARLER000004"
};

QString describe(qint64 documentId, const QString &title)
{
    return title.isEmpty()
               ? BatesStoreText::tr("document %1").arg(documentId)
               : BatesStoreText::tr("document %1 (\u201C%2\u201D)").arg(documentId).arg(title);
}

QString rangeText(const QString &begin, const QString &end)
{
    return end.isEmpty() || end == begin ? begin : begin + u"\u2013"_s + end;
}

} // namespace

QString BatesScheme::format(qint64 number) const
{
    return prefix + u"%1"_s.arg(number, digits, 10, QLatin1Char('0'));
}

Status BatesScheme::check() const
{
    if (prefix.isEmpty())
        return fail(Error::Code::InvalidArgument,
                    BatesStoreText::tr("A Bates prefix is needed (e.g. PARLER)."));
    for (const QChar c : prefix) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_' && c != u'.')
            return fail(
                Error::Code::InvalidArgument,
                BatesStoreText::tr("The Bates prefix \u201C%1\u201D may hold only letters, digits, "
                                   "\u2018-\u2019, \u2018_\u2019 and \u2018.\u2019.")
                    .arg(prefix));
    }
    if (prefix.back().isDigit())
        return fail(Error::Code::InvalidArgument,
                    BatesStoreText::tr(
                        "The Bates prefix \u201C%1\u201D ends in a digit, so its numbers could "
                        "not be read back; end it with a letter or a separator (e.g. %1-).")
                        .arg(prefix));
    if (digits < 1 || digits > MaxDigits)
        return fail(Error::Code::InvalidArgument,
                    BatesStoreText::tr("Bates numbers have 1 to %1 digits, not %2.")
                        .arg(MaxDigits)
                        .arg(digits));
    if (start < 0 || start >= powerOfTen(digits))
        return fail(Error::Code::InvalidArgument,
                    BatesStoreText::tr("The start number %1 does not fit in %2 digit(s).")
                        .arg(start)
                        .arg(digits));
    return {};
}

BatesStore::BatesStore(CaseFile &caseFile)
    : m_db(caseFile.db())
{}

Result<BatesPlan> BatesStore::plan(const BatesScheme &scheme, const QList<qint64> &documentIds)
{
    if (auto valid = scheme.check(); !valid)
        return fail(valid.error());
    BatesPlan plan;
    plan.scheme = scheme;

    // The documents to number.
    if (documentIds.isEmpty()) {
        auto unnumbered = m_db.prepare(
            u"SELECT d.id, d.title FROM documents d"
            " WHERE d.bates_begin IS NULL AND d.bates_end IS NULL"
            "   AND NOT EXISTS (SELECT 1 FROM pages p WHERE p.document_id = d.id"
            "                   AND p.bates IS NOT NULL)"
            "   AND NOT (d.media_type = 'application/zip'"
            "            AND EXISTS (SELECT 1 FROM documents c WHERE c.parent_id = d.id))"
            " ORDER BY d.id"_s);
        if (!unnumbered)
            return fail(unnumbered.error());
        auto done = Sql::forEachRow(*unnumbered, [&](const Sql::Statement &row) {
            plan.documents.append({row.integer(0), row.text(1)});
        });
        if (!done)
            return fail(done.error());
        if (plan.documents.isEmpty())
            return fail(Error::Code::NotFound,
                        BatesStoreText::tr(
                            "There is no document to number: every document in the case already "
                            "has Bates numbers."));
    } else {
        auto read = m_db.prepare(u"SELECT title, bates_begin, bates_end,"
                                 " (SELECT min(bates) FROM pages WHERE document_id = documents.id)"
                                 " FROM documents WHERE id = ?"_s);
        if (!read)
            return fail(read.error());
        QSet<qint64> seen;
        for (const qint64 id : documentIds) {
            if (seen.contains(id))
                return fail(Error::Code::InvalidArgument,
                            BatesStoreText::tr(
                                "Document %1 is named twice; each document is numbered once.")
                                .arg(id));
            seen.insert(id);
            read->reset();
            read->bind(1, id);
            auto row = read->step();
            if (!row)
                return fail(row.error());
            if (!*row)
                return fail(
                    Error::Code::NotFound,
                    BatesStoreText::tr("Cannot number document %1: there is no such document.")
                        .arg(id));
            const QString title = read->text(0);
            if (!read->isNull(1) || !read->isNull(2) || !read->isNull(3)) {
                const QString begin = read->isNull(1) ? read->text(3) : read->text(1);
                return fail(Error::Code::Duplicate,
                            BatesStoreText::tr("Cannot number %1: it already has the Bates number "
                                               "%2, and a document keeps "
                                               "the numbers it was given; leave it out.")
                                .arg(describe(id, title), rangeText(begin, read->text(2))));
            }
            plan.documents.append({id, title});
        }
    }

    // Their pages.
    auto pages = m_db.prepare(u"SELECT id FROM pages WHERE document_id = ? ORDER BY number"_s);
    if (!pages)
        return fail(pages.error());
    qint64 next = scheme.start;
    for (BatesAssignment &document : plan.documents) {
        pages->reset();
        pages->bind(1, document.documentId);
        auto done = Sql::forEachRow(
            *pages, [&](const Sql::Statement &row) { document.pageIds.append(row.integer(0)); });
        if (!done)
            return fail(done.error());
        document.first = next;
        next += std::max<qsizetype>(1, document.pageIds.size());
        document.last = next - 1;
    }
    plan.first = scheme.start;
    plan.last = next - 1;
    if (plan.last >= powerOfTen(scheme.digits))
        return fail(Error::Code::InvalidArgument,
                    BatesStoreText::tr("%1 pages from %2 run past %3 digits; use more digits.")
                        .arg(plan.pages())
                        .arg(scheme.format(scheme.start))
                        .arg(scheme.digits));
    for (BatesAssignment &document : plan.documents) {
        document.begin = scheme.format(document.first);
        document.end = scheme.format(document.last);
    }

    // The numbers already used with this prefix, on documents (their ranges) and pages.
    QList<UsedRange> used;
    auto ranges = m_db.prepare(u"SELECT id, title, bates_begin, bates_end FROM documents"
                               " WHERE upper(substr(bates_begin, 1, length(?1))) = upper(?1)"
                               "    OR upper(substr(bates_end, 1, length(?1))) = upper(?1)"_s);
    if (!ranges)
        return fail(ranges.error());
    ranges->bind(1, scheme.prefix);
    auto readRanges = Sql::forEachRow(*ranges, [&](const Sql::Statement &row) {
        const QString begin = row.isNull(2) ? QString() : row.text(2);
        const QString end = row.isNull(3) ? QString() : row.text(3);
        auto first = numberAfter(scheme.prefix, begin);
        auto last = numberAfter(scheme.prefix, end);
        if (!first)
            first = last;
        if (!last || *last < *first)
            last = first;
        if (first)
            used.append({*first, *last, row.integer(0), row.text(1), rangeText(begin, end)});
    });
    if (!readRanges)
        return fail(readRanges.error());
    auto pageNumbers = m_db.prepare(
        u"SELECT p.document_id, d.title, p.bates FROM pages p JOIN documents d"
        " ON d.id = p.document_id WHERE upper(substr(p.bates, 1, length(?1))) = upper(?1)"_s);
    if (!pageNumbers)
        return fail(pageNumbers.error());
    pageNumbers->bind(1, scheme.prefix);
    auto readPages = Sql::forEachRow(*pageNumbers, [&](const Sql::Statement &row) {
        if (const auto number = numberAfter(scheme.prefix, row.text(2)))
            used.append({*number, *number, row.integer(0), row.text(1), row.text(2)});
    });
    if (!readPages)
        return fail(readPages.error());

    if (plan.last < plan.first)
        return plan;
    for (const UsedRange &range : std::as_const(used)) {
        if (range.first <= plan.last && plan.first <= range.last) {
            const qint64 clash = std::max(range.first, plan.first);
            return fail(Error::Code::Duplicate,
                        BatesStoreText::tr(
                            "The Bates number %1 is already used: %2 is numbered %3. The new "
                            "numbers would run %4\u2013%5.")
                            .arg(scheme.format(clash),
                                 describe(range.documentId, range.title),
                                 range.text,
                                 scheme.format(plan.first),
                                 scheme.format(plan.last)));
        }
    }
    if (!used.isEmpty()) {
        const auto covered = [&used](qint64 number) {
            return std::any_of(used.cbegin(), used.cend(), [number](const UsedRange &range) {
                return range.first <= number && number <= range.last;
            });
        };
        if (!covered(plan.first - 1) && !covered(plan.last + 1)) {
            const auto highest = std::max_element(
                used.cbegin(), used.cend(), [](const UsedRange &a, const UsedRange &b) {
                    return a.last < b.last;
                });
            return fail(Error::Code::InvalidArgument,
                        BatesStoreText::tr(
                            "Starting at %1 would leave a gap in the %2 numbers: the highest one "
                            "used is %3 (%4). Start at %5.")
                            .arg(scheme.format(plan.first),
                                 scheme.prefix,
                                 scheme.format(highest->last),
                                 describe(highest->documentId, highest->title))
                            .arg(highest->last + 1));
        }
    }
    return plan;
}

Status BatesStore::assign(const BatesPlan &plan)
{
    auto page = m_db.prepare(u"UPDATE pages SET bates = ? WHERE id = ?"_s);
    if (!page)
        return fail(page.error());
    auto document
        = m_db.prepare(u"UPDATE documents SET bates_begin = ?, bates_end = ? WHERE id = ?"_s);
    if (!document)
        return fail(document.error());
    for (const BatesAssignment &assignment : plan.documents) {
        qint64 number = assignment.first;
        for (const qint64 pageId : assignment.pageIds) {
            page->reset();
            page->bind(1, plan.scheme.format(number++)).bind(2, pageId);
            if (auto done = page->exec(); !done)
                return fail(Error::Code::Duplicate,
                            BatesStoreText::tr(
                                "Cannot store the Bates number %1: another page already has it.")
                                .arg(plan.scheme.format(number - 1)),
                            done.error().fullText());
        }
        document->reset();
        document->bind(1, assignment.begin).bind(2, assignment.end).bind(3, assignment.documentId);
        if (auto done = document->exec(); !done)
            return done;
        if (m_db.changes() != 1)
            return fail(
                Error::Code::NotFound,
                BatesStoreText::tr("Cannot number document %1: it is no longer in the case.")
                    .arg(assignment.documentId));
    }
    return {};
}

Status BatesStore::unassign(const BatesPlan &plan)
{
    auto page = m_db.prepare(u"UPDATE pages SET bates = NULL WHERE id = ?"_s);
    if (!page)
        return fail(page.error());
    auto document
        = m_db.prepare(u"UPDATE documents SET bates_begin = NULL, bates_end = NULL WHERE id = ?"_s);
    if (!document)
        return fail(document.error());
    for (const BatesAssignment &assignment : plan.documents) {
        for (const qint64 pageId : assignment.pageIds) {
            page->reset();
            page->bind(1, pageId);
            if (auto done = page->exec(); !done)
                return done;
        }
        document->reset();
        document->bind(1, assignment.documentId);
        if (auto done = document->exec(); !done)
            return done;
    }
    return {};
}

Result<QList<QString>> BatesStore::pageNumbers(qint64 documentId)
{
    auto exists = Sql::rowExists(m_db, "SELECT 1 FROM documents WHERE id = ?", documentId);
    if (!exists)
        return fail(exists.error());
    if (!*exists)
        return fail(Error::Code::NotFound,
                    BatesStoreText::tr("Document %1 is not in the case.").arg(documentId));
    auto read = m_db.prepare(
        u"SELECT ifnull(bates, '') FROM pages WHERE document_id = ? ORDER BY number"_s);
    if (!read)
        return fail(read.error());
    read->bind(1, documentId);
    QList<QString> numbers;
    auto done
        = Sql::forEachRow(*read, [&](const Sql::Statement &row) { numbers.append(row.text(0)); });
    if (!done)
        return fail(done.error());
    return numbers;
}

} // namespace Casebinder
