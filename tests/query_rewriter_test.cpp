// The Korean query conveniences end to end: 초성, half-typed syllables, corrections, keyboard mode, variants
// and completion, on an index whose vocabulary the test controls.

#include <algorithm>
#include <sstream>

#include "ks/indexer/indexer.h"
#include "ks/searcher/searcher.h"
#include "support.h"

using namespace ks::searcher;
using ks::test::TempDir;

namespace {

// Articles of one short passage each; how many mention a word sets how common it is.
const std::string& vocabulary_index()
{
    static TempDir dir;
    static const std::string path = [] {
        std::string jsonl;
        int id = 0;
        const auto add = [&](int copies, const std::string& text) {
            for (int i = 0; i < copies; ++i) {
                const std::string n = std::to_string(++id);
                jsonl += R"({"id": "d)" + n + R"(", "title": "소식 )" + n + R"(", "text": ")" + text + "\"}\n";
            }
        };
        add(5, "오픈AI 대표 샘 알트만은 새 모델을 발표했다.");
        add(1, "한 칼럼은 그를 알트먼이라고 적었다.");
        add(4, "저커버그는 연구자 영입에 나섰다.");
        add(3, "삼성전자가 새 반도체를 내놓았다.");
        add(1, "상생전자라는 작은 회사도 있다.");
        add(2, "Meta는 연구소를 새로 꾸렸다.");
        add(2, "Anthropic은 새 모델을 공개했다.");
        add(2, "리더십 교육이 늘었다.");
        add(5, "이재용 회장이 회의를 열었다.");
        add(1, "이재영 연구원이 논문을 냈다.");
        add(60, "클로드 모델의 사용자가 늘었다.");
        add(1, "클로즈 마을에는 축제가 열린다.");
        add(1, "메타의 초지능 팀이 출범했다.");
        add(2, "콜레라 환자가 다시 늘었다.");
        add(3, "콜라 판매량이 줄었다.");
        add(12, "저서 목록을 정리했다.");
        const std::string db = (dir / "words.db").string();
        ks::test::write_file(dir / "words.jsonl", jsonl);
        std::ostringstream diagnostics;
        ks::indexer::run({db, {(dir / "words.jsonl").string()}}, diagnostics);
        return db;
    }();
    return path;
}

SearchResult search(const std::string& query, RewriteOptions rewriting = {})
{
    Searcher searcher(vocabulary_index());
    return searcher.search({.query = query, .limit = 100, .rewriting = rewriting});
}

bool every_hit_says(const SearchResult& result, const std::string& word)
{
    return !result.hits.empty() && std::all_of(result.hits.begin(), result.hits.end(), [&](const Hit& hit) {
        return hit.record.text.find(word) != std::string::npos;
    });
}

std::vector<std::string> words_of(const std::vector<WordCount>& counts)
{
    std::vector<std::string> words;
    for (const WordCount& c : counts) {
        words.push_back(c.word);
    }
    return words;
}

}  // namespace

TEST_CASE("초성 finds the words with those initials, the most common first")
{
    const SearchResult result = search("ㅅㅅㅈㅈ");
    REQUIRE(result.rewrites.size() == 1);
    CHECK(result.rewrites[0].kind == RewriteKind::kInitials);
    CHECK(result.rewrites[0].to == std::vector<std::string>{"삼성전자", "상생전자"});
    CHECK(result.hits.size() == 4);
    CHECK(result.hits[0].record.text.find("삼성전자") != std::string::npos);  // the common word ranks first

    const SearchResult mixed = search("샘 ㅇㅌㅁ");  // a word with 초성 beside it
    REQUIRE(!mixed.hits.empty());
    CHECK(mixed.hits[0].record.text.find("샘 알트만") != std::string::npos);
    CHECK(search("ㅋㅋㅋㅋㅋ").hits.empty());  // initials of no word: nothing, not everything
}

TEST_CASE("a half-typed last syllable or a trailing star completes the word")
{
    for (const std::string typed : {"알트ㅁ", "알틈", "알트*"}) {
        INFO(typed);
        const SearchResult result = search(typed);
        REQUIRE(!result.rewrites.empty());
        CHECK(result.rewrites[0].kind == RewriteKind::kCompletion);
        CHECK(result.rewrites[0].to.front() == "알트만");
        CHECK(result.hits.size() == 6);  // 알트만 and 알트먼
    }
    CHECK(every_hit_says(search("저커버ㄱ"), "저커버그"));
    CHECK(search("알틈").hits.empty() == false);
    CHECK(search("알틈", {.correct = true, .prefix = false}).rewrites.size() == 1);
    // --prefix completes the last word only.
    const SearchResult prefixed = search("샘 알트", {.correct = true, .prefix = true});
    REQUIRE(prefixed.rewrites.size() == 1);
    CHECK(prefixed.rewrites[0].from == "알트");
}

TEST_CASE("a word one jamo off that the index lacks is corrected")
{
    const SearchResult result = search("알트민은");
    REQUIRE(result.rewrites.size() == 1);
    CHECK(result.rewrites[0].kind == RewriteKind::kTypo);
    CHECK(result.rewrites[0].applied);
    CHECK(result.rewrites[0].to == std::vector<std::string>{"알트만은"});  // the particle stays
    REQUIRE(!result.hits.empty());
    CHECK(result.hits[0].record.text.find("알트만") != std::string::npos);
    CHECK(result.hits.size() == 6);  // and 알트먼, a spelling of the same person
    CHECK(every_hit_says(search("저커버구"), "저커버그"));
    CHECK(every_hit_says(search("antrhopic"), "Anthropic"));  // Latin: letters swapped
}

TEST_CASE("a word the index lacks that begins a word it holds often is completed, not corrected")
{
    // 저커 is one jamo from 저서, three times as common, but it begins 저커버그: a word being typed.
    const SearchResult prefix = search("저커");
    REQUIRE(prefix.rewrites.size() == 1);
    CHECK(prefix.rewrites[0].kind == RewriteKind::kCompletion);
    CHECK(prefix.rewrites[0].to == std::vector<std::string>{"저커버그"});
    CHECK(every_hit_says(prefix, "저커버그"));
    // 저셔 begins nothing: a typo of 저서.
    const SearchResult typo = search("저셔");
    REQUIRE(typo.rewrites.size() == 1);
    CHECK(typo.rewrites[0].kind == RewriteKind::kTypo);
    CHECK(typo.rewrites[0].to == std::vector<std::string>{"저서"});
}

TEST_CASE(
    "past sixteen words that could be expanded or corrected, a query's words are searched as typed, and it says so")
{
    std::string query;
    for (int i = 0; i < 40; ++i) {
        query += "저커* ";
    }
    const SearchResult result = search(query);
    const auto completions = std::count_if(result.rewrites.begin(), result.rewrites.end(),
                                           [](const Rewrite& r) { return r.kind == RewriteKind::kCompletion; });
    CHECK(completions == static_cast<long>(kMaxRewrittenWords));
    REQUIRE(result.rewrites.back().kind == RewriteKind::kLimited);
    CHECK(result.rewrites.back().to.size() == 40 - kMaxRewrittenWords);
    CHECK(result.rewrites.back().to.front() == "저커");  // the star dropped: searched as typed
    CHECK(every_hit_says(result, "저커버그"));
}

TEST_CASE("a word the analyzer splits wrongly is read as the noun the index holds, not corrected")
{
    // 콜레라는 splits as 콜레 + 라는 (as 회사라는 does); no passage has 콜레, but 콜레라 + 는 is the word.
    const SearchResult result = search("콜레라는");
    CHECK(result.rewrites.empty());
    CHECK(every_hit_says(result, "콜레라"));
    CHECK(result.hits.size() == 2);
}

TEST_CASE("a query typed in the wrong keyboard mode is read in the right one")
{
    const SearchResult hangul = search("dkfxmaks");
    REQUIRE(hangul.rewrites.size() == 1);
    CHECK(hangul.rewrites[0].kind == RewriteKind::kKeyboard);
    REQUIRE(!hangul.hits.empty());
    CHECK(hangul.hits[0].record.text.find("알트만") != std::string::npos);
    const SearchResult latin = search("ㅡㄷㅅㅁ");
    REQUIRE(latin.rewrites.size() == 1);
    CHECK(latin.rewrites[0].to == std::vector<std::string>{"meta"});
    REQUIRE(!latin.hits.empty());
    const std::string& first = latin.hits[0].record.text;  // the company, in either spelling
    CHECK((first.find("Meta") != std::string::npos || first.find("메타") != std::string::npos));
}

TEST_CASE("another transliteration of a loanword is searched when the typed one is not in the index")
{
    const SearchResult result = search("리더쉽");
    REQUIRE(result.rewrites.size() == 1);
    CHECK(result.rewrites[0].kind == RewriteKind::kVariant);
    CHECK(every_hit_says(result, "리더십"));
}

TEST_CASE("a correct word is never changed, however rare, and two real names never merge")
{
    const SearchResult rare_name = search("이재영");
    CHECK(rare_name.rewrites.empty());
    CHECK(every_hit_says(rare_name, "이재영"));
    CHECK(rare_name.hits.size() == 1);
    CHECK(search("이재용").hits.size() == 5);

    // A rare word next to a much more common spelling is searched as typed, with a suggestion.
    const SearchResult rare_word = search("클로즈");
    REQUIRE(rare_word.rewrites.size() == 1);
    CHECK_FALSE(rare_word.rewrites[0].applied);
    CHECK(rare_word.rewrites[0].to == std::vector<std::string>{"클로드"});
    CHECK(every_hit_says(rare_word, "클로즈"));

    CHECK(search("초지능팀").rewrites.empty());  // a compound the passages write apart is known
    CHECK(search("알트먼").rewrites.empty());
    CHECK(search("\"dkfxmaks\"").rewrites.empty());  // quoted: as typed
}

TEST_CASE("with --no-correct every word is searched exactly as typed")
{
    const RewriteOptions off{.correct = false};
    CHECK(search("dkfxmaks", off).hits.empty());
    CHECK(search("알트민", off).rewrites.empty());
    CHECK(search("ㅇㅌㅁ", off).hits.empty());
}

TEST_CASE("completion lists the most common words a prefix grows into")
{
    Searcher searcher(vocabulary_index());
    CHECK(words_of(searcher.complete("알트ㅁ", 5)) == std::vector<std::string>{"알트만", "알트먼"});
    CHECK(words_of(searcher.complete("알", 1)) == std::vector<std::string>{"알트만"});
    CHECK(words_of(searcher.complete("ㅇㅈ", 5)) == std::vector<std::string>{"이재용", "이재영"});
    CHECK(words_of(searcher.complete("ANTH", 5)) == std::vector<std::string>{"anthropic"});
    CHECK(searcher.complete("ㅋㅋㅋ", 5).empty());
    CHECK(searcher.complete("알트만", 5).front().word == "알트만");  // a whole word completes to itself
}

TEST_CASE("searcher --complete prints one completion per line and exits 1 when there is none")
{
    const std::string searcher = std::string(KS_SEARCHER_BIN) + " --db " + ks::test::quoted(vocabulary_index());
    const auto found = ks::test::run_command(searcher + " --complete 저커ㅂ");
    CHECK(found.exit_code == 0);
    CHECK(found.out == "저커버그\n");
    CHECK(ks::test::run_command(searcher + " --complete ㅋㅋㅋ").exit_code == 1);
    const auto json = ks::test::run_command(searcher + " --complete ㅇㅈ --json");
    CHECK(json.out.find(R"("completions":[{"word":"이재용","passages":5},{"word":"이재영","passages":1}])") !=
          std::string::npos);
    const auto typo = ks::test::run_command(searcher + " 알트민");
    CHECK(typo.exit_code == 0);
    CHECK(typo.out.find("searched 알트민 as 알트만 (typo)") != std::string::npos);
}
