#pragma once

// Small tests on words and the text between them, shared by the name finders of this library (private).

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "ks/analysis/hangul.h"
#include "ks/analysis/token.h"
#include "ks/text/utf8.h"

namespace ks::entities {

/// Bytes of a Hangul syllable in UTF-8: word lengths below are counted in syllables this way.
inline constexpr std::size_t kHangulSyllableBytes = 3;

template <std::size_t N>
bool among(const std::array<std::string_view, N>& list, std::string_view word)
{
    return std::find(list.begin(), list.end(), word) != list.end();
}

/// Whether `word` is Hangul syllables only, and at least one.
inline bool hangul_only(std::string_view word)
{
    const std::u32string letters = text::to_u32(word);
    return !letters.empty() && std::all_of(letters.begin(), letters.end(), analysis::is_hangul_syllable);
}

/// Whether only spaces stand between two words of `text` (not a comma, a parenthesis, a line break).
inline bool only_spaces_between(std::string_view text, const analysis::Token& left, const analysis::Token& right)
{
    return left.end < right.begin &&
           text.substr(left.end, right.begin - left.end).find_first_not_of(' ') == std::string_view::npos;
}

/// Whether `word` is a particle written as a word of its own, as after a parenthesis or a mark: (첼시)가,
/// 코리아㈜에서.
inline bool a_particle_word(std::string_view word)
{
    static constexpr std::array<std::string_view, 30> kParticles = {
        "은",   "는",   "이",   "가",   "을",   "를",   "의",   "에",   "에게",   "와",
        "과",   "도",   "만",   "로",   "으로", "에서", "이나", "나",   "이라는", "라는",
        "처럼", "까지", "부터", "보다", "한테", "랑",   "이랑", "께서", "에서는", "에는"};
    return among(kParticles, word);
}

}  // namespace ks::entities
