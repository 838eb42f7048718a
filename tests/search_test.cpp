// End-to-end through the libraries: index the project's corpus/, then search it.

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "ks/indexer/indexer.h"
#include "ks/schema/schema.h"
#include "ks/searcher/searcher.h"
#include "ks/searcher/spellings.h"
#include "support.h"

using namespace ks::searcher;
using ks::test::TempDir;

namespace {

// One index of corpus/ shared by the tests of this file.
const std::string& corpus_index()
{
    static TempDir dir;
    static const std::string path = [] {
        const std::string db = (dir / "corpus.db").string();
        std::ostringstream diagnostics;
        ks::indexer::run({db, {ks::test::corpus_dir().string()}}, diagnostics);
        return db;
    }();
    return path;
}

SearchResult search(const std::string& query, MatchMode mode = MatchMode::kAny, Xapian::doccount limit = 10)
{
    Searcher searcher(corpus_index());
    return searcher.search({.query = query, .mode = mode, .limit = limit});
}

// Indexes JSONL lines written for one test into `dir`; returns the index's path.
std::string index_jsonl(const TempDir& dir, const std::string& lines)
{
    ks::test::write_file(dir / "in.jsonl", lines);
    const std::string db = (dir / "db").string();
    std::ostringstream diagnostics;
    ks::indexer::run({db, {(dir / "in.jsonl").string()}}, diagnostics);
    return db;
}

bool contains(const std::string& text, const std::string& word) { return text.find(word) != std::string::npos; }

}  // namespace

TEST_CASE("a query ranks the passage that is about it first")
{
    struct Row {
        const char* query;
        const char* doc;
        const char* passage_contains;
    };
    const Row row = GENERATE(values<Row>({
        {"선교사 용병", "altman-missionaries-memo", "선교사가 결국 용병을"},
        {"슈퍼인텔리전스팀 50명", "meta-the-list", "50명 규모"},
        {"초지능 팀", "altman-missionaries-memo", "초지능팀"},
        {"5100만 달러 칩", "rain-ai-chip-deal", "5100만 달러어치"},
        {"레인AI의 NPU", "rain-ai-chip-deal", "NPU"},
        {"무라티가 퇴사한 이유", "murati-exodus", "탐구를 위한"},
        {"FBI 요원 초청", "ai-lab-security", "FBI"},
        {"라마 개발팀", "meta-msl-friction", "라마"},
    }));
    INFO(row.query);
    const SearchResult result = search(row.query);
    REQUIRE_FALSE(result.hits.empty());
    CHECK(result.hits[0].record.doc == row.doc);
    CHECK(contains(result.hits[0].record.text, row.passage_contains));
}

TEST_CASE("a word finds its forms with particles: 알트만 finds 알트만은 and 알트만이")
{
    const SearchResult result = search("알트만", MatchMode::kAny, 100);
    bool found_particle_only = false;
    for (const Hit& hit : result.hits) {
        const std::string& t = hit.record.text;
        if (!contains(t, "알트만 ") &&
            (contains(t, "알트만은") || contains(t, "알트만이") || contains(t, "알트만의"))) {
            found_particle_only = true;
        }
    }
    CHECK(found_particle_only);
}

TEST_CASE("a quoted phrase matches only where its words stand together")
{
    const SearchResult result = search("\"선교사가 결국\"");
    REQUIRE(result.hits.size() == 1);
    CHECK(contains(result.hits[0].record.text, "선교사가 결국 용병을"));
    // In another order no passage has it: its words are searched instead, and the result says so.
    const SearchResult loosened = search("\"결국 선교사가\"");
    REQUIRE_FALSE(loosened.rewrites.empty());
    CHECK(loosened.rewrites.front().kind == RewriteKind::kLoosePhrase);
}

TEST_CASE("a quoted phrase also finds its words written as one compound")
{
    const SearchResult result = search("\"초지능 팀\"");
    REQUIRE(result.hits.size() == 1);
    CHECK(contains(result.hits[0].record.text, "초지능팀"));
    // 메타의 is not a bare noun: no compound 메타팀, so no phrase; the words alone are searched, and said so.
    CHECK(search("\"메타의 팀\"").rewrites.front().kind == RewriteKind::kLoosePhrase);
}

TEST_CASE("an excluded word leaves out every passage that has it")
{
    const SearchResult result = search("메타 -저커버그", MatchMode::kAny, 100);
    REQUIRE_FALSE(result.hits.empty());
    for (const Hit& hit : result.hits) {
        CHECK_FALSE(contains(hit.record.text, "저커버그"));
    }
}

TEST_CASE("with --all every word must match")
{
    const SearchResult result = search("알트만 해임", MatchMode::kAll, 100);
    REQUIRE_FALSE(result.hits.empty());
    for (const Hit& hit : result.hits) {
        CHECK(contains(hit.record.text, "알트만"));
        CHECK(contains(hit.record.text, "해임"));
    }
    CHECK(search("알트만 해임").hits.size() > result.hits.size());
}

TEST_CASE("with --all a known name is met by its words or by any spelling of it, never required as a facet")
{
    // 메타 is a known company: every passage that says 메타 matches, whether or not it was counted as the company.
    const SearchResult word = search("메타", MatchMode::kAny, 1000);
    CHECK(search("메타", MatchMode::kAll, 1000).hits.size() == word.hits.size());
    // 올트먼 is 샘 알트만: with --all the passages naming him in any spelling match, and still need 복귀.
    const SearchResult spelled = search("올트먼 복귀", MatchMode::kAll, 100);
    REQUIRE_FALSE(spelled.hits.empty());
    for (const Hit& hit : spelled.hits) {
        CHECK(contains(hit.record.text, "복귀"));
        CHECK(std::find(hit.persons.begin(), hit.persons.end(), "샘 알트만") != hit.persons.end());
    }
}

TEST_CASE("a closed phrase no passage holds is searched as its words when the query finds nothing, and says so")
{
    TempDir dir;
    const std::string db =
        index_jsonl(dir, R"({"id": "a", "title": "출범", "text": "메타의 초지능 팀이 새로 출범했다."})"
                         "\n");
    Searcher searcher(db);
    const SearchResult loose = searcher.search({.query = "메타 \"팀이 초지능\" 출범"});  // the words in another order
    REQUIRE(loose.hits.size() == 1);
    REQUIRE(!loose.rewrites.empty());
    CHECK(loose.rewrites.front().kind == RewriteKind::kLoosePhrase);
    CHECK(loose.rewrites.front().from == "\"팀이 초지능\"");
    CHECK(searcher.search({.query = "\"초지능 팀이\""}).rewrites.empty());  // found as a phrase: kept one
    CHECK(searcher.search({.query = "메타 -\"초지능 팀\""}).hits.empty());  // a phrase left out stays whole
    CHECK(searcher.search({.query = "메타 \"팀이 초지능\" 출범", .rewriting = {.correct = false}}).hits.empty());
}

TEST_CASE("counting facets or not, or an exact total, never changes the hits or their scores")
{
    Searcher searcher(corpus_index());
    for (const char* query : {"메타 인재", "알트만 복귀", "초지능 팀", "오픈AI 이사회 해임 이유", "레인 AI 칩 계약",
                              "연구자 보상 경쟁", "메타 OR 구글 -애플", "\"초지능 팀\" 출범", "회사 알트만", "인재"}) {
        INFO(query);
        const SearchResult faceted = searcher.search({.query = query, .limit = 20});
        const SearchResult bare = searcher.search({.query = query, .limit = 20, .facet_limit = 0});
        const SearchResult counted =
            searcher.search({.query = query, .limit = 20, .facet_limit = 0, .exact_total = true});
        for (const SearchResult* other : {&bare, &counted}) {
            REQUIRE(other->hits.size() == faceted.hits.size());
            for (std::size_t i = 0; i < faceted.hits.size(); ++i) {
                CHECK(other->hits[i].record.doc == faceted.hits[i].record.doc);
                CHECK(other->hits[i].record.passage == faceted.hits[i].record.passage);
                CHECK(other->hits[i].score == faceted.hits[i].score);
            }
        }
    }
}

TEST_CASE("hits sort by publication date, newest or oldest first, with the undated at the far end, and page stably")
{
    TempDir dir;
    const std::string db =
        index_jsonl(dir, R"({"id": "b", "date": "2025-03-01", "title": "가", "text": "메타가 인재를 모았다."})"
                         "\n"
                         R"({"id": "c", "date": "2025-07", "title": "나", "text": "메타 인재 영입 소식."})"
                         "\n"
                         R"({"id": "a", "date": "2024", "title": "다", "text": "메타가 움직였다."})"
                         "\n"
                         R"({"id": "u", "title": "라", "text": "메타와 인재 이야기."})"
                         "\n");
    Searcher searcher(db);
    const auto order = [&](SortOrder sort, Xapian::doccount offset, Xapian::doccount limit) {
        std::vector<std::string> docs;
        for (const Hit& hit :
             searcher.search({.query = "메타 인재", .offset = offset, .limit = limit, .sort = sort}).hits) {
            docs.push_back(hit.record.doc);
        }
        return docs;
    };
    CHECK(order(SortOrder::kNewest, 0, 10) == std::vector<std::string>{"c", "b", "a", "u"});
    CHECK(order(SortOrder::kOldest, 0, 10) == std::vector<std::string>{"u", "a", "b", "c"});
    CHECK(order(SortOrder::kNewest, 1, 2) == std::vector<std::string>{"b", "a"});  // a page of the same order
    CHECK(order(SortOrder::kRelevance, 0, 10).size() == 4);
}

TEST_CASE("no query lists every passage in article order")
{
    const SearchResult result = search("", MatchMode::kAny, 1000);
    CHECK(result.browse);
    REQUIRE(result.hits.size() > 9);
    for (std::size_t i = 1; i < result.hits.size(); ++i) {
        const auto& a = result.hits[i - 1].record;
        const auto& b = result.hits[i].record;
        CHECK((a.doc < b.doc || (a.doc == b.doc && a.passage < b.passage)));
    }
}

TEST_CASE("a query with nothing searchable matches nothing") { CHECK(search("!!! ...").hits.empty()); }

TEST_CASE("snippets highlight the stem of each matched word")
{
    const SearchResult result = search("메타의 초지능");
    REQUIRE_FALSE(result.hits.empty());
    const Snippet& snippet = result.hits[0].snippet;
    REQUIRE_FALSE(snippet.highlights.empty());
    for (const auto& [begin, end] : snippet.highlights) {
        const std::string word = snippet.text.substr(begin, end - begin);
        CHECK((word == "메타" || word == "초지능"));
    }
}

TEST_CASE("indexing the same articles again replaces them without duplicates")
{
    TempDir dir;
    const std::string db = (dir / "db").string();
    const ks::test::fs::path jsonl = dir / "a.jsonl";
    ks::test::write_file(
        jsonl,
        R"({"id": "x", "title": "첫 판", "text": "메타가 연구자를 영입했다.\n\n두 번째 문단이다. 오픈AI도 대응했다."})"
        "\n");
    std::ostringstream diagnostics;
    const auto first = ks::indexer::run({db, {jsonl.string()}}, diagnostics);
    CHECK(first.passages == 1);  // the short second paragraph joins the first
    ks::test::write_file(jsonl, R"({"id": "x", "title": "고친 판", "text": "메타가 연구자를 영입했다."})"
                                "\n");
    ks::indexer::run({db, {jsonl.string()}}, diagnostics);
    Searcher searcher(db);
    const SearchResult all = searcher.search({.query = "", .limit = 100});
    REQUIRE(all.hits.size() == 1);
    CHECK(all.hits[0].record.title == "고친 판");
    CHECK(searcher.search({.query = "오픈AI"}).hits.empty());
}

namespace {

SearchResult filtered(const std::string& query, Filters filters, Xapian::doccount limit = 1000)
{
    Searcher searcher(corpus_index());
    return searcher.search({.query = query, .limit = limit, .filters = std::move(filters)});
}

bool has(const std::vector<std::string>& values, const std::string& value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

Xapian::doccount facet_count(const std::vector<FacetCount>& counts, const std::string& value)
{
    for (const FacetCount& c : counts) {
        if (c.value == value) {
            return c.count;
        }
    }
    return 0;
}

}  // namespace

TEST_CASE("a person filter keeps only passages that mention the person, by any spelling")
{
    const SearchResult by_alias = filtered("", {.persons = {"올트먼"}});
    REQUIRE(!by_alias.hits.empty());
    for (const Hit& hit : by_alias.hits) {
        CHECK(has(hit.persons, "샘 알트만"));
    }
    CHECK(filtered("", {.persons = {"Sam Altman"}}).hits.size() == by_alias.hits.size());
}

TEST_CASE("facet counts are the numbers of matching passages that carry each value")
{
    const SearchResult all = filtered("오픈AI", {});
    REQUIRE(!all.facets.persons.empty());
    for (const FacetCount& person : all.facets.persons) {
        INFO(person.value);
        const SearchResult narrowed = filtered("오픈AI", {.persons = {person.value}});
        CHECK(narrowed.hits.size() == person.count);
    }
    for (const FacetCount& company : all.facets.companies) {
        INFO(company.value);
        CHECK(filtered("오픈AI", {.companies = {company.value}}).hits.size() == company.count);
    }
}

TEST_CASE("filters combine: every one must hold")
{
    const SearchResult both = filtered("", {.persons = {"샘 알트만"}, .companies = {"메타"}});
    REQUIRE(!both.hits.empty());
    for (const Hit& hit : both.hits) {
        CHECK(has(hit.persons, "샘 알트만"));
        CHECK(has(hit.companies, "메타"));
    }
    CHECK(both.hits.size() < filtered("", {.persons = {"샘 알트만"}}).hits.size());
}

TEST_CASE("a mentioned-date range keeps passages that mention a date inside it, at any precision")
{
    const SearchResult november = filtered("", {.mentioned_from = "2023-11", .mentioned_to = "2023-11"});
    REQUIRE(!november.hits.empty());
    for (const Hit& hit : november.hits) {
        CHECK(std::any_of(hit.dates.begin(), hit.dates.end(),
                          [](const std::string& d) { return d.starts_with("2023-11"); }));
    }
    const SearchResult year = filtered("", {.mentioned_from = "2023", .mentioned_to = "2023"});
    CHECK(year.hits.size() >= november.hits.size());
    CHECK(filtered("", {.mentioned_from = "2030"}).hits.empty());
    CHECK_THROWS_AS(filtered("", {.mentioned_from = "2025-13-40"}), FilterError);
    CHECK_THROWS_AS(filtered("", {.from = "2025-13-40"}), FilterError);
}

TEST_CASE(
    "a publication-date range keeps passages of articles published inside it, and counts the undated it leaves out")
{
    TempDir dir;
    const std::string db = index_jsonl(
        dir, R"({"id": "june", "date": "2025-06-10", "title": "가", "text": "메타가 2023년 인재를 모았다."})"
             "\n"
             R"({"id": "year", "date": "2025", "title": "나", "text": "메타가 연구소를 열었다."})"
             "\n"
             R"({"id": "old", "date": "2024-12-31", "title": "다", "text": "메타가 2025년 계획을 밝혔다."})"
             "\n"
             R"({"id": "undated", "title": "라", "text": "메타가 2025년 6월 발표했다."})"
             "\n");
    Searcher searcher(db);
    const auto docs = [&](const Filters& filters) {
        std::set<std::string> ids;
        const SearchResult result = searcher.search({.query = "메타", .filters = filters});
        for (const Hit& hit : result.hits) {
            ids.insert(hit.record.doc);
        }
        return std::pair(ids, result.undated_left_out);
    };
    CHECK(docs({.from = "2025", .to = "2025"}) == std::pair(std::set<std::string>{"june", "year"}, 1u));
    // An article dated only 2025 is not wholly inside June 2025.
    CHECK(docs({.from = "2025-06", .to = "2025-06"}) == std::pair(std::set<std::string>{"june"}, 1u));
    CHECK(docs({.to = "2024"}) == std::pair(std::set<std::string>{"old"}, 1u));
    // The dates the passages mention are another filter, which an undated article passes.
    CHECK(docs({.mentioned_from = "2025"}) == std::pair(std::set<std::string>{"old", "undated"}, 0u));
    CHECK(docs({}).first.size() == 4);
}

TEST_CASE("a decade passes a date range only when the range holds all of it")
{
    TempDir dir;
    const std::string db = index_jsonl(dir, R"({"id": "a", "title": "복고", "text": "1990년대 가요가 다시 인기다."})"
                                            "\n");
    Searcher searcher(db);
    const auto in = [&](const std::string& from, const std::string& to) {
        return searcher.search({.filters = {.mentioned_from = from, .mentioned_to = to}}).hits.size();
    };
    CHECK(in("1990", "1999") == 1);
    CHECK(in("1980", "2000-06") == 1);
    CHECK(in("1995", "1999") == 0);
    CHECK(in("1990", "1998-12") == 0);
    const SearchResult all = searcher.search({});
    CHECK(facet_count(all.facets.dates, "1990s") == 1);
}

TEST_CASE("the date facet counts months")
{
    const SearchResult all = filtered("", {});
    CHECK(facet_count(all.facets.dates, "2023-11") > 0);
    CHECK(facet_count(all.facets.dates, "2023-11-17") == 0);
}

TEST_CASE("a Latin name the text gave in parentheses finds and filters its person, even where only the surname stands")
{
    TempDir dir;
    const std::string db = (dir / "db").string();
    const ks::test::fs::path jsonl = dir / "a.jsonl";
    ks::test::write_file(
        jsonl,
        R"({"id": "m", "title": "연구자 이적", "text": "독일 출신 연구자 토마스 뮐러(Thomas Mueller)가 새 연구소로 자리를 옮겼다. 그는 십 년 동안 언어 모델의 평가 방법을 연구해 왔으며 업계에서 손꼽히는 전문가로 알려졌다.\n\n뮐러는 보상보다 풀고 싶은 문제가 있어서 옮겼다고 설명했다. 그는 새 연구소에서 평가 팀을 이끌 예정이며 첫 결과를 내년에 공개할 계획이다."})"
        "\n");
    std::ostringstream diagnostics;
    REQUIRE(ks::indexer::run({db, {jsonl.string()}}, diagnostics).passages == 2);
    Searcher searcher(db);
    const SearchResult by_latin = searcher.search({.query = "", .filters = {.persons = {"Thomas Mueller"}}});
    CHECK(by_latin.hits.size() == 2);
    const SearchResult query = searcher.search({.query = "Thomas Mueller 보상"});
    REQUIRE(!query.hits.empty());
    CHECK(query.hits[0].record.passage == 2);  // says only 뮐러, and 보상
}

TEST_CASE("facets counted from the in-memory table equal those read from the values, on one index and on shards")
{
    Searcher single(corpus_index());
    for (const char* query : {"오픈AI", "메타 인재", ""}) {
        INFO(query);
        const SearchResult first = single.search({.query = query});   // reads values
        const SearchResult second = single.search({.query = query});  // builds and uses the table
        const SearchResult third = single.search({.query = query});
        for (const SearchResult* r : {&second, &third}) {
            CHECK(r->facets.persons.size() == first.facets.persons.size());
            for (std::size_t i = 0; i < first.facets.persons.size(); ++i) {
                CHECK(r->facets.persons[i].value == first.facets.persons[i].value);
                CHECK(r->facets.persons[i].count == first.facets.persons[i].count);
            }
            CHECK(r->facets.companies.size() == first.facets.companies.size());
            CHECK(r->facets.dates.size() == first.facets.dates.size());
            for (std::size_t i = 0; i < first.facets.dates.size(); ++i) {
                CHECK(r->facets.dates[i].value == first.facets.dates[i].value);
                CHECK(r->facets.dates[i].count == first.facets.dates[i].count);
            }
        }
    }

    // Two shards: combined docids interleave; counts must still be exact.
    TempDir dir;
    std::ostringstream diagnostics;
    const std::string a = (dir / "a").string();
    const std::string b = (dir / "b").string();
    const auto corpus = ks::test::corpus_dir();
    ks::indexer::run({a,
                      {(corpus / "meta-the-list.txt").string(), (corpus / "murati-exodus.txt").string(),
                       (corpus / "altman-return-interview.txt").string()}},
                     diagnostics);
    ks::indexer::run(
        {b, {(corpus / "altman-missionaries-memo.txt").string(), (corpus / "meta-pay-dispute.txt").string()}},
        diagnostics);
    Searcher shards(std::vector<std::string>{a, b});
    const SearchResult values = shards.search({.query = "알트만"});
    const SearchResult table = shards.search({.query = "알트만"});
    REQUIRE(!values.facets.persons.empty());
    for (std::size_t i = 0; i < values.facets.persons.size(); ++i) {
        CHECK(table.facets.persons[i].value == values.facets.persons[i].value);
        CHECK(table.facets.persons[i].count == values.facets.persons[i].count);
    }
}

TEST_CASE("a word in very many passages ranks but makes no match on its own while a rarer word is asked for")
{
    // 300 passages say 회사; 3 of them, and 2 others, say 알트만. Common: over 0.5% of passages and over 100.
    TempDir dir;
    std::string lines;
    for (int i = 0; i < 300; ++i) {
        lines += "{\"id\": \"c" + std::to_string(i) + "\", \"text\": \"회사가 " + std::to_string(i) +
                 "번째 발표를 했다." + (i < 3 ? " 알트만도 나왔다." : "") + "\"}\n";
    }
    lines += "{\"id\": \"a1\", \"text\": \"알트만이 말했다.\"}\n{\"id\": \"a2\", \"text\": \"알트만은 웃었다.\"}\n";
    Searcher searcher(index_jsonl(dir, lines));

    const SearchResult both = searcher.search({.query = "회사 알트만"});
    CHECK(both.total_estimate == 5);  // the passages with 알트만, not every one with 회사
    std::set<std::string> found;
    for (const auto& hit : both.hits) {
        found.insert(hit.record.doc);
    }
    CHECK(found == std::set<std::string>{"a1", "a2", "c0", "c1", "c2"});
    found.clear();
    for (const auto& hit : searcher.search({.query = "회사 알트만", .limit = 1000, .facet_limit = 0}).hits) {
        found.insert(hit.record.doc);
    }
    CHECK(found == std::set<std::string>{"a1", "a2", "c0", "c1", "c2"});  // the same without facets

    CHECK(searcher.search({.query = "회사"}).total_estimate == 300);         // alone, it matches as ever
    CHECK(searcher.search({.query = "회사 없는말"}).total_estimate == 300);  // a word the index lacks is no rarer word
    RankingParams every_word;
    every_word.common_share = 0;
    CHECK(searcher.search({.query = "회사 알트만", .ranking = every_word}).total_estimate == 302);
}

TEST_CASE("a long passage holding both query words once outranks a short one repeating one of them (BM25+)")
{
    // Plain BM25 scores a word found once in a long passage near zero, so a short passage saying one query
    // word three times wins; BM25+ gives every matching word a floor, and the passage with both words wins.
    // (Neither passage under test opens with a query word, which weighs on its own.)
    TempDir dir;
    std::string filler;
    for (int i = 0; i < 15; ++i) {
        filler += "연구소의 " + std::to_string(i) + "번째 보고서는 새로운 반도체 설계를 다루었다. ";
    }
    std::string lines = "{\"id\": \"short\", \"text\": \"그날 알트만은 알트만이 만든 회사에서 알트만을 기다렸다.\"}\n";
    lines += "{\"id\": \"long\", \"text\": \"" + filler + "그 자리에서 알트만과 저커버그가 만났다. " + filler + "\"}\n";
    for (int i = 0; i < 20; ++i) {  // both words about equally rare
        const char* subject = i < 4 ? "저커버그는 " : i < 8 ? "알트만은 " : "";
        lines += "{\"id\": \"other" + std::to_string(i) + "\", \"text\": \"" + subject + "날씨가 " + std::to_string(i) +
                 "일째 맑았다고 했다.\"}\n";
    }
    Searcher searcher(index_jsonl(dir, lines));
    const auto rank_of = [](const SearchResult& result, const std::string& doc) {
        const auto hit =
            std::find_if(result.hits.begin(), result.hits.end(), [&](const Hit& h) { return h.record.doc == doc; });
        REQUIRE(hit != result.hits.end());
        return hit->rank;
    };

    const SearchResult bm25_plus = searcher.search({.query = "알트만 저커버그"});
    CHECK(rank_of(bm25_plus, "long") < rank_of(bm25_plus, "short"));

    RankingParams plain_bm25;
    plain_bm25.bm25_delta = 0;
    const SearchResult plain = searcher.search({.query = "알트만 저커버그", .ranking = plain_bm25});
    CHECK(rank_of(plain, "short") < rank_of(plain, "long"));
}

TEST_CASE("a question's past modifier meets a statement's past tense: 태어난 finds 태어났다, and the reverse")
{
    TempDir dir;
    const std::string lines =
        "{\"id\": \"statement\", \"text\": \"가수 김민수는 1980년 부산에서 태어났다.\"}\n"
        "{\"id\": \"modifier\", \"text\": \"대구에서 태어난 배우 이지은이 상을 받았다.\"}\n"
        "{\"id\": \"other\", \"text\": \"부산의 바다는 여름에 붐빈다.\"}\n";
    Searcher searcher(index_jsonl(dir, lines));

    // With --all every word must match: through its bigrams 태어난 would need 어난, which 태어났다 lacks.
    const SearchResult question = searcher.search({.query = "부산에서 태어난 가수는?", .mode = MatchMode::kAll});
    REQUIRE(question.hits.size() == 1);
    CHECK(question.hits[0].record.doc == "statement");
    const Snippet& snippet = question.hits[0].snippet;
    const auto highlighted = [&](const std::string& word) {
        const std::size_t at = snippet.text.find(word);
        return std::any_of(snippet.highlights.begin(), snippet.highlights.end(),
                           [&](const auto& range) { return range.first == at; });
    };
    CHECK(highlighted("태어났"));

    const SearchResult statement = searcher.search({.query = "대구에서 태어났다", .mode = MatchMode::kAll});
    REQUIRE(statement.hits.size() == 1);
    CHECK(statement.hits[0].record.doc == "modifier");
}

TEST_CASE("a phrase left open that finds nothing is searched as words, and the result says so")
{
    TempDir dir;
    const std::string lines =
        "{\"id\": \"interview\", \"text\": \"그는 미국 신문과의 인터뷰에서 정권 지지를 철회하라고 요구했다.\"}\n"
        "{\"id\": \"team\", \"text\": \"메타는 초지능 팀을 꾸렸다.\"}\n";
    Searcher searcher(index_jsonl(dir, lines));

    // A pasted question whose quote is closed by another mark: as a phrase to the end it matches nothing.
    const SearchResult pasted = searcher.search({.query = "신문에 실린 \"정권 지지 철회' 인터뷰"});
    REQUIRE_FALSE(pasted.hits.empty());
    CHECK(pasted.hits[0].record.doc == "interview");
    CHECK(pasted.query == "신문에 실린 \"정권 지지 철회' 인터뷰");
    REQUIRE(pasted.rewrites.size() == 1);
    CHECK(pasted.rewrites[0].kind == RewriteKind::kUnclosedQuote);
    CHECK(pasted.rewrites[0].from == "\"정권 지지 철회' 인터뷰");

    // A quote still being typed keeps its phrase while the phrase matches.
    const SearchResult typing = searcher.search({.query = "\"초지능 팀"});
    REQUIRE(typing.hits.size() == 1);
    CHECK(typing.hits[0].record.doc == "team");
    CHECK(typing.rewrites.empty());
    CHECK(searcher.search({.query = "\"팀 초지능"}).hits.size() == 1);  // words out of order: found as words
}

TEST_CASE("a passage shorter than the shortest normalized length earns nothing more for its shortness")
{
    TempDir dir;
    std::string lines = "{\"id\": \"stub\", \"text\": \"그날 알트만이 왔다.\"}\n";
    lines += "{\"id\": \"line\", \"text\": \"그날 알트만이 연구소의 새 건물에 처음으로 혼자 걸어서 왔다.\"}\n";
    for (int i = 0; i < 20; ++i) {  // longer passages: the stub is under half the average length, the line over
        lines += "{\"id\": \"other" + std::to_string(i) + "\", \"text\": \"";
        for (int j = 0; j < 2; ++j) {
            lines += std::to_string(i) + "번째 보고서는 새로운 반도체 설계를 " + std::to_string(j) + "번 다루었다. ";
        }
        lines += "\"}\n";
    }
    Searcher searcher(index_jsonl(dir, lines));

    const SearchResult shortest_wins = searcher.search({.query = "알트만"});
    REQUIRE(shortest_wins.hits.size() == 2);
    CHECK(shortest_wins.hits[0].record.doc == "stub");
    CHECK(shortest_wins.hits[0].score > shortest_wins.hits[1].score);

    RankingParams average_floor;
    average_floor.bm25_min_normlen = 1;
    const SearchResult even = searcher.search({.query = "알트만", .ranking = average_floor});
    REQUIRE(even.hits.size() == 2);
    CHECK(even.hits[0].score == Approx(even.hits[1].score));
}

TEST_CASE("a passage repeating its article's title word does not outrank a sibling that holds the other query word")
{
    // Every passage of the article Gemini is about Gemini: saying it four times says nothing more. The passage
    // that also says 여름 (a common word) must come first for Gemini 여름.
    TempDir dir;
    std::string lines =
        "{\"id\": \"gemini\", \"title\": \"Gemini\", \"text\": \"Gemini 사용자들은 Gemini 답변과 Gemini 속도를 Gemini "
        "장점으로 "
        "꼽으며 손님이 오면 가장 먼저 그것부터 보여 준다.\\nGemini 서버는 여름 내내 뜨겁게 돌아가서 먼 곳의 관리자들도 "
        "밤마다 냉각 장치를 오래 살핀다.\"}\n";
    for (int i = 0; i < 40; ++i) {  // 여름 in most passages: worth less than three more Gemini once was
        lines += "{\"id\": \"other" + std::to_string(i) + "\", \"text\": \"" + std::to_string(i) + "번째 " +
                 (i < 30 ? "여름" : "겨울") + " 축제가 열렸다.\"}\n";
    }
    Searcher searcher(index_jsonl(dir, lines));
    const SearchResult result = searcher.search({.query = "Gemini 여름"});
    REQUIRE(result.hits.size() >= 2);
    CHECK(result.hits[0].record.doc == "gemini");
    CHECK(result.hits[0].record.passage == 2);

    // Only the count goes: the passage still holds every position of the word, for phrases.
    const SearchResult phrase = searcher.search({.query = "\"Gemini 속도를\""});
    REQUIRE(phrase.hits.size() == 1);
    CHECK(phrase.hits[0].record.passage == 1);
}

TEST_CASE("every passage of an article shows the article's date, source and URL, not only its first")
{
    TempDir dir;
    const std::string db = index_jsonl(
        dir,
        "{\"id\": \"chip\", \"title\": \"칩 계약\", \"date\": \"2025-07-02\", \"source\": \"반도체 소식\", "
        "\"url\": \"https://example.com/chip\", \"text\": \"오픈AI는 새 칩을 사들이기로 하고 계약서에 서명했다고 "
        "밝혔으며 물량은 내년부터 들어온다.\\n칩을 만드는 회사는 공장을 한 곳 더 짓기로 하고 부지를 고르는 "
        "중이라고 덧붙였다.\"}\n"
        "{\"id\": \"plain\", \"title\": \"공장\", \"text\": \"다른 공장 이야기다.\"}\n");
    Searcher searcher(db);
    const SearchResult result = searcher.search({.query = "공장 부지"});
    REQUIRE_FALSE(result.hits.empty());
    const Hit& second = result.hits[0];
    CHECK(second.record.doc == "chip");
    CHECK(second.record.passage == 2);
    CHECK(second.record.title == "칩 계약");
    CHECK(second.record.date == "2025-07-02");
    CHECK(second.record.source == "반도체 소식");
    CHECK(second.record.url == "https://example.com/chip");

    const SearchResult other = searcher.search({.query = "다른 공장"});
    REQUIRE_FALSE(other.hits.empty());
    CHECK(other.hits[0].record.doc == "plain");
    CHECK(other.hits[0].record.source.empty());
    CHECK(other.hits[0].record.date.empty());
}

TEST_CASE("the year of a question counts as much as a Hangul word as rare as it")
{
    // 2016 and 도시 are each in three passages. A Hangul word also matches through its bigram, so the
    // number part of 2016년 needs a weight of its own to stand level with it.
    TempDir dir;
    std::string lines =
        "{\"id\": \"year\", \"text\": \"그 대회는 2016년에 처음 열렸고 많은 관중이 모였다.\"}\n"
        "{\"id\": \"city\", \"text\": \"그 대회는 도시에서 처음 열렸고 많은 관중이 모였다.\"}\n"
        "{\"id\": \"year2\", \"text\": \"2016년 여름은 더웠다.\"}\n"
        "{\"id\": \"year3\", \"text\": \"2016년 겨울은 추웠다.\"}\n"
        "{\"id\": \"city2\", \"text\": \"도시의 여름은 더웠다.\"}\n"
        "{\"id\": \"city3\", \"text\": \"도시의 겨울은 추웠다.\"}\n";
    for (int i = 0; i < 30; ++i) {
        lines += "{\"id\": \"other" + std::to_string(i) + "\", \"text\": \"" + std::to_string(i) +
                 "번째 회의가 끝났다.\"}\n";
    }
    Searcher searcher(index_jsonl(dir, lines));
    const SearchResult result = searcher.search({.query = "2016년 대회가 열린 도시는?"});
    REQUIRE(result.hits.size() >= 2);
    CHECK(result.hits[0].record.doc == "year");
}

TEST_CASE("a passage that speaks of its article's subject without naming it ranks by the title instead")
{
    // The second passage of 전현희 says 그는: it is about her as much as the first, which names her but says
    // nothing of a school. For 전현희의 고등학교 the second must come first.
    TempDir dir;
    std::string lines =
        "{\"id\": \"jeon\", \"title\": \"전현희\", \"text\": \"전현희는 통영에서 태어나 그곳에서 어린 시절을 보냈으며 "
        "바다를 "
        "가까이 두고 자랐다고 여러 번 말했다.\\n그는 부산에서 고등학교를 마치고 서울로 올라와 치과대학에 진학했으며 그 "
        "뒤에는 변호사가 되어 일했다.\"}\n"
        "{\"id\": \"election\", \"title\": \"국회의원 선거\", \"text\": \"강남 을 지역구에서는 전현희 후보가 근소한 "
        "차이로 "
        "당선되어 그 지역의 오랜 흐름을 바꾸었다는 평가를 받았다.\"}\n";
    for (int i = 0; i < 30; ++i) {  // 고등학교 in as few passages as 전현희
        lines += "{\"id\": \"other" + std::to_string(i) + "\", \"text\": \"" + std::to_string(i) + "번째 " +
                 (i < 2 ? "고등학교 " : "") + "모임이 끝났다.\"}\n";
    }
    Searcher searcher(index_jsonl(dir, lines));
    const SearchResult result = searcher.search({.query = "전현희의 고등학교는?"});
    REQUIRE_FALSE(result.hits.empty());
    CHECK(result.hits[0].record.doc == "jeon");
    CHECK(result.hits[0].record.passage == 2);
}

TEST_CASE("a title counts for a long passage of its article nearly as much as for a short one")
{
    // Neither passage of 브라질 names it; both are about it. The second is seven times longer: BM25 shortens
    // what a word in it weighs, but the title names the subject of the whole article.
    TempDir dir;
    std::string filler;
    for (int i = 0; i < 8; ++i) {
        filler += "강을 따라 넓은 들판이 이어지고 사람들은 오래전부터 그곳에서 농사를 지으며 살아왔다. ";
    }
    std::string lines =
        "{\"id\": \"brazil\", \"title\": \"브라질\", \"text\": \"이 나라는 남쪽 대륙의 동쪽에 있으며 사람들은 "
        "그곳을 넓고 따뜻한 땅이라고 부른다.\\n" +
        filler + "\"}\n";
    for (int i = 0; i < 20; ++i) {
        lines += "{\"id\": \"other" + std::to_string(i) + "\", \"text\": \"" + std::to_string(i) +
                 "번째 모임이 끝났다.\"}\n";
    }
    Searcher searcher(index_jsonl(dir, lines));
    const SearchResult result = searcher.search({.query = "브라질"});
    REQUIRE(result.hits.size() == 2);
    CHECK(result.hits[0].record.passage == 1);  // the shorter still first
    CHECK(result.hits[1].score > 0.65 * result.hits[0].score);
}

TEST_CASE("a passage that opens with the query's subject outranks one that names it in passing")
{
    // Both passages name 몰타; the second lies in an article whose title names 유럽 as well. The first opens with
    // 몰타: it is about Malta, the other about the union. Without a weight for the opening word the second comes
    // first (checked below), so the test guards the weight, not the data.
    TempDir dir;
    std::string lines =
        "{\"id\": \"malta\", \"text\": \"몰타 공화국은 남유럽의 작은 섬나라로 수도는 발레타이다.\"}\n"
        "{\"id\": \"union\", \"title\": \"유럽 연합의 역사\", \"text\": \"여러 나라가 새로 가입하였는데 지중해의 "
        "몰타와 "
        "키프로스도 그 가운데 있어 유럽이 넓어졌다.\"}\n";
    for (int i = 0; i < 30; ++i) {  // 국가 and 유럽 in a few other passages, as in any encyclopedia
        lines += "{\"id\": \"other" + std::to_string(i) + "\", \"text\": \"" + std::to_string(i) + "번째 " +
                 (i < 3   ? "국가 "
                  : i < 6 ? "유럽 "
                          : "") +
                 "모임이 끝났다.\"}\n";
    }
    Searcher searcher(index_jsonl(dir, lines));
    const std::string query = "몰타는 유럽 국가인가요?";
    const SearchResult result = searcher.search({.query = query});
    REQUIRE(result.hits.size() >= 2);
    CHECK(result.hits[0].record.doc == "malta");

    SearchRequest without_lead{.query = query};
    without_lead.ranking.lead = 0;
    const SearchResult before = searcher.search(without_lead);
    REQUIRE_FALSE(before.hits.empty());
    CHECK(before.hits[0].record.doc == "union");
}

TEST_CASE("only an article's opening word earns the weight and not a later paragraph's")
{
    // The same paragraph opens the article 섬나라 and is the second of 여행기: a later paragraph opens wherever
    // the writer turned to something else, so only the first ranks as being about 몰타.
    TempDir dir;
    const std::string paragraph =
        "몰타 사람들은 바다를 따라 늘어선 오래된 성벽과 작은 항구를 대대로 돌보며 조용히 살아간다.";
    std::string lines = "{\"id\": \"island\", \"text\": \"" + paragraph +
                        "\"}\n"
                        "{\"id\": \"travel\", \"text\": \"봄에 떠난 여행은 생각보다 길고 조용했으며 머무는 내내 날씨도 "
                        "맑고 바람도 좋았다.\\n" +
                        paragraph + "\"}\n";
    for (int i = 0; i < 20; ++i) {
        lines += "{\"id\": \"other" + std::to_string(i) + "\", \"text\": \"" + std::to_string(i) +
                 "번째 모임이 끝났다.\"}\n";
    }
    Searcher searcher(index_jsonl(dir, lines));
    const SearchResult result = searcher.search({.query = "몰타"});
    REQUIRE(result.hits.size() == 2);
    CHECK(result.hits[0].record.doc == "island");
    CHECK(result.hits[1].record.doc == "travel");
    CHECK(result.hits[1].record.passage == 2);
    CHECK(result.hits[1].score < result.hits[0].score);
}

TEST_CASE("counting facets changes neither which passages match nor their scores")
{
    // With facets counted every match is visited, and the query reads each matching term once (AND_MAYBE);
    // without, it keeps the form Xapian may skip through. Both must find and score the same passages.
    Searcher searcher(corpus_index());
    for (const char* query : {"선교사 용병", "슈퍼인텔리전스팀 50명", "초지능 팀", "5100만 달러 칩", "레인AI의 NPU",
                              "무라티가 퇴사한 이유", "오픈AI 2025년", "알트만", "메타 OR 구글", "\"초지능 팀\" 메타",
                              "메타 -구글", "인재를 영입한 회사는 어디인가?"}) {
        INFO(query);
        const SearchResult plain = searcher.search({.query = query, .limit = 1000, .facet_limit = 0});
        const SearchResult counted = searcher.search({.query = query, .limit = 1000, .facet_limit = 10});
        REQUIRE(plain.hits.size() == counted.hits.size());
        CHECK(counted.total_estimate == counted.hits.size());
        for (std::size_t i = 0; i < plain.hits.size(); ++i) {
            INFO(i);
            CHECK(plain.hits[i].record.doc == counted.hits[i].record.doc);
            CHECK(plain.hits[i].record.passage == counted.hits[i].record.passage);
            CHECK(plain.hits[i].score == Approx(counted.hits[i].score).epsilon(1e-9));
        }
    }
}

namespace {

// Each hit's article, in rank order.
std::vector<std::string> articles_of(const SearchResult& result)
{
    std::vector<std::string> docs;
    for (const Hit& hit : result.hits) {
        docs.push_back(hit.record.doc);
    }
    return docs;
}

// The result's passages: those listed and those counted as more of their article (each hit of an article says
// the same number).
Xapian::doccount listed_and_more(const SearchResult& result)
{
    std::map<std::string, Xapian::doccount> more;
    for (const Hit& hit : result.hits) {
        more[hit.record.doc] = hit.more_in_article;
    }
    Xapian::doccount n = static_cast<Xapian::doccount>(result.hits.size());
    for (const auto& [doc, m] : more) {
        n += m;
    }
    return n;
}

}  // namespace

TEST_CASE(
    "per article, a result lists an article's best passages once and counts the rest, and totals say articles too")
{
    Searcher searcher(corpus_index());
    const SearchResult every = searcher.search({.query = "메타", .limit = 1000});
    REQUIRE(every.total_articles == 0);  // not asked for
    std::set<std::string> articles;
    for (const Hit& hit : every.hits) {
        articles.insert(hit.record.doc);
    }
    REQUIRE(articles.size() < every.hits.size());  // some article has several matching passages

    const SearchResult one = searcher.search({.query = "메타", .limit = 1000, .per_article = 1});
    const std::vector<std::string> docs = articles_of(one);
    CHECK(std::set<std::string>(docs.begin(), docs.end()).size() == docs.size());  // each article once
    CHECK(docs.size() == articles.size());
    CHECK(one.total_articles == articles.size());
    CHECK(one.total_estimate == every.total_estimate);  // the total still counts passages
    CHECK(listed_and_more(one) == every.hits.size());
    // Its best passage: the first of the article in the full ranking.
    for (const Hit& hit : one.hits) {
        const auto best = std::find_if(every.hits.begin(), every.hits.end(),
                                       [&](const Hit& h) { return h.record.doc == hit.record.doc; });
        CHECK(best->record.passage == hit.record.passage);
    }

    const SearchResult two = searcher.search({.query = "메타", .limit = 1000, .per_article = 2});
    CHECK(listed_and_more(two) == every.hits.size());
    std::map<std::string, int> per_article;
    for (const Hit& hit : two.hits) {
        CHECK(++per_article[hit.record.doc] <= 2);
    }
    CHECK(two.hits.size() > one.hits.size());

    // Paging goes through articles: the second page of one is the second hit of two on one page.
    const SearchResult page_two = searcher.search({.query = "메타", .offset = 1, .limit = 1, .per_article = 1});
    REQUIRE(page_two.hits.size() == 1);
    CHECK(page_two.hits.front().record.doc == docs.at(1));
    CHECK(page_two.hits.front().rank == 2);
}

TEST_CASE("per article, two shards list and count as one index does")
{
    TempDir dir;
    std::ostringstream diagnostics;
    const std::string a = (dir / "a").string();
    const std::string b = (dir / "b").string();
    const auto corpus = ks::test::corpus_dir();
    ks::indexer::run({a, {(corpus / "meta-the-list.txt").string(), (corpus / "meta-msl-friction.txt").string()}},
                     diagnostics);
    ks::indexer::run(
        {b, {(corpus / "altman-missionaries-memo.txt").string(), (corpus / "meta-pay-dispute.txt").string()}},
        diagnostics);
    const std::string both = (dir / "both").string();
    ks::indexer::run({both,
                      {(corpus / "meta-the-list.txt").string(), (corpus / "meta-msl-friction.txt").string(),
                       (corpus / "altman-missionaries-memo.txt").string(), (corpus / "meta-pay-dispute.txt").string()}},
                     diagnostics);
    Searcher shards(std::vector<std::string>{a, b});
    Searcher single(both);
    const SearchRequest request{.query = "메타", .limit = 100, .per_article = 1};
    const SearchResult over_shards = shards.search(request);
    const SearchResult over_one = single.search(request);
    CHECK(over_shards.total_articles == over_one.total_articles);
    CHECK(over_shards.total_estimate == over_one.total_estimate);
    std::vector<std::string> a_docs = articles_of(over_shards), b_docs = articles_of(over_one);
    std::sort(a_docs.begin(), a_docs.end());
    std::sort(b_docs.begin(), b_docs.end());
    CHECK(a_docs == b_docs);
    CHECK(listed_and_more(over_shards) == listed_and_more(over_one));
}

TEST_CASE("the published facet counts matching passages by their article's publication month, over every match")
{
    Searcher searcher(corpus_index());
    const SearchResult all = searcher.search({.query = "", .limit = 1000, .facet_limit = 100});
    std::map<std::string, Xapian::doccount> expected;
    for (const Hit& hit : all.hits) {
        if (!hit.record.date.empty()) {
            ++expected[hit.record.date.substr(0, ks::schema::kDateBucketChars)];
        }
    }
    REQUIRE(!expected.empty());
    std::map<std::string, Xapian::doccount> counted;
    for (const FacetCount& c : all.facets.published) {
        counted[c.value] = c.count;
    }
    CHECK(counted == expected);
    // The same counted from the in-memory table, and under one article per result.
    const SearchResult again = searcher.search({.query = "", .limit = 1000, .facet_limit = 100});
    CHECK(again.facets.published.size() == all.facets.published.size());
    const SearchResult collapsed = searcher.search({.query = "", .limit = 1000, .facet_limit = 100, .per_article = 1});
    std::map<std::string, Xapian::doccount> counted_collapsed;
    for (const FacetCount& c : collapsed.facets.published) {
        counted_collapsed[c.value] = c.count;
    }
    CHECK(counted_collapsed == expected);
}

TEST_CASE(
    "a company typed in Latin letters ranks the passages that name it in Hangul above the Latin word's other uses")
{
    TempDir dir;
    Searcher searcher(index_jsonl(
        dir,
        R"({"id": "analysis", "text": "이 연구는 meta-analysis 방법으로 여러 논문을 모아 meta 수준에서 다시 분석했다."})"
        "\n"
        R"({"id": "human", "text": "META HUMAN 프로젝트는 사람과 같은 모습의 가상 인물을 만든다."})"
        "\n"
        R"({"id": "company", "text": "메타가 새 인공지능 연구소를 열었다. 메타는 연구자 영입에 나섰다."})"
        "\n"));
    const SearchResult result = searcher.search({.query = "Meta"});
    REQUIRE(result.hits.size() == 3);
    CHECK(result.hits[0].record.doc == "company");
}

TEST_CASE("a product typed in one spelling finds the others: ChatGPT finds 챗GPT, and 챗GPT finds ChatGPT")
{
    TempDir dir;
    Searcher searcher(index_jsonl(dir, R"({"id": "korean", "text": "무라티는 챗GPT 개발을 이끌었다."})"
                                       "\n"
                                       R"({"id": "latin", "text": "ChatGPT 사용자가 늘었다."})"
                                       "\n"
                                       R"({"id": "neither", "text": "다른 이야기다."})"
                                       "\n"));
    for (const char* query : {"ChatGPT", "chatgpt", "챗GPT", "챗지피티"}) {
        CAPTURE(query);
        CHECK(searcher.search({.query = query}).hits.size() == 2);
    }
    const ks::searcher::Spellings table = ks::searcher::Spellings::parse("# comment\nAlpha|알파|알바\n");
    CHECK(table.others("ALPHA") == std::vector<std::string>{"알파", "알바"});
    CHECK(table.others("알바") == std::vector<std::string>{"Alpha", "알파"});
    CHECK(table.others("beta").empty());
}

namespace {

// The same hits in the same order, with the same passages, ranks, scores and counts of the rest.
void check_same_hits(const SearchResult& a, const SearchResult& b)
{
    CHECK(b.total_articles == a.total_articles);
    CHECK(b.total_estimate == a.total_estimate);
    REQUIRE(b.hits.size() == a.hits.size());
    for (std::size_t i = 0; i < a.hits.size(); ++i) {
        CHECK(b.hits[i].record.doc == a.hits[i].record.doc);
        CHECK(b.hits[i].record.passage == a.hits[i].record.passage);
        CHECK(b.hits[i].rank == a.hits[i].rank);
        CHECK(b.hits[i].score == a.hits[i].score);
        CHECK(b.hits[i].more_in_article == a.hits[i].more_in_article);
    }
}

}  // namespace

// The first search of a searcher counts with the slots' spies and Xapian's collapse picks each article's best
// passage; later ones count with the in-memory table, whose spy picks them itself (ranked by relevance).
TEST_CASE("per article, the in-memory table's spy lists and counts what Xapian's collapse and the slot's spy do")
{
    for (const Xapian::doccount offset : {0, 1}) {
        Searcher searcher(corpus_index());
        for (const char* query : {"오픈AI", "메타 인재", "", "저커버그"}) {
            INFO(query << " from " << offset);
            const SearchRequest request{.query = query, .offset = offset, .limit = 5, .per_article = 1};
            const SearchResult first = searcher.search(request);   // Xapian's collapse, the slot's spy
            const SearchResult second = searcher.search(request);  // the table's spy
            const SearchResult later = searcher.search({.query = query, .per_article = 2});
            REQUIRE(first.total_articles > 0);
            check_same_hits(first, second);
            CHECK(later.total_articles == first.total_articles);
        }
    }
    // Passages of equal weight in several articles: the lowest docid first, as Xapian orders them.
    TempDir dir;
    Searcher ties(index_jsonl(dir, R"({"id": "a", "text": "같은 문장이 세 번 나온다."})"
                                   "\n"
                                   R"({"id": "b", "text": "같은 문장이 세 번 나온다."})"
                                   "\n"
                                   R"({"id": "c", "text": "같은 문장이 세 번 나온다."})"
                                   "\n"));
    const SearchRequest request{.query = "문장", .per_article = 1};
    const SearchResult first = ties.search(request);
    const SearchResult second = ties.search(request);
    check_same_hits(first, second);
    CHECK(articles_of(second) == std::vector<std::string>{"a", "b", "c"});
}
