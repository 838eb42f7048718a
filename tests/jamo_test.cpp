#include "ks/analysis/jamo.h"

#include <algorithm>

#include "ks/text/utf8.h"
#include "support.h"

using namespace ks::analysis;
using ks::text::to_u32;
using ks::text::to_utf8;

namespace {

std::string composed(std::string_view letters) { return to_utf8(compose(to_u32(letters))); }

bool contains(const std::vector<std::u32string>& words, std::string_view word)
{
    return std::find(words.begin(), words.end(), to_u32(word)) != words.end();
}

}  // namespace

TEST_CASE("초성: a query of consonants only, and the initials of a word")
{
    CHECK(is_initials_query(U"ㅇㅌㅁ"));
    CHECK(is_initials_query(U"ㅅㅅㅈㅈ"));
    CHECK_FALSE(is_initials_query(U"ㅇ"));        // one letter is too little to search
    CHECK_FALSE(is_initials_query(U"ㅡㄷㅅㅁ"));  // a vowel: a keyboard slip, not 초성
    CHECK_FALSE(is_initials_query(U"알트ㅁ"));
    CHECK(to_utf8(initials_of(U"알트만")) == "ㅇㅌㅁ");
    CHECK(to_utf8(initials_of(U"삼성전자")) == "ㅅㅅㅈㅈ");
    CHECK(to_utf8(initials_of(U"쌍용")) == "ㅆㅇ");
    const auto [first, last] = syllables_with_initial(U'ㅁ');
    CHECK(first == U'마');
    CHECK(last == U'밓');
    CHECK(syllables_with_initial(U'ㄳ').first == 0);  // no syllable begins with a cluster
}

TEST_CASE("typed letters compose into syllables as an input method composes them")
{
    CHECK(composed("ㅇㅏㄹㅌㅡㅁㅏㄴ") == "알트만");
    CHECK(composed("ㄷㅏㄹㄱ") == "닭");        // a final cluster
    CHECK(composed("ㄷㅏㄹㄱㅏ") == "달가");    // its second letter moves on before a vowel
    CHECK(composed("ㅇㅗㅐ") == "왜");          // a compound vowel
    CHECK(composed("ㅡㄷㅅㅁ") == "ㅡㄷㅅㅁ");  // no syllable to make
    CHECK(composed("ㅂㅏㄸ") == "바ㄸ");        // ㄸ is never a final
    CHECK(to_utf8(keystrokes(U"왜 닭")) == "ㅇㅗㅐ ㄷㅏㄹㄱ");
}

TEST_CASE("the keyboard in the wrong mode is read back")
{
    CHECK(to_utf8(latin_keys_as_hangul(U"dkfxmaks")) == "알트만");
    CHECK(to_utf8(latin_keys_as_hangul(U"tkatjdwjswk")) == "삼성전자");
    CHECK(to_utf8(latin_keys_as_hangul(U"Tkd")) == "쌍");  // shift gives the doubled consonant
    CHECK(latin_keys_as_hangul(U"gpt-5").empty());         // not letters only: not a keyboard slip
    CHECK(hangul_keys_as_latin(U"ㅡㄷㅅㅁ") == "meta");
    CHECK(hangul_keys_as_latin(U"해ㅐ힏") == "google");
    CHECK(hangul_keys_as_latin(U"알트만") == "dkfxmaks");
    CHECK(hangul_keys_as_latin(U"메타 ai").empty());
}

TEST_CASE("jamo edits change one letter inside one syllable")
{
    const auto edits = jamo_edits(U"알트민");
    CHECK(contains(edits, "알트만"));  // vowel
    CHECK(contains(edits, "알트미"));  // final dropped
    CHECK(contains(edits, "알크민"));  // initial
    CHECK_FALSE(contains(edits, "알트민"));
    CHECK_FALSE(contains(edits, "올트만"));  // two letters
    CHECK(contains(jamo_edits(U"저커버구"), "저커버그"));
    CHECK(jamo_edits(U"ai").empty());
}

TEST_CASE("transliteration variants alternate the vowels of foreign sounds")
{
    const auto variants = transliteration_variants(U"올트먼");
    CHECK(contains(variants, "알트먼") == false);  // ㅏ is not one of the alternations
    CHECK(contains(variants, "얼트먼"));
    CHECK(contains(variants, "올트몬"));
    CHECK(contains(variants, "얼트몬"));  // two syllables at once
    CHECK(contains(transliteration_variants(U"리더쉽"), "리더십"));
    CHECK(contains(transliteration_variants(U"컨텐츠"), "콘텐츠"));
    CHECK(contains(transliteration_variants(U"메타"), "매타"));
    CHECK(transliteration_variants(U"가나").empty());
}

TEST_CASE("Latin edits cover a dropped, added, changed or swapped letter")
{
    const auto edits = latin_edits("antrhopic");
    const auto has = [&](const std::string& w) { return std::find(edits.begin(), edits.end(), w) != edits.end(); };
    CHECK(has("anthropic"));  // swapped
    CHECK(has("antrhopc"));
    CHECK(has("antrhopics"));
    CHECK_FALSE(has("antrhopic"));
}
