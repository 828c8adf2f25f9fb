#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Casebinder {

class CaseFile;

namespace Sql {
class Database;
}

// Checks that quoted words really are on the cited pages.
//
// Both texts are reduced to a canonical form before comparing: compatibility characters are
// decomposed (ligatures such as "ﬁ" become "fi"), curly quotes and primes become straight
// quotes, dashes become hyphens, soft hyphens are dropped, a hyphen at the end of a line joins
// the word ("evi-\ndence" → "evidence"), case is folded, and whitespace is ignored. An
// ellipsis ("…" or "...") in the quote marks an omission: the parts around it must appear on
// the pages in that order. The line numbers down the margin of pleading paper are dropped from
// the page text (a quote runs past them).
class QuoteVerifier final
{
public:
    struct Outcome
    {
        bool verified = false;
        int page = 0;   // the first cited page where the quote starts, when verified
        QString reason; // why not, when not verified
    };

    static QString canonical(const QString &text);

    // `pages` are the texts of the cited pages in order; `firstPage` is the number of pages[0].
    static Outcome verify(const QString &quote, const QStringList &pages, int firstPage = 1);

    // Reads the cited pages of a document and verifies the quote against them.
    static Result<Outcome> verify(
        Sql::Database &db, qint64 documentId, int pageFrom, int pageTo, const QString &quote);
    static Result<Outcome> verify(
        CaseFile &caseFile, qint64 documentId, int pageFrom, int pageTo, const QString &quote);
};

} // namespace Casebinder
