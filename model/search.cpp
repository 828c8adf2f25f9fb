#include "search.h"

#include "searchquery.h"
#include "sqlite/cancelguard.h"
#include "sqlite/database.h"
#include "sqlite/fts5rank.h"
#include "sqlite/statement.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

// Parameters shared by every statement below: ?1 MATCH expression, ?2 document kind,
// ?3 document id, ?4 tag name, ?5 from date, ?6 to date, ?7 limit, ?8 offset, ?9 and ?10 the
// window of page rowids, ?11 and ?12 the window of post rowids, ?13 the posts a filter lets
// through (filter-first plan only).
constexpr auto TagSet = uR"SQL(
WITH RECURSIVE tagset(id) AS (
    SELECT id FROM tags WHERE ?4 IS NOT NULL AND name = ?4 COLLATE NOCASE
    UNION SELECT t.id FROM tags t JOIN tagset s ON t.parent_id = s.id)
)SQL";

// CROSS JOIN keeps the FTS index as the outer loop, so rows come in rowid order without a sort.
constexpr auto PagesFromWhere = uR"SQL(
FROM pages_fts CROSS JOIN pages p ON p.id = pages_fts.rowid
     CROSS JOIN documents d ON d.id = p.document_id
WHERE pages_fts MATCH ?1
  AND pages_fts.rowid BETWEEN ?9 AND ?10
  AND (?2 IS NULL OR d.kind = ?2)
  AND (?3 IS NULL OR d.id = ?3)
  AND (?4 IS NULL
       OR EXISTS (SELECT 1 FROM taggings g WHERE g.target_kind = 'document'
                  AND g.target_id = d.id AND g.tag_id IN tagset)
       OR EXISTS (SELECT 1 FROM taggings g WHERE g.target_kind = 'page'
                  AND g.target_id = p.id AND g.tag_id IN tagset))
  AND (?5 IS NULL OR substr(coalesce(d.filed_date, d.document_date), 1, 10) >= ?5)
  AND (?6 IS NULL OR substr(coalesce(d.filed_date, d.document_date), 1, 10) <= ?6)
)SQL";

constexpr auto PostsFromWhere = uR"SQL(
FROM posts_fts CROSS JOIN posts po ON po.id = posts_fts.rowid
WHERE posts_fts MATCH ?1
  AND posts_fts.rowid BETWEEN ?11 AND ?12
  AND (?4 IS NULL
       OR EXISTS (SELECT 1 FROM taggings g WHERE g.target_kind = 'post'
                  AND g.target_id = po.id AND g.tag_id IN tagset))
  AND (?5 IS NULL OR substr(po.posted_at, 1, 10) >= ?5)
  AND (?6 IS NULL OR substr(po.posted_at, 1, 10) <= ?6)
)SQL";

// Filter first: ?13 holds exactly the posts the tag and date filters let through, and ?11/?12
// are narrowed to their id range, so the text index is walked only where they lie and each
// hit costs a bit test instead of a posts row and a taggings lookup.
constexpr auto PostsFilteredFromWhere = uR"SQL(
FROM posts_fts
WHERE posts_fts MATCH ?1
  AND posts_fts.rowid BETWEEN ?11 AND ?12
  AND casebinder_in_rowset(?13, posts_fts.rowid)
)SQL";

enum class Source { Pages = 0, Posts = 1 };

struct Arm
{
    Source source;
    const char16_t *fromWhere;
    const char16_t *rowid;
    const char16_t *fts;
};

constexpr Arm PagesArm{Source::Pages, PagesFromWhere, u"pages_fts.rowid", u"pages_fts"};
constexpr Arm PostsArm{Source::Posts, PostsFromWhere, u"posts_fts.rowid", u"posts_fts"};
constexpr Arm PostsFilteredArm{
    Source::Posts, PostsFilteredFromWhere, u"posts_fts.rowid", u"posts_fts"};

// A term with at least this many posts is "common": walking its hits and testing each one
// against a filter costs more than collecting the filter's posts first.
constexpr qint64 CommonTermPosts = 10000;
// The filter-first plan gives up (and walks the text first) when a filter lets more posts
// through than this: collecting them would cost more than it saves.
constexpr qint64 FilterCollectLimit = 400000;

struct RowRef
{
    Source source;
    qint64 rowid;
    double score;
};

// The posts a tag or date filter lets through, as a bitmap over their id range.
class RowSet final
{
public:
    static constexpr const char *PointerType = "casebinder_rowset";

    RowSet() = default;
    explicit RowSet(const std::vector<qint64> &ids)
    {
        if (ids.empty())
            return;
        const auto [low, high] = std::minmax_element(ids.cbegin(), ids.cend());
        m_low = *low;
        m_high = *high;
        m_bits.assign(size_t((m_high - m_low) / 64 + 1), 0);
        for (const qint64 id : ids)
            m_bits[size_t((id - m_low) / 64)] |= quint64(1) << ((id - m_low) % 64);
    }

    bool contains(qint64 id) const
    {
        return id >= m_low && id <= m_high
               && (m_bits[size_t((id - m_low) / 64)] >> ((id - m_low) % 64) & 1) != 0;
    }
    // An empty set spans [1, 0], which no rowid is in.
    qint64 low() const { return m_low; }
    qint64 high() const { return m_high; }

private:
    qint64 m_low = 1;
    qint64 m_high = 0;
    std::vector<quint64> m_bits;
};

void inRowSet(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *set
        = static_cast<const RowSet *>(sqlite3_value_pointer(argv[0], RowSet::PointerType));
    sqlite3_result_int(context, set && set->contains(sqlite3_value_int64(argv[1])) ? 1 : 0);
}

Status registerRowSetFunction(Sql::Database &db)
{
    // Once per connection: registering a function again expires its prepared statements.
    if (db.prepare(u"SELECT casebinder_in_rowset(NULL, 0)"_s))
        return {};
    const int rc = sqlite3_create_function_v2(db.handle(),
                                              "casebinder_in_rowset",
                                              2,
                                              SQLITE_UTF8 | SQLITE_DIRECTONLY,
                                              nullptr,
                                              &inRowSet,
                                              nullptr,
                                              nullptr,
                                              nullptr);
    if (rc != SQLITE_OK)
        return fail(Error::Code::Generic,
                    u"The search's filter function could not be registered."_s,
                    QString::fromUtf8(sqlite3_errmsg(db.handle())));
    return {};
}

class Runner
{
public:
    Runner(Sql::Database &db, const SearchRequest &request, QString fts)
        : m_db(db)
        , m_request(request)
        , m_fts(std::move(fts))
    {}

    const Arm &postsArm() const { return m_rowSet ? PostsFilteredArm : PostsArm; }
    SearchRequest::Plan postsPlan() const
    {
        return m_rowSet ? SearchRequest::Plan::FilterFirst : SearchRequest::Plan::TextFirst;
    }

    // Picks how posts are found; see SearchRequest::Plan.
    Status planPosts()
    {
        const bool filtered = !m_request.tag.isEmpty() || m_request.from || m_request.to;
        if (!filtered || m_request.plan == SearchRequest::Plan::TextFirst)
            return {};
        const bool automatic = m_request.plan == SearchRequest::Plan::Automatic;
        if (automatic) {
            auto statement = m_db.prepare(
                u"SELECT count(*) FROM (SELECT 1 FROM posts_fts WHERE posts_fts MATCH ?1 LIMIT ?2)"_s);
            if (!statement)
                return fail(statement.error());
            statement->bind(1, m_fts).bind(2, CommonTermPosts);
            auto row = statement->step();
            if (!row)
                return fail(row.error());
            if (statement->integer(0) < CommonTermPosts)
                return {}; // a rare term: its few hits are tested one by one
        }
        const qint64 cap = automatic ? FilterCollectLimit : std::numeric_limits<qint64>::max();
        std::optional<RowSet> dated;
        if (m_request.from || m_request.to) {
            auto ids = datedPosts(cap);
            if (!ids)
                return fail(ids.error());
            if (!*ids)
                return {};
            dated.emplace(**ids);
        }
        if (auto registered = registerRowSetFunction(m_db); !registered)
            return registered;
        if (!m_request.tag.isEmpty() && !dated
            && m_request.order != SearchRequest::Order::Relevance) {
            auto done = taggedPrefix();
            if (!done)
                return fail(done.error());
            if (*done)
                return {};
        }
        if (!m_request.tag.isEmpty()) {
            auto ids = taggedPosts(cap);
            if (!ids)
                return fail(ids.error());
            if (!*ids)
                return {};
            if (dated)
                std::erase_if(**ids, [&](qint64 id) { return !dated->contains(id); });
            m_rowSet.emplace(**ids);
        } else {
            m_rowSet = std::move(dated);
        }
        m_postsLow = std::max(m_postsLow, m_rowSet->low());
        m_postsHigh = std::min(m_postsHigh, m_rowSet->high());
        return {};
    }

    void bindFilters(Sql::Statement &statement) const
    {
        statement.bind(1, m_fts);
        switch (m_request.kind) {
        case SearchRequest::Kind::Filing:
            statement.bind(2, u"filing"_s);
            break;
        case SearchRequest::Kind::Exhibit:
            statement.bind(2, u"exhibit"_s);
            break;
        case SearchRequest::Kind::Other:
            statement.bind(2, u"other"_s);
            break;
        default:
            statement.bind(2, nullptr);
        }
        statement.bind(3, m_request.documentId);
        statement.bindOrNull(4, m_request.tag.isEmpty() ? QString() : m_request.tag);
        statement.bindOrNull(5, m_request.from ? m_request.from->toString(Qt::ISODate) : QString());
        statement.bindOrNull(6, m_request.to ? m_request.to->toString(Qt::ISODate) : QString());
        statement.bind(9, m_pagesLow).bind(10, m_pagesHigh);
        statement.bind(11, m_postsLow).bind(12, m_postsHigh);
        if (m_rowSet)
            sqlite3_bind_pointer(statement.handle(),
                                 13,
                                 const_cast<RowSet *>(&*m_rowSet),
                                 RowSet::PointerType,
                                 nullptr);
    }

    // Counts matches of one arm, stopping at `cap`.
    Result<qint64> count(const Arm &arm, qint64 cap)
    {
        if (arm.source == Source::Posts && cap > 0 && m_postsCounted >= cap)
            return cap; // planPosts() already counted this far
        QString sql = QString::fromUtf16(TagSet) + u"SELECT count(*) FROM (SELECT 1 "_s
                      + QString::fromUtf16(arm.fromWhere);
        sql += cap > 0 ? u" LIMIT ?7)"_s : u")"_s;
        auto statement = m_db.prepare(sql);
        if (!statement)
            return fail(statement.error());
        bindFilters(*statement);
        if (cap > 0)
            statement->bind(7, cap);
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        return statement->integer(0);
    }

    // Relevance on a huge match set: ranks only the arm's RankingLimit most recently added
    // matches, because bm25 has to score (and the sort to hold) every row it is given.
    Status narrowToRecent(const Arm &arm)
    {
        const QString rowid = QString::fromUtf16(arm.rowid);
        auto statement = m_db.prepare(QString::fromUtf16(TagSet) + u"SELECT "_s + rowid + u" "_s
                                      + QString::fromUtf16(arm.fromWhere) + u" ORDER BY "_s + rowid
                                      + u" DESC LIMIT 1 OFFSET ?7"_s);
        if (!statement)
            return fail(statement.error());
        bindFilters(*statement);
        statement->bind(7, qint64(Search::RankingLimit - 1));
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return {}; // no more matches than the limit: all of them are ranked
        const qint64 low = statement->integer(0);
        if (arm.source == Source::Pages)
            m_pagesLow = std::max(m_pagesLow, low);
        else
            m_postsLow = std::max(m_postsLow, low);
        m_narrowed = true;
        return {};
    }
    bool narrowed() const { return m_narrowed; }

    Result<QList<RowRef>> rows(const QList<Arm> &arms, bool ranked, qint64 limit, qint64 offset)
    {
        QStringList selects;
        for (const Arm &arm : arms)
            selects.append(u"SELECT %1 AS source, %2 AS rowid_, %3 AS score "_s.arg(
                               QString::number(int(arm.source)),
                               QString::fromUtf16(arm.rowid),
                               ranked
                                   ? u"%1(%2)"_s.arg(QString::fromUtf8(Sql::Fts5Rank::FunctionName),
                                                     QString::fromUtf16(arm.fts))
                                   : u"0"_s)
                           + QString::fromUtf16(arm.fromWhere));
        QString sql = QString::fromUtf16(TagSet);
        if (arms.size() == 1) {
            sql += selects.constFirst()
                   + (ranked ? u" ORDER BY score, rowid_"_s : u" ORDER BY rowid_"_s);
        } else {
            sql += u"SELECT * FROM ("_s + selects.join(u" UNION ALL "_s) + u") ORDER BY "_s
                   + (ranked ? u"score, source, rowid_"_s : u"source, rowid_"_s);
        }
        sql += u" LIMIT ?7 OFFSET ?8"_s;
        auto statement = m_db.prepare(sql);
        if (!statement)
            return fail(statement.error());
        bindFilters(*statement);
        statement->bind(7, limit);
        statement->bind(8, offset);
        QList<RowRef> result;
        for (;;) {
            auto row = statement->step();
            if (!row)
                return fail(row.error());
            if (!*row)
                break;
            result.append(
                {Source(statement->integer(0)), statement->integer(1), statement->real(2)});
        }
        return result;
    }

    Status fill(SearchHit &hit, const RowRef &ref)
    {
        if (ref.source == Source::Pages) {
            auto statement = m_db.cached(
                "SELECT p.number, d.id, d.kind, d.title, d.docket_number, d.exhibit_label,"
                " d.source_name, coalesce(d.filed_date, d.document_date, ''),"
                " snippet(pages_fts, -1, char(57344), char(57345), '…', 24)"
                " FROM pages_fts CROSS JOIN pages p ON p.id = pages_fts.rowid"
                " CROSS JOIN documents d ON d.id = p.document_id"
                " WHERE pages_fts MATCH ?1 AND pages_fts.rowid = ?2");
            if (!statement)
                return fail(statement.error());
            Sql::Statement &s = **statement;
            s.reset();
            s.bind(1, m_fts).bind(2, ref.rowid);
            auto row = s.step();
            if (!row)
                return fail(row.error());
            if (!*row)
                return fail(Error::Code::NotFound,
                            u"A page found by the search has disappeared."_s);
            hit.kind = SearchHit::Kind::Page;
            hit.pageId = ref.rowid;
            hit.pageNumber = int(s.integer(0));
            hit.document = {s.integer(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)};
            hit.date = s.text(7);
            hit.markedSnippet = s.text(8);
            s.reset();
            return {};
        }
        auto statement = m_db.cached(
            "SELECT po.external_id, po.author_handle, po.author_name, coalesce(po.posted_at, ''),"
            " snippet(posts_fts, 0, char(57344), char(57345), '…', 24)"
            " FROM posts_fts CROSS JOIN posts po ON po.id = posts_fts.rowid"
            " WHERE posts_fts MATCH ?1 AND posts_fts.rowid = ?2");
        if (!statement)
            return fail(statement.error());
        Sql::Statement &s = **statement;
        s.reset();
        s.bind(1, m_fts).bind(2, ref.rowid);
        auto row = s.step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return fail(Error::Code::NotFound, u"A post found by the search has disappeared."_s);
        hit.kind = SearchHit::Kind::Post;
        hit.post = {ref.rowid, s.text(0), s.text(1)};
        hit.authorName = s.text(2);
        hit.date = s.text(3);
        hit.markedSnippet = s.text(4);
        s.reset();
        return {};
    }

private:
    // A single tag (no child tags) yields its posts in id order straight from the taggings
    // key, so only the prefix holding the first matches this request can show (or count) is
    // collected, a growing chunk at a time; the window of post ids ends where the prefix does.
    // Returns false when the tag has child tags.
    Result<bool> taggedPrefix()
    {
        auto tags = m_db.prepare(QString::fromUtf16(TagSet) + u"SELECT id FROM tagset LIMIT 2"_s);
        if (!tags)
            return fail(tags.error());
        bindFilters(*tags);
        auto tagIds = collect(*tags, 1, 0);
        if (!tagIds)
            return fail(tagIds.error());
        if (!*tagIds || (*tagIds)->size() != 1)
            return false;
        auto chunk = m_db.prepare(
            u"SELECT target_id FROM taggings WHERE tag_id = ?1 AND target_kind = 'post'"
            u" AND target_id > ?2 ORDER BY target_id LIMIT ?3"_s);
        if (!chunk)
            return fail(chunk.error());
        const qint64 need = std::max<qint64>(Search::RankingLimit + 1,
                                             qint64(m_request.offset) + m_request.limit + 1);
        std::vector<qint64> ids;
        for (qint64 size = 8192;; size *= 4) {
            chunk->reset();
            chunk->bind(1, (*tagIds)->front())
                .bind(2, ids.empty() ? std::numeric_limits<qint64>::min() : ids.back())
                .bind(3, size);
            const size_t before = ids.size();
            for (;;) {
                auto row = chunk->step();
                if (!row)
                    return fail(row.error());
                if (!*row)
                    break;
                ids.push_back(chunk->integer(0));
            }
            const bool complete = qint64(ids.size() - before) < size;
            m_rowSet.emplace(ids);
            m_postsLow = std::max(m_postsLow, m_rowSet->low());
            m_postsHigh = m_rowSet->high();
            if (complete)
                return true;
            auto matches = count(PostsFilteredArm, need);
            if (!matches)
                return fail(matches.error());
            if (*matches >= need) {
                m_postsCounted = *matches;
                return true;
            }
        }
    }

    // Every post the tag or one of its child tags is on.
    Result<std::optional<std::vector<qint64>>> taggedPosts(qint64 cap)
    {
        auto statement = m_db.prepare(QString::fromUtf16(TagSet)
                                      + u"SELECT g.target_id FROM taggings g"
                                        u" WHERE g.tag_id IN tagset AND g.target_kind = 'post'"
                                        u" LIMIT ?7"_s);
        if (!statement)
            return fail(statement.error());
        bindFilters(*statement);
        return collect(*statement, cap);
    }

    Result<std::optional<std::vector<qint64>>> datedPosts(qint64 cap)
    {
        // The same test as PostsFromWhere's substr() comparisons, written as a range of the
        // posts_posted_at index: substr(x, 1, 10) >= F exactly when x >= F, and
        // substr(x, 1, 10) <= T exactly when x < T with its last character incremented.
        QString sql = u"SELECT id FROM posts WHERE posted_at >= ?1"_s;
        if (m_request.to)
            sql += u" AND posted_at < ?2"_s;
        sql += u" LIMIT ?4"_s;
        auto statement = m_db.prepare(sql);
        if (!statement)
            return fail(statement.error());
        statement->bind(1, m_request.from ? m_request.from->toString(Qt::ISODate) : QString());
        if (m_request.to) {
            QString end = m_request.to->toString(Qt::ISODate);
            end.back() = QChar(end.back().unicode() + 1);
            statement->bind(2, end);
        }
        return collect(*statement, cap, 4);
    }

    // The ids a statement yields, or nullopt when there are more than `cap`. The statement's
    // LIMIT parameter (0: it has none) is set to stop one row past the cap.
    static Result<std::optional<std::vector<qint64>>> collect(Sql::Statement &statement,
                                                              qint64 cap,
                                                              int limitParameter = 7)
    {
        if (limitParameter > 0)
            statement.bind(limitParameter,
                           cap == std::numeric_limits<qint64>::max() ? -1 : cap + 1);
        std::vector<qint64> ids;
        for (;;) {
            auto row = statement.step();
            if (!row)
                return fail(row.error());
            if (!*row)
                break;
            if (qint64(ids.size()) >= cap)
                return std::optional<std::vector<qint64>>();
            ids.push_back(statement.integer(0));
        }
        return std::optional<std::vector<qint64>>(std::move(ids));
    }

    Sql::Database &m_db;
    const SearchRequest &m_request;
    QString m_fts;
    std::optional<RowSet> m_rowSet;
    qint64 m_pagesLow = std::numeric_limits<qint64>::min();
    qint64 m_pagesHigh = std::numeric_limits<qint64>::max();
    qint64 m_postsLow = std::numeric_limits<qint64>::min();
    qint64 m_postsHigh = std::numeric_limits<qint64>::max();
    bool m_narrowed = false;
    qint64 m_postsCounted = 0; // matches of the posts arm known to exist, in its final window
};

Error searchError(const Error &error, const QString &query)
{
    if (error.code == Error::Code::Cancelled)
        return {Error::Code::Cancelled, u"The search was cancelled."_s};
    return {error.code, u"The search “%1” could not be run."_s.arg(query), error.fullText()};
}

} // namespace

QString SearchHit::cite() const
{
    if (kind == Kind::Post)
        return PinCite::post(post);
    return PinCite::document(document, pageNumber);
}

QString SearchHit::snippet(const QString &open, const QString &close) const
{
    QString text = markedSnippet;
    text.replace(MarkOpen, open);
    text.replace(MarkClose, close);
    return text;
}

QString SearchHit::plainSnippet() const
{
    QString text = markedSnippet;
    text.remove(MarkOpen);
    text.remove(MarkClose);
    return text;
}

QList<std::pair<int, int>> SearchHit::highlights() const
{
    QList<std::pair<int, int>> result;
    int plainPosition = 0;
    int start = -1;
    for (const QChar c : markedSnippet) {
        if (c == MarkOpen) {
            start = plainPosition;
        } else if (c == MarkClose) {
            if (start >= 0)
                result.append({start, plainPosition - start});
            start = -1;
        } else {
            ++plainPosition;
        }
    }
    return result;
}

QString SearchHit::kindName() const
{
    return kind == Kind::Post ? u"post"_s : document.kind;
}

Search::Search(Sql::Database &db)
    : m_db(db)
{}

Result<SearchResults> Search::run(const SearchRequest &request, const std::atomic<bool> *cancelled)
{
    auto query = SearchQuery::parse(request.query);
    if (!query)
        return fail(query.error());
    if (request.limit < 1 || request.offset < 0)
        return fail(Error::Code::InvalidArgument,
                    u"The search needs a positive page size and a non-negative offset."_s);
    if (request.from && request.to && *request.from > *request.to)
        return fail(Error::Code::InvalidArgument,
                    u"The search's date range ends (%1) before it starts (%2)."_s.arg(
                        request.to->toString(Qt::ISODate), request.from->toString(Qt::ISODate)));
    if (!request.tag.isEmpty()) {
        auto tag = m_db.prepare(u"SELECT 1 FROM tags WHERE name = ? COLLATE NOCASE"_s);
        if (!tag)
            return fail(tag.error());
        tag->bind(1, request.tag);
        auto found = tag->step();
        if (!found)
            return fail(found.error());
        if (!*found)
            return fail(Error::Code::NotFound, u"There is no tag named “%1”."_s.arg(request.tag));
    }

    Sql::CancelGuard guard(m_db, cancelled);
    Runner runner(m_db, request, query->ftsExpression());
    SearchResults results;
    results.offset = request.offset;
    results.ftsExpression = query->ftsExpression();

    QList<Arm> arms;
    if (request.kind != SearchRequest::Kind::Post)
        arms.append(PagesArm);
    if ((request.kind == SearchRequest::Kind::Any || request.kind == SearchRequest::Kind::Post)
        && !request.documentId) {
        if (auto planned = runner.planPosts(); !planned)
            return fail(searchError(planned.error(), request.query));
        arms.append(runner.postsArm());
        results.plan = runner.postsPlan();
    }
    if (arms.isEmpty())
        return results; // posts of one document: nothing can match

    // Probe: count each arm up to the ranking limit; only a small match set is sorted by bm25.
    qint64 probed = 0;
    QList<qint64> armCounts;
    bool capped = false;
    for (const Arm &arm : std::as_const(arms)) {
        const qint64 cap = Search::RankingLimit + 1 - probed;
        auto counted = cap > 0 ? runner.count(arm, cap) : Result<qint64>(cap);
        if (!counted)
            return fail(searchError(counted.error(), request.query));
        armCounts.append(*counted);
        probed += *counted;
        capped = capped || *counted >= cap;
    }
    results.total = probed;
    results.totalIsExact = !capped;
    results.ranked = request.order == SearchRequest::Order::Relevance
                     || (request.order == SearchRequest::Order::Automatic && !capped);
    if (results.ranked && capped) {
        for (const Arm &arm : std::as_const(arms)) {
            if (auto narrowed = runner.narrowToRecent(arm); !narrowed)
                return fail(searchError(narrowed.error(), request.query));
        }
        if (runner.narrowed())
            results.rankedAmong = Search::RankingLimit;
    }

    QList<RowRef> refs;
    const qint64 limit = request.limit;
    if (results.ranked || arms.size() == 1) {
        auto rows = runner.rows(arms, results.ranked, limit + 1, request.offset);
        if (!rows)
            return fail(searchError(rows.error(), request.query));
        refs = *rows;
    } else {
        // Pages first, then posts, each in rowid order: the offset into the posts needs the
        // number of matching pages, which is known once the pages run out.
        auto pageRows = runner.rows({PagesArm}, false, limit + 1, request.offset);
        if (!pageRows)
            return fail(searchError(pageRows.error(), request.query));
        refs = *pageRows;
        if (refs.size() <= limit) {
            qint64 pageTotal = request.offset + refs.size();
            if (refs.isEmpty()) {
                const bool pagesCapped = armCounts.constFirst() >= Search::RankingLimit + 1;
                if (pagesCapped) {
                    auto counted = runner.count(PagesArm, 0);
                    if (!counted)
                        return fail(searchError(counted.error(), request.query));
                    pageTotal = *counted;
                } else {
                    pageTotal = armCounts.constFirst();
                }
            }
            auto postRows = runner.rows({runner.postsArm()},
                                        false,
                                        limit + 1 - refs.size(),
                                        std::max<qint64>(0, request.offset - pageTotal));
            if (!postRows)
                return fail(searchError(postRows.error(), request.query));
            refs += *postRows;
        }
    }
    results.hasMore = refs.size() > limit;
    if (results.hasMore)
        refs.resize(limit);
    if (!results.totalIsExact)
        results.total = std::max<qint64>(results.total,
                                         request.offset + refs.size() + (results.hasMore ? 1 : 0));

    results.hits.reserve(refs.size());
    for (const RowRef &ref : std::as_const(refs)) {
        SearchHit hit;
        hit.score = ref.score;
        if (auto filled = runner.fill(hit, ref); !filled)
            return fail(searchError(filled.error(), request.query));
        results.hits.append(std::move(hit));
    }
    return results;
}

} // namespace Casebinder
