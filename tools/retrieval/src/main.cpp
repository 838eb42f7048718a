#include <xapian.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "ks/retrieval/evaluation.h"
#include "ks/schema/failure.h"

namespace {

constexpr const char* kFooter = R"(
Query file: one JSON object a line, {"id": "...", "query": "...", "positive_ids": ["article id", ...]},
as in the queries-*.jsonl files of a retrieval set. A retrieved passage counts as relevant when its
article id (the `doc` field of search results) is one of positive_ids. Where a set also gives the answer
strings ("answers": [...], as KorQuAD does), --answer-chars N adds MRR@k counting a hit whose text holds an
answer of N characters or more: the answer often stands in passages nobody judged.

Reports recall at 1/5/10/100, MRR and nDCG at --k, and query latency (p50/p95/p99, queries per second)
measured on one thread after a warm-up, each search retrieving the ids of 100 passages (no stored text, no snippets);
with --snippets, the top k hits whole, with stored text and snippets.

Examples:
  indexer --db kq.db data/korquad-v1-dev/passages.jsonl
  bench-retrieval --db kq.db --queries data/korquad-v1-dev/queries-dev.jsonl
  bench-retrieval --db kq.db --queries queries.jsonl --json | jq .mrr_at_k
  bench-retrieval --db kq.db --queries queries.jsonl --misses 2> misses.tsv
  bench-retrieval --db kq.db --queries data/korquad-v1-dev/queries-dev.jsonl --answer-chars 4

Exit status: 0 done, 2 error.
)";

using ks::retrieval::EvaluationReport;
using ks::retrieval::EvaluationSettings;
using ks::retrieval::kRecallCutoffs;
using ks::retrieval::percentile;

// What each timed search did, so that figures are never read as more or less than they are.
std::string settings_line(const EvaluationSettings& settings, Xapian::doccount passages)
{
    const std::size_t hits = ks::retrieval::hits_per_query(settings);
    return "top " + std::to_string(hits) +
           (settings.snippets ? " hits per query with stored text and snippets"
                              : " ids per query (no stored text, no snippets)") +
           (settings.per_article > 0 ? ", at most " + std::to_string(settings.per_article) + " per article" : "") +
           ", facets " + (settings.facet_limit > 0 ? "counted over all matches" : "off") + ", corrections " +
           (settings.rewriting.correct ? "on" : "off") + ", " +
           (settings.mode == ks::searcher::MatchMode::kAll ? "--all, " : "") + "index of " + std::to_string(passages) +
           " passages";
}

nlohmann::json to_json(const EvaluationReport& report, const EvaluationSettings& settings, Xapian::doccount passages)
{
    const ks::retrieval::MetricTotals& m = report.metrics;
    nlohmann::json out{{"queries", m.queries()}, {"k", settings.depth}};
    out["settings"] = {{"hits_per_query", ks::retrieval::hits_per_query(settings)},
                       {"stored_text", settings.snippets},
                       {"snippets", settings.snippets},
                       {"facets", settings.facet_limit > 0},
                       {"per_article", settings.per_article},
                       {"corrections", settings.rewriting.correct},
                       {"all", settings.mode == ks::searcher::MatchMode::kAll},
                       {"index_passages", passages}};
    for (std::size_t c = 0; c < kRecallCutoffs.size(); ++c) {
        out["recall_at_" + std::to_string(kRecallCutoffs[c])] = m.recall(c);
    }
    out["mrr_at_k"] = m.mrr();
    out["ndcg_at_k"] = m.ndcg();
    out["latency_ms"] = {{"p50", percentile(report.latencies_ms, 0.50)},
                         {"p95", percentile(report.latencies_ms, 0.95)},
                         {"p99", percentile(report.latencies_ms, 0.99)}};
    out["queries_per_second"] = report.total_seconds > 0 ? static_cast<double>(m.queries()) / report.total_seconds : 0;
    if (settings.answer_min_chars > 0) {
        out["mrr_at_k_counting_answers"] = report.mrr_counting_answers();
        out["queries_with_answers"] = report.queries_with_answers;
    }
    return out;
}

void print_text(const EvaluationReport& report, const EvaluationSettings& settings, Xapian::doccount passages,
                std::ostream& out)
{
    const ks::retrieval::MetricTotals& m = report.metrics;
    char line[256];
    out << "settings  " << settings_line(settings, passages) << '\n';
    out << "queries  " << m.queries() << '\n';
    out << "recall  ";
    for (std::size_t c = 0; c < kRecallCutoffs.size(); ++c) {
        std::snprintf(line, sizeof line, " R@%zu %.4f", kRecallCutoffs[c], m.recall(c));
        out << line;
    }
    std::snprintf(line, sizeof line, "\nranking   MRR@%zu %.4f  nDCG@%zu %.4f\n", settings.depth, m.mrr(),
                  settings.depth, m.ndcg());
    out << line;
    const double qps = report.total_seconds > 0 ? static_cast<double>(m.queries()) / report.total_seconds : 0;
    std::snprintf(line, sizeof line, "latency   p50 %.3f ms  p95 %.3f ms  p99 %.3f ms  %.0f queries/s (one thread)\n",
                  percentile(report.latencies_ms, 0.50), percentile(report.latencies_ms, 0.95),
                  percentile(report.latencies_ms, 0.99), qps);
    out << line;
    if (settings.answer_min_chars > 0) {
        std::snprintf(line, sizeof line,
                      "answers   MRR@%zu %.4f  counting a hit that holds an answer of %zu+ characters (%zu queries "
                      "with answers)\n",
                      settings.depth, report.mrr_counting_answers(), settings.answer_min_chars,
                      report.queries_with_answers);
        out << line;
    }
}

// The ranking parameters, for tuning: the searcher's defaults unless given.
void define_tuning_options(CLI::App& app, ks::searcher::RankingParams& ranking)
{
    auto* tuning = app.add_option_group("ranking", "ranking parameters, for tuning (defaults are the searcher's)");
    tuning->add_option("--k1", ranking.bm25_k1, "BM25 k1")->capture_default_str();
    tuning->add_option("--b", ranking.bm25_b, "BM25 b")->capture_default_str();
    tuning->add_option("--delta", ranking.bm25_delta, "BM25+ floor of a matching term (0: plain BM25)")
        ->capture_default_str();
    tuning
        ->add_option("--min-normlen", ranking.bm25_min_normlen,
                     "shortest length BM25 normalizes by, as a share of the average passage")
        ->capture_default_str();
    tuning->add_option("--surface-weight", ranking.surface, "weight of the exact word form")->capture_default_str();
    tuning->add_option("--parts-weight", ranking.parts, "weight of parts of mixed-script words")->capture_default_str();
    tuning->add_option("--bigram-weight", ranking.all_bigrams, "weight of all bigrams of a word")
        ->capture_default_str();
    tuning->add_option("--some-bigram-weight", ranking.some_bigrams, "weight of single bigrams")->capture_default_str();
    tuning->add_option("--joined-weight", ranking.joined, "weight of the bigram joining two words")
        ->capture_default_str();
    tuning->add_option("--lead-weight", ranking.lead, "weight of the word opening an article")->capture_default_str();
    tuning->add_option("--title-weight", ranking.title, "weight of words in the title")->capture_default_str();
    tuning
        ->add_option("--common-share", ranking.common_share,
                     "share of passages above which a word makes no match on its own (0: off)")
        ->capture_default_str();
    tuning->add_option("--common-min", ranking.common_min, "passages a common word is in at least")
        ->capture_default_str();
}

// What the command line gives.
struct CommandLine {
    std::vector<std::string> db_paths;
    std::string queries_path;
    std::size_t max_queries = 0;
    bool json = false;
    bool all = false;
    bool misses = false;
    bool no_correct = false;
    EvaluationSettings settings;
};

void define_options(CLI::App& app, CommandLine& line)
{
    app.set_version_flag("--version", std::string("bench-retrieval (korean_search) ") + KS_VERSION);
    app.footer(kFooter);
    app.add_option("-d,--db", line.db_paths, "index built by indexer (repeat for shards)")
        ->required()
        ->allow_extra_args(false);
    app.add_option("-q,--queries", line.queries_path, "judged queries (.jsonl)")->required();
    app.add_option("-k,--k", line.settings.depth, "cut-off of MRR and nDCG")
        ->check(CLI::Range(1, 1000))
        ->capture_default_str();
    app.add_option("--first", line.max_queries, "use only the first N queries (0: all)")->capture_default_str();
    app.add_option("--warmup", line.settings.warmup_queries, "untimed queries run first")->capture_default_str();
    app.add_flag("--all", line.all, "every query word must match (searcher --all)");
    app.add_option("--facets", line.settings.facet_limit,
                   "also count facets over all matches, listing N values (0: off)")
        ->capture_default_str();
    app.add_flag("--no-correct", line.no_correct, "search every query word as typed (searcher --no-correct)");
    app.add_flag("--json", line.json, "print the figures as one JSON object");
    app.add_flag("--snippets", line.settings.snippets,
                 "time searches that return the top k hits whole, with stored text and snippets, as the searcher "
                 "prints them (recall beyond k is then not measured)");
    app.add_option("--per-article", line.settings.per_article,
                   "at most N passages of an article in each result, as the searcher lists them (it lists 1 by "
                   "default; 0: every passage)")
        ->capture_default_str();
    app.add_option("--answer-chars", line.settings.answer_min_chars,
                   "also report MRR@k counting a hit as relevant when its text holds one of the query's \"answers\" "
                   "of at least N characters: answers the judgments missed (0: off)")
        ->capture_default_str();
    app.add_flag("--misses", line.misses, "list queries whose first hit is not relevant on stderr: id, rank, query");
    define_tuning_options(app, line.settings.ranking);
}

}  // namespace

int main(int argc, char** argv)
{
    CLI::App app{"Measure retrieval quality and query speed of an index on judged queries."};
    CommandLine line;
    define_options(app, line);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    EvaluationSettings& settings = line.settings;
    settings.mode = line.all ? ks::searcher::MatchMode::kAll : ks::searcher::MatchMode::kAny;
    settings.rewriting.correct = !line.no_correct;
    try {
        std::vector<ks::retrieval::JudgedQuery> queries = ks::retrieval::load_judged_queries(line.queries_path);
        if (line.max_queries > 0 && queries.size() > line.max_queries) {
            queries.resize(line.max_queries);
        }
        ks::searcher::Searcher searcher(line.db_paths);
        ks::retrieval::QueryObserver observer;
        if (line.misses) {
            observer = [](const ks::retrieval::JudgedQuery& q, const ks::retrieval::QueryScores& s) {
                if (s.first_relevant_rank != 1) {
                    std::cerr << q.id << '\t' << s.first_relevant_rank << '\t' << q.query << '\n';
                }
            };
        }
        const EvaluationReport report = ks::retrieval::evaluate(searcher, queries, settings, observer);
        if (line.json) {
            std::cout << to_json(report, settings, searcher.passages()).dump(2) << '\n';
        } else {
            print_text(report, settings, searcher.passages(), std::cout);
        }
        return 0;
    } catch (...) {
        std::cerr << "bench-retrieval: " << ks::schema::current_failure() << '\n';
    }
    return 2;
}
