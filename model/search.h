#pragma once

#include "pincite.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>
#include <utility>

namespace Casebinder {

namespace Sql {
class Database;
}

// One search, as a value: safe to copy into a worker thread.
struct SearchRequest
{
    enum class Kind { Any, Filing, Exhibit, Other, Post };
    enum class Order {
        Automatic, // by relevance when the match set is small, else in case order
        Relevance, // always bm25; above RankingLimit matches only the most recent are ranked
        CaseOrder, // documents (by id, page) then posts (by id); never sorts
    };
    // How posts are found when a tag or date filter is given: walk the text index and test
    // each hit against the filter, or collect the posts the filter lets through first and walk
    // only the part of the text index they span. Automatic picks by the term's frequency. The
    // hits are the same either way; forcing a plan is for tests and diagnostics.
    enum class Plan { Automatic, TextFirst, FilterFirst };

    QString query; // the user's text; see SearchQuery for the language
    Kind kind = Kind::Any;
    QString tag; // a tag name; also matches its child tags. Documents, pages and posts.
    std::optional<QDate> from; // document filed/document date or post date, inclusive
    std::optional<QDate> to;
    std::optional<qint64> documentId; // only pages of this document
    int offset = 0;
    int limit = 50;
    Order order = Order::Automatic;
    Plan plan = Plan::Automatic;
};

// One hit: a page of a document or a post, with what a pin cite needs.
struct SearchHit
{
    enum class Kind { Page, Post };
    Kind kind = Kind::Page;

    CitableDocument document; // for pages
    qint64 pageId = 0;
    int pageNumber = 0;
    QString date; // document's filed or document date, or the post's posted_at

    CitablePost post; // for posts
    QString authorName;

    // The matching passage with hits between SearchHit::MarkOpen and SearchHit::MarkClose.
    QString markedSnippet;
    double score = 0; // bm25; lower is better; 0 when the results are not ranked

    static constexpr QChar MarkOpen = QChar(0xE000);
    static constexpr QChar MarkClose = QChar(0xE001);

    QString cite() const;
    // The snippet with the markers replaced (e.g. by "«" and "»", or "<b>" and "</b>").
    QString snippet(const QString &open, const QString &close) const;
    // The snippet without markers and the (start, length) of each hit in it.
    QString plainSnippet() const;
    QList<std::pair<int, int>> highlights() const;
    // "filing", "exhibit", "other" or "post".
    QString kindName() const;
};

struct SearchResults
{
    QList<SearchHit> hits;
    qint64 total = 0; // exact when totalIsExact, else a lower bound
    bool totalIsExact = true;
    bool ranked = false;  // ordered by relevance
    bool hasMore = false; // another page follows
    int offset = 0;
    // When relevance order is asked for on more than Search::RankingLimit matches, only the
    // most recently added RankingLimit pages and RankingLimit posts are ranked (0: all were).
    int rankedAmong = 0;
    SearchRequest::Plan plan = SearchRequest::Plan::TextFirst; // how posts were found
    QString ftsExpression; // what was sent to FTS5, for diagnostics
};

// Full-text search over page text and post text. Runs on the connection it is given; for a
// worker thread, give it that thread's own connection (CaseFile::reopen()).
class Search final
{
public:
    // Above this many matches results are not ranked: bm25 over every match costs ~0.5 µs a row.
    static constexpr int RankingLimit = 5000;

    explicit Search(Sql::Database &db);

    // `cancelled` may be set from another thread; the search then stops with Error::Cancelled.
    // Database::interrupt() on this connection has the same effect.
    Result<SearchResults> run(const SearchRequest &request,
                              const std::atomic<bool> *cancelled = nullptr);

private:
    Sql::Database &m_db;
};

} // namespace Casebinder
