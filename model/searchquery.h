#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace Casebinder {

// A search typed by a user, checked and translated into an FTS5 MATCH expression.
//
// The language: words (`breach`), "quoted phrases", prefixes (`contract*`), the operators AND,
// OR and NOT (upper case only; lower-case "and" is a word), parentheses, and implicit AND
// between neighbouring terms. Curly quotes count as quotes. Every term is emitted as a quoted
// FTS5 string, so characters that mean something to FTS5 (`^ : + - { } *` inside words) can never
// change the query; a syntax error is a readable Error, never an SQLite error.
class SearchQuery final
{
public:
    static Result<SearchQuery> parse(const QString &text);

    // The FTS5 expression, fully parenthesised, every term quoted.
    const QString &ftsExpression() const { return m_fts; }
    // The words and phrases that must or may match (not the excluded ones), for highlighting.
    const QStringList &terms() const { return m_terms; }

private:
    QString m_fts;
    QStringList m_terms;
};

} // namespace Casebinder
