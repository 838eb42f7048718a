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

}  // namespace ks::entities
