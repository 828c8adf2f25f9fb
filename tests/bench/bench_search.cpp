// Search latency on a big case: 1M synthetic posts whose words follow Zipf's law.
//
//   bench_search [--posts N] [--runs N] [--keep PATH] [--only TEXT]
//
// Prints p50/p95/p99 of the first page (50 hits) for each kind of query. Not a CTest test.
#include "casefile.h"
#include "search.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

constexpr int VocabularySize = 50000;

QStringList vocabulary()
{
    // The most frequent words are real ones, so the common-word query is a realistic "the".
    QStringList words{u"the"_s,     u"of"_s,       u"and"_s,      u"to"_s,     u"a"_s,
                      u"in"_s,      u"is"_s,       u"that"_s,     u"for"_s,    u"it"_s,
                      u"on"_s,      u"was"_s,      u"with"_s,     u"they"_s,   u"be"_s,
                      u"at"_s,      u"this"_s,     u"have"_s,     u"from"_s,   u"we"_s,
                      u"capitol"_s, u"election"_s, u"patriots"_s, u"storm"_s,  u"peaceful"_s,
                      u"protest"_s, u"fraud"_s,    u"congress"_s, u"police"_s, u"march"_s};
    QRandomGenerator random(7);
    const QString letters = u"abcdefghijklmnopqrstuvwxyz"_s;
    while (words.size() < VocabularySize) {
        QString word;
        const int length = 3 + int(random.bounded(8));
        for (int i = 0; i < length; ++i)
            word += letters.at(int(random.bounded(26)));
        words.append(word);
    }
    return words;
}

// Inverse-CDF sampling of Zipf(s = 1) over the vocabulary ranks.
class Zipf
{
public:
    explicit Zipf(int n)
    {
        m_cdf.reserve(n);
        double sum = 0;
        for (int rank = 1; rank <= n; ++rank) {
            sum += 1.0 / rank;
            m_cdf.push_back(sum);
        }
        for (double &value : m_cdf)
            value /= sum;
    }
    int sample(QRandomGenerator &random) const
    {
        const double u = random.generateDouble();
        return int(std::lower_bound(m_cdf.begin(), m_cdf.end(), u) - m_cdf.begin());
    }

private:
    std::vector<double> m_cdf;
};

bool populate(CaseFile &caseFile, int posts)
{
    Sql::Database &db = caseFile.db();
    (void)db.exec(u"PRAGMA synchronous = OFF"_s);
    const QStringList words = vocabulary();
    const Zipf zipf(VocabularySize);
    QRandomGenerator random(42);
    auto transaction = Sql::Transaction::begin(db);
    if (!transaction)
        return false;
    (void)db.exec(u"INSERT INTO tags (id, name) VALUES (1, 'Flagged')"_s);
    auto insert
        = db.cached("INSERT INTO posts (platform, external_id, author_handle, posted_at, text)"
                    " VALUES ('parler', ?1, ?2, ?3, ?4)");
    auto tagging
        = db.cached("INSERT INTO taggings (tag_id, target_kind, target_id) VALUES (1, 'post', ?1)");
    if (!insert || !tagging)
        return false;
    const QDateTime start(QDate(2020, 11, 1), QTime(0, 0), Qt::UTC);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < posts; ++i) {
        QString text;
        const int length = 8 + int(random.bounded(25));
        for (int w = 0; w < length; ++w) {
            if (w)
                text += u' ';
            text += words.at(zipf.sample(random));
        }
        Sql::Statement &s = **insert;
        s.reset();
        s.bind(1, QString::number(100000000 + i))
            .bind(2, u"user%1"_s.arg(random.bounded(20000)))
            .bind(3, start.addSecs(qint64(i) * 7).toString(Qt::ISODate))
            .bind(4, text);
        if (!s.exec())
            return false;
        if (i % 10 == 0) {
            Sql::Statement &t = **tagging;
            t.reset();
            t.bind(1, db.lastInsertRowId());
            if (!t.exec())
                return false;
        }
        if ((i + 1) % 100000 == 0)
            std::fprintf(stderr, "  %d posts (%.0f s)\n", i + 1, timer.elapsed() / 1000.0);
    }
    if (!transaction->commit())
        return false;
    (void)db.exec(u"INSERT INTO posts_fts (posts_fts) VALUES ('optimize')"_s);
    return true;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const size_t index
        = std::min(values.size() - 1, size_t(std::ceil(p * double(values.size())) - 1));
    return values[index];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{u"posts"_s, u"How many posts to synthesize."_s, u"N"_s, u"1000000"_s},
         {u"runs"_s, u"Runs per query."_s, u"N"_s, u"30"_s},
         {u"keep"_s, u"Keep (or reuse) the synthesized case at PATH."_s, u"PATH"_s},
         {u"only"_s, u"Run only the query kinds whose name contains TEXT."_s, u"TEXT"_s}});
    parser.process(app);
    const int posts = parser.value(u"posts"_s).toInt();
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    QTemporaryDir dir;
    QString path = parser.value(u"keep"_s);
    if (path.isEmpty())
        path = dir.filePath(u"bench.casebinder"_s);
    auto caseFile = QFile::exists(path) ? CaseFile::open(path)
                                        : CaseFile::create(path, {.title = u"Bench"_s});
    if (!caseFile) {
        std::fprintf(stderr, "%s\n", qPrintable(caseFile.error().fullText()));
        return 1;
    }
    auto existing = caseFile->db().prepare(u"SELECT count(*) FROM posts"_s);
    const bool empty = existing && *existing->step() && existing->integer(0) == 0;
    if (empty) {
        std::fprintf(stderr, "Synthesizing %d posts…\n", posts);
        QElapsedTimer timer;
        timer.start();
        if (!populate(*caseFile, posts)) {
            std::fprintf(stderr, "Could not synthesize the posts.\n");
            return 1;
        }
        std::fprintf(stderr, "Synthesized in %.1f s\n", timer.elapsed() / 1000.0);
    }

    struct Case
    {
        const char *name;
        SearchRequest request;
    };
    auto make = [](const QString &query) {
        SearchRequest request;
        request.query = query;
        request.limit = 50;
        return request;
    };
    // The rare word: rank ~20000 in the vocabulary, a few hundred posts.
    const QString rare = vocabulary().at(20000);
    const QString prefix = vocabulary().at(5000).left(3) + u'*';
    std::vector<Case> cases{
        {"rare word", make(rare)},
        {"common word (the)", make(u"the"_s)},
        {"common word, 2nd page", make(u"the"_s)},
        {"common word, forced bm25", make(u"the"_s)},
        {"phrase (\"of the\")", make(u"\"of the\""_s)},
        {"rare phrase", make(u"\"capitol "_s + rare + u'"')},
        {"prefix", make(prefix)},
        {"boolean", make(u"(capitol OR election) AND storm NOT peaceful"_s)},
        {"common + date range", make(u"the"_s)},
        {"common + tag", make(u"the"_s)},
        {"rare + tag", make(rare)},
        // Few matches, so ranked, but the IDF of "the" is over 800,000 posts.
        {"rare + common word", make(u"the "_s + rare)},
    };
    cases[2].request.offset = 50;
    cases[3].request.order = SearchRequest::Order::Relevance;
    cases[8].request.from = QDate(2020, 11, 20);
    cases[8].request.to = QDate(2020, 11, 30);
    cases[9].request.tag = u"Flagged"_s;
    cases[10].request.tag = u"Flagged"_s;

    Search search(caseFile->db());
    std::printf(
        "%-28s %10s %8s %9s %9s %9s\n", "query", "matches", "ranked", "p50 ms", "p95 ms", "p99 ms");
    const QString only = parser.value(u"only"_s);
    for (const Case &each : cases) {
        if (!only.isEmpty() && !QString::fromUtf8(each.name).contains(only))
            continue;
        std::vector<double> times;
        SearchResults last;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto results = search.run(each.request);
            times.push_back(timer.nsecsElapsed() / 1e6);
            if (!results) {
                std::fprintf(stderr, "%s: %s\n", each.name, qPrintable(results.error().fullText()));
                return 1;
            }
            last = *results;
        }
        const QString matches
            = (last.totalIsExact ? QString() : u">"_s) + QString::number(last.total);
        std::printf("%-28s %10s %8s %9.1f %9.1f %9.1f\n",
                    each.name,
                    qPrintable(matches),
                    last.ranked ? "yes" : "no",
                    percentile(times, 0.50),
                    percentile(times, 0.95),
                    percentile(times, 0.99));
    }
    return 0;
}
