#include "ks/entities/name_similarity.h"

#include <utility>
#include <vector>

#include "ks/analysis/hangul.h"
#include "ks/text/utf8.h"

namespace ks::entities {

namespace {

std::vector<std::u32string> words_of(std::string_view name)
{
    std::vector<std::u32string> words;
    std::u32string word;
    for (char32_t c : text::to_u32(name)) {
        if (c == U' ') {
            if (!word.empty()) {
                words.push_back(std::move(word));
                word.clear();
            }
        } else {
            word += c;
        }
    }
    if (!word.empty()) {
        words.push_back(std::move(word));
    }
    return words;
}

// Jamo that differ between two words of the same length; a non-Hangul difference counts as many.
std::size_t jamo_differences(const std::u32string& a, const std::u32string& b)
{
    constexpr std::size_t kNotComparable = 100;
    std::size_t differences = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] == b[i]) {
            continue;
        }
        if (!analysis::is_hangul_syllable(a[i]) || !analysis::is_hangul_syllable(b[i])) {
            return kNotComparable;
        }
        const unsigned x = static_cast<unsigned>(a[i] - 0xAC00);
        const unsigned y = static_cast<unsigned>(b[i] - 0xAC00);
        differences += (x / 588 != y / 588) + ((x / 28) % 21 != (y / 28) % 21) + (x % 28 != y % 28);
    }
    return differences;
}

// How many words a name has and how many letters in all, counted in place: two names compared below must agree
// in both, which most pairs do not.
std::pair<std::size_t, std::size_t> words_and_letters(std::string_view name)
{
    std::size_t words = 0;
    std::size_t letters = 0;
    bool in_word = false;
    for (const char c : name) {
        if (c == ' ') {
            in_word = false;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {  // not a continuation byte
            words += in_word ? 0 : 1;
            in_word = true;
            ++letters;
        }
    }
    return {words, letters};
}

}  // namespace

bool same_transliterated_name(std::string_view a, std::string_view b)
{
    if (words_and_letters(a) != words_and_letters(b)) {
        return false;
    }
    const std::vector<std::u32string> wa = words_of(a);
    const std::vector<std::u32string> wb = words_of(b);
    if (wa.empty() || wa.size() != wb.size()) {
        return false;
    }
    std::size_t changed_words = 0;
    for (std::size_t i = 0; i < wa.size(); ++i) {
        if (wa[i] == wb[i]) {
            continue;
        }
        constexpr std::size_t kShortWord = 2;  // 마크 vs 미크: too short to tell a variant from another name
        if (wa[i].size() != wb[i].size() || wa[i].size() <= kShortWord || jamo_differences(wa[i], wb[i]) > 1) {
            return false;
        }
        ++changed_words;
    }
    return changed_words <= 1;
}

}  // namespace ks::entities
