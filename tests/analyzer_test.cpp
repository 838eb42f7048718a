#include "ks/analysis/analyzer.h"

#include "support.h"

using ks::analysis::Analyzer;
using ks::analysis::Token;

namespace {

std::vector<std::string> stems(const std::vector<Token>& tokens)
{
    std::vector<std::string> out;
    for (const Token& t : tokens) {
        out.push_back(t.stem);
    }
    return out;
}

}  // namespace

TEST_CASE("the analyzer gives one token per word with stems, surfaces and positions")
{
    Analyzer analyzer;
    const auto tokens = analyzer.analyze("메타의 인재를 영입하며");
    REQUIRE(tokens.size() == 3);
    CHECK(stems(tokens) == std::vector<std::string>{"메타", "인재", "영입"});
    CHECK(tokens[0].surface == "메타의");
    CHECK(tokens[0].position == 1);
    CHECK(tokens[2].position == 3);
}

TEST_CASE("mixed-script words keep the whole and their parts, without the particle")
{
    Analyzer analyzer;
    const auto tokens = analyzer.analyze("오픈AI를 떠났다");
    REQUIRE(tokens.size() == 2);
    CHECK(tokens[0].stem == "오픈ai");
    CHECK(tokens[0].parts == std::vector<std::string>{"오픈", "ai"});
    CHECK(tokens[0].surface == "오픈ai를");
}

TEST_CASE("numbers lose their thousands separators")
{
    Analyzer analyzer;
    const auto tokens = analyzer.analyze("5,100만 달러");
    REQUIRE(tokens.size() == 2);
    CHECK(tokens[0].stem == "5100만");  // 만 after a number is ten thousand, not a particle
    CHECK(tokens[0].parts == std::vector<std::string>{"5100", "만"});
    CHECK(analyzer.analyze("5100")[0].stem == "5100");
}

TEST_CASE("Hangul bigrams let a compound meet its spaced form")
{
    Analyzer analyzer;
    const auto joined = analyzer.analyze("초지능팀");
    REQUIRE(joined.size() == 1);
    CHECK(joined[0].bigrams == std::vector<std::string>{"초지", "지능", "능팀"});

    const auto spaced = analyzer.analyze("초지능 팀");
    REQUIRE(spaced.size() == 2);
    CHECK(spaced[0].bigrams == std::vector<std::string>{"초지", "지능"});
    CHECK(spaced[1].joining_bigram == "능팀");

    // After a particle the next word starts a new phrase: no bigram across.
    const auto after_particle = analyzer.analyze("메타의 팀");
    CHECK(after_particle[1].joining_bigram.empty());
}

TEST_CASE("full-width and decomposed input gives the same terms as the usual form")
{
    Analyzer analyzer;
    CHECK(stems(analyzer.analyze("ＯｐｅｎＡＩ의")) == stems(analyzer.analyze("OpenAI의")));
    const std::string decomposed =
        "\xE1\x84\x86\xE1\x85\xA6\xE1\x84\x90\xE1\x85\xA1\xE1\x84\x8B\xE1\x85\xB4";  // 메타의
    CHECK(stems(analyzer.analyze(decomposed)) == std::vector<std::string>{"메타"});
}

TEST_CASE("token offsets point at the text as written, and the stem end excludes the particle")
{
    Analyzer analyzer;
    const std::string text = "ＡＩ 메타의 발표";
    const auto tokens = analyzer.analyze(text);
    REQUIRE(tokens.size() == 3);
    CHECK(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin) == "ＡＩ");
    CHECK(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin) == "메타의");
    CHECK(text.substr(tokens[1].begin, tokens[1].stem_end - tokens[1].begin) == "메타");
}

TEST_CASE("punctuation and empty text give no tokens")
{
    Analyzer analyzer;
    CHECK(analyzer.analyze("").empty());
    CHECK(analyzer.analyze(" ... !!! “ ” ").empty());
}
