#include "ks/analysis/verb_forms.h"

#include "ks/analysis/hangul.h"

namespace ks::analysis {

namespace {

constexpr char32_t kFirstSyllable = 0xAC00;
constexpr int kMedials = 21;
constexpr int kFinals = 28;

// Jamo indices in the Unicode composition of Hangul syllables.
constexpr int kInitialH = 18;
constexpr int kFinalN = 4;    // ㄴ: the past modifier
constexpr int kFinalSs = 20;  // ㅆ: the past tense
enum Medial : int {
    A = 0,
    AE = 1,
    EO = 4,
    E = 5,
    YEO = 6,
    O = 8,
    WA = 9,
    WAE = 10,
    OE = 11,
    U = 13,
    WEO = 14,
    EU = 18,
    I = 20
};

struct Syllable {
    int initial;
    int medial;
    int final;
};

Syllable decompose(char32_t s)
{
    const int index = static_cast<int>(s - kFirstSyllable);
    return {index / (kMedials * kFinals), index % (kMedials * kFinals) / kFinals, index % kFinals};
}

char32_t compose(int initial, int medial, int final)
{
    return kFirstSyllable + static_cast<char32_t>((initial * kMedials + medial) * kFinals + final);
}

// The vowel of the past stem: the stem's vowel contracted with 았/었 (보 + 았 → 봐, 가지 + 었 → 가져).
std::vector<int> past_vowels(const Syllable& s)
{
    switch (s.medial) {
        case A:
            return {s.initial == kInitialH ? AE : A};  // 하 + 였 → 했
        case AE:
        case EO:
        case E:
        case YEO:
            return {s.medial};
        case O:
            return {WA};
        case U:
            return {WEO};
        case OE:
            return {WAE};
        case I:
            return {YEO};
        case EU:
            return {EO};
        default:
            return {};
    }
}

// The vowels of the modifier a past stem's vowel may have come from.
std::vector<int> modifier_vowels(const Syllable& s)
{
    switch (s.medial) {
        case A:
        case E:
            return {s.medial};
        case AE:
            return s.initial == kInitialH ? std::vector<int>{A} : std::vector<int>{AE};
        case EO:
            return {EO, EU};  // 섰 ← 선, 썼 ← 쓴
        case YEO:
            return {I, YEO};  // 가졌 ← 가진, 켰 ← 켠
        case WA:
            return {O};
        case WEO:
            return {U};
        case WAE:
            return {OE};
        default:
            return {};
    }
}

}  // namespace

std::vector<std::u32string> past_form_partners(std::u32string_view stem)
{
    std::vector<std::u32string> partners;
    if (stem.size() < 2 || !is_hangul_syllable(stem.back()) || !is_hangul_syllable(stem[stem.size() - 2])) {
        return partners;
    }
    const Syllable last = decompose(stem.back());
    std::vector<int> vowels;
    int final = 0;
    if (last.final == kFinalN) {
        vowels = past_vowels(last);
        final = kFinalSs;
    } else if (last.final == kFinalSs) {
        vowels = modifier_vowels(last);
        final = kFinalN;
    }
    for (int vowel : vowels) {
        std::u32string partner(stem);
        partner.back() = compose(last.initial, vowel, final);
        partners.push_back(std::move(partner));
    }
    return partners;
}

}  // namespace ks::analysis
