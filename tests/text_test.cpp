#include "ks/text/normalizer.h"
#include "ks/text/segmenter.h"
#include "ks/text/utf8.h"
#include "support.h"

using namespace ks::text;

TEST_CASE("normalization folds full-width, case and decomposed Hangul into one form")
{
    CHECK(normalize("ＡＩ") == "ai");
    CHECK(normalize("OpenAI") == "openai");
    CHECK(normalize("\xE1\x84\x86\xE1\x85\xA6\xE1\x84\x90\xE1\x85\xA1") == "메타");  // 메타 as conjoining jamo
    CHECK(normalize("１２３") == "123");
}

TEST_CASE("normalized offsets map back to the bytes as written")
{
    const std::string source = "ＡＩ 메타";  // full-width AI: 6 bytes
    const NormalizedText normalized(source);
    REQUIRE(normalized.text() == "ai 메타");
    CHECK(normalized.to_source(0) == 0);
    CHECK(normalized.to_source(2) == 6);  // the space after ＡＩ
    CHECK(normalized.to_source(3) == 7);  // 메
    CHECK(normalized.to_source(normalized.text().size()) == source.size());
}

TEST_CASE("ill-formed UTF-8 is replaced and counted, well-formed text is untouched")
{
    std::size_t replaced = 0;
    CHECK(repair_utf8("메타", &replaced) == "메타");
    CHECK(replaced == 0);
    CHECK(repair_utf8("a\xFF"
                      "b\xED\xA0\x80",
                      &replaced) ==
          "a\xEF\xBF\xBD"
          "b\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(replaced >= 2);
    CHECK_FALSE(is_valid_utf8("\xC3"));
    CHECK(is_valid_utf8("오픈AI"));
    CHECK(strip_bom("\xEF\xBB\xBF메타") == "메타");
}

namespace {

// The words WordSegmenter finds in `text`, as written.
std::vector<std::string> segmented_words(const std::string& text)
{
    WordSegmenter segmenter;
    std::vector<std::string> words;
    for (const Segment& s : segmenter.segment(text)) {
        words.push_back(text.substr(s.begin, s.end - s.begin));
    }
    return words;
}

}  // namespace

TEST_CASE("ICU word segmentation splits where the script changes and skips punctuation")
{
    CHECK(segmented_words("오픈AI를, 13일") == std::vector<std::string>{"오픈", "AI", "를", "13", "일"});
}

TEST_CASE("an underscore separates words as a space does, as in wiki titles (삼성_갤럭시_S7_엣지)")
{
    CHECK(segmented_words("삼성_갤럭시_S7_엣지 max_length") ==
          std::vector<std::string>{"삼성", "갤럭시", "S7", "엣지", "max", "length"});
}

TEST_CASE("sentence segmentation ends at sentence boundaries")
{
    SentenceSegmenter sentences;
    const std::string text = "첫 문장이다. 둘째 문장이다! 셋째";
    const auto ends = sentences.sentence_ends(text);
    REQUIRE(ends.size() == 3);
    CHECK(text.substr(0, ends[0]) == "첫 문장이다. ");
    CHECK(ends.back() == text.size());
}

TEST_CASE("a long value is cut for quoting without splitting a code point")
{
    CHECK(ks::text::truncate_utf8("가나다", 9) == "가나다");
    CHECK(ks::text::truncate_utf8("가나다", 8) == "가나");  // 3 bytes a syllable
    CHECK(ks::text::truncate_utf8("ab가", 3) == "ab");
    CHECK(ks::text::truncate_utf8("", 3).empty());
}
