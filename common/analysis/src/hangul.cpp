#include "ks/analysis/hangul.h"

#include "ks/text/utf8.h"

namespace ks::analysis {

bool ends_in_hangul(std::u32string_view word) { return !word.empty() && is_hangul_syllable(word.back()); }

bool starts_with_hangul(std::u32string_view word) { return !word.empty() && is_hangul_syllable(word.front()); }

std::vector<std::string> hangul_bigrams(std::u32string_view word)
{
    std::vector<std::string> bigrams;
    for (std::size_t i = 0; i + 1 < word.size(); ++i) {
        if (is_hangul_syllable(word[i]) && is_hangul_syllable(word[i + 1])) {
            bigrams.push_back(text::to_utf8(word.substr(i, 2)));
        }
    }
    return bigrams;
}

}  // namespace ks::analysis
