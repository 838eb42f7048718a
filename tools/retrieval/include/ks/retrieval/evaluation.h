#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "ks/retrieval/judged_query.h"
#include "ks/retrieval/metrics.h"
#include "ks/searcher/searcher.h"

namespace ks::retrieval {

struct EvaluationSettings {
    std::size_t depth = 10;            ///< cut-off of MRR and nDCG
    std::size_t warmup_queries = 100;  ///< run (untimed) before measuring, to warm caches
    searcher::MatchMode mode = searcher::MatchMode::kAny;
    searcher::RankingParams ranking;
    std::size_t facet_limit = 0;         ///< > 0: count facets over all matches too, as the searcher does by default
    searcher::RewriteOptions rewriting;  ///< 초성, completion, correction (on, as in the searcher)
    /// > 0: also score MRR counting a hit as relevant when its text holds one of the query's answers of at
    /// least this many characters (answers the judgments missed), from the same search run again, untimed.
    std::size_t answer_min_chars = 0;
    /// Each search returns the top `depth` hits whole, with stored text and snippets, as the searcher prints them,
    /// instead of the ids of 100 passages.
    bool snippets = false;
    /// > 0: at most this many passages of an article in a result (the searcher's --per-article; it lists 1).
    std::size_t per_article = 0;
};

/// How many hits each timed search asks for.
std::size_t hits_per_query(const EvaluationSettings& settings);

/// Relevance and speed of one index on one query set.
struct EvaluationReport {
    MetricTotals metrics;
    std::vector<double> latencies_ms;      ///< one per query, in query order
    double total_seconds = 0;              ///< time spent in search calls
    double answer_rr_sum = 0;              ///< with answer_min_chars: reciprocal ranks counting answers
    std::size_t queries_with_answers = 0;  ///< with answer_min_chars: queries that gave answer strings

    /// MRR counting answers (answer_min_chars); a query without answers counts as judged.
    double mrr_counting_answers() const
    {
        return metrics.queries() == 0 ? 0 : answer_rr_sum / static_cast<double>(metrics.queries());
    }
};

/// Called for each query after it is scored, for listing misses.
using QueryObserver = std::function<void(const JudgedQuery&, const QueryScores&)>;

/// Runs every query through `searcher` on one thread: retrieves max(100, depth) passages, judges them by article
/// id and times each search call (analysis, query building, matching and the ids of the hits; no stored text or
/// snippets).
EvaluationReport evaluate(searcher::Searcher& searcher, const std::vector<JudgedQuery>& queries,
                          const EvaluationSettings& settings, const QueryObserver& observer = {});

}  // namespace ks::retrieval
