#include "searchquery.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

constexpr int MaxDepth = 32;
constexpr int MaxTerms = 128;

struct Token
{
    enum class Type { Term, And, Or, Not, Open, Close, End };
    Type type = Type::End;
    QString text;
    bool phrase = false;
    bool prefix = false;
};

bool isQuote(QChar c)
{
    return c == u'"' || c == u'\u201C' || c == u'\u201D' || c == u'\u201E';
}

bool hasWordCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

Error syntaxError(const QString &query, const QString &cause)
{
    return Error{Error::Code::InvalidArgument, u"The search “%1” %2."_s.arg(query, cause)};
}

Result<QList<Token>> tokenize(const QString &query)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = query.size();
    while (i < n) {
        const QChar c = query.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'(') {
            tokens.append({Token::Type::Open});
            ++i;
        } else if (c == u')') {
            tokens.append({Token::Type::Close});
            ++i;
        } else if (isQuote(c)) {
            qsizetype end = i + 1;
            while (end < n && !isQuote(query.at(end)))
                ++end;
            if (end >= n)
                return fail(syntaxError(query, u"has a quotation mark without a closing one"_s));
            Token token{Token::Type::Term, query.mid(i + 1, end - i - 1), true};
            i = end + 1;
            while (i < n && query.at(i) == u'*') {
                token.prefix = true;
                ++i;
            }
            if (hasWordCharacter(token.text))
                tokens.append(token);
        } else {
            qsizetype end = i;
            while (end < n && !query.at(end).isSpace() && query.at(end) != u'('
                   && query.at(end) != u')' && !isQuote(query.at(end)))
                ++end;
            QString word = query.mid(i, end - i);
            i = end;
            if (word == u"AND") {
                tokens.append({Token::Type::And});
                continue;
            }
            if (word == u"OR") {
                tokens.append({Token::Type::Or});
                continue;
            }
            if (word == u"NOT") {
                tokens.append({Token::Type::Not});
                continue;
            }
            Token token{Token::Type::Term};
            while (word.endsWith(u'*')) {
                word.chop(1);
                token.prefix = true;
            }
            token.text = word.remove(u'*');
            // A lone "&" or "§" has nothing to search for; dropping it is kinder than failing.
            if (hasWordCharacter(token.text))
                tokens.append(token);
        }
    }
    tokens.append({Token::Type::End});
    return tokens;
}

class Parser
{
public:
    Parser(const QString &query, QList<Token> tokens)
        : m_query(query)
        , m_tokens(std::move(tokens))
    {}

    Result<QString> parseAll()
    {
        auto expression = parseOr(0);
        if (!expression)
            return expression;
        if (peek() == Token::Type::Close)
            return fail(
                syntaxError(m_query, u"has a closing parenthesis without an opening one"_s));
        return expression;
    }

    QStringList terms;

private:
    Token::Type peek() const { return m_tokens.at(m_pos).type; }
    bool atEndOfGroup() const
    {
        const auto type = peek();
        return type == Token::Type::End || type == Token::Type::Close || type == Token::Type::Or;
    }

    Result<QString> parseOr(int depth)
    {
        QStringList alternatives;
        for (;;) {
            if (peek() == Token::Type::Or)
                return fail(syntaxError(m_query, u"has OR without a term before it"_s));
            auto conjunction = parseAnd(depth);
            if (!conjunction)
                return conjunction;
            alternatives.append(*conjunction);
            if (peek() != Token::Type::Or)
                break;
            ++m_pos;
            if (peek() == Token::Type::End || peek() == Token::Type::Close)
                return fail(syntaxError(m_query, u"has OR without a term after it"_s));
        }
        if (alternatives.size() == 1)
            return alternatives.constFirst();
        return u'(' + alternatives.join(u" OR "_s) + u')';
    }

    Result<QString> parseAnd(int depth)
    {
        QStringList required;
        QStringList excluded;
        while (!atEndOfGroup()) {
            if (peek() == Token::Type::And) {
                ++m_pos;
                if (atEndOfGroup() || peek() == Token::Type::And)
                    return fail(syntaxError(m_query, u"has AND without a term after it"_s));
                continue;
            }
            const bool exclude = peek() == Token::Type::Not;
            if (exclude) {
                ++m_pos;
                if (atEndOfGroup() || peek() == Token::Type::And || peek() == Token::Type::Not)
                    return fail(syntaxError(m_query, u"has NOT without a term after it"_s));
            }
            auto primary = parsePrimary(depth, exclude);
            if (!primary)
                return primary;
            (exclude ? excluded : required).append(*primary);
        }
        if (required.isEmpty() && !excluded.isEmpty())
            return fail(syntaxError(
                m_query,
                u"only excludes words; NOT must follow something to find, as in “contract NOT lease”"_s));
        if (required.isEmpty()) {
            if (peek() == Token::Type::Close)
                return fail(syntaxError(m_query, u"has empty parentheses"_s));
            return fail(syntaxError(m_query, u"has no words to search for"_s));
        }
        QString expression = required.size() == 1 ? required.constFirst()
                                                  : u'(' + required.join(u" AND "_s) + u')';
        if (!excluded.isEmpty()) {
            const QString negative = excluded.size() == 1 ? excluded.constFirst()
                                                          : u'(' + excluded.join(u" OR "_s) + u')';
            expression = u'(' + expression + u" NOT "_s + negative + u')';
        }
        return expression;
    }

    Result<QString> parsePrimary(int depth, bool excluded)
    {
        const Token &token = m_tokens.at(m_pos);
        if (token.type == Token::Type::Open) {
            if (depth >= MaxDepth)
                return fail(syntaxError(m_query, u"nests parentheses too deeply"_s));
            ++m_pos;
            if (peek() == Token::Type::Close)
                return fail(syntaxError(m_query, u"has empty parentheses"_s));
            auto inner = parseOr(depth + 1);
            if (!inner)
                return inner;
            if (peek() != Token::Type::Close)
                return fail(syntaxError(m_query, u"has a parenthesis that is never closed"_s));
            ++m_pos;
            return inner;
        }
        if (token.type != Token::Type::Term)
            return fail(syntaxError(m_query, u"has an operator where a term was expected"_s));
        ++m_pos;
        if (++m_termCount > MaxTerms)
            return fail(syntaxError(m_query, u"has too many terms (at most %1)"_s.arg(MaxTerms)));
        if (!excluded)
            terms.append(token.text);
        QString quoted = token.text;
        quoted.replace(u'"', u"\"\""_s);
        return u'"' + quoted + u'"' + (token.prefix ? u"*"_s : QString());
    }

    const QString &m_query;
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    int m_termCount = 0;
};

} // namespace

Result<SearchQuery> SearchQuery::parse(const QString &text)
{
    const QString query = text.trimmed();
    if (query.isEmpty())
        return fail(Error::Code::InvalidArgument,
                    u"The search is empty; type a word to look for."_s);
    auto tokens = tokenize(query);
    if (!tokens)
        return fail(tokens.error());
    Parser parser(query, std::move(*tokens));
    auto expression = parser.parseAll();
    if (!expression)
        return fail(expression.error());
    SearchQuery result;
    result.m_fts = *expression;
    result.m_terms = parser.terms;
    return result;
}

} // namespace Casebinder
