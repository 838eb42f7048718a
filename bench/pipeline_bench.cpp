// Microbenchmarks of each pipeline stage over the project's corpus/, reporting bytes per second.
// Run: build/bin/ks_bench  (add --benchmark_repetitions=5 --benchmark_report_aggregates_only=true for medians)

#include <benchmark/benchmark.h>
#include <unicode/ucnv.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "ks/analysis/analyzer.h"
#include "ks/entities/entity_extractor.h"
#include "ks/indexer/article.h"
#include "ks/indexer/article_writer.h"
#include "ks/indexer/document_builder.h"
#include "ks/indexer/passage_splitter.h"
#include "ks/searcher/query_builder.h"
#include "ks/searcher/searcher.h"
#include "ks/text/decode.h"
#include "ks/text/normalizer.h"
#include "ks/text/segmenter.h"

namespace {

namespace fs = std::filesystem;

// The corpus articles, read once.
// With KS_BENCH_JSONL set, the first KS_BENCH_ARTICLES (default 2,000) articles of that .jsonl file ("id",
// "title", "text"): a real collection's variety of words, which the project's few articles lack.
std::vector<ks::indexer::Article> jsonl_articles(const char* path)
{
    const char* limit = std::getenv("KS_BENCH_ARTICLES");
    const std::size_t wanted = limit != nullptr ? std::stoul(limit) : 2000;
    std::vector<ks::indexer::Article> out;
    std::ifstream in(path);
    for (std::string line; out.size() < wanted && std::getline(in, line);) {
        const auto json = nlohmann::json::parse(line);
        ks::indexer::Article article;
        article.id = json.value("id", std::to_string(out.size()));
        article.title = json.value("title", "");
        article.text = ks::indexer::clean_text(json.value("text", "")).text;
        out.push_back(std::move(article));
    }
    return out;
}

const std::vector<ks::indexer::Article>& articles()
{
    static const std::vector<ks::indexer::Article> all = [] {
        if (const char* jsonl = std::getenv("KS_BENCH_JSONL")) {
            return jsonl_articles(jsonl);
        }
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

void BM_DecodeCp949(benchmark::State& state)
{
    // The corpus as an old Korean editor would have saved it.
    std::vector<std::string> encoded;
    std::int64_t bytes = 0;
    for (const auto& a : articles()) {
        UErrorCode status = U_ZERO_ERROR;
        std::string out(a.text.size() * 2 + 16, '\0');
        const int32_t n = ucnv_convert("windows-949", "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                       a.text.data(), static_cast<int32_t>(a.text.size()), &status);
        out.resize(static_cast<std::size_t>(n));
        bytes += n;
        encoded.push_back(std::move(out));
    }
    for (auto _ : state) {
        for (const std::string& e : encoded) {
            benchmark::DoNotOptimize(ks::text::decode_text(e).text.data());
        }
    }
    state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_DecodeCp949);

void BM_EntityExtraction(benchmark::State& state)
{
    // Passages analyzed once; only extraction is timed.
    ks::analysis::Analyzer analyzer;
    ks::text::SentenceSegmenter sentences;
    std::vector<std::vector<std::string>> texts;
    std::vector<std::vector<std::vector<ks::analysis::Token>>> tokens;
    std::vector<std::string> dates;
    for (const auto& a : articles()) {
        texts.emplace_back();
        tokens.emplace_back();
        for (const auto& span : ks::indexer::split_passages(a.text, sentences)) {
            texts.back().push_back(a.text.substr(span.begin, span.end - span.begin));
            tokens.back().push_back(analyzer.analyze(texts.back().back()));
        }
        dates.push_back(a.date);
    }
    ks::entities::EntityExtractor extractor;
    for (auto _ : state) {
        for (std::size_t i = 0; i < texts.size(); ++i) {
            std::vector<ks::entities::PassageInput> inputs;
            for (std::size_t p = 0; p < texts[i].size(); ++p) {
                inputs.push_back({&tokens[i][p], texts[i][p]});
            }
            benchmark::DoNotOptimize(extractor.extract(inputs, dates[i]));
        }
    }
    state.SetBytesProcessed(state.iterations() * corpus_bytes());
}
BENCHMARK(BM_EntityExtraction);

// An index of the corpus repeated 100 times under distinct ids (3,300 passages), built once.
const std::string& search_index()
{
    static const std::string path = [] {
        const fs::path dir = fs::temp_directory_path() / "ks-bench-search.db";
        fs::remove_all(dir);
        ks::indexer::ArticleWriter writer(dir.string());
        for (int copy = 0; copy < 100; ++copy) {
            for (ks::indexer::Article a : articles()) {
                a.id += '-';
                a.id += std::to_string(copy);
                writer.add(a);
            }
        }
        writer.commit();
        return dir.string();
    }();
    return path;
}

void search_queries(benchmark::State& state, std::size_t facet_limit)
{
    static const std::vector<std::string> kQueries = {"메타 인재 영입",     "알트만 복귀",         "\"초지능 팀\"",
                                                      "무라티 퇴사 이유",   "오픈AI 칩 구매 약정", "보상 1억 달러",
                                                      "저커버그 더 리스트", "앤트로픽 컨텍스트 창"};
    ks::searcher::Searcher searcher(search_index());
    for (auto _ : state) {
        for (const std::string& q : kQueries) {
            benchmark::DoNotOptimize(searcher.search({.query = q, .facet_limit = facet_limit}).hits.size());
        }
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kQueries.size()));
}

void BM_Search(benchmark::State& state) { search_queries(state, 0); }
BENCHMARK(BM_Search);

void BM_SearchWithFacets(benchmark::State& state) { search_queries(state, 10); }
BENCHMARK(BM_SearchWithFacets);

}  // namespace
