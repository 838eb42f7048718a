#pragma once

// Small tests on words and the text between them, shared by the name finders of this library (private).

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

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

/// The Hangul syllable at `word[at]` (three bytes of UTF-8), or 0 when none starts there.
inline char32_t hangul_syllable_at(std::string_view word, std::size_t at)
{
    if (at + kHangulSyllableBytes > word.size()) {
        return 0;
    }
    const auto lead = static_cast<unsigned char>(word[at]);
    const auto second = static_cast<unsigned char>(word[at + 1]);
    const auto third = static_cast<unsigned char>(word[at + 2]);
    if ((lead & 0xF0) != 0xE0 || (second & 0xC0) != 0x80 || (third & 0xC0) != 0x80) {
        return 0;
    }
    const auto c = static_cast<char32_t>(((lead & 0x0F) << 12) | ((second & 0x3F) << 6) | (third & 0x3F));
    return analysis::is_hangul_syllable(c) ? c : 0;
}

/// Whether `word` is Hangul syllables only, and at least one. Read in place: the finders ask it of nearly every
/// word.
inline bool hangul_only(std::string_view word)
{
    if (word.empty() || word.size() % kHangulSyllableBytes != 0) {
        return false;
    }
    for (std::size_t at = 0; at < word.size(); at += kHangulSyllableBytes) {
        if (hangul_syllable_at(word, at) == 0) {
            return false;
        }
    }
    return true;
}

/// The syllables of a word of Hangul only and at most N syllables, decoded into `buffer` without allocating;
/// empty for any other word.
template <std::size_t N>
std::u32string_view hangul_syllables(std::string_view word, std::array<char32_t, N>& buffer)
{
    if (word.size() > N * kHangulSyllableBytes || !hangul_only(word)) {
        return {};
    }
    std::size_t n = 0;
    for (std::size_t at = 0; at < word.size(); at += kHangulSyllableBytes) {
        buffer[n++] = hangul_syllable_at(word, at);
    }
    return {buffer.data(), n};
}

/// The bytes of the word's last UTF-8 character packed into one number (0 for an empty word): a cheap first test
/// of how a word ends.
inline std::uint32_t last_character_key(std::string_view word)
{
    std::size_t begin = word.size();
    while (begin > 0 && (static_cast<unsigned char>(word[begin - 1]) & 0xC0) == 0x80) {
        --begin;  // a continuation byte
    }
    std::uint32_t packed = 0;
    for (std::size_t i = begin == 0 ? 0 : begin - 1; i < word.size(); ++i) {
        packed = (packed << 8) | static_cast<unsigned char>(word[i]);
    }
    return packed;
}

/// The last characters of some lists of words: a cheap first test of whether a word may be one of them, or end
/// as one does (a title ending), before any of them is compared or hashed.
class LastCharacters {
public:
    template <typename... Lists>
    explicit LastCharacters(const Lists&... lists)
    {
        (add(lists), ...);
        std::sort(keys_.begin(), keys_.end());
        keys_.erase(std::unique(keys_.begin(), keys_.end()), keys_.end());
    }

    bool may_end(std::string_view word) const
    {
        return std::binary_search(keys_.begin(), keys_.end(), last_character_key(word));
    }

private:
    template <typename Words>
    void add(const Words& words)
    {
        for (const std::string_view word : words) {
            keys_.push_back(last_character_key(word));
        }
    }

    std::vector<std::uint32_t> keys_;  ///< sorted, each once
};

/// A set of words asked about nearly every word of a text, which it mostly lacks (titles, team names): a word
/// whose last character ends none of its words is turned away before it is hashed.
class WordSet {
public:
    template <typename Words>
    explicit WordSet(const Words& words) : words_(std::begin(words), std::end(words)), last_characters_(words)
    {
    }

    bool contains(std::string_view word) const { return last_characters_.may_end(word) && words_.contains(word); }

private:
    std::unordered_set<std::string_view> words_;
    LastCharacters last_characters_;
};

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
