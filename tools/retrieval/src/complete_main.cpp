// bench-complete: how fast `searcher --complete` answers, on prefixes people type on the way to real query words.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <sstream>

#include "ks/analysis/hangul.h"
#include "ks/analysis/jamo.h"
#include "ks/retrieval/judged_query.h"
#include "ks/retrieval/metrics.h"
#include "ks/schema/failure.h"
#include "ks/searcher/searcher.h"
#include "ks/text/utf8.h"

namespace {

using ks::text::to_u32;
using ks::text::to_utf8;

struct Prefixes {
    std::vector<std::string> half_typed;  ///< 평양 → 평ㅇ
    std::vector<std::string> initials;    ///< 평양 → ㅍㅇ
    std::vector<std::string> syllable;    ///< 평양 → 평
};

// Prefixes of every Hangul word of two syllables or more in the queries.
Prefixes prefixes_of(const std::vector<ks::retrieval::JudgedQuery>& queries)
{
    Prefixes p;
    for (const auto& judged : queries) {
        std::istringstream words(judged.query);
        for (std::string word; words >> word;) {
            const std::u32string w = to_u32(word);
            if (w.size() < 2 || !ks::analysis::is_hangul_syllable(w[0]) || !ks::analysis::is_hangul_syllable(w[1])) {
                continue;
            }
            p.half_typed.push_back(to_utf8(std::u32string{w[0], ks::analysis::initial_of(w[1])}));
            p.initials.push_back(to_utf8(ks::analysis::initials_of(w.substr(0, 2))));
            p.syllable.push_back(to_utf8(w.substr(0, 1)));
        }
    }
    return p;
}

std::vector<double> time_completions(ks::searcher::Searcher& searcher, const std::vector<std::string>& prefixes,
                                     std::size_t limit)
{
    std::vector<double> ms;
    for (const std::string& prefix : prefixes) {
        const auto start = std::chrono::steady_clock::now();
        searcher.complete(prefix, limit);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    return ms;
}

}  // namespace

int main(int argc, char** argv)
{
    CLI::App app{
        "Time searcher --complete (in process, one thread, after a warm-up) on prefixes of the Hangul words "
        "of a query file: half-typed (평ㅇ), 초성 (ㅍㅇ) and one syllable (평)."};
    std::vector<std::string> db_paths;
    std::string queries_path;
    std::size_t first = 1000;
    std::size_t limit = 10;
    app.add_option("-d,--db", db_paths, "index (repeat for shards)")->required()->allow_extra_args(false);
    app.add_option("-q,--queries", queries_path, "queries (.jsonl with \"query\")")->required();
    app.add_option("--first", first, "use the first N queries (0: all)")->capture_default_str();
    app.add_option("--limit", limit, "completions asked for")->capture_default_str();
    CLI11_PARSE(app, argc, argv);
    try {
        std::vector<ks::retrieval::JudgedQuery> queries = ks::retrieval::load_judged_queries(queries_path);
        if (first > 0 && first < queries.size()) {
            queries.resize(first);
        }
        ks::searcher::Searcher searcher(db_paths);
        const Prefixes p = prefixes_of(queries);
        time_completions(
            searcher,
            std::vector<std::string>(
                p.half_typed.begin(),
                p.half_typed.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(100, p.half_typed.size()))),
            limit);  // warm-up
        std::vector<double> all;
        for (const auto& [kind, prefixes] : {std::pair{"half-typed", &p.half_typed}, std::pair{"initials", &p.initials},
                                             std::pair{"syllable", &p.syllable}}) {
            const std::vector<double> ms = time_completions(searcher, *prefixes, limit);
            all.insert(all.end(), ms.begin(), ms.end());
            std::printf("%-10s  %zu prefixes  p50 %.3f ms  p95 %.3f ms  p99 %.3f ms\n", kind, ms.size(),
                        ks::retrieval::percentile(ms, 0.50), ks::retrieval::percentile(ms, 0.95),
                        ks::retrieval::percentile(ms, 0.99));
        }
        std::printf("complete    %zu prefixes  p50 %.3f ms  p95 %.3f ms  p99 %.3f ms\n", all.size(),
                    ks::retrieval::percentile(all, 0.50), ks::retrieval::percentile(all, 0.95),
                    ks::retrieval::percentile(all, 0.99));
    } catch (...) {
        std::cerr << "bench-complete: " << ks::schema::current_failure() << '\n';
        return 2;
    }
    return 0;
}
