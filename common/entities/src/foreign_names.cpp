#include "foreign_names.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <unordered_set>

#include "ks/analysis/hangul.h"
#include "ks/entities/company_names.h"
#include "ks/entities/name_shape.h"
#include "ks/text/utf8.h"
#include "token_words.h"

namespace ks::entities {

using analysis::Token;

namespace {

// One-syllable given names are many ordinary words too (전, 로), so only the common English ones count: 칼 라거펠트,
// 조 바이든 (조 is a Korean surname as well, but one alone before a foreign surname is Joe).
constexpr std::u32string_view kOneSyllableGivenNames = U"딕칼톰빌존잭짐폴밥팀벤샘앤롭맷닉켄론릭댄킴조";

// A given name as foreign names begin: listed as a name and nothing else; or among other senses, sounding foreign
// and read as a name alone (크리스 브라운; not 스타일 벨리댄스); or one of the common English ones of one syllable
// (칼 라거펠트; 전 and 로 are ordinary words). Not 현장, 노선.
bool a_foreign_given_name(std::string_view word, WordSenseLookup& dictionary)
{
    const WordSenses senses = dictionary.senses(word);
    if (senses.only_person()) {
        return true;
    }
    if (!senses.person()) {
        return false;  // most words: no conversion below
    }
    const std::u32string letters = text::to_u32(word);
    if (letters.size() == 1) {
        return kOneSyllableGivenNames.find(letters.front()) != std::u32string_view::npos;
    }
    if ((senses.bits & WordSenses::kPlace) != 0) {
        return false;
    }
    return loanword_shaped(letters) && dictionary.read_as_a_name(word);
}

// 로버트, 찰스: a foreign given name the dictionary also lists as a place (as it lists 프랑스 and 휴스턴 as names):
// a name only before a surname that is surely one (로버트 다우니; not 포르투갈 리스본, 휴스턴 애스트로스).
bool also_a_place(std::string_view word, WordSenseLookup& dictionary)
{
    if (word == "오브" || word == "앤드") {
        return false;  // of, and: words of a title (리그 오브 레전드), which the dictionary lists as names
    }
    const WordSenses senses = dictionary.senses(word);
    if (!senses.person() || (senses.bits & WordSenses::kPlace) == 0 || (senses.bits & WordSenses::kCommon) != 0) {
        return false;  // most words: no conversion below
    }
    const std::u32string letters = text::to_u32(word);  // shaped_like_a_personal_name: no country (프랑스 페리에)
    return loanword_shaped(letters) && shaped_like_a_personal_name(letters) && dictionary.read_as_a_name(word);
}

// Listed as nothing but a name, and read as one alone: 다우니.
bool surely_a_name(std::string_view word, WordSenseLookup& dictionary)
{
    return dictionary.senses(word).only_person() && dictionary.read_as_a_name(word);
}

// A foreign surname beyond doubt: listed as nothing but a name and read as one, or not listed, sounding foreign,
// and neither a verb's form nor begun by a common word (빕스코브).
bool surely_a_surname(std::string_view word, WordSenseLookup& dictionary)
{
    if (dictionary.senses(word).listed()) {
        return surely_a_name(word, dictionary);
    }
    const std::u32string letters = text::to_u32(word);
    if (letters.size() < 3 || !loanword_shaped(letters) || names_an_institution(letters) || a_team_word(word) ||
        ends_in_a_company_word(word)) {
        return false;  // 제프 유나이티드, 와타나베 엔터테인먼트
    }
    // Not a verb's form (바에 따르면), a compound of a common word (액션연기), or a name with an ending (시게노부였기).
    const WordInfo& info = dictionary.look_up(word);
    if (info.first_bytes >= word.size()) {
        return true;
    }
    return !info.first_is_predicate && !info.first_is_person &&
           (dictionary.senses(word.substr(0, info.first_bytes)).bits & WordSenses::kCommon) == 0;
}

// A name of Korean shape (김철수): Korean names are written without spaces, so nothing joins one, nor is one
// joined to another word.
bool korean_full_name(std::u32string_view word)
{
    return (word.size() == 3 || word.size() == 4) && shaped_like_a_personal_name(word) && !loanword_shaped(word);
}

// korean_full_name of a word of Hangul as written, read in place.
bool a_korean_full_name(std::string_view word)
{
    std::array<char32_t, 4> buffer{};
    const std::u32string_view letters = hangul_syllables(word, buffer);
    return !letters.empty() && korean_full_name(letters);
}

// 김, 리, 박: a Korean surname of one syllable that is no common word, as it ends the name of a Korean abroad after
// a foreign given name (케이티 김, 대니 리).
bool a_korean_surname_abroad(std::string_view word)
{
    // Not 성, 강, 주 or 전, which follow a place or a name as often (시라카와 성, 허드슨 강, 천호선 전 대표).
    return word == "김" || word == "리" || word == "박" || word == "최";
}

// 대니 리는: a given name the dictionary lists as a name among other senses and MeCab reads as one, before a Korean
// surname with a particle, which makes a name of the two.
bool korean_surname_abroad_after(const std::vector<Token>& tokens, std::size_t given, std::string_view given_name,
                                 WordSenseLookup& dictionary)
{
    const Token& next = tokens[given + 1];
    const WordSenses senses = dictionary.senses(given_name);
    return a_korean_surname_abroad(next.stem) && a_particle_follows(next.surface, next.stem) && senses.person() &&
           (senses.bits & WordSenses::kPlace) == 0 && dictionary.read_as_a_name(given_name) &&
           !dictionary.pronoun_or_numeral(given_name);  // not 포르투갈 리, 백 리
}

// A word as a part of a foreign name, with whether a particle or a title written onto it ended it:
// 트리에르바일레와 → 트리에르바일레, 토드씨 → 토드, 에두아르도 → 에두아르도 (listed whole and read as a name; not
// 에두아르 + 도; but 하는 is 하 + 는). Empty when no name part can be told from the word.
std::pair<std::string, bool> name_part_of(const Token& token, WordSenseLookup& dictionary)
{
    if (std::string bare = without_glued_title(token.stem); !bare.empty() && !dictionary.senses(token.stem).listed()) {
        return {std::move(bare), true};
    }
    if (token.stem == token.surface || dictionary.read_as_a_name(token.surface)) {
        return {token.surface, false};
    }
    if (a_korean_surname_abroad(token.stem) && a_particle_follows(token.surface, token.stem)) {
        return {token.stem, true};  // 케이티 김은
    }
    static constexpr std::array<std::string_view, 16> kParticles = {
        "에게서", "으로", "에게", "에서", "와의", "과의", "의", "은", "는", "이", "가", "을", "를", "와", "과", "도"};
    for (const std::string_view particle : kParticles) {
        if (token.surface.size() >= particle.size() + 2 * kHangulSyllableBytes && token.surface.ends_with(particle)) {
            return {token.surface.substr(0, token.surface.size() - particle.size()), true};
        }
    }
    return {};
}

// A word that can follow a foreign given name in the same name (not 프랑스, 컨퍼런스, 재판기, 학생들):
// - listed as a person's name and no place: alone when MeCab reads it so, else with a title right after it
//   (세인 미얀마 대통령) or a particle when it sounds foreign (키슬링이) or is listed as nothing else (패로의),
//   as the dictionary lists common words as names too (주연, 최고);
// - not listed: sounding foreign (트리에르바일레), or with a title right after it (알무알렘 시리아 외무장관).
bool a_foreign_name_part(std::string_view word, bool title_after, bool particle_after, WordSenseLookup& dictionary)
{
    const std::u32string letters = text::to_u32(word);
    if (letters.size() == 1 && particle_after && a_korean_surname_abroad(word)) {
        return true;  // 케이티 김은
    }
    if (letters.size() == 1 && title_after && hangul_only(word)) {
        return dictionary.senses(word).only_person();  // 크리스 쿤 상원의원
    }
    if (letters.size() < 2 || letters.size() > 7 || !hangul_only(word) || korean_full_name(letters) ||
        names_an_institution(letters) || is_title(word) || a_role(word) || letters.back() == U'들') {
        return false;
    }
    if (const WordSenses senses = dictionary.senses(word); senses.listed()) {
        return senses.person() && (senses.bits & WordSenses::kPlace) == 0 &&
               (title_after || (particle_after && (loanword_shaped(letters) || senses.only_person())) ||
                dictionary.read_as_a_name(word));
    }
    return (title_after || loanword_shaped(letters)) && !begins_with_a_common_word(word, dictionary);
}

// Where a person's affiliation may begin between a name and a title: a country (터키 총리), an acronym (NSA 국장)
// or a body named after a country (태국산업연합회 회장, 베트남전력공사 회장).
bool opens_an_affiliation(const Token& word, WordSenseLookup& dictionary)
{
    if (a_place_or_body(word, dictionary)) {
        return true;
    }
    if (!hangul_only(word.stem)) {
        return false;
    }
    const WordInfo& info = dictionary.look_up(word.stem);
    if (info.senses.listed()) {
        return (info.senses.bits & WordSenses::kPlace) != 0;
    }
    return info.first_bytes >= 2 * kHangulSyllableBytes && info.first_bytes < word.stem.size() &&
           a_place_only(dictionary.senses(word.stem.substr(0, info.first_bytes)));
}

// A word of a foreign name written before an affiliation and a title, sounding foreign: listed as a person's name
// and read as one (알렉산더, also a city; not 프랑스, also a common word) or as a proper noun only (레제프), or not
// listed, of three syllables or more, beginning with no common word, nor made from a place (타이이프, 에르도안;
// not 아프리카계).
bool a_name_word_before_affiliation(const Token& word, WordSenseLookup& dictionary)
{
    const std::u32string letters = text::to_u32(word.stem);
    if (word.stem != word.surface || !hangul_only(word.stem) || letters.size() < 2 || letters.size() > 7 ||
        !loanword_shaped(letters) || names_an_institution(letters) || is_title(word.stem) || a_role(word.stem)) {
        return false;
    }
    const WordInfo& info = dictionary.look_up(word.stem);
    const std::uint8_t bits = info.senses.bits;
    if (info.senses.listed()) {
        const bool place_and_word = (bits & WordSenses::kPlace) != 0 && (bits & WordSenses::kCommon) != 0;
        return bits == WordSenses::kOtherProper || (info.senses.person() && !place_and_word && info.first_is_person &&
                                                    info.first_bytes == word.stem.size());
    }
    if (letters.size() < 3) {
        return false;  // a verb's form as often as a name's word: 맞지 않고 야마구치 소장
    }
    // A place and one syllable more is a word made from the place: 아프리카계, 프랑스인, 미국산.
    const WordSenses first = dictionary.senses(std::string_view(word.stem).substr(0, info.first_bytes));
    const bool from_a_place =
        (first.bits & WordSenses::kPlace) != 0 && word.stem.size() - info.first_bytes <= kHangulSyllableBytes;
    return !begins_with_a_common_word(word.stem, dictionary) && !from_a_place;
}

// 로버트 다우니 주니어는: Junior or Senior after a surname, ending the name as a surname would.
bool generation_after(const std::vector<Token>& tokens, std::string_view text, std::size_t surname)
{
    if (surname + 1 >= tokens.size() || !only_spaces_between(text, tokens[surname], tokens[surname + 1])) {
        return false;
    }
    const Token& word = tokens[surname + 1];
    if (word.stem != "주니어" && word.stem != "시니어") {
        return false;
    }
    return word.surface != word.stem ? a_particle_follows(word.surface, word.stem)
                                     : punctuation_follows(text, word) || particle_after_aside(text, word.end);
}

}  // namespace

std::size_t first_word_of_name(const std::vector<Token>& tokens, std::string_view text, std::size_t last,
                               const NameWord& last_name, WordSenseLookup& dictionary)
{
    std::size_t first = last;
    if (!last_name.senses.person() || korean_full_name(text::to_u32(last_name.name))) {
        return first;  // most words: only a name's words are looked for before it
    }
    while (first > 0 && last - first < 3) {
        const Token& before = tokens[first - 1];
        if (!only_spaces_between(text, before, tokens[first]) || before.stem != before.surface ||
            !hangul_only(before.stem)) {
            break;
        }
        const std::u32string word = text::to_u32(before.stem);
        const WordSenses senses = dictionary.senses(before.stem);
        if (korean_full_name(word) || word.size() > 5 || (senses.bits & WordSenses::kPlace) != 0 ||
            !a_foreign_given_name(before.stem, dictionary) || is_title(before.stem) || a_role(before.stem)) {
            break;
        }
        --first;
    }
    return first < last ? hyphenated_first_word(tokens, text, first, dictionary) : first;
}

std::string source_of(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                      const std::string& last_name)
{
    if (first == last) {
        return last_name;
    }
    return std::string(text.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin)) + " " + last_name;
}

bool given_name_before(const std::vector<Token>& tokens, std::string_view text, std::size_t i,
                       WordSenseLookup& dictionary)
{
    const Token& given = tokens[i - 1];
    if (!only_spaces_between(text, given, tokens[i]) || given.stem != given.surface || !hangul_only(given.stem)) {
        return false;
    }
    // a_foreign_given_name asks first whether the dictionary lists it as a name; most words are told by that.
    if (text::count_code_points(given.stem) > 5 || !dictionary.senses(given.stem).person() ||
        a_korean_full_name(given.stem) || is_title(given.stem) || a_role(given.stem)) {
        return false;
    }
    return a_foreign_given_name(given.stem, dictionary);
}

std::size_t hyphenated_first_word(const std::vector<Token>& tokens, std::string_view text, std::size_t given,
                                  WordSenseLookup& dictionary)
{
    if (given == 0 || text.substr(tokens[given - 1].end, tokens[given].begin - tokens[given - 1].end) != "-") {
        return given;
    }
    const Token& before = tokens[given - 1];
    // A name's word, not a title before a name (전 대통령-힐러리 클린턴).
    const bool a_word = before.stem == before.surface && hangul_only(before.surface) &&
                        text::count_code_points(before.surface) <= 4 &&
                        (before.begin == 0 || text[before.begin - 1] == ' ') && !is_title(before.stem) &&
                        !a_role(before.stem) && may_be_a_name(before, dictionary);
    return a_word ? given - 1 : given;
}

bool foreign_surname(const NameWord& word, bool title_right_after)
{
    const std::u32string letters = text::to_u32(word.name);
    // A country right before a title is no surname: 올랑드 프랑스 대통령 (but 키스 알렉산더 NSA 국장).
    const bool listed_otherwise = (word.senses.bits & WordSenses::kCommon) != 0 ||
                                  ((word.senses.bits & WordSenses::kPlace) != 0 && title_right_after);
    const bool name_like = word.senses.person() ? letters.size() <= 5 : letters.size() <= 4 && loanword_shaped(letters);
    return name_like && !listed_otherwise && !korean_full_name(letters) && !names_an_institution(letters) &&
           !a_title(word.name) && !a_role(word.name) &&
           !std::any_of(kTitleEndings.begin(), kTitleEndings.end(),
                        [&word](std::string_view t) { return word.name.ends_with(t); });
}

bool punctuation_follows(std::string_view text, const Token& token)
{
    return in_a_list(text, token) || text.substr(token.end).starts_with("(");
}

namespace {

// The given name a foreign full name begins with at `given`, and whether the dictionary also lists it as a place
// (로버트), which then names a person only before a surname that is surely a name; nullopt for most words.
std::optional<std::pair<std::string, bool>> foreign_given_name_at(const std::vector<Token>& tokens,
                                                                  std::string_view text, std::size_t given,
                                                                  WordSenseLookup& dictionary)
{
    // A given name is the word as written (name_part_of keeps nothing else without a particle): its shape and a
    // next word are told first, then whether the dictionary lists it as a name at all (a_foreign_given_name asks
    // that of it too), as most words fail these.
    const Token& word = tokens[given];
    if (!hangul_only(word.surface) || text::count_code_points(word.surface) > 5 || given + 1 >= tokens.size() ||
        !only_spaces_between(text, word, tokens[given + 1]) || !dictionary.senses(word.surface).person() ||
        a_korean_full_name(word.surface)) {
        return std::nullopt;
    }
    auto [given_name, given_particle] = name_part_of(word, dictionary);
    if (given_name.empty() || given_particle || !hangul_only(given_name) || text::count_code_points(given_name) > 5 ||
        a_korean_full_name(given_name)) {
        return std::nullopt;
    }
    const bool usual_given_name = a_foreign_given_name(given_name, dictionary) ||
                                  korean_surname_abroad_after(tokens, given, given_name, dictionary);
    const bool given_also_a_place = !usual_given_name && also_a_place(given_name, dictionary);
    if ((!usual_given_name && !given_also_a_place) || !dictionary.look_up(given_name).first_is_person ||
        (dictionary.senses(given_name).bits & WordSenses::kOtherProper) != 0) {
        return std::nullopt;  // not a brand the dictionary also lists as a name: 맥도날드 카운터에서
    }
    if (given > 0 && only_spaces_between(text, tokens[given - 1], tokens[given]) &&
        a_foreign_given_name(tokens[given - 1].stem, dictionary)) {
        return std::nullopt;  // 프랑수아 올랑드 프랑스 대통령: a name's second word, read from its first
    }
    return std::pair{std::move(given_name), given_also_a_place};
}

}  // namespace

std::optional<NameCandidate> foreign_full_name_at(const std::vector<Token>& tokens, std::string_view text,
                                                  const std::vector<Cue>& cues, std::size_t given,
                                                  WordSenseLookup& dictionary)
{
    const auto given_at = foreign_given_name_at(tokens, text, given, dictionary);
    if (!given_at) {
        return std::nullopt;
    }
    const auto& [given_name, given_also_a_place] = *given_at;
    const std::size_t first = hyphenated_first_word(tokens, text, given, dictionary);
    std::string name(text.substr(tokens[first].begin, tokens[given].begin - tokens[first].begin));
    name += given_name;
    std::string bare_name;  // the first two words, 헨릭 빕스코브 of 헨릭 빕스코브 전시, ended by no mark
    std::string bare_surname;
    for (std::size_t j = given + 1; j < tokens.size() && j <= given + 2; ++j) {
        if (!only_spaces_between(text, tokens[j - 1], tokens[j])) {
            break;
        }
        // A title may follow a company or a body the dictionary lacks (부이 응옥 바오 페트로리멕스 회장): after
        // three words, only a particle or a mark ends a name.
        const bool title = cues[j] != Cue::kNone && cues[j] != Cue::kRoleBefore && j == given + 1;
        const auto [part, particle] = name_part_of(tokens[j], dictionary);
        if (part.empty() || !a_foreign_name_part(part, title, particle, dictionary) ||
            (given_also_a_place && !surely_a_name(part, dictionary))) {
            break;
        }
        name += " " + part;
        if (particle || title || punctuation_follows(text, tokens[j]) || particle_after_aside(text, tokens[j].end)) {
            return NameCandidate{EntityKind::kPerson, name, "", first, j + 1 - first, Standing::kNamed};
        }
        if (generation_after(tokens, text, j)) {
            return NameCandidate{EntityKind::kPerson, name + " " + tokens[j + 1].stem, "", first, j + 2 - first,
                                 Standing::kNamed};
        }
        if (j == given + 1) {
            bare_name = name;
            bare_surname = part;
        }
    }
    // Ended by no mark, a name counts where both its words are surely a name's (asked only here: most candidates
    // end with a mark or not at all).
    if (bare_name.empty() || !surely_a_surname(bare_surname, dictionary) || !surely_a_name(given_name, dictionary)) {
        return std::nullopt;
    }
    return NameCandidate{EntityKind::kPerson, bare_name, "", first, given + 2 - first, Standing::kNamed};
}

std::optional<NameCandidate> foreign_name_before_affiliation(const std::vector<Token>& tokens, std::string_view text,
                                                             std::size_t title, WordSenseLookup& dictionary)
{
    if (title_cue(tokens[title]) == Cue::kNone || a_ssi(tokens[title])) {
        return std::nullopt;
    }
    std::size_t leftmost = title;
    while (leftmost > 0 && title - leftmost < 3 && only_spaces_between(text, tokens[leftmost - 1], tokens[leftmost]) &&
           tokens[leftmost - 1].stem == tokens[leftmost - 1].surface) {
        --leftmost;
    }
    for (std::size_t opener = leftmost; opener < title; ++opener) {
        if (!opens_an_affiliation(tokens[opener], dictionary)) {
            continue;
        }
        std::size_t first = opener;
        while (first > 0 && opener - first < 4 && only_spaces_between(text, tokens[first - 1], tokens[first]) &&
               a_name_word_before_affiliation(tokens[first - 1], dictionary)) {
            --first;
        }
        if (opener - first >= 2) {
            NameCandidate candidate{
                EntityKind::kPerson,
                std::string(text.substr(tokens[first].begin, tokens[opener - 1].end - tokens[first].begin)), "", first,
                opener - first};
            candidate.affiliation_tokens = title - opener;
            return candidate;
        }
    }
    return std::nullopt;
}

}  // namespace ks::entities
