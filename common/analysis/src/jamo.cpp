#include "ks/analysis/jamo.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "ks/analysis/hangul.h"

namespace ks::analysis {

namespace {

// A syllable is 0xAC00 + (lead * 21 + vowel) * 28 + tail (Unicode 3.12); tail 0 is no final consonant.
constexpr char32_t kFirstSyllable = 0xAC00;
constexpr int kVowels = 21;
constexpr int kTails = 28;

// The compatibility letter of each lead (initial consonant) and tail (final consonant; [0] is none).
constexpr std::array<char32_t, 19> kLeads = {0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141,
                                             0x3142, 0x3143, 0x3145, 0x3146, 0x3147, 0x3148, 0x3149,
                                             0x314A, 0x314B, 0x314C, 0x314D, 0x314E};
constexpr std::array<char32_t, kTails> kTailLetters = {
    0,      0x3131, 0x3132, 0x3133, 0x3134, 0x3135, 0x3136, 0x3137, 0x3139, 0x313A, 0x313B, 0x313C, 0x313D, 0x313E,
    0x313F, 0x3140, 0x3141, 0x3142, 0x3144, 0x3145, 0x3146, 0x3147, 0x3148, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E};
constexpr char32_t kFirstVowel = 0x314F;

// Letters typed as two keys: compound vowels and final consonant clusters.
struct Pair {
    char32_t first, second, both;
};
constexpr std::array<Pair, 7> kVowelPairs = {{{U'ㅗ', U'ㅏ', U'ㅘ'},
                                              {U'ㅗ', U'ㅐ', U'ㅙ'},
                                              {U'ㅗ', U'ㅣ', U'ㅚ'},
                                              {U'ㅜ', U'ㅓ', U'ㅝ'},
                                              {U'ㅜ', U'ㅔ', U'ㅞ'},
                                              {U'ㅜ', U'ㅣ', U'ㅟ'},
                                              {U'ㅡ', U'ㅣ', U'ㅢ'}}};
constexpr std::array<Pair, 11> kTailPairs = {{{U'ㄱ', U'ㅅ', U'ㄳ'},
                                              {U'ㄴ', U'ㅈ', U'ㄵ'},
                                              {U'ㄴ', U'ㅎ', U'ㄶ'},
                                              {U'ㄹ', U'ㄱ', U'ㄺ'},
                                              {U'ㄹ', U'ㅁ', U'ㄻ'},
                                              {U'ㄹ', U'ㅂ', U'ㄼ'},
                                              {U'ㄹ', U'ㅅ', U'ㄽ'},
                                              {U'ㄹ', U'ㅌ', U'ㄾ'},
                                              {U'ㄹ', U'ㅍ', U'ㄿ'},
                                              {U'ㄹ', U'ㅎ', U'ㅀ'},
                                              {U'ㅂ', U'ㅅ', U'ㅄ'}}};

// The 두벌식 layout: the letter on each key a..z, unshifted; shifted keys that differ are below.
constexpr std::u32string_view kKeyLetters = U"ㅁㅠㅊㅇㄷㄹㅎㅗㅑㅓㅏㅣㅡㅜㅐㅔㅂㄱㄴㅅㅕㅍㅈㅌㅛㅋ";
constexpr std::string_view kShiftedKeys = "QWERTOP";
constexpr std::u32string_view kShiftedLetters = U"ㅃㅉㄸㄲㅆㅒㅖ";

std::optional<int> index_in(const auto& table, char32_t letter)
{
    const auto it = std::find(table.begin(), table.end(), letter);
    return it == table.end() ? std::nullopt : std::optional<int>(static_cast<int>(it - table.begin()));
}

std::optional<int> lead_index(char32_t letter) { return index_in(kLeads, letter); }

std::optional<int> tail_index(char32_t letter)
{
    if (letter == 0) {
        return std::nullopt;
    }
    return index_in(kTailLetters, letter);
}

char32_t combine(const auto& pairs, char32_t first, char32_t second)
{
    for (const Pair& pair : pairs) {
        if (pair.first == first && pair.second == second) {
            return pair.both;
        }
    }
    return 0;
}

const Pair* split(const auto& pairs, char32_t both)
{
    for (const Pair& pair : pairs) {
        if (pair.both == both) {
            return &pair;
        }
    }
    return nullptr;
}

char32_t syllable(int lead, int vowel, int tail)
{
    return kFirstSyllable + static_cast<char32_t>((lead * kVowels + vowel) * kTails + tail);
}

struct Parts {
    int lead, vowel, tail;
};

Parts parts_of(char32_t s)
{
    const int index = static_cast<int>(s - kFirstSyllable);
    return {index / (kVowels * kTails), (index / kTails) % kVowels, index % kTails};
}

void append_keys(char32_t letter, const auto& pairs, std::u32string& out)
{
    if (const Pair* pair = split(pairs, letter)) {
        out += pair->first;
        out += pair->second;
    } else {
        out += letter;
    }
}

// The syllable being typed by compose(): a lead, a vowel and a final, each possibly missing.
class SyllableInProgress {
public:
    explicit SyllableInProgress(std::u32string& out) : out_(out) {}

    void consonant(char32_t c)
    {
        if (lead_ && vowel_ && !tail_ && tail_index(c)) {
            tail_ = c;
            return;
        }
        if (tail_) {
            if (const char32_t both = combine(kTailPairs, tail_, c)) {
                tail_ = both;
                return;
            }
        }
        flush();
        lead_ = c;
    }

    void vowel(char32_t v)
    {
        if (vowel_ && !tail_) {
            if (const char32_t both = combine(kVowelPairs, vowel_, v)) {
                vowel_ = both;
                return;
            }
        }
        if (tail_) {
            // The final consonant begins the next syllable (알ㅌ + ㅡ → 알트), a cluster's second letter only.
            char32_t moved = tail_;
            if (const Pair* pair = split(kTailPairs, tail_)) {
                tail_ = pair->first;
                moved = pair->second;
            } else {
                tail_ = 0;
            }
            flush();
            lead_ = moved;
            vowel_ = v;
            return;
        }
        if (lead_ && !vowel_) {
            vowel_ = v;
            return;
        }
        flush();
        vowel_ = v;
    }

    void flush()
    {
        const std::optional<int> lead = lead_index(lead_);
        if (lead && vowel_) {
            out_ += syllable(*lead, static_cast<int>(vowel_ - kFirstVowel), tail_ ? *tail_index(tail_) : 0);
        } else {
            for (char32_t letter : {lead_, vowel_, tail_}) {
                if (letter) {
                    out_ += letter;
                }
            }
        }
        lead_ = vowel_ = tail_ = 0;
    }

private:
    std::u32string& out_;
    char32_t lead_ = 0, vowel_ = 0, tail_ = 0;
};

}  // namespace

bool is_initials_query(std::u32string_view word)
{
    return word.size() >= 2 && std::all_of(word.begin(), word.end(), is_consonant_letter);
}

char32_t initial_of(char32_t s)
{
    return is_hangul_syllable(s) ? kLeads[static_cast<std::size_t>(parts_of(s).lead)] : 0;
}

std::u32string initials_of(std::u32string_view word)
{
    std::u32string initials;
    for (char32_t c : word) {
        initials += is_hangul_syllable(c) ? initial_of(c) : c;
    }
    return initials;
}

std::pair<char32_t, char32_t> syllables_with_initial(char32_t consonant)
{
    const std::optional<int> lead = lead_index(consonant);
    if (!lead) {
        return {0, 0};
    }
    return {syllable(*lead, 0, 0), syllable(*lead, kVowels - 1, kTails - 1)};
}

std::u32string keystrokes(std::u32string_view text)
{
    std::u32string keys;
    for (char32_t c : text) {
        if (is_hangul_syllable(c)) {
            const Parts p = parts_of(c);
            keys += kLeads[static_cast<std::size_t>(p.lead)];
            append_keys(kFirstVowel + static_cast<char32_t>(p.vowel), kVowelPairs, keys);
            if (p.tail != 0) {
                append_keys(kTailLetters[static_cast<std::size_t>(p.tail)], kTailPairs, keys);
            }
        } else if (is_vowel_letter(c)) {
            append_keys(c, kVowelPairs, keys);
        } else if (is_consonant_letter(c)) {
            append_keys(c, kTailPairs, keys);
        } else {
            keys += c;
        }
    }
    return keys;
}

std::u32string compose(std::u32string_view letters)
{
    std::u32string out;
    SyllableInProgress current(out);
    for (char32_t c : keystrokes(letters)) {
        if (is_consonant_letter(c)) {
            current.consonant(c);
        } else if (is_vowel_letter(c)) {
            current.vowel(c);
        } else {
            current.flush();
            out += c;
        }
    }
    current.flush();
    return out;
}

std::u32string latin_keys_as_hangul(std::u32string_view latin)
{
    std::u32string letters;
    for (char32_t c : latin) {
        if (c >= 'a' && c <= 'z') {
            letters += kKeyLetters[c - 'a'];
        } else if (c >= 'A' && c <= 'Z') {
            const std::size_t shifted = kShiftedKeys.find(static_cast<char>(c));
            letters += shifted != std::string_view::npos ? kShiftedLetters[shifted] : kKeyLetters[c - 'A'];
        } else {
            return {};
        }
    }
    return compose(letters);
}

std::string hangul_keys_as_latin(std::u32string_view hangul)
{
    std::string latin;
    for (char32_t letter : keystrokes(hangul)) {
        if (const std::size_t key = kKeyLetters.find(letter); key != std::u32string_view::npos) {
            latin += static_cast<char>('a' + key);
        } else if (const std::size_t shifted = kShiftedLetters.find(letter); shifted != std::u32string_view::npos) {
            latin += static_cast<char>(std::tolower(kShiftedKeys[shifted]));
        } else {
            return {};
        }
    }
    return latin;
}

std::vector<std::u32string> jamo_edits(std::u32string_view word)
{
    std::vector<std::u32string> edits;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (!is_hangul_syllable(word[i])) {
            continue;
        }
        const Parts p = parts_of(word[i]);
        std::u32string edited(word);
        const auto add = [&](int lead, int vowel, int tail) {
            if (lead != p.lead || vowel != p.vowel || tail != p.tail) {
                edited[i] = syllable(lead, vowel, tail);
                edits.push_back(edited);
            }
        };
        for (int lead = 0; lead < static_cast<int>(kLeads.size()); ++lead) {
            add(lead, p.vowel, p.tail);
        }
        for (int vowel = 0; vowel < kVowels; ++vowel) {
            add(p.lead, vowel, p.tail);
        }
        for (int tail = 0; tail < kTails; ++tail) {
            add(p.lead, p.vowel, tail);
        }
    }
    return edits;
}

std::vector<std::u32string> transliteration_variants(std::u32string_view word)
{
    // Vowels that transliterations of one foreign sound use in turn.
    static constexpr std::array<std::pair<char32_t, char32_t>, 4> kAlternations = {
        {{U'ㅓ', U'ㅗ'}, {U'ㅔ', U'ㅐ'}, {U'ㅟ', U'ㅣ'}, {U'ㅕ', U'ㅛ'}}};
    const auto alternate = [](char32_t s) -> char32_t {
        if (!is_hangul_syllable(s)) {
            return 0;
        }
        const Parts p = parts_of(s);
        const char32_t vowel = kFirstVowel + static_cast<char32_t>(p.vowel);
        for (const auto& [a, b] : kAlternations) {
            if (vowel == a || vowel == b) {
                return syllable(p.lead, static_cast<int>((vowel == a ? b : a) - kFirstVowel), p.tail);
            }
        }
        return 0;
    };
    std::vector<std::u32string> variants;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char32_t first = alternate(word[i]);
        if (first == 0) {
            continue;
        }
        std::u32string one(word);
        one[i] = first;
        variants.push_back(one);
        for (std::size_t j = i + 1; j < word.size(); ++j) {
            if (const char32_t second = alternate(word[j])) {
                std::u32string two(one);
                two[j] = second;
                variants.push_back(two);
            }
        }
    }
    return variants;
}

std::vector<std::string> latin_edits(std::string_view word)
{
    std::vector<std::string> edits;
    const std::string w(word);
    for (std::size_t i = 0; i <= w.size(); ++i) {
        if (i < w.size()) {
            edits.push_back(w.substr(0, i) + w.substr(i + 1));
        }
        if (i + 1 < w.size() && w[i] != w[i + 1]) {
            std::string swapped = w;
            std::swap(swapped[i], swapped[i + 1]);
            edits.push_back(swapped);
        }
        for (char c = 'a'; c <= 'z'; ++c) {
            edits.push_back(w.substr(0, i) + c + w.substr(i));
            if (i < w.size() && w[i] != c) {
                std::string changed = w;
                changed[i] = c;
                edits.push_back(changed);
            }
        }
    }
    return edits;
}

}  // namespace ks::analysis
