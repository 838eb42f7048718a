#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ks::analysis {

/// True for a precomposed Hangul syllable (가..힣).
constexpr bool is_hangul_syllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }

/// True if the last code point of `word` is a Hangul syllable.
bool ends_in_hangul(std::u32string_view word);

/// True if the first code point of `word` is a Hangul syllable.
bool starts_with_hangul(std::u32string_view word);

/// Overlapping pairs of Hangul syllables inside each Hangul run of `word` (Lucene CJKBigramFilter order);
/// a run of one syllable gives nothing.
///
/// | word       | bigrams           |
/// |------------|-------------------|
/// | `초지능팀` | 초지 지능 능팀     |
/// | `오픈ai`   | 오픈              |
/// | `팀`       | (none)            |
std::vector<std::string> hangul_bigrams(std::u32string_view word);

}  // namespace ks::analysis
