// Microbenchmarks of each pipeline stage over the project's corpus/, reporting bytes per second.
// Run: build/bin/ks_bench  (add --benchmark_repetitions=5 --benchmark_report_aggregates_only=true for medians)

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ks/analysis/analyzer.h"
#include "ks/indexer/article.h"
#include "ks/indexer/document_builder.h"
#include "ks/indexer/passage_splitter.h"
#include "ks/searcher/query_builder.h"
#include "ks/text/normalizer.h"
#include "ks/text/segmenter.h"

namespace {

namespace fs = std::filesystem;

// The corpus articles, read once.
const std::vector<ks::indexer::Article>& articles()
{
    static const std::vector<ks::indexer::Article> all = [] {
        std::vector<ks::indexer::Article> out;
        for (const auto& entry : fs::directory_iterator(fs::path(KS_SOURCE_DIR) / "corpus")) {
            if (entry.path().extension() != ".txt") {
                continue;
            }
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream bytes;
            bytes << in.rdbuf();
            out.push_back(ks::indexer::parse_text_article(entry.path().stem().string(),
                                                          ks::indexer::clean_text(bytes.str()).text));
        }
        return out;
    }();
    return all;
}

std::int64_t corpus_bytes()
{
    std::int64_t n = 0;
    for (const auto& a : articles()) {
        n += static_cast<std::int64_t>(a.text.size());
    }
    return n;
}

void BM_Normalize(benchmark::State& state)
{
    for (auto _ : state) {
        for (const auto& a : articles()) {
            const ks::text::NormalizedText normalized(a.text);
            benchmark::DoNotOptimize(normalized.text().data());
        }
    }
    state.SetBytesProcessed(state.iterations() * corpus_bytes());
}
BENCHMARK(BM_Normalize);

void BM_WordSegmentation(benchmark::State& state)
{
    ks::text::WordSegmenter segmenter;
    std::size_t segments = 0;
    for (auto _ : state) {
        for (const auto& a : articles()) {
            segments += segmenter.segment(a.text).size();
        }
    }
    state.SetBytesProcessed(state.iterations() * corpus_bytes());
    state.counters["segments"] = static_cast<double>(segments / state.iterations());
}
BENCHMARK(BM_WordSegmentation);

void BM_KoreanAnalysis(benchmark::State& state)
{
    ks::analysis::Analyzer analyzer;
    std::size_t tokens = 0;
    for (auto _ : state) {
        for (const auto& a : articles()) {
            tokens += analyzer.analyze(a.text).size();
        }
    }
    state.SetBytesProcessed(state.iterations() * corpus_bytes());
    state.counters["tokens"] = static_cast<double>(tokens / state.iterations());
}
BENCHMARK(BM_KoreanAnalysis);

void BM_PassageSplitting(benchmark::State& state)
{
    ks::text::SentenceSegmenter sentences;
    std::size_t passages = 0;
    for (auto _ : state) {
        for (const auto& a : articles()) {
            passages += ks::indexer::split_passages(a.text, sentences).size();
        }
    }
    state.SetBytesProcessed(state.iterations() * corpus_bytes());
    state.counters["passages"] = static_cast<double>(passages / state.iterations());
}
BENCHMARK(BM_PassageSplitting);

void BM_DocumentBuilding(benchmark::State& state)
{
    ks::indexer::DocumentBuilder builder;
    std::size_t documents = 0;
    for (auto _ : state) {
        for (const auto& a : articles()) {
            documents += builder.build(a).passages.size();
        }
    }
    state.SetBytesProcessed(state.iterations() * corpus_bytes());
    state.counters["documents"] = static_cast<double>(documents / state.iterations());
}
BENCHMARK(BM_DocumentBuilding);

void BM_QueryBuilding(benchmark::State& state)
{
    ks::analysis::Analyzer analyzer;
    ks::searcher::QueryBuilder builder(analyzer, ks::searcher::MatchMode::kAny);
    const auto parsed = ks::searcher::parse_query("메타 초지능팀은 누가 이끄나 \"선교사가 용병을\" -구글");
    for (auto _ : state) {
        benchmark::DoNotOptimize(builder.build(parsed));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_QueryBuilding);

}  // namespace
