#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "ks/retrieval/judged_query.h"
#include "ks/retrieval/metrics.h"
#include "ks/searcher/search.h"

namespace ks::retrieval {

struct EvaluationSettings {
    std::size_t depth = 10;          ///< cut-off of MRR and nDCG
    std::size_t warmup_queries = 100;  ///< run (untimed) before measuring, to warm caches
    searcher::MatchMode mode = searcher::MatchMode::kAny;
    searcher::RankingParams ranking;
    std::size_t facet_limit = 0;  ///< > 0: count facets over all matches too, as the searcher does by default
    searcher::RewriteOptions rewriting;  ///< 초성, completion, correction (on, as in the searcher)
};

/// Relevance and speed of one index on one query set.
struct EvaluationReport {
    MetricTotals metrics;
    std::vector<double> latencies_ms;  ///< one per query, in query order
    double total_seconds = 0;          ///< time spent in search calls
};

/// Called for each query after it is scored, for listing misses.
using QueryObserver = std::function<void(const JudgedQuery&, const QueryScores&)>;

/// Runs every query through `searcher` on one thread: retrieves max(100, depth) passages, judges them by article
/// id and times each search call (analysis, query building, matching and the ids of the hits; no stored text or snippets).
EvaluationReport evaluate(searcher::Searcher& searcher, const std::vector<JudgedQuery>& queries,
                          const EvaluationSettings& settings, const QueryObserver& observer = {});

}  // namespace ks::retrieval
