#include "ks/retrieval/query_damage.h"

#include <algorithm>
#include <sstream>
#include <vector>

#include "ks/analysis/hangul.h"
#include "ks/analysis/jamo.h"
#include "ks/analysis/question_words.h"
#include "ks/text/split.h"
#include "ks/text/utf8.h"

namespace ks::retrieval {

namespace {

using text::to_u32;
using text::to_utf8;

std::vector<std::string> words_of(const std::string& query)
{
    std::istringstream in(query);
    std::vector<std::string> words;
    for (std::string word; in >> word;) {
        words.push_back(word);
    }
    return words;
}

struct KeyWord {
    std::size_t index = 0;  ///< among the query's words
    std::string stem;       ///< which the word begins with
};

// The query word that carries most: the rarest one in the index, Hangul, of two syllables or more.
std::optional<KeyWord> key_word(const std::vector<std::string>& words, const searcher::Vocabulary& vocabulary,
                                analysis::Analyzer& analyzer)
{
    std::optional<KeyWord> key;
    Xapian::doccount key_passages = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::vector<analysis::Token> tokens = analyzer.analyze(words[i]);
        if (tokens.size() != 1 || !words[i].starts_with(tokens.front().stem)) {
            continue;
        }
        const std::string& stem = tokens.front().stem;
        const std::u32string syllables = to_u32(stem);
        const Xapian::doccount passages = vocabulary.passages_with(stem);
        if (syllables.size() < 2 || passages == 0 || analysis::is_question_word(stem) ||
            !std::all_of(syllables.begin(), syllables.end(), analysis::is_hangul_syllable)) {
            continue;
        }
        if (!key || passages < key_passages) {
            key = KeyWord{i, stem};
            key_passages = passages;
        }
    }
    return key;
}

// One of `forms` the index does not hold, picked by `seed`.
std::optional<std::string> unknown_form(const std::vector<std::u32string>& forms,
                                        const searcher::Vocabulary& vocabulary, std::uint64_t seed)
{
    std::vector<std::string> unknown;
    for (const std::u32string& form : forms) {
        if (std::string word = to_utf8(form); vocabulary.passages_with(word) == 0) {
            unknown.push_back(std::move(word));
        }
    }
    if (unknown.empty()) {
        return std::nullopt;
    }
    return unknown[seed % unknown.size()];
}

// Every run of Hangul in `word` typed in English mode: 1989년 → 1989sus.
std::string typed_in_english_mode(const std::string& word)
{
    std::string out;
    std::u32string run;
    const auto flush = [&] {
        out += analysis::hangul_keys_as_latin(run);
        run.clear();
    };
    for (char32_t c : to_u32(word)) {
        if (analysis::is_hangul_syllable(c)) {
            run += c;
        } else {
            flush();
            out += to_utf8(std::u32string(1, c));
        }
    }
    flush();
    return out;
}

}  // namespace

std::string_view damage_name(Damage damage)
{
    switch (damage) {
        case Damage::kTypo:
            return "typo";
        case Damage::kInitials:
            return "initials";
        case Damage::kKeyboard:
            return "keyboard";
        case Damage::kVariant:
            return "variant";
    }
    return "typo";
}

std::optional<std::string> damage_query(const std::string& query, Damage damage, const searcher::Vocabulary& vocabulary,
                                        analysis::Analyzer& analyzer, std::uint64_t seed)
{
    std::vector<std::string> words = words_of(query);
    const std::optional<KeyWord> key = key_word(words, vocabulary, analyzer);
    if (!key) {
        return std::nullopt;
    }
    std::string& word = words[key->index];
    const std::string ending = word.substr(key->stem.size());
    const std::u32string stem = to_u32(key->stem);
    std::optional<std::string> damaged;
    switch (damage) {
        case Damage::kTypo:
            damaged = unknown_form(analysis::jamo_edits(stem), vocabulary, seed);
            break;
        case Damage::kVariant:
            damaged = unknown_form(analysis::transliteration_variants(stem), vocabulary, seed);
            break;
        case Damage::kInitials:
            word = to_utf8(analysis::initials_of(stem));
            return ks::text::joined(words, " ");
        case Damage::kKeyboard:
            for (std::string& w : words) {
                w = typed_in_english_mode(w);
            }
            return ks::text::joined(words, " ");
    }
    if (!damaged) {
        return std::nullopt;
    }
    word = *damaged + ending;
    return ks::text::joined(words, " ");
}

}  // namespace ks::retrieval
