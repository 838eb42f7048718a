#include "ks/retrieval/metrics.h"

#include <algorithm>
#include <cmath>

#include "ks/text/utf8.h"

namespace ks::retrieval {

namespace {

double discount(std::size_t rank)  // rank is 1-based
{
    return 1.0 / std::log2(static_cast<double>(rank) + 1.0);
}

}  // namespace

QueryScores score_ranking(const std::vector<std::string>& ranked_docs, const std::set<std::string>& relevant,
                          std::size_t depth)
{
    QueryScores scores;
    if (relevant.empty()) {
        return scores;
    }
    std::set<std::string> found;
    double dcg = 0;
    for (std::size_t i = 0; i < ranked_docs.size(); ++i) {
        const std::size_t rank = i + 1;
        if (!relevant.contains(ranked_docs[i]) || !found.insert(ranked_docs[i]).second) {
            continue;  // not relevant, or an article already counted at a better rank
        }
        if (scores.first_relevant_rank == 0) {
            scores.first_relevant_rank = rank;
            scores.reciprocal_rank = rank <= depth ? 1.0 / static_cast<double>(rank) : 0.0;
        }
        if (rank <= depth) {
            dcg += discount(rank);
        }
        for (std::size_t c = 0; c < kRecallCutoffs.size(); ++c) {
            if (rank <= kRecallCutoffs[c]) {
                scores.recall[c] += 1.0 / static_cast<double>(relevant.size());
            }
        }
    }
    double ideal = 0;
    for (std::size_t rank = 1; rank <= std::min(depth, relevant.size()); ++rank) {
        ideal += discount(rank);
    }
    scores.ndcg = ideal > 0 ? dcg / ideal : 0;
    return scores;
}

bool holds_answer(std::string_view text, const std::vector<std::string>& answers, std::size_t min_chars)
{
    return std::any_of(answers.begin(), answers.end(), [&](const std::string& answer) {
        return !answer.empty() && text::count_code_points(answer) >= min_chars &&
               text.find(answer) != std::string_view::npos;
    });
}

double reciprocal_rank_of_first(const std::vector<bool>& good, std::size_t depth)
{
    for (std::size_t i = 0; i < std::min(depth, good.size()); ++i) {
        if (good[i]) {
            return 1.0 / static_cast<double>(i + 1);
        }
    }
    return 0;
}

void MetricTotals::add(const QueryScores& scores)
{
    ++queries_;
    for (std::size_t c = 0; c < kRecallCutoffs.size(); ++c) {
        sums_.recall[c] += scores.recall[c];
    }
    sums_.reciprocal_rank += scores.reciprocal_rank;
    sums_.ndcg += scores.ndcg;
}

double MetricTotals::recall(std::size_t cutoff_index) const
{
    return queries_ == 0 ? 0 : sums_.recall.at(cutoff_index) / static_cast<double>(queries_);
}

double MetricTotals::mrr() const { return queries_ == 0 ? 0 : sums_.reciprocal_rank / static_cast<double>(queries_); }

double MetricTotals::ndcg() const { return queries_ == 0 ? 0 : sums_.ndcg / static_cast<double>(queries_); }

double percentile(std::vector<double> samples, double share)
{
    if (samples.empty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    const double rank = std::ceil(share * static_cast<double>(samples.size()));
    const std::size_t index = rank < 1 ? 0 : static_cast<std::size_t>(rank) - 1;
    return samples[std::min(index, samples.size() - 1)];
}

}  // namespace ks::retrieval
