#include "ks/indexer/passage_splitter.h"

#include <algorithm>

#include "ks/indexer/article_parts.h"
#include "ks/text/utf8.h"
#include "support.h"

using ks::indexer::PassageLimits;
using ks::indexer::PassageSpan;
using ks::indexer::split_passages;

namespace {

std::vector<std::string> passages(const std::string& text, const PassageLimits& limits = {})
{
    ks::text::SentenceSegmenter sentences;
    std::vector<std::string> out;
    for (const PassageSpan& p : split_passages(text, sentences, limits)) {
        out.push_back(text.substr(p.begin, p.end - p.begin));
    }
    return out;
}

const std::string kLong1 =
    "메타가 새 연구 조직을 만들고 경쟁사 연구자들을 잇달아 영입하고 있다고 여러 매체가 보도했다.";
const std::string kLong2 = "오픈AI는 연구 조직 전체의 보상 체계를 다시 검토하고 있다고 밝히며 직원들을 다독였다.";

}  // namespace

TEST_CASE("paragraphs separated by blank lines become passages")
{
    CHECK(passages(kLong1 + "\n\n" + kLong2 + "\n") == std::vector<std::string>{kLong1, kLong2});
}

TEST_CASE("an article with one paragraph per line splits at lines")
{
    CHECK(passages(kLong1 + "\n" + kLong2) == std::vector<std::string>{kLong1, kLong2});
}

TEST_CASE("short lines such as headings and bylines join their neighbour")
{
    const std::string heading = "■ 인재 전쟁";
    const std::string byline = "홍길동 기자";
    CHECK(passages(heading + "\n" + kLong1 + "\n" + kLong2 + "\n" + byline) ==
          std::vector<std::string>{heading + "\n" + kLong1, kLong2 + "\n" + byline});
}

TEST_CASE("hard-wrapped lines of one paragraph stay together")
{
    const std::string wrapped =
        "메타가 새 연구 조직을 만들고 경쟁사 연구자들을 잇달아\n영입하고 있다고 여러 매체가 보도했다.";
    CHECK(passages(wrapped) == std::vector<std::string>{wrapped});
}

TEST_CASE("a long paragraph is cut at sentence boundaries")
{
    std::string paragraph;
    for (int i = 0; i < 6; ++i) {
        paragraph += kLong1 + " ";
    }
    PassageLimits limits;
    limits.max_chars = 150;
    limits.target_chars = 110;
    const auto pieces = passages(paragraph, limits);
    REQUIRE(pieces.size() == 3);
    for (const std::string& piece : pieces) {
        CHECK(piece == kLong1 + " " + kLong1);
    }
}

TEST_CASE("a sentence longer than the limit is cut at spaces and nothing is lost")
{
    std::string sentence;
    for (int i = 0; i < 40; ++i) {
        sentence += "인재 ";
    }
    PassageLimits limits;
    limits.max_chars = 30;
    limits.target_chars = 20;
    std::string rejoined;
    for (const std::string& piece : passages(sentence, limits)) {
        CHECK(ks::text::count_code_points(piece) <= 30);
        rejoined += piece + " ";
    }
    CHECK(rejoined == sentence);
}

TEST_CASE("empty and blank articles have no passages")
{
    CHECK(passages("").empty());
    CHECK(passages("\n\n  \n").empty());
}

TEST_CASE("one line of megabytes with no sentence end splits into passages of bounded size, nothing lost")
{
    std::string line;
    while (line.size() < 3 * 1024 * 1024) {
        line += "메타가 연구자를 영입했다는 소식에 업계가 술렁였다 ";
    }
    const auto pieces = passages(line);
    REQUIRE(pieces.size() > 1000);
    std::size_t words = 0;
    for (const std::string& piece : pieces) {
        CHECK(ks::text::count_code_points(piece) <= PassageLimits{}.max_chars);
        words += static_cast<std::size_t>(std::count(piece.begin(), piece.end(), ' ')) + 1;
    }
    CHECK(words == static_cast<std::size_t>(std::count(line.begin(), line.end(), ' ')));  // every word kept
}

TEST_CASE("a long article is cut into parts of whole passages, numbered on without a gap")
{
    std::string text;
    for (int i = 0; i < 60; ++i) {
        text += (i % 2 ? kLong1 : kLong2) + "\n\n";
    }
    ks::indexer::Article article{"긴글", "제목", text, "2025-07", "", ""};
    ks::text::SentenceSegmenter sentences;
    const std::vector<PassageSpan> whole = split_passages(text, sentences);
    constexpr std::size_t kPartBytes = 1000;
    const std::vector<ks::indexer::Article> parts = ks::indexer::parts_of(article, sentences, {}, kPartBytes);
    REQUIRE(parts.size() > 1);
    std::vector<std::string> from_parts;
    unsigned next_number = 1;
    for (const ks::indexer::Article& part : parts) {
        CHECK(part.id == "긴글");
        CHECK(part.date == "2025-07");
        CHECK(part.text.size() <= kPartBytes);
        CHECK(part.first_passage == next_number);
        next_number += static_cast<unsigned>(part.spans.size());
        for (const PassageSpan& span : part.spans) {
            from_parts.push_back(part.text.substr(span.begin, span.end - span.begin));
        }
    }
    std::vector<std::string> from_whole;
    for (const PassageSpan& span : whole) {
        from_whole.push_back(text.substr(span.begin, span.end - span.begin));
    }
    CHECK(from_parts == from_whole);  // the same passages as the article read whole
    // Within the limit, or white space only: the article itself, split when built.
    CHECK(ks::indexer::parts_of(article, sentences).size() == 1);
    CHECK(ks::indexer::parts_of(article, sentences).front().spans.empty());
    article.text = std::string(3000, ' ');
    CHECK(ks::indexer::parts_of(article, sentences, {}, kPartBytes).size() == 1);
}
