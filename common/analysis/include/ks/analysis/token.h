#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace ks::analysis {

/// One word of analyzed text: a run of ICU word segments with nothing between them (`오픈AI를`).
///
/// Offsets are bytes into the text given to the analyzer, exactly as written; every string is normalized.
struct Token {
    std::size_t begin = 0;             ///< first byte of the word
    std::size_t end = 0;               ///< one past the last byte of the word
    std::size_t stem_end = 0;          ///< one past the last byte of the stem: [begin, stem_end) is what to highlight
    unsigned position = 0;             ///< 1-based word position, for phrases
    bool is_number = false;            ///< the word is a number (5,100 → 5100)
    std::string surface;               ///< the whole word: 메타의, 오픈ai를
    std::string stem;                  ///< particles and endings taken off: 메타, 오픈ai
    std::string alternative;           ///< a longer stem when the split was ambiguous (결 / 결과); empty otherwise
    std::vector<std::string> parts;    ///< script parts of a mixed word (오픈, ai); empty for one part
    std::vector<std::string> bigrams;  ///< Hangul bigrams of the stem: 초지능 → 초지 지능
    /// The bigram across a space from the previous word, when that word is a bare noun: 초지능 팀 → 능팀,
    /// so that 초지능팀 and 초지능 팀 share every bigram. Empty otherwise.
    std::string joining_bigram;
};

/// The terms a word stands for at its position: stem, alternative stem and parts, without repeats.
std::vector<std::string> word_terms(const Token& token);

/// The bigram across the space between two words that stand next to each other, separated only by spaces: the
/// last syllable of `previous` and the first of `next` when `previous` is a bare Hangul noun (nothing taken off).
/// Empty otherwise: 초지능 + 팀 → 능팀, 메타의 + 팀 → "".
std::string joining_bigram(const Token& previous, const Token& next);

}  // namespace ks::analysis
