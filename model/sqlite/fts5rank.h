#pragma once

#include "result.h"

struct sqlite3;

// casebinder_bm25(fts_table[, column weight, …]): FTS5's bm25() — same formula, k1 = 1.2,
// b = 0.75, negative scores so that ascending order is best first — except for how a phrase's
// document frequency (its IDF) is found. bm25() counts every row holding the phrase, once per
// query: 800,000 rows for "the" in a 1M-post case, however few rows are then scored. This
// function stops counting after `frequencyCap` rows and estimates the frequency from the span
// of rowids those rows covered, so a phrase in at most `frequencyCap` rows scores exactly as
// with bm25(). The estimate and its limits: docs/decisions/0003-*.md.
namespace Casebinder::Sql::Fts5Rank {

inline constexpr const char *FunctionName = "casebinder_bm25";
inline constexpr int DefaultFrequencyCap = 4096;

// Registers the function on one connection under `name`. Database::open() registers
// FunctionName with the default cap on every connection; tests use another name and cap.
Status registerFunction(sqlite3 *db,
                        const char *name = FunctionName,
                        int frequencyCap = DefaultFrequencyCap);

} // namespace Casebinder::Sql::Fts5Rank
