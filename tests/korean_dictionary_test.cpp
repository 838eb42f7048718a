// What the Korean dictionary (mecab-ko-dic through MeCab) answers of a word, and that the remembered answers stay
// right however many words a collection brings.

#include "ks/entities/korean_dictionary.h"

#include <catch2/catch.hpp>
#include <string>

#include "ks/text/utf8.h"

using ks::entities::WordSenseLookup;
using ks::entities::WordSenses;

namespace {

void check_known_words(WordSenseLookup& dictionary)
{
    CHECK(dictionary.senses("박근혜").only_person());
    CHECK((dictionary.senses("서울").bits & WordSenses::kPlace) != 0);
    CHECK((dictionary.senses("대통령").bits & WordSenses::kCommon) != 0);  // a name too, to the dictionary
    CHECK_FALSE(dictionary.senses("뷁뷁뷁").listed());
    CHECK(dictionary.read_as_a_name("송중기"));
    CHECK_FALSE(dictionary.read_as_a_name("송중기는"));
    CHECK(dictionary.pronoun_or_numeral("우리"));
}

// A word of three syllables from a number: 가가가, 가가각, ... all different.
std::string made_up_word(std::size_t n)
{
    std::u32string word;
    for (int i = 0; i < 3; ++i) {
        word += static_cast<char32_t>(0xAC00 + n % 11172);
        n /= 11172;
    }
    return ks::text::to_utf8(word);
}

}  // namespace

TEST_CASE("the dictionary tells names, places and common words, and a word it lacks")
{
    WordSenseLookup dictionary;
    check_known_words(dictionary);
}

TEST_CASE("the dictionary's remembered answers stay right as they grow, and after a million words start over")
{
    WordSenseLookup dictionary;
    check_known_words(dictionary);
    std::size_t listed = 0;
    for (std::size_t n = 0; n < 1'100'000; ++n) {  // past the million answers kept: they start over
        listed += dictionary.senses(made_up_word(n * 7919)).listed() ? 1 : 0;
    }
    CHECK(listed < 110'000);  // made-up syllables are rarely a word
    check_known_words(dictionary);
    // Asked again, a word gets the answer it got the first time.
    for (std::size_t n = 0; n < 1'000; ++n) {
        const std::string word = made_up_word(n * 7919);
        WordSenseLookup fresh;
        CHECK(dictionary.senses(word).bits == fresh.senses(word).bits);
    }
}
