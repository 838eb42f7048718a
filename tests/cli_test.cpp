// The binaries as users and scripts meet them: exit codes, messages, JSON.

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>

#include "ks/schema/schema.h"
#include "ks/searcher/searcher.h"
#include "support.h"

namespace {

using ks::test::quoted;
using ks::test::run_command;
using ks::test::TempDir;
using nlohmann::json;

ks::test::CommandResult indexer(const std::string& args)
{
    return run_command(std::string(KS_INDEXER_BIN) + " " + args);
}

ks::test::CommandResult searcher(const std::string& db, const std::string& args)
{
    return run_command(std::string(KS_SEARCHER_BIN) + " --db " + quoted(db) + " " + args);
}

// Index of the seed articles, built once through the indexer binary; empty when the seeds are missing.
const std::string& seeds_index()
{
    static TempDir dir;
    static const std::string path = []() -> std::string {
        const auto seeds = ks::test::shared_dir();
        if (!seeds) {
            return {};
        }
        const std::string db = (dir / "seeds.db").string();
        const auto r = indexer("--db " + quoted(db) + " " + quoted((*seeds / "corpus" / "seeds").string()));
        REQUIRE(r.exit_code == 0);
        return db;
    }();
    return path;
}

void check_hit_schema(const json& hit)
{
    CHECK(hit.at("rank").is_number_unsigned());
    CHECK(hit.at("score").is_number());
    CHECK(hit.at("doc").is_string());
    CHECK(hit.at("title").is_string());
    CHECK(hit.at("passage").is_number_unsigned());
    CHECK(hit.at("text").is_string());
    CHECK(hit.at("snippet").is_string());
    REQUIRE(hit.at("highlights").is_array());
    for (const json& range : hit.at("highlights")) {
        REQUIRE(range.is_array());
        REQUIRE(range.size() == 2);
        CHECK(range[0].get<std::size_t>() < range[1].get<std::size_t>());
    }
    for (const char* facet : {"persons", "companies", "dates"}) {
        REQUIRE(hit.at(facet).is_array());
        for (const json& value : hit.at(facet)) {
            CHECK(value.is_string());
        }
    }
}

void check_facets_schema(const json& facets)
{
    for (const char* facet : {"person", "company", "date", "published"}) {
        REQUIRE(facets.at(facet).is_array());
        for (const json& entry : facets.at(facet)) {
            CHECK(entry.at("value").is_string());
            CHECK(entry.at("count").is_number_unsigned());
        }
    }
}

// True if 메타 occurs in `text` and every occurrence carries a particle (메타의, 메타는, 메타가...).
bool only_particle_forms_of_meta(const std::string& text)
{
    static const std::vector<std::string> kParticles = {"의", "는", "가", "를", "에", "도", "와", "로"};
    const std::string meta = "메타";
    bool any = false;
    for (std::size_t at = text.find(meta); at != std::string::npos; at = text.find(meta, at + 1)) {
        const std::string next = text.substr(at + meta.size(), 3);
        if (std::find(kParticles.begin(), kParticles.end(), next) == kParticles.end()) {
            return false;
        }
        any = true;
    }
    return any;
}

}  // namespace

TEST_CASE("searching 메타 finds the passages that only say 메타의, 메타는, 메타가")
{
    if (!ks::test::seeds_or_skip()) {
        return;
    }
    const json all = json::parse(searcher(seeds_index(), "--json --per-article 0 --limit 100000").out);
    std::set<std::string> expected;
    for (const json& hit : all.at("hits")) {
        if (only_particle_forms_of_meta(hit.at("text"))) {
            expected.insert(hit.at("doc").get<std::string>() + "#" + std::to_string(hit.at("passage").get<int>()));
        }
    }
    REQUIRE(expected.size() >= 3);
    const auto r = searcher(seeds_index(), "--json --per-article 0 --limit 1000 메타");
    REQUIRE(r.exit_code == 0);
    std::set<std::string> found;
    const json result = json::parse(r.out);
    for (const json& hit : result.at("hits")) {
        found.insert(hit.at("doc").get<std::string>() + "#" + std::to_string(hit.at("passage").get<int>()));
    }
    for (const std::string& key : expected) {
        INFO(key);
        CHECK(found.contains(key));
    }
}

TEST_CASE("the phrase \"선교사가 용병을\" finds exactly its passage")
{
    if (!ks::test::seeds_or_skip()) {
        return;
    }
    const auto r = searcher(seeds_index(), "--json " + quoted("\"선교사가 용병을\""));
    REQUIRE(r.exit_code == 0);
    const json hits = json::parse(r.out).at("hits");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].at("text").get<std::string>().find("선교사가 용병을") != std::string::npos);
}

TEST_CASE("JSON output parses and follows the documented schema")
{
    if (!ks::test::seeds_or_skip()) {
        return;
    }
    const auto r = searcher(seeds_index(), "--json --limit 5 인재 영입 전쟁");
    REQUIRE(r.exit_code == 0);
    const json out = json::parse(r.out);
    CHECK(out.at("schema_version").is_string());
    CHECK(out.at("query") == "인재 영입 전쟁");
    CHECK(out.at("total_estimate").is_number_unsigned());
    check_facets_schema(out.at("facets"));
    CHECK(out["facets"]["company"].size() > 0);
    CHECK(out.at("total_articles").is_number_unsigned());  // one hit per article by default
    REQUIRE(out.at("hits").size() >= 3);
    REQUIRE(out.at("hits").size() <= 5);
    for (std::size_t i = 0; i < out.at("hits").size(); ++i) {
        const json& hit = out["hits"][i];
        check_hit_schema(hit);
        CHECK(hit.at("rank") == i + 1);
        if (hit.contains("more_in_article")) {
            CHECK(hit.at("more_in_article").is_number_unsigned());
        }
        if (i > 0) {
            CHECK(hit.at("score").get<double>() <= out["hits"][i - 1].at("score").get<double>());
        }
    }
}

TEST_CASE("exit codes follow grep: 0 hits, 1 no hits, 2 error")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    CHECK(searcher(db, "메타").exit_code == 0);
    CHECK(searcher(db, "존재하지않는낱말").exit_code == 1);

    const auto missing = searcher((dir / "nope").string(), "메타");
    CHECK(missing.exit_code == 2);
    CHECK_THAT(missing.err, Catch::Contains("no index at") && Catch::Contains("nope"));
    CHECK(missing.out.empty());

    CHECK(searcher(db, "--limit 100001 메타").exit_code == 2);
    CHECK(searcher(db, "--color sometimes 메타").exit_code == 2);
}

TEST_CASE("an input path that does not exist stops the indexer before it creates anything")
{
    TempDir dir;
    const std::string db = (dir / "db").string();
    const auto r = indexer("--db " + quoted(db) + " " + quoted((dir / "missing.txt").string()));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("missing.txt") && Catch::Contains("No such file"));
    CHECK_FALSE(ks::test::fs::exists(db));
}

TEST_CASE("a missing Korean dictionary stops the indexer with its folder named, before it creates anything")
{
    TempDir dir;
    const std::string db = (dir / "db").string();
    const auto r =
        run_command("KS_MECAB_DICDIR=" + quoted((dir / "no-dictionary").string()) + " " + std::string(KS_INDEXER_BIN) +
                    " --db " + quoted(db) + " " + quoted(ks::test::corpus_dir().string()));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("no-dictionary") && Catch::Contains("install-dictionary.sh"));
    CHECK_FALSE(ks::test::fs::exists(db));
}

TEST_CASE("a folder of files the indexer cannot read is named as skipped with what it holds, and other files are noted")
{
    TempDir dir;
    ks::test::fs::create_directories(dir / "pdfs");
    ks::test::write_file(dir / "pdfs" / "a.pdf", "%PDF-1.4");
    ks::test::write_file(dir / "pdfs" / "b.pdf", "%PDF-1.4");
    ks::test::write_file(dir / "pdfs" / ".DS_Store", "");
    const auto empty = indexer("--db " + quoted((dir / "a.db").string()) + " " + quoted((dir / "pdfs").string()));
    CHECK(empty.exit_code == 1);
    CHECK_THAT(empty.err, Catch::Contains("no .txt, .md or .jsonl file in it") && Catch::Contains(".pdf: 2"));
    ks::test::write_file(dir / "pdfs" / "article.txt", "제목\n\n메타가 연구자를 영입했다.\n");
    const auto mixed = indexer("--db " + quoted((dir / "b.db").string()) + " " + quoted((dir / "pdfs").string()));
    CHECK(mixed.exit_code == 0);
    CHECK_THAT(mixed.err, Catch::Contains("passed over files of other kinds (.pdf: 2)"));
}

TEST_CASE("bad .jsonl lines are named by line and skipped, the others indexed")
{
    TempDir dir;
    const auto input = dir / "news.jsonl";
    ks::test::write_file(input,
                         "{\"id\": \"a\", \"title\": \"첫 기사\", \"text\": \"메타가 연구자를 영입했다.\"}\n"
                         "{\"id\": \"b\", \"text\": \n"
                         "{\"id\": \"c\", \"title\": \"셋째 기사\", \"text\": \"오픈AI가 대응했다.\"}\n");
    const std::string db = (dir / "db").string();
    const auto r = indexer("--db " + quoted(db) + " " + quoted(input.string()));
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("news.jsonl:2") && Catch::Contains("not valid JSON"));
    CHECK_THAT(r.out, Catch::Contains("indexed 2 articles"));
    CHECK(json::parse(searcher(db, "--json").out).at("hits").size() == 2);
}

TEST_CASE("colour appears only when asked for or on a terminal")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    CHECK(searcher(db, "메타").out.find('\x1b') == std::string::npos);  // piped
    CHECK(searcher(db, "--color always 메타").out.find("\x1b[1;31m") != std::string::npos);
}

TEST_CASE("searcher --help teaches the query syntax and exits 0")
{
    const auto r = run_command(std::string(KS_SEARCHER_BIN) + " --help");
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("Examples") && Catch::Contains("OR"));
    CHECK(run_command(std::string(KS_INDEXER_BIN) + " --help").exit_code == 0);
}

TEST_CASE("bench-retrieval scores judged queries against an index and names a bad query file")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    const auto queries = dir / "queries.jsonl";
    // Two questions whose article must come first, and one whose judged article is not in the index at all.
    ks::test::write_file(queries,
                         R"({"id": "1", "query": "레인 AI의 뉴로모픽 칩 계약", "positive_ids": ["rain-ai-chip-deal"]}
{"id": "2", "query": "무라티는 왜 오픈AI를 떠났나", "positive_ids": ["murati-exodus"]}
{"id": "3", "query": "메타", "positive_ids": ["not-indexed"]}
)");
    const std::string bench = std::string(KS_BENCH_RETRIEVAL_BIN) + " --db " + quoted(db);
    const auto r = run_command(bench + " --queries " + quoted(queries.string()) + " --json");
    REQUIRE(r.exit_code == 0);
    const json report = json::parse(r.out);
    CHECK(report.at("queries") == 3);
    CHECK(report.at("mrr_at_k").get<double>() == Approx(2.0 / 3));
    CHECK(report.at("recall_at_100").get<double>() == Approx(2.0 / 3));
    CHECK(report.at("latency_ms").at("p50").get<double>() > 0);
    // What was timed is said with the figures: facets off by default, the index's size.
    CHECK(report.at("settings").at("facets") == false);
    CHECK(report.at("settings").at("index_passages").get<int>() > 0);
    const auto text = run_command(bench + " --queries " + quoted(queries.string()) + " --facets 10");
    CHECK_THAT(text.out, Catch::StartsWith("settings  top 100 ids per query") &&
                             Catch::Contains("facets counted over all matches"));

    ks::test::write_file(queries, "{\"id\": \"1\", \"query\": \"메타\"}\n");
    const auto bad = run_command(bench + " --queries " + quoted(queries.string()));
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err, Catch::Contains("queries.jsonl:1"));
}

TEST_CASE("bench-retrieval --answer-chars counts a hit that holds the answer the judgments missed")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    const auto queries = dir / "queries.jsonl";
    // Judged to an article the index lacks: every hit is a miss, unless it holds the answer. The first hit for
    // 레인AI 의향서 is the deal's second paragraph, its first paragraph the second hit.
    ks::test::write_file(queries,
                         R"({"id": "1", "query": "레인AI 의향서", "positive_ids": ["x"], "answers": ["5100만 달러"]}
{"id": "2", "query": "레인AI 의향서", "positive_ids": ["x"], "answers": ["AI 칩을 사들이기로"]}
{"id": "3", "query": "레인AI 의향서", "positive_ids": ["x"], "answers": ["칩"]}
{"id": "4", "query": "레인AI 의향서", "positive_ids": ["x"]}
)");
    const std::string bench =
        std::string(KS_BENCH_RETRIEVAL_BIN) + " --db " + quoted(db) + " --queries " + quoted(queries.string());
    const auto r = run_command(bench + " --answer-chars 4 --json");
    REQUIRE(r.exit_code == 0);
    const json report = json::parse(r.out);
    CHECK(report.at("mrr_at_k").get<double>() == 0.0);
    // 1 (answer in the first hit) + 1/2 (in the second) + 0 (one character: not counted) + 0 (no answers), over 4
    CHECK(report.at("mrr_at_k_counting_answers").get<double>() == Approx(1.5 / 4));
    CHECK(report.at("queries_with_answers") == 3);

    const auto off = json::parse(run_command(bench + " --json").out);
    CHECK_FALSE(off.contains("mrr_at_k_counting_answers"));
    CHECK_THAT(run_command(bench + " --answer-chars 4").out, Catch::Contains("answers   MRR@10 0.3750"));
}

TEST_CASE("filters on the command line: a name in any spelling, dates checked and named when malformed")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    const auto r = searcher(db, "--json --person 올트먼 --company 메타");
    REQUIRE(r.exit_code == 0);
    const json out = json::parse(r.out);
    REQUIRE(!out.at("hits").empty());
    for (const json& hit : out["hits"]) {
        const auto persons = hit.at("persons").get<std::vector<std::string>>();
        CHECK(std::find(persons.begin(), persons.end(), "샘 알트만") != persons.end());
    }
    CHECK(out["facets"]["person"][0]["value"] == "샘 알트만");

    const auto bad = searcher(db, "--from 2025-13-40 메타");
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err, Catch::Contains("--from") && Catch::Contains("2025-13-40"));
    CHECK(bad.out.empty());
    const auto no_such_day = searcher(db, "--mentioned-from 2025-02-30 메타");
    CHECK(no_such_day.exit_code == 2);
    CHECK_THAT(no_such_day.err, Catch::Contains("2025-02-30"));
    CHECK(searcher(db, "--person 존재하지않는사람").exit_code == 1);
}

TEST_CASE("batch mode answers each line as the same query run alone, one JSON line per query")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    const std::vector<std::string> queries = {"메타 인재", "알트만 복귀", "\"초지능 팀\"", "존재하지않는낱말"};
    const auto file = dir / "queries.txt";
    std::string lines;
    for (const std::string& q : queries) {
        lines += q + "\n";
    }
    ks::test::write_file(file, lines);
    const auto batch = searcher(db, "--batch --limit 5 < " + quoted(file.string()));
    CHECK(batch.exit_code == 0);
    CHECK(batch.err.empty());
    std::istringstream out(batch.out);
    std::string line;
    std::size_t i = 0;
    for (; std::getline(out, line); ++i) {
        REQUIRE(i < queries.size());
        const json from_batch = json::parse(line);
        const auto single = searcher(db, "--json --limit 5 " + quoted(queries[i]));
        const json alone = json::parse(single.out);
        CHECK(from_batch.at("query") == queries[i]);
        CHECK(from_batch.at("hits") == alone.at("hits"));
        CHECK(from_batch.at("facets") == alone.at("facets"));
    }
    CHECK(i == queries.size());
}

TEST_CASE("batch lines pair with answers: a blank line gets an empty answer, a hostile one an error, a BOM is dropped")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    const auto file = dir / "q.txt";
    const std::string deep_id = std::string(100000, '[') + "1" + std::string(100000, ']');
    ks::test::write_file(file, "\xEF\xBB\xBF메타\n\n  \n{\"query\": \"메타\", \"id\": " + deep_id +
                                   "}\n{\"query\": \"메타\", \"id\": [1]}\n{bad\n오픈AI\n");
    const auto r = searcher(db, "--queries " + quoted(file.string()));
    CHECK(r.exit_code == 2);
    std::istringstream out(r.out);
    std::vector<json> lines;
    for (std::string line; std::getline(out, line);) {
        lines.push_back(json::parse(line));
    }
    REQUIRE(lines.size() == 7);             // one answer per line, the last still answered
    CHECK(lines[0].at("query") == "메타");  // no byte order mark
    CHECK(lines[0].at("total_estimate").get<int>() > 0);
    CHECK(lines[1].at("hits").empty());
    CHECK(lines[2].at("total_estimate") == 0);
    CHECK_THAT(lines[3].at("error").get<std::string>(), Catch::Contains("deeper"));
    CHECK_THAT(lines[4].at("error").get<std::string>(), Catch::Contains("\"id\" must be a string or a number"));
    CHECK_THAT(lines[5].at("error").get<std::string>(), !Catch::Contains("json.exception"));
    CHECK(lines[6].at("query") == "오픈AI");
    CHECK(lines[6].at("total_estimate").get<int>() > 0);
}

TEST_CASE("a batch .jsonl line sets its own filters, limit, offset and facets over the command line's")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    const auto file = dir / "q.jsonl";
    ks::test::write_file(file,
                         "{\"query\": \"메타\", \"person\": \"저커버그\", \"limit\": 1, \"facets\": 0}\n"
                         "{\"query\": \"메타\", \"offset\": 2, \"from\": \"2025\", \"to\": \"2025\"}\n"
                         "{\"query\": \"메타\", \"person\": 7}\n");
    const auto r = searcher(db, "--limit 5 --queries " + quoted(file.string()));
    std::istringstream out(r.out);
    std::vector<json> lines;
    for (std::string line; std::getline(out, line);) {
        lines.push_back(json::parse(line));
    }
    REQUIRE(lines.size() == 3);
    const json alone = json::parse(searcher(db, "--json --person 저커버그 --limit 1 --facets 0 메타").out);
    CHECK(lines[0].at("hits") == alone.at("hits"));
    CHECK(lines[0].at("facets").at("person").empty());
    const json paged = json::parse(searcher(db, "--json --offset 2 --limit 5 --from 2025 --to 2025 메타").out);
    CHECK(lines[1].at("hits") == paged.at("hits"));
    CHECK(lines[1].at("hits").at(0).at("rank") == 3);
    CHECK_THAT(lines[2].at("error").get<std::string>(), Catch::Contains("\"person\""));
}

TEST_CASE("searcher --article prints one article's passages in order, each whole, and names an id the index lacks")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    const json article = json::parse(searcher(db, "--json --article meta-the-list").out);
    REQUIRE(article.at("hits").size() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(article.at("hits")[i].at("doc") == "meta-the-list");
        CHECK(article.at("hits")[i].at("passage") == i + 1);
    }
    const auto text = searcher(db, "--article meta-the-list");
    CHECK(text.exit_code == 0);
    const std::string last_passage = article.at("hits")[3].at("text").get<std::string>();
    CHECK_THAT(text.out, Catch::Contains(last_passage.substr(last_passage.rfind(' ') + 1)));  // whole, to its end
    const auto missing = searcher(db, "--article no-such-article");
    CHECK(missing.exit_code == 1);
    CHECK_THAT(missing.err, Catch::Contains("no article 'no-such-article' in the index"));
}

TEST_CASE("batch mode with --ids, or a line with ids, answers with the ranks alone: the same hits and scores, no text")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    ks::test::write_file(dir / "q.txt", "메타 인재\n알트만 복귀\n");
    const auto r = searcher(db, "--batch --ids --limit 5 < " + quoted((dir / "q.txt").string()));
    CHECK(r.exit_code == 0);
    std::istringstream out(r.out);
    std::vector<std::string> lines;
    for (std::string line; std::getline(out, line);) {
        lines.push_back(line);
    }
    REQUIRE(lines.size() == 2);
    const json alone = json::parse(searcher(db, "--json --limit 5 '메타 인재'").out);
    const json ids = json::parse(lines[0]);
    REQUIRE(ids.at("hits").size() == alone.at("hits").size());
    for (std::size_t i = 0; i < ids.at("hits").size(); ++i) {
        const json& hit = ids.at("hits")[i];
        CHECK(hit.size() == 4);  // rank, score, doc, passage
        CHECK(hit.at("doc") == alone.at("hits")[i].at("doc"));
        CHECK(hit.at("passage") == alone.at("hits")[i].at("passage"));
        CHECK(hit.at("score") == alone.at("hits")[i].at("score"));
    }
    // A .jsonl line chooses for itself: ids only in a run without --ids, whole hits in one with it.
    ks::test::write_file(dir / "q.jsonl",
                         "{\"query\": \"메타 인재\", \"ids\": true, \"limit\": 5}\n"
                         "{\"query\": \"메타 인재\", \"ids\": false, \"limit\": 5}\n"
                         "{\"query\": \"메타 인재\", \"ids\": 1}\n");
    for (const char* run : {"--batch", "--batch --ids"}) {
        INFO(run);
        const auto lined = searcher(db, std::string(run) + " < " + quoted((dir / "q.jsonl").string()));
        CHECK(lined.exit_code == 2);  // the third line's "ids" is no boolean
        std::istringstream answers(lined.out);
        std::string first, second, third;
        std::getline(answers, first);
        std::getline(answers, second);
        std::getline(answers, third);
        CHECK(json::parse(first).at("hits").at(0).size() == 4);
        CHECK(json::parse(first).at("hits") == ids.at("hits"));
        CHECK(json::parse(second).at("hits") == alone.at("hits"));
        CHECK_THAT(json::parse(third).at("error").get<std::string>(), Catch::Contains("\"ids\" must be true or false"));
    }
}

TEST_CASE("batch mode reads .jsonl queries with ids and reports a bad line in place, exit 2")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    const auto file = dir / "q.jsonl";
    ks::test::write_file(file,
                         "{\"id\": \"a\", \"query\": \"메타\", \"positive_ids\": []}\n{\"id\": \"b\"}\n{\"id\": 7, "
                         "\"query\": \"오픈AI\"}\n");
    const auto r = searcher(db, "--queries " + quoted(file.string()));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("q.jsonl:2"));
    std::istringstream out(r.out);
    std::vector<json> lines;
    for (std::string line; std::getline(out, line);) {
        lines.push_back(json::parse(line));
    }
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].at("id") == "a");
    CHECK(lines[1].at("error").is_string());
    CHECK(lines[2].at("id") == "7");
    CHECK(!lines[2].at("hits").empty());
}

TEST_CASE("paging past the end and --limit 0 keep the total and the facets, and exit 0 as there are matches")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    const json all = json::parse(searcher(db, "--json 메타").out);
    const auto total = all.at("total_estimate").get<int>();
    REQUIRE(total > 0);
    for (const std::string args : {"--offset 1000 메타", "--limit 0 메타"}) {
        INFO(args);
        const auto text = searcher(db, args);
        CHECK(text.exit_code == 0);
        CHECK_THAT(text.out, Catch::Contains(std::to_string(total) + " matching passages in "));
        CHECK_THAT(text.out, Catch::Contains(" articles, none on this page"));
        CHECK_THAT(text.out, !Catch::Contains("no matching passages"));
        CHECK_THAT(text.out, Catch::Contains("companies:"));
        const json page = json::parse(searcher(db, "--json " + args).out);
        CHECK(page.at("hits").empty());
        CHECK(page.at("total_estimate") == total);
        CHECK(page.at("facets") == all.at("facets"));
    }
}

TEST_CASE("a corrected word is said on stderr in every output mode that has no place for it")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    for (const char* mode : {"--ids", "--jsonl", "--count"}) {
        INFO(mode);
        const auto r = searcher(db, std::string(mode) + " 알트민");
        CHECK(r.exit_code == 0);
        CHECK_THAT(r.err, Catch::Contains("searched 알트민 as 알트만"));
        CHECK_THAT(r.out, !Catch::Contains("searched"));
    }
}

namespace {

// What bash completion offers for the last of `words` (the program first), with the project's script.
std::string completions(const std::vector<std::string>& words)
{
    std::string array;
    for (const std::string& w : words) {
        array += ' ';
        array += ks::test::quoted(w);
    }
    const std::string script = (ks::test::source_dir() / "scripts" / "completions" / "korean-search.bash").string();
    std::string program = "source ";
    program += ks::test::quoted(script);
    program += "; COMP_WORDS=(" + array + "); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); ";
    program += "_ks_complete \"${COMP_WORDS[0]}\"; printf '%s\\n' \"${COMPREPLY[@]}\"";
    return run_command("bash -c " + ks::test::quoted(program)).out;
}

}  // namespace

TEST_CASE("bash completion offers every option --help lists, and the index's words after searcher --db")
{
    for (const char* binary : {KS_INDEXER_BIN, KS_SEARCHER_BIN}) {
        INFO(binary);
        const std::string help = run_command(std::string(binary) + " --help").out;
        const std::string offered = completions({binary, "--"});
        std::istringstream words(help);
        std::size_t options = 0;
        for (std::string word; words >> word;) {
            const std::size_t end = word.find_first_of(",=[]().");
            const std::string option = word.substr(0, end);
            if (option.size() > 2 && option.starts_with("--") && std::isalpha(static_cast<unsigned char>(option[2]))) {
                CHECK_THAT(offered, Catch::Contains(option + "\n"));
                ++options;
            }
        }
        CHECK(options >= 10);
    }
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    CHECK_THAT(completions({KS_SEARCHER_BIN, "--db", db, "저커"}), Catch::Contains("저커버그\n"));
}

TEST_CASE("an index another writer holds is named locked, one whose lock cannot be taken is named unwritable")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    {
        Xapian::WritableDatabase other(db, Xapian::DB_OPEN);  // another indexer, as Xapian sees it
        const auto held = indexer("--force --db " + quoted(db) + " " + quoted(ks::test::corpus_dir().string()));
        CHECK(held.exit_code == 2);
        CHECK_THAT(held.err, Catch::Contains("is locked: another indexer is writing to it"));
    }
    // The lock file cannot be made, as on a read-only disk: no other indexer is there to wait for.
    ks::test::fs::remove(ks::test::fs::path(db) / "flintlock");
    ks::test::fs::create_directory(ks::test::fs::path(db) / "flintlock");
    const auto unwritable = indexer("--force --db " + quoted(db) + " " + quoted(ks::test::corpus_dir().string()));
    CHECK(unwritable.exit_code == 2);
    CHECK_THAT(unwritable.err, Catch::Contains("cannot be written") && Catch::Contains("lockfile"));
    CHECK_THAT(unwritable.err, !Catch::Contains("another indexer"));
    CHECK(searcher(db, "--count 메타").out != "0\n");  // still searchable
}

TEST_CASE("a new index being built is locked: a second indexer is refused and leaves the first one's parts alone")
{
    TempDir dir;
    const std::string db = (dir / "new.db").string();
    // Another indexer's build, as the system sees it: <db>.lock held, its parts beside the index.
    const int held = ::open((db + ".lock").c_str(), O_RDWR | O_CREAT, 0644);
    REQUIRE(held >= 0);
    REQUIRE(::flock(held, LOCK_EX | LOCK_NB) == 0);
    ks::test::fs::create_directories(db + ".parts");
    ks::test::write_file(ks::test::fs::path(db + ".parts") / "XAPIANDB", "auto shard-1\n");
    const auto second = indexer("--db " + quoted(db) + " " + quoted(ks::test::corpus_dir().string()));
    CHECK(second.exit_code == 2);
    CHECK_THAT(second.err, Catch::Contains("is locked: another indexer is writing to it"));
    CHECK(ks::test::fs::exists(db + ".parts/XAPIANDB"));  // not taken for a crashed build's
    CHECK_FALSE(ks::test::fs::exists(db));
    ::close(held);  // the first one ends, however it ends: its lock file stops no one
    ks::test::fs::remove_all(db + ".parts");
    const auto later = indexer("--db " + quoted(db) + " " + quoted(ks::test::corpus_dir().string()));
    CHECK(later.exit_code == 0);
    CHECK_FALSE(ks::test::fs::exists(db + ".lock"));  // a finished run removes it
}

TEST_CASE("control characters in indexed text never reach the terminal, whatever the output mode")
{
    TempDir dir;
    ks::test::write_file(dir / "a.jsonl",
                         R"({"id": "x", "title": "\u001b]0;PWNED\u0007제목", "text": "메타가 \u001b[2J화면을 )"
                         R"(지웠다 \u009b31m 그리고 \u0000 끝."})"
                         "\n");
    const std::string db = (dir / "db").string();
    REQUIRE(indexer("--db " + quoted(db) + " " + quoted((dir / "a.jsonl").string())).exit_code == 0);
    for (const char* mode : {"", "--ids", "--color always"}) {
        INFO(mode);
        const auto r = searcher(db, std::string(mode) + " 메타");
        CHECK(r.exit_code == 0);
        std::string shown = r.out;
        if (std::string(mode) == "--color always") {  // our own colour codes are the only escapes
            for (const std::string code : {"\x1b[1;31m", "\x1b[35m", "\x1b[1m", "\x1b[2m", "\x1b[0m"}) {
                for (std::size_t at; (at = shown.find(code)) != std::string::npos;) {
                    shown.erase(at, code.size());
                }
            }
        }
        CHECK(shown.find('\x1b') == std::string::npos);
        CHECK(shown.find('\x07') == std::string::npos);
        CHECK(shown.find("\xC2\x9B") == std::string::npos);
    }
    // JSON carries the text as indexed, escaped by JSON itself.
    CHECK_THAT(searcher(db, "--json 메타").out, Catch::Contains("\\u001b"));
}

TEST_CASE("a batch answers every line and one-shot searches never crash while an indexer commits again and again")
{
    TempDir dir;
    std::string lines;
    for (int i = 0; i < 400; ++i) {
        lines += "{\"id\": \"a" + std::to_string(i) + "\", \"title\": \"제목\", \"text\": \"메타가 연구자 " +
                 std::to_string(i) + "명을 영입했다는 소식이 전해졌다.\"}\n";
    }
    ks::test::write_file(dir / "in" / "a.jsonl", lines);
    const std::string db = (dir / "db").string();
    const std::string input = quoted((dir / "in").string());
    REQUIRE(indexer("--db " + quoted(db) + " " + input).exit_code == 0);
    std::string queries;
    for (int i = 0; i < 300; ++i) {
        queries += i % 2 ? "메타 연구자\n" : "소식 영입\n";
    }
    ks::test::write_file(dir / "q.txt", queries);
    // The indexer rewrites every article three times, committing every 20, while the searchers read.
    const std::string writer = "for i in 1 2 3; do " + std::string(KS_INDEXER_BIN) + " --db " + quoted(db) +
                               " --force --batch 20 --quiet " + input + " >/dev/null 2>&1; done";
    const std::string crashes = quoted((dir / "crashes").string());
    const std::string one_shots = "for i in $(seq 40); do " + std::string(KS_SEARCHER_BIN) + " --db " + quoted(db) +
                                  " --count 메타 >/dev/null 2>&1; s=$?; [ $s -le 2 ] || echo $s >>" + crashes +
                                  "; done";
    const auto r = run_command("( (" + writer + ") & (" + one_shots + ") & " + std::string(KS_SEARCHER_BIN) + " --db " +
                               quoted(db) + " --queries " + quoted((dir / "q.txt").string()) +
                               "; status=$?; wait; exit $status )");
    INFO(r.err);
    CHECK((r.exit_code == 0 || r.exit_code == 2));  // 2: some line could not be read, and says so
    std::istringstream answers(r.out);
    std::size_t answered = 0;
    for (std::string line; std::getline(answers, line); ++answered) {
        const json answer = json::parse(line);
        CHECK((answer.contains("hits") || answer.contains("error")));
    }
    CHECK(answered == 300);  // every line answered in its place, none lost
    CHECK(ks::test::read_file(dir / "crashes").empty());
}

TEST_CASE("a stub that names itself is refused by name, not followed until the stack overflows")
{
    TempDir dir;
    const auto self = dir / "self.stub";
    ks::test::write_file(self, "auto " + self.string() + "\n");
    ks::test::fs::create_directories(dir / "folder");
    ks::test::write_file(dir / "folder" / "XAPIANDB", "auto ../folder\n");
    for (const auto& path : {self, dir / "folder"}) {
        INFO(path);
        for (const auto& r : {searcher(path.string(), "메타"), indexer("--db " + quoted(path.string()) + " " +
                                                                       quoted(ks::test::corpus_dir().string()))}) {
            CHECK(r.exit_code == 2);
            CHECK_THAT(r.err, Catch::Contains("its stub names itself"));
        }
    }
}

TEST_CASE("a plain file given as the index is named as no index, and stays as it was")
{
    TempDir dir;
    const auto file = dir / "notes.txt";
    ks::test::write_file(file, "hello\n");
    for (const auto& r : {searcher(file.string(), "메타"),
                          indexer("--db " + quoted(file.string()) + " " + quoted(ks::test::corpus_dir().string()))}) {
        CHECK(r.exit_code == 2);
        CHECK_THAT(r.err, Catch::Contains("it is a file, not an index"));
    }
    CHECK(ks::test::read_file(file) == "hello\n");
}

TEST_CASE("count and ids output print only what they name, and keep grep exit codes")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    const auto count = searcher(db, "--count 메타");
    CHECK(count.exit_code == 0);
    const auto all = json::parse(searcher(db, "--json --per-article 0 --limit 1000 메타").out);
    CHECK(count.out == std::to_string(all.at("hits").size()) + "\n");  // passages, however many per article
    const auto ids = searcher(db, "--ids --per-article 0 --limit 3 메타");
    CHECK(ids.exit_code == 0);
    std::istringstream lines(ids.out);
    std::size_t n = 0;
    for (std::string line; std::getline(lines, line); ++n) {
        CHECK(line ==
              all["hits"][n]["doc"].get<std::string>() + "#" + std::to_string(all["hits"][n]["passage"].get<int>()));
    }
    CHECK(n == 3);
    const auto none = searcher(db, "--count 존재하지않는낱말");
    CHECK(none.exit_code == 1);
    CHECK(none.out == "0\n");
    CHECK(searcher(db, "--count --ids 메타").exit_code == 2);
}

TEST_CASE("a query word that begins with - leaves its passages out, as in a search box, and options stay options")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    const auto with = searcher(db, "--count 메타");
    const auto without = searcher(db, "--count 메타 -저커버그");  // unquoted: the shell passes -저커버그 alone
    REQUIRE(without.exit_code == 0);
    CHECK(std::stoi(without.out) < std::stoi(with.out));
    CHECK(without.out == searcher(db, "--count '메타 -저커버그'").out);
    CHECK(searcher(db, "--count 메타 -google").exit_code == 0);  // no short option is named -g
    const auto ids = searcher(db, "-n 2 --ids 메타");            // -n is an option
    CHECK(std::count(ids.out.begin(), ids.out.end(), '\n') == 2);
    CHECK(searcher(db, "--person -구글 --count 메타").out == "0\n");  // the value of --person, not a query word
    CHECK(searcher(db, "--count 메타 --bogus").exit_code == 2);       // an unknown long option is still refused
}

namespace {

// The README and every page of docs/: where the examples a user pastes are shown.
std::vector<ks::test::fs::path> documentation_pages()
{
    std::vector<ks::test::fs::path> pages = {ks::test::source_dir() / "README.md"};
    for (const auto& entry : ks::test::fs::directory_iterator(ks::test::source_dir() / "docs")) {
        if (entry.path().extension() == ".md") {
            pages.push_back(entry.path());
        }
    }
    std::sort(pages.begin() + 1, pages.end());
    return pages;
}

// The searcher commands of the documentation's shell blocks that run on `news.db` alone (no pipe or
// redirection), as written, with their comments cut off.
std::vector<std::string> documented_searcher_examples()
{
    std::vector<std::string> examples;
    for (const ks::test::fs::path& page : documentation_pages()) {
        std::ifstream in(page);
        bool in_shell_block = false;
        for (std::string line; std::getline(in, line);) {
            if (line.starts_with("```")) {
                in_shell_block = line == "```sh";
                continue;
            }
            if (!in_shell_block || !line.starts_with("build/bin/searcher --db news.db") ||
                line.find_first_of("|<>") != std::string::npos) {
                continue;
            }
            if (const std::size_t comment = line.find("  #"); comment != std::string::npos) {
                line.resize(comment);
            }
            examples.push_back(line);
        }
    }
    return examples;
}

}  // namespace

TEST_CASE("every searcher output the documentation shows is what the searcher prints on the demo index")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    const std::string prompt = "$ searcher --db build/demo.db ";
    std::size_t shown = 0;
    for (const ks::test::fs::path& page : documentation_pages()) {
        std::ifstream readme(page);
        for (std::string line; std::getline(readme, line);) {
            if (!line.starts_with(prompt)) {
                continue;
            }
            std::string expected;
            for (std::string out; std::getline(readme, out) && !out.starts_with("```");) {
                expected += out + "\n";
            }
            INFO(line);
            const auto r =
                run_command(std::string(KS_SEARCHER_BIN) + " --db " + quoted(db) + " " + line.substr(prompt.size()));
            CHECK(r.out == expected);
            ++shown;
        }
    }
    CHECK(shown >= 1);
}

TEST_CASE("every searcher example of the documentation finds something on an index of corpus/, pasted as written")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    const std::vector<std::string> examples = documented_searcher_examples();
    CHECK(examples.size() >= 20);
    for (std::string command : examples) {
        INFO(command);
        command.replace(0, std::string("build/bin/searcher --db news.db").size(),
                        std::string(KS_SEARCHER_BIN) + " --db " + quoted(db));
        const auto r = run_command(command);
        CHECK(r.exit_code == 0);
        CHECK(!r.out.empty());
    }
}

namespace {

// `count` one-passage articles in one .jsonl file.
void write_many_articles(const ks::test::fs::path& path, int count)
{
    std::string lines;
    for (int i = 0; i < count; ++i) {
        lines += "{\"id\": \"a" + std::to_string(i) + "\", \"title\": \"제목\", \"text\": \"메타가 연구자 " +
                 std::to_string(i) + "명을 영입했다는 소식이 전해졌다.\"}\n";
    }
    ks::test::write_file(path, lines);
}

}  // namespace

TEST_CASE("without facets a total is exact under a thousand matches and said to be a lower bound above")
{
    // 4,000 passages of random words and lengths, so that ranking can stop counting early.
    TempDir dir;
    const std::vector<std::string> words = {"메타", "구글", "영입", "소식", "연구자", "인재", "보상", "전쟁"};
    std::mt19937 random(7);
    std::string lines;
    for (int i = 0; i < 4000; ++i) {
        std::string text;
        for (std::size_t n = 3 + random() % 40; n > 0; --n) {
            text += words[random() % words.size()] + (random() % 2 ? "가 " : " ");
        }
        lines += "{\"id\": \"a" + std::to_string(i) + "\", \"title\": \"제목\", \"text\": \"" + text + "\"}\n";
    }
    ks::test::write_file(dir / "many.jsonl", lines);
    const std::string db = (dir / "db").string();
    REQUIRE(indexer("--db " + quoted(db) + " " + quoted((dir / "many.jsonl").string())).exit_code == 0);
    const int exact = std::stoi(searcher(db, "--count 메타 구글").out);
    REQUIRE(exact > 1000);
    const json large = json::parse(searcher(db, "--json --facets 0 --limit 1 메타 구글").out);
    CHECK(large.at("total_exact") == false);
    CHECK(large.at("total_at_least").get<int>() >= 1000);
    CHECK(large.at("total_at_least").get<int>() <= exact);
    CHECK_THAT(searcher(db, "--facets 0 --limit 1 메타 구글").out, Catch::StartsWith("at least "));
    CHECK(json::parse(searcher(db, "--json --limit 1 메타 구글").out).at("total_estimate") == exact);
}

TEST_CASE("an indexer killed mid-run leaves an openable index of whole batches, and a rerun completes it")
{
    TempDir dir;
    const std::string db = (dir / "db").string();
    const auto input = dir / "many.jsonl";
    constexpr int kArticles = 6000;
    constexpr int kBatch = 200;
    write_many_articles(input, kArticles);
    const std::string command = std::string(KS_INDEXER_BIN) + " --db " + quoted(db) + " --batch " +
                                std::to_string(kBatch) + " " + quoted(input.string());
    run_command("(" + command + " & pid=$!; sleep 0.4; kill -KILL $pid; wait $pid) 2>/dev/null");
    if (ks::test::fs::exists(db)) {
        const Xapian::Database killed(db);  // opens: no corruption
        CHECK(killed.get_doccount() % kBatch == 0);
    }
    REQUIRE(run_command(command).exit_code == 0);
    CHECK(Xapian::Database(db).get_doccount() == kArticles);  // no duplicates, nothing missing
}

TEST_CASE("SIGINT commits what is done and exits cleanly — a locked index fails at once by name")
{
    TempDir dir;
    const std::string db = (dir / "db").string();
    const auto input = dir / "many.jsonl";
    write_many_articles(input, 6000);
    const auto interrupted = run_command("(" + std::string(KS_INDEXER_BIN) + " --db " + quoted(db) + " " +
                                         quoted(input.string()) + " & pid=$!; sleep 0.4; kill -INT $pid; wait $pid)");
    if (interrupted.exit_code == 1) {  // on a very fast machine it may have finished first (exit 0)
        CHECK_THAT(interrupted.out, Catch::Contains("interrupted"));
        const Xapian::Database partial(db);
        CHECK(partial.get_doccount() > 0);
    } else {
        CHECK(interrupted.exit_code == 0);
    }

    Xapian::WritableDatabase holder(db, Xapian::DB_OPEN);  // another writer holds the lock
    const auto locked = indexer("--db " + quoted(db) + " " + quoted(input.string()));
    CHECK(locked.exit_code == 2);
    CHECK_THAT(locked.err, Catch::Contains("locked") && Catch::Contains(db));
}

TEST_CASE("any byte string as a query gives results or no results, never a crash or a hang")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    std::string long_query;
    while (long_query.size() < 100 * 1024) {
        long_query += "메타 인재 ";
    }
    ks::test::write_file(dir / "long.txt", long_query);
    const std::vector<std::string> queries = {"'\xff\xfe\x80 메타'",
                                              "'!!! ... ?"
                                              "?"
                                              "?'",
                                              "'은 는 이 가'",
                                              "'\"unclosed'",
                                              "-- -",
                                              "'OR OR'",
                                              "'\"\"'",
                                              "'- - OR'",
                                              "\"$(cat " + quoted((dir / "long.txt").string()) + ")\""};
    for (const std::string& q : queries) {
        INFO(q);
        const auto r = searcher(db, "--count -- " + q);
        CHECK((r.exit_code == 0 || r.exit_code == 1));
        CHECK(!r.out.empty());
    }
    const auto long_run = searcher(db, "--count -- \"$(cat " + quoted((dir / "long.txt").string()) + ")\"");
    CHECK_THAT(long_run.err, Catch::Contains("longer than"));
}

TEST_CASE("counts are read in decimal, and a bad one is named plainly")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    const auto ten = searcher(db, "--ids --per-article 0 --limit 010 메타");  // not octal 8
    CHECK(std::count(ten.out.begin(), ten.out.end(), '\n') == 10);
    const auto negative = searcher(db, "--offset -1 메타");
    CHECK(negative.exit_code == 2);
    CHECK_THAT(negative.err, Catch::Contains("--offset: not a whole number from 0 to 100000000: '-1'"));
    CHECK(negative.err.size() < 200);  // not the 309 digits of a double's range
}

TEST_CASE("bad option values are refused with a message naming the option")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    for (const char* args : {"--limit -1 메타", "--limit 100001 메타", "--offset -3 메타", "--to 2025-02-30x 메타",
                             "--facets many 메타"}) {
        INFO(args);
        const auto r = searcher(db, args);
        CHECK(r.exit_code == 2);
        CHECK(r.out.empty());
        const std::string option = std::string(args).substr(0, std::string(args).find(' '));
        CHECK_THAT(r.err, Catch::Contains(option));
    }
    CHECK(indexer("--db " + quoted(db) + " --batch 0 " + quoted(ks::test::corpus_dir().string())).exit_code == 2);
}

TEST_CASE("a searcher keeps answering while an indexer commits to the same index")
{
    TempDir dir;
    const std::string db = (dir / "db").string();
    const auto input = dir / "many.jsonl";
    write_many_articles(input, 8000);
    REQUIRE(indexer("--db " + quoted(db) + " " + quoted((ks::test::corpus_dir() / "meta-the-list.txt").string()))
                .exit_code == 0);
    // The indexer commits every 100 articles in the background while this process searches.
    const std::string pid_file = (dir / "pid").string();
    REQUIRE(run_command(std::string(KS_INDEXER_BIN) + " --db " + quoted(db) + " --batch 100 " + quoted(input.string()) +
                        " >/dev/null 2>&1 & echo $! > " + quoted(pid_file))
                .exit_code == 0);
    ks::searcher::Searcher reader(db);
    std::size_t searches = 0;
    Xapian::doccount last_total = 0;
    for (; searches < 300; ++searches) {
        const auto result = reader.search({.query = "메타 연구자", .limit = 5});
        CHECK(result.total_estimate >= last_total);  // the index only grows during this run
        last_total = result.total_estimate;
    }
    run_command("kill $(cat " + quoted(pid_file) + ") 2>/dev/null; sleep 0.2");
    CHECK(searches == 300);
}

TEST_CASE("shards given as several --db answer as one index would")
{
    TempDir dir;
    const std::string whole = (dir / "whole").string();
    const std::string a = (dir / "a").string();
    const std::string b = (dir / "b").string();
    REQUIRE(indexer("--db " + quoted(whole) + " " + quoted(ks::test::corpus_dir().string())).exit_code == 0);
    std::string first_half, second_half;
    int n = 0;
    for (const auto& entry : ks::test::fs::directory_iterator(ks::test::corpus_dir())) {
        if (entry.path().extension() == ".txt") {
            (n++ % 2 == 0 ? first_half : second_half) += " " + quoted(entry.path().string());
        }
    }
    REQUIRE(indexer("--db " + quoted(a) + first_half).exit_code == 0);
    REQUIRE(indexer("--db " + quoted(b) + second_half).exit_code == 0);
    for (const char* query : {"메타 인재 영입", "알트만 이사회", "--person 올트먼"}) {
        INFO(query);
        const json one = json::parse(searcher(whole, std::string("--json --limit 50 ") + query).out);
        const json two = json::parse(run_command(std::string(KS_SEARCHER_BIN) + " --db " + quoted(a) + " --db " +
                                                 quoted(b) + " --json --limit 50 " + query)
                                         .out);
        CHECK(two.at("total_estimate") == one.at("total_estimate"));
        CHECK(two.at("facets") == one.at("facets"));
        std::set<std::string> hits_one, hits_two;
        for (const json& h : one["hits"]) {
            hits_one.insert(h["doc"].get<std::string>() + "#" + std::to_string(h["passage"].get<int>()));
        }
        for (const json& h : two["hits"]) {
            hits_two.insert(h["doc"].get<std::string>() + "#" + std::to_string(h["passage"].get<int>()));
        }
        CHECK(hits_two == hits_one);
    }
}

namespace {

// Hits (doc#passage and score), total and facet counts of a JSON search result: what shards must not change.
struct Answer {
    std::vector<std::string> hits;
    std::vector<double> scores;
    json total, facets;
};

Answer answer_of(const ks::test::CommandResult& r)
{
    REQUIRE(r.exit_code == 0);
    const json out = json::parse(r.out);
    Answer a{{}, {}, out.at("total_estimate"), out.at("facets")};
    for (const json& hit : out.at("hits")) {
        a.hits.push_back(hit.at("doc").get<std::string>() + "#" + std::to_string(hit.at("passage").get<int>()));
        a.scores.push_back(hit.at("score").get<double>());
    }
    return a;
}

void check_same_answer(const Answer& sharded, const Answer& single)
{
    CHECK(sharded.total == single.total);
    CHECK(sharded.facets == single.facets);
    CHECK(sharded.hits == single.hits);
    REQUIRE(sharded.scores.size() == single.scores.size());
    for (std::size_t i = 0; i < single.scores.size(); ++i) {
        CHECK(sharded.scores[i] == Approx(single.scores[i]));  // statistics are combined over the shards
    }
}

constexpr const char* kShardQuery = "--json --limit 5 --facets 20 메타 인재";

}  // namespace

TEST_CASE("indexer --shards writes shards searched as one index, with the same ranking and facet counts")
{
    TempDir dir;
    const std::string single = ks::test::corpus_index_in(dir);
    const std::string sharded = (dir / "sharded.db").string();
    const auto made = run_command(std::string(KS_INDEXER_BIN) + " --quiet --shards 2 --db " + quoted(sharded) + " " +
                                  quoted(ks::test::corpus_dir().string()));
    REQUIRE(made.exit_code == 0);
    CHECK(Xapian::Database(sharded).size() == 2);
    CHECK(Xapian::Database(sharded + "/shard-1").get_doccount() > 0);
    CHECK(Xapian::Database(sharded + "/shard-2").get_doccount() > 0);
    check_same_answer(answer_of(searcher(sharded, kShardQuery)), answer_of(searcher(single, kShardQuery)));
    // Re-indexing replaces articles in whichever shard holds them; the shard count cannot change.
    CHECK(run_command(std::string(KS_INDEXER_BIN) + " --quiet --force --db " + quoted(sharded) + " " +
                      quoted(ks::test::corpus_dir().string()))
              .exit_code == 0);
    CHECK(Xapian::Database(sharded).get_doccount() == Xapian::Database(single).get_doccount());
    const auto refused = run_command(std::string(KS_INDEXER_BIN) + " --quiet --shards 3 --db " + quoted(sharded) + " " +
                                     quoted(ks::test::corpus_dir().string()));
    CHECK(refused.exit_code == 2);
    CHECK_THAT(refused.err, Catch::Contains("has 2 shard(s)"));
}

namespace {

// corpus/ indexed in two shards in `dir`, each served once by xapian-tcpsrv on a local port; returns the path
// of a stub naming both remote shards, or empty when xapian-tcpsrv is not installed (the test then skips).
std::string remote_corpus_shards(const TempDir& dir)
{
    const std::string sharded = (dir / "sharded.db").string();
    REQUIRE(run_command(std::string(KS_INDEXER_BIN) + " --quiet --shards 2 --db " + quoted(sharded) + " " +
                        quoted(ks::test::corpus_dir().string()))
                .exit_code == 0);
    return ks::test::serve_shards_remotely(sharded, dir);
}

}  // namespace

TEST_CASE("two shards served by xapian-tcpsrv are searched like one local index, facets included")
{
    TempDir dir;
    const std::string stub = remote_corpus_shards(dir);
    if (stub.empty()) {
        return;
    }
    const std::string single = ks::test::corpus_index_in(dir);
    const auto remote = searcher(stub, kShardQuery);
    CHECK(remote.err.empty());
    CHECK(json::parse(remote.out).at("shards") == 2);  // said, as their scores can differ a little
    CHECK_FALSE(json::parse(searcher(single, kShardQuery).out).contains("shards"));
    const Answer far = answer_of(remote);
    CHECK(!far.facets.at("person").empty());
    check_same_answer(far, answer_of(searcher(single, kShardQuery)));
}

TEST_CASE("per article, remote shards served by xapian-tcpsrv list and count articles as one local index")
{
    TempDir dir;
    const std::string stub = remote_corpus_shards(dir);
    if (stub.empty()) {
        return;
    }
    const std::string single = ks::test::corpus_index_in(dir);
    const auto remote = searcher(stub, "--json --per-article 1 --limit 100 메타");
    CHECK(remote.err.empty());
    const json far = json::parse(remote.out);
    const json near = json::parse(searcher(single, "--json --per-article 1 --limit 100 메타").out);
    CHECK(far.at("total_articles") == near.at("total_articles"));
    CHECK(far.at("total_estimate") == near.at("total_estimate"));
    std::multiset<std::string> far_docs, near_docs;
    for (const json& hit : far.at("hits")) {
        far_docs.insert(hit.at("doc").get<std::string>() + " +" + std::to_string(hit.value("more_in_article", 0)));
    }
    for (const json& hit : near.at("hits")) {
        near_docs.insert(hit.at("doc").get<std::string>() + " +" + std::to_string(hit.value("more_in_article", 0)));
    }
    CHECK(far_docs == near_docs);
}

TEST_CASE("searcher --per-article says how many more passages of each article matched, in text and JSON")
{
    TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    const auto text = searcher(db, "--per-article 1 메타");
    CHECK(text.exit_code == 0);
    CHECK_THAT(text.out, Catch::Contains(" articles\n"));  // "N matching passages in M articles"
    CHECK_THAT(text.out, Catch::Contains("more matching passages of this article"));
    const json answer = json::parse(searcher(db, "--json --per-article 1 --limit 100 메타").out);
    const json every = json::parse(searcher(db, "--json --per-article 0 --limit 100 메타").out);
    CHECK(answer.at("schema_version") == "1.5");
    CHECK(answer.at("total_estimate") == every.at("total_estimate"));
    std::size_t listed_and_more = 0;
    std::set<std::string> docs;
    for (const json& hit : answer.at("hits")) {
        listed_and_more += 1 + hit.value("more_in_article", 0u);
        CHECK(docs.insert(hit.at("doc").get<std::string>()).second);
    }
    CHECK(answer.at("total_articles") == docs.size());
    CHECK(listed_and_more == every.at("hits").size());
    CHECK_FALSE(every.contains("total_articles"));  // every passage, as before
}

TEST_CASE("a frozen index served by xapian-tcpsrv is refused with the reason, not a bare Xapian error")
{
    if (run_command("command -v xapian-tcpsrv >/dev/null").exit_code != 0) {
        WARN("SKIPPED: xapian-tcpsrv is not installed (Debian package xapian-tools)");
        return;
    }
    TempDir dir;
    const std::string frozen = (dir / "frozen.db").string();
    REQUIRE(run_command(std::string(KS_INDEXER_BIN) + " --quiet --frozen --db " + quoted(frozen) + " " +
                        quoted(ks::test::corpus_dir().string()))
                .exit_code == 0);
    std::random_device random;
    const std::string port = std::to_string(20000 + static_cast<int>(random() % 30000));
    run_command("xapian-tcpsrv --one-shot --quiet --interface 127.0.0.1 --port " + port + " " + quoted(frozen) +
                " >/dev/null 2>&1 &");
    run_command("sleep 0.5");
    ks::test::write_file(dir / "remote.stub", "remote 127.0.0.1:" + port + "\n");
    const auto remote = searcher((dir / "remote.stub").string(), kShardQuery);
    CHECK(remote.exit_code == 2);
    CHECK_THAT(remote.err, Catch::Contains("built with indexer --frozen"));
}

TEST_CASE("an index written by an earlier indexer is named so by indexer and searcher and stays marked older")
{
    TempDir dir;
    ks::test::write_file(dir / "a.jsonl", "{\"id\": \"a\", \"text\": \"메타는 새 연구소를 열었다.\"}\n");
    ks::test::write_file(dir / "b.jsonl", "{\"id\": \"b\", \"text\": \"메타가 연구자를 더 뽑았다.\"}\n");
    const std::string db = (dir / "db").string();
    const std::string version_key(ks::schema::kSchemaVersionKey);
    REQUIRE(indexer("--quiet --db " + quoted(db) + " " + quoted((dir / "a.jsonl").string())).exit_code == 0);
    CHECK(Xapian::Database(db).get_metadata(version_key) == std::to_string(ks::schema::kSchemaVersion));
    CHECK_THAT(searcher(db, "메타").err, !Catch::Contains("earlier indexer"));

    {  // as an index written before schema versions were recorded
        Xapian::WritableDatabase writable(db, Xapian::DB_OPEN);
        writable.set_metadata(version_key, "");
        writable.commit();
    }
    const auto old = searcher(db, "메타");
    CHECK(old.exit_code == 0);
    CHECK_THAT(old.err, Catch::Contains("written by an earlier indexer"));

    const auto added = indexer("--quiet --db " + quoted(db) + " " + quoted((dir / "b.jsonl").string()));
    CHECK(added.exit_code == 0);
    CHECK_THAT(added.err, Catch::Contains("written by an earlier indexer"));
    CHECK(Xapian::Database(db).get_metadata(version_key).empty());  // still a mix of both versions
}

TEST_CASE("indexer --entities adds a newsroom's own people and companies, and the searcher takes every spelling")
{
    TempDir dir;
    ks::test::write_file(dir / "names.tsv",
                         "# our own\nperson\t홍길동\tGildong Hong\ncompany\t한빛테크\tHanbit Tech\n");
    ks::test::write_file(dir / "in" / "story.txt",
                         "지역 소식\n\nGildong Hong 씨는 한빛테크의 새 공장이 다음 달 문을 연다고 말했다.\n");
    const std::string db = (dir / "db").string();
    const auto built = indexer("--db " + quoted(db) + " --entities " + quoted((dir / "names.tsv").string()) + " " +
                               quoted((dir / "in").string()));
    REQUIRE(built.exit_code == 0);
    const auto found = searcher(db, "--json --person 'Gildong Hong' --company 한빛테크 공장");
    REQUIRE(found.exit_code == 0);
    const auto hit = nlohmann::json::parse(found.out).at("hits").at(0);
    CHECK(hit.at("persons").get<std::vector<std::string>>() == std::vector<std::string>{"홍길동"});
    CHECK(hit.at("companies").get<std::vector<std::string>>() == std::vector<std::string>{"한빛테크"});

    ks::test::write_file(dir / "bad.tsv", "person\t홍길동\tGildong Hong\npeople only\n");
    const auto bad = indexer("--db " + quoted((dir / "db2").string()) + " --entities " +
                             quoted((dir / "bad.tsv").string()) + " " + quoted((dir / "in").string()));
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err, Catch::Contains("bad.tsv") && Catch::Contains("line 2"));
    CHECK_FALSE(ks::test::fs::exists(dir / "db2"));
}

TEST_CASE("a new index that fills the disk fails with the reason and leaves nothing behind")
{
    TempDir dir;
    const std::string small = (dir / "small").string();
    ks::test::fs::create_directories(small);
    // A 3 MB file system of its own; mounting takes root, so elsewhere the test skips.
    if (run_command("mount -t tmpfs -o size=3m tmpfs " + quoted(small)).exit_code != 0) {
        WARN("SKIPPED: cannot mount a small tmpfs here (needs root)");
        return;
    }
    TempDir input;
    std::string lines;
    for (int i = 0; i < 3000; ++i) {
        lines +=
            R"({"id":"a)" + std::to_string(i) + R"(","title":"기사 )" + std::to_string(i) +
            R"(","text":"한강 다리 보수 공사가 이번 주에 시작됐다. 관리본부는 차로 두 개를 막고 밤에만 작업한다. )" +
            std::to_string(i * 7919) + R"(번째 안내문이다."})" + "\n";
    }
    ks::test::write_file(input / "many.jsonl", lines);
    const auto full = indexer("--db " + quoted(small + "/new.db") + " " + quoted((input / "many.jsonl").string()));
    std::vector<std::string> left;
    for (const auto& entry : ks::test::fs::directory_iterator(small)) {
        left.push_back(entry.path().filename().string());
    }
    run_command("umount " + quoted(small));
    CHECK(full.exit_code == 2);
    CHECK_THAT(full.err, Catch::Contains("No space left on device") && Catch::Contains("new.db"));
    CHECK(left.empty());  // no parts, no half-merged copy, no lock
}
