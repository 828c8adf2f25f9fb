#include "sqlite/fts5rank.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Casebinder::Sql::Fts5Rank {
namespace {

constexpr double K1 = 1.2;
constexpr double B = 0.75;

struct Options
{
    int frequencyCap;
};

// Computed on the first call of a query and kept by FTS5 (xSetAuxdata) until the query ends.
struct QueryStatistics
{
    double averageLength = 0;
    std::vector<double> idf;       // per phrase
    std::vector<double> frequency; // per phrase, for the row being scored
};

struct PhraseSample
{
    int cap = 0;
    sqlite3_int64 hits = 0;
    sqlite3_int64 firstRowid = 0;
    sqlite3_int64 lastRowid = 0;
    bool stopped = false;
};

int sampleRow(const Fts5ExtensionApi *api, Fts5Context *fts, void *data)
{
    auto *sample = static_cast<PhraseSample *>(data);
    const sqlite3_int64 rowid = api->xRowid(fts);
    if (sample->hits == 0)
        sample->firstRowid = rowid;
    if (++sample->hits <= sample->cap)
        return SQLITE_OK;
    sample->lastRowid = rowid;
    sample->stopped = true;
    return SQLITE_DONE; // xQueryPhrase stops and returns SQLITE_OK
}

// Rows holding the phrase. Up to the cap this is the count bm25() takes. Above it, the walk
// stopped at `hits` rows between firstRowid and lastRowid (xQueryPhrase goes in rowid order),
// and rowids are dense (INTEGER PRIMARY KEYs of append-mostly tables), so the share of rows
// holding the phrase is (hits - 1) / (lastRowid - firstRowid): unbiased for a phrase spread
// evenly, within a few per cent at the default cap. Only phrases in more than `cap` rows are
// estimated, where an error of a few per cent moves the IDF little, and not at all the order of a
// one-phrase query.
double documentFrequency(const PhraseSample &sample, sqlite3_int64 rows)
{
    if (!sample.stopped)
        return double(sample.hits);
    const double span = double(std::max<sqlite3_int64>(1, sample.lastRowid - sample.firstRowid));
    const double estimate = double(sample.hits - 1) / span * double(rows);
    return std::clamp(estimate, double(sample.hits), double(std::max(rows, sample.hits)));
}

int computeStatistics(const Fts5ExtensionApi *api, Fts5Context *fts, QueryStatistics **result)
{
    auto *statistics = static_cast<QueryStatistics *>(api->xGetAuxdata(fts, 0));
    if (statistics) {
        *result = statistics;
        return SQLITE_OK;
    }
    const int cap = static_cast<const Options *>(api->xUserData(fts))->frequencyCap;
    auto created = std::make_unique<QueryStatistics>();
    const int phrases = api->xPhraseCount(fts);
    created->idf.resize(size_t(phrases));
    created->frequency.resize(size_t(phrases));

    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc != SQLITE_OK)
        return rc;
    created->averageLength = rows > 0 ? double(tokens) / double(rows) : 0;

    for (int i = 0; i < phrases; ++i) {
        PhraseSample sample{.cap = cap};
        rc = api->xQueryPhrase(fts, i, &sample, &sampleRow);
        if (rc != SQLITE_OK)
            return rc;
        // bm25()'s IDF, floored like bm25() so that a phrase in more than half of the rows
        // still counts a little.
        const double hits = documentFrequency(sample, rows);
        const double idf = std::log((double(rows) - hits + 0.5) / (hits + 0.5));
        created->idf[size_t(i)] = idf > 0 ? idf : 1e-6;
    }

    statistics = created.release();
    rc = api->xSetAuxdata(
        fts, statistics, [](void *data) { delete static_cast<QueryStatistics *>(data); });
    if (rc != SQLITE_OK)
        return rc; // xSetAuxdata has already deleted it
    *result = statistics;
    return SQLITE_OK;
}

void rank(const Fts5ExtensionApi *api,
          Fts5Context *fts,
          sqlite3_context *context,
          int argc,
          sqlite3_value **argv)
{
    QueryStatistics *statistics = nullptr;
    int rc = computeStatistics(api, fts, &statistics);
    int instances = 0;
    if (rc == SQLITE_OK) {
        std::fill(statistics->frequency.begin(), statistics->frequency.end(), 0.0);
        rc = api->xInstCount(fts, &instances);
    }
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK)
            statistics->frequency[size_t(phrase)]
                += argc > column ? sqlite3_value_double(argv[column]) : 1.0;
    }
    int length = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    double score = 0;
    for (size_t i = 0; i < statistics->idf.size(); ++i) {
        const double frequency = statistics->frequency[i];
        score += statistics->idf[i]
                 * ((frequency * (K1 + 1.0))
                    / (frequency + K1 * (1 - B + B * double(length) / statistics->averageLength)));
    }
    sqlite3_result_double(context, -score);
}

} // namespace

Status registerFunction(sqlite3 *db, const char *name, int frequencyCap)
{
    const auto failure = [&] {
        return fail(Error::Code::Generic,
                    u"The search's ranking function could not be registered."_s,
                    QString::fromUtf8(sqlite3_errmsg(db)));
    };
    fts5_api *fts5 = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return failure();
    sqlite3_bind_pointer(statement, 1, &fts5, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!fts5 || fts5->iVersion < 2)
        return failure();

    auto options = std::make_unique<Options>(Options{std::max(1, frequencyCap)});
    if (fts5->xCreateFunction(fts5,
                              name,
                              options.get(),
                              &rank,
                              [](void *data) { delete static_cast<Options *>(data); })
        != SQLITE_OK)
        return failure();
    options.release(); // FTS5 owns it now and deletes it when the connection closes
    return {};
}

} // namespace Casebinder::Sql::Fts5Rank
