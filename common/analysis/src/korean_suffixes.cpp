#include "ks/analysis/korean_suffixes.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <vector>

#include "ks/analysis/hangul.h"

namespace ks::analysis {

namespace {

enum class Kind {
    kCaseParticle,  // 이/가/을/를/에서...: closest to the noun
    kAuxParticle,   // 은/는/도/만...: may follow a case particle (에서+는, 와+의)
    kPlural,        // 들: between the noun and its particles
    kEnding,        // verb and copula endings: only after Hangul
};

// Korean particles change shape with the sound before them (은/는, 이/가, 을/를, 과/와, 으로/로). Checking the
// final consonant keeps nouns whole that merely end in a particle-like syllable: 마을 (not 마+을), 국가, 사과.
// kPastTense: a syllable closed by ㅆ, the past-tense marker (나왔+는가, 불렀+다, 태어났+나).
enum class Follows { kAny, kConsonant, kVowel, kVowelOrRieul, kPastTense };

struct Suffix {
    std::u32string text;
    Kind kind;
    Follows follows;
    bool ambiguous;        // also a common end of plain nouns (과 in 결과, 도 in 인도): keep the long form too
    std::size_t min_stem;  // syllables that must remain
};

// Particles (조사), grouped by the sound they follow.
// The tables are laid out by hand, a group of forms a line.
// clang-format off
const std::vector<std::u32string_view> kParticlesAfterConsonant = {
    U"은", U"을", U"이", U"과", U"으로", U"으로서", U"으로써", U"으로부터", U"이나", U"이라고", U"이라는",
    U"이라며", U"이며", U"이랑", U"이란", U"이든", U"이든지", U"이나마", U"이자", U"이야"};
const std::vector<std::u32string_view> kParticlesAfterVowel = {U"는", U"를", U"가", U"와", U"나",
                                                                         U"라고", U"라는", U"라며", U"랑", U"란"};
const std::vector<std::u32string_view> kParticlesAfterVowelOrRieul = {U"로", U"로서", U"로써",
                                                                                U"로부터"};
const std::vector<std::u32string_view> kParticlesAfterAny = {
    U"의", U"에", U"에서", U"에게", U"에게서", U"에서부터", U"도", U"만", U"까지", U"부터", U"처럼", U"보다",
    U"만큼", U"께", U"께서", U"한테", U"한테서", U"조차", U"마저", U"밖에", U"하고", U"마다", U"이다"};
// Particles that may stand after a case particle: 에서+는, 에게+도, 와+의, 으로+부터+는.
const std::vector<std::u32string_view> kAuxiliaryParticles = {
    U"은", U"는", U"도", U"만", U"까지", U"부터", U"조차", U"마저", U"밖에", U"의", U"이나", U"나", U"마다"};
// Single syllables that also end many plain nouns: 결과, 인도, 회의, 하나, 도로, 어린이.
const std::vector<std::u32string_view> kAmbiguous = {U"이", U"가", U"의", U"도", U"로",
                                                               U"과", U"와", U"나", U"만", U"들"};

// Endings of 하다/되다/시키다 verbs and adjectives: 영입+하며, 영입+했다, 보도+됐다, 발표+했습니다.
struct EndingFamily {
    std::u32string_view head;
    std::vector<std::u32string_view> tails;
};
const std::vector<EndingFamily> kHadaEndings = {
        {U"하", {U"", U"다", U"며", U"고", U"는", U"면", U"면서", U"여", U"여서", U"였다", U"였으며", U"였고",
                 U"였던", U"지", U"지만", U"기", U"기로", U"기도", U"기에", U"게", U"자", U"려", U"려고", U"려는",
                 U"도록", U"던", U"는데", U"나", U"니", U"다고", U"다는", U"다며", U"다면", U"겠다", U"는지",
                 U"다가", U"거나", U"세요", U"는가", U"는지", U"였는가", U"였나", U"였을까", U"였는지", U"였습니까",
                 U"시오", U"나요"}},
        {U"해", {U"", U"서", U"야", U"도", U"요", U"왔다", U"왔고", U"왔으며", U"온", U"진", U"졌다"}},
        {U"했", {U"다", U"고", U"으며", U"던", U"지만", U"는데", U"다고", U"다는", U"다며", U"습니다", U"으나",
                 U"을", U"어요", U"었다", U"는가", U"나", U"을까", U"는지", U"습니까", U"나요", U"을까요"}},
        {U"한", {U"", U"다", U"다고", U"다는", U"다며", U"다면", U"데", U"가", U"지", U"가요"}},
        {U"할", {U"", U"까", U"까요"}},
        {U"함", {U"", U"께"}},
        {U"합", {U"니다", U"니까"}},
        {U"했을", {U"까"}},
        {U"되", {U"다", U"며", U"고", U"는", U"면", U"어", U"었다", U"었고", U"었으며", U"지", U"지만", U"기",
                 U"기로", U"던", U"는데", U"도록", U"자", U"려", U"겠다", U"면서", U"는가", U"는지", U"었는가",
                 U"었나", U"었을까", U"었는지", U"었나요", U"나요",
                 // 되어 있다 written as one word: 연결되어있다, 포함되어있는가.
                 U"어있다", U"어있는", U"어있고", U"어있으며", U"어있었다", U"어있는가", U"어있나", U"어있나요",
                 U"어있을까", U"어있지", U"어있어"}},
        {U"돼", {U"", U"서", U"야", U"도", U"요"}},
        {U"됐", {U"다", U"고", U"으며", U"던", U"지만", U"는데", U"다고", U"다는", U"습니다", U"으나", U"는가",
                 U"나", U"을까", U"는지", U"나요", U"었다", U"었던", U"었고", U"었는가", U"었나", U"었나요"}},
        {U"된", {U"", U"다", U"다고", U"다는", U"가", U"지"}},
        {U"될", {U"", U"까"}},
        {U"됨", {U""}},
        {U"됩", {U"니다"}},
        {U"시켜", {U"", U"서"}},
        {U"시켰", {U"다", U"고", U"으며"}},
        {U"시킨", {U"", U"다"}},
        {U"시키", {U"다", U"며", U"고", U"는", U"기"}},
};
// Endings after a noun through the copula 이다, and common endings of other verbs: 사례+였다, 밝혔+다.
const std::vector<std::u32string_view> kOtherEndings = {
    U"이다", U"였다", U"이었다", U"입니다", U"이고", U"이던", U"이지만", U"이라서", U"인", U"었다", U"았다",
    U"었고", U"았고", U"였고", U"었으며", U"았으며", U"였으며", U"었던", U"았던", U"었지만", U"았지만",
    U"였지만", U"었는데", U"았는데", U"습니다", U"는다", U"다고", U"다는", U"다며", U"다면", U"으며", U"으면",
    U"으나", U"면서", U"지만", U"는데", U"어서", U"아서", U"도록", U"려고", U"는지", U"다", U"며",
    // Question endings, the way questions put to a search engine end: 무엇인가, 부르는가, 적으시오.
    U"인가", U"인지", U"일까", U"는가", U"습니까", U"입니까", U"으시오", U"이었나", U"였나", U"인가요", U"일까요",
    U"는가요", U"인지요",
    // Questions about adjectives: 같은가요, 많은가; polite questions: 먹나요, 없나요.
    U"은가", U"은가요", U"나요"};
// The suffix 적 (-ic) with what follows it: 역사적인 → 역사, 정치적으로 → 정치. Nouns of two syllables end in 적
// as often as not (목적, 기적, 업적), so the stem keeps two syllables and the form with 적 stays an alternative.
const std::vector<std::u32string_view> kDerivedAdjectiveEndings = {
    U"적", U"적인", U"적으로", U"적이다", U"적이며", U"적이고", U"적이었다", U"적이지만", U"적이라"};
// Endings after a past-tense syllable (one closed by ㅆ): 나왔+는가, 태어났+나, 불렀+다. The stem keeps the
// tense syllable (나왔), which is how the same verb is indexed from 나왔다.
const std::vector<std::u32string_view> kPastTenseEndings = {
    U"다", U"고", U"으며", U"던", U"지만", U"는데", U"다고", U"다는", U"다며", U"습니다", U"으나", U"는가",
    U"나", U"을까", U"는지", U"을지", U"어요", U"으면", U"을", U"음", U"는가요", U"나요", U"습니까", U"는지요"};
// clang-format on

bool contains(const std::vector<std::u32string_view>& list, std::u32string_view s)
{
    return std::find(list.begin(), list.end(), s) != list.end();
}

std::vector<Suffix> build_suffix_table()
{
    std::vector<Suffix> table;
    auto add_particles = [&](const std::vector<std::u32string_view>& list, Follows follows) {
        for (std::u32string_view p : list) {
            const Kind kind = contains(kAuxiliaryParticles, p) ? Kind::kAuxParticle : Kind::kCaseParticle;
            table.push_back({std::u32string(p), kind, follows, contains(kAmbiguous, p), 1});
        }
    };
    add_particles(kParticlesAfterConsonant, Follows::kConsonant);
    add_particles(kParticlesAfterVowel, Follows::kVowel);
    add_particles(kParticlesAfterVowelOrRieul, Follows::kVowelOrRieul);
    add_particles(kParticlesAfterAny, Follows::kAny);
    table.push_back({U"들", Kind::kPlural, Follows::kAny, true, 1});

    // A one-syllable ending (한, 해, 다) needs a longer stem and leaves the long form as well: 지난해, 바다.
    auto add_ending = [&](std::u32string text) {
        const bool short_ending = text.size() == 1;
        table.push_back({std::move(text), Kind::kEnding, Follows::kAny, short_ending, short_ending ? 2u : 1u});
    };
    for (const auto& [head, tails] : kHadaEndings) {
        for (std::u32string_view tail : tails) {
            add_ending(std::u32string(head) + std::u32string(tail));
        }
    }
    for (std::u32string_view e : kOtherEndings) {
        add_ending(std::u32string(e));
    }
    for (std::u32string_view e : kDerivedAdjectiveEndings) {
        table.push_back({std::u32string(e), Kind::kEnding, Follows::kAny, true, 2});
    }
    for (std::u32string_view e : kPastTenseEndings) {
        table.push_back({std::u32string(e), Kind::kEnding, Follows::kPastTense, false, 1});
        // The plain tense syllables come off with the ending, as in 었다: 있었는가 and 있었다 both give 있.
        for (std::u32string_view tense : {U"었", U"았", U"였"}) {
            add_ending(std::u32string(tense) + std::u32string(e));
        }
        // The copula's past after a noun ending in a consonant: 사장이었는가 and 사장이었다 both give 사장.
        table.push_back({U"이었" + std::u32string(e), Kind::kEnding, Follows::kConsonant, false, 1});
    }
    // Longest suffix first, so 에서 wins over 서 and 했습니다 over 다.
    std::stable_sort(table.begin(), table.end(),
                     [](const Suffix& a, const Suffix& b) { return a.text.size() > b.text.size(); });
    return table;
}

// The table's suffixes by their last character, longest first: a word is checked against the few that can
// end it, not against the whole table (this lookup runs for every word indexed).
using SuffixesByLast = std::unordered_map<char32_t, std::vector<const Suffix*>>;

const SuffixesByLast& suffixes_by_last()
{
    static const std::vector<Suffix> table = build_suffix_table();
    static const SuffixesByLast by_last = [] {
        SuffixesByLast index;
        for (const Suffix& s : table) {
            index[s.text.back()].push_back(&s);
        }
        return index;
    }();
    return by_last;
}

// Final consonant (받침) index of a Hangul syllable: 0 for none, 8 for ㄹ.
unsigned final_consonant(char32_t syllable) { return static_cast<unsigned>((syllable - 0xAC00) % 28); }

bool sound_fits(char32_t before, Follows follows)
{
    if (!is_hangul_syllable(before)) {
        return true;  // 오픈AI는, AI가: the sound of a Latin word or number is unknown
    }
    const unsigned final = final_consonant(before);
    switch (follows) {
        case Follows::kAny:
            return true;
        case Follows::kConsonant:
            return final != 0;
        case Follows::kVowel:
            return final == 0;
        case Follows::kVowelOrRieul:
            return final == 0 || final == 8;
        case Follows::kPastTense:
            return final == 20;  // ㅆ
    }
    return false;
}

bool is_word_char(char32_t c)
{
    return is_hangul_syllable(c) || (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9') || c > 0x7F;
}

bool kind_allowed(Kind kind, std::initializer_list<Kind> kinds)
{
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

// The longest suffix of word[0, length) of one of `kinds` whose conditions hold.
const Suffix* longest_suffix(std::u32string_view word, std::size_t length, std::initializer_list<Kind> kinds)
{
    const std::u32string_view head = word.substr(0, length);
    const SuffixesByLast& by_last = suffixes_by_last();
    const auto candidates = head.empty() ? by_last.end() : by_last.find(head.back());
    if (candidates == by_last.end()) {
        return nullptr;
    }
    for (const Suffix* suffix : candidates->second) {
        const Suffix& s = *suffix;
        if (s.text.size() >= length || !kind_allowed(s.kind, kinds) || !head.ends_with(s.text)) {
            continue;
        }
        const std::size_t stem_length = length - s.text.size();
        const std::u32string_view stem = head.substr(0, stem_length);
        // Count syllables only where the stem is Hangul; a Latin stem (ai, openai) is long enough.
        if (ends_in_hangul(stem) && stem_length < s.min_stem) {
            continue;
        }
        if (!is_word_char(stem.back())) {
            continue;
        }
        if (s.kind == Kind::kEnding && !ends_in_hangul(stem)) {
            continue;  // verb endings follow Hangul verb stems only
        }
        if (!sound_fits(stem.back(), s.follows)) {
            continue;
        }
        if (s.text == U"만" && stem.back() >= U'0' && stem.back() <= U'9') {
            continue;  // 5100만 is a number (ten thousands), not 5100 + the particle 만
        }
        return suffix;
    }
    return nullptr;
}

}  // namespace

StemSplit split_stem(std::u32string_view word)
{
    StemSplit split{word.size(), 0};
    if (word.size() < 2) {
        return split;
    }
    auto take = [&](const Suffix& s) {
        // Only the last suffix decides whether the longer form is kept: 결과+는 keeps 결과, 회사+에서+도 keeps none.
        split.alternative_length =
            s.ambiguous && ends_in_hangul(word.substr(0, split.stem_length - s.text.size())) ? split.stem_length : 0;
        split.stem_length -= s.text.size();
    };
    auto first = longest_suffix(word, split.stem_length,
                                {Kind::kCaseParticle, Kind::kAuxParticle, Kind::kEnding, Kind::kPlural});
    if (!first) {
        return split;
    }
    take(*first);
    if (first->kind == Kind::kAuxParticle) {
        if (auto inner = longest_suffix(word, split.stem_length, {Kind::kCaseParticle})) {
            take(*inner);
        }
    }
    if (first->kind != Kind::kEnding && first->kind != Kind::kPlural) {
        if (auto plural = longest_suffix(word, split.stem_length, {Kind::kPlural})) {
            take(*plural);
        }
    }
    return split;
}

}  // namespace ks::analysis
