#pragma once

#include <array>
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ks::retrieval {

/// The cut-offs recall is reported at.
inline constexpr std::array<std::size_t, 4> kRecallCutoffs{1, 5, 10, 100};

/// How well one ranking answers one query. Hits are judged by article id; a relevant article counts once, at
/// its best-ranked passage, so several passages of one article neither add gain nor push recall above 1.
struct QueryScores {
    std::array<double, kRecallCutoffs.size()> recall{};  ///< share of relevant articles within each cut-off
    double reciprocal_rank = 0;                          ///< 1 / rank of the first relevant hit within `depth`, else 0
    double ndcg = 0;                                     ///< binary-gain nDCG within `depth`
    std::size_t first_relevant_rank = 0;                 ///< 1-based, 0 when no relevant hit was retrieved at all
};

/// Scores `ranked_docs` (article ids of the ranked passages, best first) against `relevant` article ids;
/// `depth` is the cut-off of reciprocal rank and nDCG (10 for MRR@10, nDCG@10).
QueryScores score_ranking(const std::vector<std::string>& ranked_docs, const std::set<std::string>& relevant,
                          std::size_t depth);

/// Whether `text` holds one of `answers` that is at least `min_chars` characters long (code points, not bytes):
/// a passage the judgments did not name may still answer the question, where a short answer (2013, 7명) can
/// stand in any passage by chance.
bool holds_answer(std::string_view text, const std::vector<std::string>& answers, std::size_t min_chars);

/// 1 / the rank of the first true flag within `depth` (flags: one per ranked passage, best first), else 0.
double reciprocal_rank_of_first(const std::vector<bool>& good, std::size_t depth);

/// Means of QueryScores over a query set.
class MetricTotals {
public:
    void add(const QueryScores& scores);

    std::size_t queries() const { return queries_; }
    double recall(std::size_t cutoff_index) const;
    double mrr() const;
    double ndcg() const;

private:
    std::size_t queries_ = 0;
    QueryScores sums_;
};

/// The value below which `share` (0..1) of `samples` fall, by the nearest-rank method. 0 for no samples.
double percentile(std::vector<double> samples, double share);

}  // namespace ks::retrieval
