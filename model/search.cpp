#include "search.h"

#include "searchquery.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

// Parameters shared by every statement below: ?1 MATCH expression, ?2 document kind,
// ?3 document id, ?4 tag name, ?5 from date, ?6 to date, ?7 limit, ?8 offset.
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
  AND (?4 IS NULL
       OR EXISTS (SELECT 1 FROM taggings g WHERE g.target_kind = 'post'
                  AND g.target_id = po.id AND g.tag_id IN tagset))
  AND (?5 IS NULL OR substr(po.posted_at, 1, 10) >= ?5)
  AND (?6 IS NULL OR substr(po.posted_at, 1, 10) <= ?6)
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

struct RowRef
{
    Source source;
    qint64 rowid;
    double score;
};

class ProgressGuard
{
public:
    ProgressGuard(Sql::Database &db, const std::atomic<bool> *cancelled)
        : m_db(db.handle())
    {
        if (cancelled)
            sqlite3_progress_handler(
                m_db, 1000, &ProgressGuard::check, const_cast<std::atomic<bool> *>(cancelled));
    }
    ~ProgressGuard() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    ProgressGuard(const ProgressGuard &) = delete;
    ProgressGuard &operator=(const ProgressGuard &) = delete;

private:
    static int check(void *flag) { return static_cast<std::atomic<bool> *>(flag)->load() ? 1 : 0; }
    sqlite3 *m_db;
};

class Runner
{
public:
    Runner(Sql::Database &db, const SearchRequest &request, QString fts)
        : m_db(db)
        , m_request(request)
        , m_fts(std::move(fts))
    {}

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
    }

    // Counts matches of one arm, stopping at `cap`.
    Result<qint64> count(const Arm &arm, qint64 cap)
    {
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

    Result<QList<RowRef>> rows(const QList<Arm> &arms, bool ranked, qint64 limit, qint64 offset)
    {
        QStringList selects;
        for (const Arm &arm : arms)
            selects.append(u"SELECT %1 AS source, %2 AS rowid_, %3 AS score "_s.arg(
                               QString::number(int(arm.source)),
                               QString::fromUtf16(arm.rowid),
                               ranked ? u"bm25(%1)"_s.arg(QString::fromUtf16(arm.fts)) : u"0"_s)
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
                " snippet(pages_fts, 0, char(57344), char(57345), '…', 24)"
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
    Sql::Database &m_db;
    const SearchRequest &m_request;
    QString m_fts;
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

    ProgressGuard guard(m_db, cancelled);
    Runner runner(m_db, request, query->ftsExpression());
    SearchResults results;
    results.offset = request.offset;
    results.ftsExpression = query->ftsExpression();

    QList<Arm> arms;
    if (request.kind != SearchRequest::Kind::Post)
        arms.append(PagesArm);
    if ((request.kind == SearchRequest::Kind::Any || request.kind == SearchRequest::Kind::Post)
        && !request.documentId)
        arms.append(PostsArm);
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
            auto postRows = runner.rows({PostsArm},
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
