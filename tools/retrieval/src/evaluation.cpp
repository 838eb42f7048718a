#include "ks/retrieval/evaluation.h"

#include <algorithm>
#include <chrono>

namespace ks::retrieval {

namespace {

searcher::SearchRequest make_request(const JudgedQuery& judged, const EvaluationSettings& settings)
{
    searcher::SearchRequest request;
    request.query = judged.query;
    request.mode = settings.mode;
    request.limit = static_cast<Xapian::doccount>(hits_per_query(settings));
    if (!settings.snippets) {
        request.snippet_chars = 0;
        request.ids_only = true;
    }
    request.facet_limit = settings.facet_limit;
    request.per_article = static_cast<Xapian::doccount>(settings.per_article);
    request.counted_at_least = 0;  // no total is reported: rank only
    request.ranking = settings.ranking;
    request.rewriting = settings.rewriting;
    return request;
}

// The reciprocal rank when a hit also counts as relevant if its text holds one of the query's answers: the
// same search again, with the passages' text.
double reciprocal_rank_counting_answers(searcher::Searcher& searcher, const JudgedQuery& judged,
                                        const std::set<std::string>& relevant, const EvaluationSettings& settings)
{
    searcher::SearchRequest request = make_request(judged, settings);
    request.ids_only = false;
    request.limit = static_cast<Xapian::doccount>(settings.depth);
    request.facet_limit = 0;  // the same ranking, without the cost
    std::vector<bool> good;
    for (const searcher::Hit& hit : searcher.search(request).hits) {
        good.push_back(relevant.contains(hit.record.doc) ||
                       holds_answer(hit.record.text, judged.answers, settings.answer_min_chars));
    }
    return reciprocal_rank_of_first(good, settings.depth);
}

}  // namespace

std::size_t hits_per_query(const EvaluationSettings& settings)
{
    return settings.snippets ? settings.depth : std::max<std::size_t>(kRecallCutoffs.back(), settings.depth);
}

EvaluationReport evaluate(searcher::Searcher& searcher, const std::vector<JudgedQuery>& queries,
                          const EvaluationSettings& settings, const QueryObserver& observer)
{
    using Clock = std::chrono::steady_clock;
    for (std::size_t i = 0; i < std::min(settings.warmup_queries, queries.size()); ++i) {
        searcher.search(make_request(queries[i], settings));
    }

    EvaluationReport report;
    for (const JudgedQuery& judged : queries) {
        const searcher::SearchRequest request = make_request(judged, settings);
        const Clock::time_point start = Clock::now();
        const searcher::SearchResult result = searcher.search(request);
        const std::chrono::duration<double> elapsed = Clock::now() - start;
        report.latencies_ms.push_back(elapsed.count() * 1000.0);
        report.total_seconds += elapsed.count();

        std::vector<std::string> ranked_docs;
        for (const searcher::Hit& hit : result.hits) {
            ranked_docs.push_back(hit.record.doc);
        }
        const std::set<std::string> relevant(judged.positive_ids.begin(), judged.positive_ids.end());
        const QueryScores scores = score_ranking(ranked_docs, relevant, settings.depth);
        report.metrics.add(scores);
        if (settings.answer_min_chars > 0) {
            double reciprocal_rank = scores.reciprocal_rank;
            if (!judged.answers.empty()) {
                ++report.queries_with_answers;
                if (reciprocal_rank < 1.0) {  // a judged first hit cannot be bettered: no second search
                    reciprocal_rank = reciprocal_rank_counting_answers(searcher, judged, relevant, settings);
                }
            }
            report.answer_rr_sum += reciprocal_rank;
        }
        if (observer) {
            observer(judged, scores);
        }
    }
    return report;
}

}  // namespace ks::retrieval
