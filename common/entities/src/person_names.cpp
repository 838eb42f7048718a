#include "ks/entities/person_names.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <unordered_set>

#include "foreign_names.h"
#include "ks/analysis/hangul.h"
#include "ks/entities/name_shape.h"
#include "ks/text/utf8.h"
#include "person_words.h"
#include "token_words.h"

namespace ks::entities {

namespace {
using analysis::Token;

// 70.0%이지만, 3이용해: a word written onto a number or a letter before it, which no name is.
bool written_onto_what_precedes(std::string_view text, const Token& token)
{
    if (token.begin == 0) {
        return false;
    }
    const char before = text[token.begin - 1];
    return static_cast<unsigned char>(before) < 0x80 && before != ' ' && before != '\n' &&
           std::string_view("'\"(<[").find(before) == std::string_view::npos;
}

// Whether the dictionary lists the whole word as nothing but a name, and MeCab reads it as one.
bool read_whole_as_a_name(const Token& token, WordSenseLookup& dictionary)
{
    if (token.surface.size() < 2 * kHangulSyllableBytes || token.surface.size() > 5 * kHangulSyllableBytes ||
        !hangul_only(token.surface)) {
        return false;
    }
    if (token.surface.ends_with("다")) {
        return false;  // a verb or the copula: 시이다, which the dictionary also lists as a name
    }
    return dictionary.senses(token.surface).only_person() && dictionary.read_as_a_name(token.surface);
}

// 수영선수, 축구선수: a player of a sport the dictionary lists as a common word, not a name with 선수 written onto it.
bool a_sport_and_its_player(std::string_view word, std::string_view bare, WordSenseLookup& dictionary)
{
    return word.ends_with("선수") && (dictionary.senses(bare).bits & WordSenses::kCommon) != 0;
}

// 아브라모비치, 이글레시아스: six or seven syllables with sounds only loanwords have, as foreign surnames are
// written (a Korean word that long is a compound: 대통령선거관리위원회); a name only where the dictionary lists it.
bool a_long_foreign_name(std::string_view word)
{
    constexpr std::size_t kLongestName = 7;  // syllables
    const std::u32string letters = text::to_u32(word);
    return letters.size() <= kLongestName && loanword_shaped(letters);
}

// 지드래곤뿐, 윤후야,: a name with a particle our stems leave on it (뿐; 야 calling someone, before a mark), where the
// dictionary lists the rest as nothing but a name and MeCab reads it as one, and lists the whole as nothing (not
// 테츠야, 카렐리야). The rest, or empty.
std::string without_unsplit_particle(std::string_view stem, bool mark_after, WordSenseLookup& dictionary)
{
    const bool particle = stem.ends_with("뿐") || (stem.ends_with("야") && mark_after);
    if (!particle || stem.size() < 3 * kHangulSyllableBytes || dictionary.senses(stem).listed()) {
        return {};
    }
    const std::string_view rest = stem.substr(0, stem.size() - kHangulSyllableBytes);
    return dictionary.senses(rest).only_person() && dictionary.read_as_a_name(rest) ? std::string(rest) : std::string();
}

// A mark right after the word: 윤후야, 윤후야.
bool mark_after(std::string_view text, const Token& token)
{
    return token.end < text.size() && std::string_view(",.!?").find(text[token.end]) != std::string_view::npos;
}

// 홍명보호, 허정무호: a national team named after its coach, a Korean name the dictionary lists as nothing else
// (not 세월호; not 남궁경호, a name of its own; foreign names before 호 are ships as often: 마크 트웨인호).
std::string coach_of_a_team(std::string_view stem, WordSenseLookup& dictionary)
{
    if (stem.size() != 4 * kHangulSyllableBytes || !stem.ends_with("호") || !hangul_only(stem) ||
        dictionary.senses(stem).listed()) {
        return {};
    }
    const std::string_view coach = stem.substr(0, stem.size() - kHangulSyllableBytes);
    std::array<char32_t, 3> buffer{};
    const std::u32string_view letters = hangul_syllables(coach, buffer);
    const bool korean_name =
        !letters.empty() && shaped_like_a_korean_name(letters) && !shaped_like_a_korean_name(text::to_u32(stem));
    return korean_name && dictionary.senses(coach).only_person() && dictionary.read_as_a_name(coach)
               ? std::string(coach)
               : std::string();
}

// 김범이 포착됐다: a Korean name of two syllables, a common surname and a given name the dictionary lists as nothing
// but a name, with the subject's 이, though it lists the three syllables as a name too (as it lists 이하이); not
// before a title, which no particle stands before (이하이 씨).
bool a_short_name_and_its_subject(const Token& token, bool title_follows, WordSenseLookup& dictionary)
{
    const std::string_view stem = token.stem;
    return !title_follows && std::string_view(token.surface).substr(stem.size()) == "이" &&
           a_common_korean_surname(hangul_syllable_at(stem, 0)) && dictionary.senses(stem).only_person() &&
           dictionary.read_as_a_name(stem);
}

NameWord name_word(const Token& token, WordSenseLookup& dictionary, bool title_follows, bool glued_to_before,
                   bool mark_follows)
{
    NameWord word;
    word.name = token.stem;
    if (std::string bare = without_glued_title(token.stem); !bare.empty() && !dictionary.senses(token.stem).listed() &&
                                                            !a_sport_and_its_player(token.stem, bare, dictionary)) {
        word.name = std::move(bare);  // 김창완씨; not 하느님, a word of its own
        word.glued_title = true;
    }
    if (std::string bare = without_unsplit_particle(token.stem, mark_follows, dictionary); !bare.empty()) {
        word.name = std::move(bare);
    }
    if (std::string coach = coach_of_a_team(token.stem, dictionary); !word.glued_title && !coach.empty()) {
        word.name = std::move(coach);  // 홍명보호: the team 홍명보 coaches, which news names after him
        word.glued_title = true;
    }
    if (!word.glued_title && !glued_to_before && word.name.size() == kHangulSyllableBytes &&
        read_whole_as_a_name(token, dictionary)) {
        word.name = token.surface;  // 김해진, which our stem reads as 김 + 해진; not 70%이지만
    }
    if (word.name.size() < 2 * kHangulSyllableBytes || !hangul_only(word.name) ||
        (word.name.size() > 5 * kHangulSyllableBytes && !a_long_foreign_name(word.name))) {
        return {};  // most words: no dictionary look-up
    }
    if (!word.glued_title && token.surface.size() > token.stem.size() &&
        token.surface.size() > 3 * kHangulSyllableBytes && !a_particle_follows(token.surface, token.stem)) {
        return {};  // a verb's ending (밝혔다, 영입하며), not a name's particle; 김정은 and 문재인 are read below
    }
    if (!word.glued_title && token.stem.size() == 2 * kHangulSyllableBytes &&
        token.surface.size() == 3 * kHangulSyllableBytes && hangul_only(token.surface)) {
        // A word of three syllables whose last reads as a particle, listed whole: 김정은, 문재인, 이현도 씨,
        // 오스만 (not 오스 + 만).
        if (dictionary.senses(token.surface).listed() &&
            !a_short_name_and_its_subject(token, title_follows, dictionary)) {
            word.name = token.surface;
            // No particle stands before a title; elsewhere the stem may be a common word with one: 이유 + 로.
            word.doubtful = !title_follows && (dictionary.senses(token.stem).bits & WordSenses::kCommon) != 0;
        }
    }
    word.senses = dictionary.senses(word.name);
    if (word.name.size() > 5 * kHangulSyllableBytes && !word.senses.person()) {
        return {};  // a long word the dictionary does not list as a name: a company, a body (칼호텔네트워크)
    }
    word.read_as_name = word.senses.person() && dictionary.read_as_a_name(word.name);  // no second look-up for most
    // Asked only before a title, the one place it decides: it takes MeCab a parse of the word.
    word.common_head = title_follows && !word.senses.listed() && begins_with_a_common_word(word.name, dictionary, true);
    if (title_follows && !word.senses.listed()) {
        const WordInfo info = dictionary.look_up(word.name);
        word.verb_head = info.first_is_predicate && info.first_bytes < word.name.size();
    }
    return word;
}

// The longest form longer than the stem that the dictionary lists whole, which is the word whatever our stem
// says: 우크라이나 (not 우크라이 + 나), 노부나가의 → 노부나가 (not 노부나 + 가의). Asked only of a word about to
// count as a person: most words never need these look-ups.
bool take_longer_listed_form(NameWord& word, const Token& token, WordSenseLookup& dictionary, bool title_follows)
{
    if (word.name != token.stem || token.surface.size() <= token.stem.size() ||
        token.surface.size() > 6 * kHangulSyllableBytes || !hangul_only(token.surface) ||
        a_short_name_and_its_subject(token, title_follows, dictionary)) {
        return false;
    }
    for (std::size_t length = token.surface.size(); length > token.stem.size(); length -= kHangulSyllableBytes) {
        const std::string_view longer = std::string_view(token.surface).substr(0, length);
        if (const WordSenses senses = dictionary.senses(longer); senses.listed()) {
            word.doubtful = !title_follows && (word.senses.bits & WordSenses::kCommon) != 0;
            word.name = std::string(longer);
            word.senses = senses;
            word.read_as_name = dictionary.read_as_a_name(longer);
            return true;
        }
    }
    return false;
}

// 슬랙(Slack), 클로드(Claude): one Latin word in parentheses right after the word, as products and companies
// are introduced (a person's Latin form has a given name and a surname: name_patterns.h).
bool one_latin_word_follows(std::string_view text, const Token& token)
{
    if (token.end + 1 >= text.size() || text[token.end] != '(') {
        return false;
    }
    const std::size_t close = text.find(')', token.end);
    if (close == std::string_view::npos || close - token.end > 40) {
        return false;
    }
    const std::string_view inside = text.substr(token.end + 1, close - token.end - 1);
    const auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
    return !inside.empty() && letter(inside.front()) && std::all_of(inside.begin(), inside.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    });
}

// 메신저 슬랙, 앱 클로드, 브랜드 샤넬: the kind of thing a word names, right before it.
bool a_kind_of_thing_before(const std::vector<Token>& tokens, std::string_view text, std::size_t i)
{
    static constexpr std::array<std::string_view, 13> kKinds = {
        "메신저", "앱",       "애플리케이션", "서비스", "브랜드", "제품",  "플랫폼",
        "게임",   "프로그램", "소프트웨어",   "챗봇",   "차량",   "자동차"};
    const Token& before = tokens[i - 1];
    return before.stem == before.surface && only_spaces_between(text, before, tokens[i]) && among(kKinds, before.stem);
}

// 프랑크 왕국, 메디치 가문, 오구리 비행학교: a realm, a house or a school named after a word, right after it.
bool a_realm_or_house_after(const std::vector<Token>& tokens, std::string_view text, std::size_t i)
{
    static constexpr std::array<std::string_view, 10> kKinds = {"왕국", "제국", "왕조",     "공화국", "가문",
                                                                "왕가", "족",   "비행학교", "학파",   "류"};
    return i + 1 < tokens.size() && tokens[i].stem == tokens[i].surface &&
           only_spaces_between(text, tokens[i], tokens[i + 1]) && among(kKinds, tokens[i + 1].stem);
}

// A team word, also where our stem cuts it: 파이터스 (파이터 + 스) 감독, 파이터스의, 드래곤스 전에서.
bool written_as_a_team_word(const Token& token)
{
    const std::string_view surface = token.surface;
    if (surface == token.stem) {
        return a_team_word(surface);  // most words: one look-up
    }
    return a_team_word(token.stem) || a_team_word(surface) ||
           a_team_word(surface.substr(0, token.stem.size() + kHangulSyllableBytes));
}

// 두산 베어스, 한신 타이거스, AC 밀란, SK 와이번스: a team's name, not a person's, though the dictionary lists
// some of its words as names.
bool part_of_a_team_name(const std::vector<Token>& tokens, std::string_view text, std::size_t i)
{
    if (written_as_a_team_word(tokens[i])) {
        return true;
    }
    if (i + 1 < tokens.size() && only_spaces_between(text, tokens[i], tokens[i + 1]) &&
        written_as_a_team_word(tokens[i + 1])) {
        return true;  // 주니치 드래곤스
    }
    if (i == 0 || !only_spaces_between(text, tokens[i - 1], tokens[i])) {
        return false;
    }
    // A club's abbreviation; not any capitals (MC 김상중, IT 기업).
    static const std::unordered_set<std::string_view> kClubAbbreviations = {"AC", "FC", "AS", "SC", "CF", "SV",
                                                                            "SS", "US", "CD", "UD", "RC", "SL"};
    return kClubAbbreviations.contains(text.substr(tokens[i - 1].begin, tokens[i - 1].end - tokens[i - 1].begin));
}

// 요코하마 마리노스, 보카 주니어스: a city and its team's word (but 하워드 호크스 is a person).
bool a_city_and_its_team(const std::vector<Token>& tokens, std::string_view text, std::size_t i,
                         WordSenseLookup& dictionary)
{
    return (dictionary.senses(tokens[i].stem).bits & WordSenses::kPlace) != 0 && part_of_a_team_name(tokens, text, i);
}

// 측, 부부, 일가, 페이스북: a word that follows people's names (and companies': 애플 측) but no brand or thing.
bool a_persons_side(std::string_view word)
{
    static constexpr std::array<std::string_view, 8> kSides = {"측",       "부부",   "일가",       "본인",
                                                               "페이스북", "트위터", "인스타그램", "블로그"};
    return among(kSides, word);
}

// a_persons_side right after the word at `i`.
bool a_persons_side_after(const std::vector<Token>& tokens, std::string_view text, std::size_t i)
{
    return i + 1 < tokens.size() && only_spaces_between(text, tokens[i], tokens[i + 1]) &&
           a_persons_side(tokens[i + 1].stem);
}

// The name a family word and a title mark, whole as written (딸 사랑 양: our stem reads 사 + 랑; 장남 재국씨),
// though the dictionary lists it as a common word too.
std::optional<NameCandidate> named_as_kin_at(const std::vector<Token>& tokens, std::size_t i, Cue cue)
{
    const Token& token = tokens[i];
    if (cue != Cue::kKin) {
        return std::nullopt;
    }
    std::string_view name = token.stem.ends_with("씨") ? std::string_view(token.stem) : std::string_view(token.surface);
    if (name.ends_with("씨")) {
        name.remove_suffix(std::string_view("씨").size());
    }
    const std::size_t letters = text::count_code_points(name);
    if (!hangul_only(name) || letters < 2 || letters > 4 || a_title(name) || a_role(name) ||
        anonymized(text::to_u32(name)) || name.ends_with("아무개")) {
        return std::nullopt;  // 여동생 한모 씨: someone the article does not name
    }
    return NameCandidate{EntityKind::kPerson, std::string(name), "", i, 1};
}

// A name's shape where a cue already points to a person: a loanword's sounds or a Korean surname, rarer ones too.
bool shaped_like_any_name(std::u32string_view letters)
{
    return shaped_like_a_personal_name(letters) || shaped_like_a_korean_name_of_any_surname(letters);
}

std::optional<Standing> named_if(bool person) { return person ? std::optional(Standing::kNamed) : std::nullopt; }

// 가수 거미의, 래퍼 치타는, 배우 주원이: after a performer's role, a word the dictionary lists as a name among other
// senses, with a particle, is a stage name; not what follows a role as often (배우 연기가, 가수 활동을, 멤버
// 사이에: the dictionary lists 활동 and 데뷔 as no name, but 연기, 사진 and 사이 as one).
bool stage_name_after_role(const std::vector<Token>& tokens, std::size_t i, const NameWord& word, bool with_particle)
{
    static const std::unordered_set<std::string_view> kPerformers = {
        "가수",   "여가수", "래퍼",   "배우",     "여배우", "개그맨", "개그우먼", "코미디언",
        "방송인", "멤버",   "걸그룹", "보이그룹", "그룹",   "듀오",   "밴드",     "아이돌"};
    static const std::unordered_set<std::string_view> kNotNames = {"연기", "사진", "최고", "인생",
                                                                   "시절", "노래", "무대", "사이"};  // 멤버 사이에
    if (i == 0 || !with_particle || !word.senses.person() || !kPerformers.contains(tokens[i - 1].stem)) {
        return false;  // most words: no conversion below
    }
    const std::u32string letters = text::to_u32(word.name);
    return letters.size() <= 3 && !kNotNames.contains(word.name) && !names_an_institution(letters);
}

// A name word before a title or an office (or after a role): 압둘라 국왕, 메르켈 총리, 정우성 배우; not 프랑스 대통령,
// 우리 군, 야구부 감독, 지역구 국회의원.
std::optional<Standing> judged_before_title(const NameWord& word, std::u32string_view letters, bool office,
                                            bool only_a_name)
{
    if (only_a_name) {
        return Standing::kNamed;  // 압둘라 국왕, 후진타오(胡錦濤) 주석
    }
    // A common surname and a given name with no loanword sound (박근혜; not 풀리지, 시니어).
    const bool korean_shape = letters.size() == 3 && shaped_like_a_korean_name(letters);
    if ((word.senses.bits & WordSenses::kPlace) != 0 && !korean_shape) {
        return std::nullopt;  // a country before its leader's title: 프랑스 대통령, 터키 총리
    }
    if (office && letters.size() >= 3 && loanword_shaped(letters) && !names_an_institution(letters)) {
        return Standing::kNamed;  // listed as a common word, as some leaders are: 메르켈 총리, 트럼프 대통령
    }
    if (word.senses.person()) {
        // A common word before a title is rarely a name (우리 군, 스포츠 기자), unless shaped like one (정우성), or
        // the title is a high office (메르켈 총리, 고건 전 총리). Nor is a longer word with neither a surname nor a
        // foreign sound, which the dictionary also lists as a name (야구부 감독).
        if (letters.size() >= 3 && !shaped_like_a_personal_name(letters)) {
            return std::nullopt;
        }
        // A word MeCab reads otherwise alone is a verb or a noun here (지지를 받아 부통령), or a name before a high
        // office as often (아소 부총리; 이후 대통령이 되었다): the collection settles it.
        if ((word.senses.bits & WordSenses::kCommon) == 0 || ((korean_shape || office) && word.read_as_name)) {
            return Standing::kNamed;
        }
        return office ? std::optional(Standing::kProvisional) : std::nullopt;
    }
    // A word the dictionary lacks, of three syllables or more: not 지역구 국회의원, 받아 박사.
    // A rarer surname begins many words (아니라 멤버: 아니 + 라); a common one, or foreign sounds, less so.
    // Nor a verb's form, whatever it sounds like: 따르면 목사.
    return named_if(!word.senses.listed() && letters.size() >= 3 && shaped_like_any_name(letters) && !word.verb_head &&
                    (!word.common_head || shaped_like_a_korean_name(letters) || loanword_shaped(letters)));
}

// Whether a name word is a person's name, and how firmly the text marks it, from what the dictionary lists it as, its
// shape, and the context: `cue` around it, `in_full` (given names before it: 리암 니슨).
std::optional<Standing> judge(const NameWord& word, Cue cue, bool in_full, bool with_particle,
                              bool stage_name_after_role)
{
    std::array<char32_t, 8> buffer{};  // a name word's syllables, read without allocating
    std::u32string converted;
    std::u32string_view letters = hangul_syllables(word.name, buffer);
    if (letters.empty()) {
        converted = text::to_u32(word.name);
        letters = converted;
    }
    // Listed as nothing but a name, and shaped like a Korean one (차예련, 봉준호; not 한총련).
    const bool only_a_name = word.senses.only_person() && word.read_as_name;
    const bool listed_name = only_a_name && letters.size() == 3 && shaped_like_a_korean_name_of_any_surname(letters);
    if ((!listed_name && names_an_institution(letters)) || a_title(word.name) || a_role(word.name) ||
        anonymized(letters)) {
        return std::nullopt;
    }
    if (word.glued_title) {
        cue = Cue::kStrong;
    }
    if (only_a_name && !word.doubtful && (listed_name || in_full)) {
        return Standing::kNamed;  // 박근혜, 송중기; 힐러리 클린턴
    }
    switch (cue) {
        case Cue::kNone:
            // A foreign-sounding entry alone is as often a brand, a thing, a team or a verb the dictionary also
            // lists as a name (벤츠, 메르스, 라이온즈, 만다), and 문재인 reads as 문재 + 인: the collection settles it.
            if (!only_a_name) {
                return std::nullopt;
            }
            if (word.doubtful) {
                return Standing::kPending;  // 문재인 더불어민주당, 이유로: named clearly elsewhere often enough, or not
            }
            // With a particle or a list's comma it counts unless the collection overrules it. Bare before a noun
            // it is a given name of a longer name (알프레드 히치콕), a brand or a thing (벤츠 승용차) as often as
            // a person: it waits for the collection to name it clearly.
            return with_particle ? Standing::kProvisional : Standing::kPending;
        case Cue::kKin:  // read before judging (named_as_kin_at); as strong as 씨 where it is not
        case Cue::kStrong:
            // 씨 or an age follows people only: a given name of two syllables the dictionary lacks too (섬나 씨),
            // though not with 씨 written onto it, as in 엠비씨 (MBC).
            return named_if(word.senses.person() ||
                            (!word.senses.listed() &&
                             (shaped_like_any_name(letters) || (letters.size() == 2 && !word.glued_title))));
        case Cue::kRoleBefore:
            if (stage_name_after_role) {
                return Standing::kNamed;
            }
            [[fallthrough]];
        case Cue::kTitle:
        case Cue::kOffice:
            return judged_before_title(word, letters, cue == Cue::kOffice, only_a_name);
    }
    return std::nullopt;
}

// '선우' 역을 맡았다, 백인하 역에 캐스팅됐다, 헐크 역의: whether the word at `i` names a role an actor plays (역
// with a particle, written after it or after its closing quote).
bool a_role_played(const std::vector<Token>& tokens, std::string_view text, std::size_t i)
{
    // Not 역 alone, which is as often a station: 뿐만 아니라 역 주변의.
    static constexpr std::array<std::string_view, 7> kRoleWords = {"역을", "역의", "역으로", "역에",
                                                                   "역은", "역이", "역도"};
    if (i + 1 >= tokens.size() || !among(kRoleWords, tokens[i + 1].surface)) {
        return false;
    }
    const std::string_view between = text.substr(tokens[i].end, tokens[i + 1].begin - tokens[i].end);
    return between == " " || between == "'" || between == "' " || between == "’ " || between == "’" ||
           between == "\" " || between == "\"";
}

// A character's name before 역: a word the dictionary lists as a person's name among other senses (선우, 헐크),
// or does not list and is shaped like a name (공태광, 오혜상); not a common word alone, a place, a title or a role
// (엄마 역, 서울 역, 형사 역). The word whole: no particle stands before 역 (백인하, though our stem reads 백인 + 하).
std::optional<NameCandidate> character_played(const std::vector<Token>& tokens, std::string_view text, std::size_t i,
                                              WordSenseLookup& dictionary)
{
    const std::string& name = tokens[i].surface;
    if (!a_role_played(tokens, text, i)) {
        return std::nullopt;  // most words: no conversion below
    }
    const std::u32string letters = text::to_u32(name);
    if (letters.size() < 2 || letters.size() > 5 || !hangul_only(name) || is_title(name) || a_role(name) ||
        anonymized(letters)) {
        return std::nullopt;
    }
    const WordSenses senses = dictionary.senses(name);
    const bool a_name =
        senses.person() || (senses.listed() ? senses.bits == WordSenses::kOtherProper : shaped_like_any_name(letters));
    if (!a_name) {
        return std::nullopt;
    }
    return NameCandidate{EntityKind::kPerson, name, "", i, 1, Standing::kNamed};
}

// 2NE1 멤버들을, 레이디스코드 멤버와: a group named before its members, which news counts among people; a name in
// Latin letters and digits, or a Hangul word the dictionary lists as a name, or does not list and sounds foreign
// (not 팀 멤버, 원년 멤버, 것이 아니라 멤버가; nor a show's cast, 런닝맨 멤버, a proper noun to the dictionary).
std::optional<NameCandidate> group_before_members(const std::vector<Token>& tokens, std::string_view text,
                                                  std::size_t i, WordSenseLookup& dictionary)
{
    if (i + 1 >= tokens.size() || tokens[i + 1].stem != "멤버" ||
        !only_spaces_between(text, tokens[i], tokens[i + 1]) || tokens[i].stem != tokens[i].surface) {
        return std::nullopt;
    }
    const std::string written(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
    const std::u32string letters = text::to_u32(written);
    // A group's Latin name has a digit or a small letter (2NE1, f(x)); capitals alone are a lab's or a team's
    // acronym as often (MSL 멤버들, TF 멤버).
    const bool latin =
        letters.size() >= 2 && letters.size() <= 8 &&
        std::all_of(written.begin(), written.end(),
                    [](char c) { return std::isalnum(static_cast<unsigned char>(c)); }) &&
        std::any_of(written.begin(), written.end(),
                    [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }) &&
        std::any_of(written.begin(), written.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c)) || std::islower(static_cast<unsigned char>(c));
        });
    const WordSenses senses = hangul_only(written) ? dictionary.senses(written) : WordSenses{};
    const bool hangul = letters.size() >= 2 && letters.size() <= 8 && hangul_only(written) && !is_title(written) &&
                        !a_role(written) &&
                        (senses.listed() ? senses.bits == WordSenses::kPerson : loanword_shaped(letters));
    if (!latin && !hangul) {
        return std::nullopt;
    }
    return NameCandidate{EntityKind::kPerson, written, "", i, 1, Standing::kNamed};
}

// A name of Korean shape, as a list of people holds one: 명승권, 정준 (two syllables, a common surname first).
bool korean_shaped_for_a_list(std::u32string_view letters)
{
    return shaped_like_a_korean_name_of_any_surname(letters) ||
           (letters.size() == 2 && a_common_korean_surname(letters.front()) && !loanword_shaped(letters));
}

// 김유미와 정준, 라미란, 김지윤: names written one after another with a comma, a middle dot or 와/과 between,
// the second ending as a list's member does (not 김자인과 스페셜 게스트).
bool listed_together(std::string_view text, const Token& left, const Token& right)
{
    const std::string_view after = text.substr(right.end);
    if (right.surface == right.stem && !in_a_list(text, right) && !after.empty() && !after.starts_with(".") &&
        !after.starts_with(" 등")) {
        return false;
    }
    const std::string_view between = text.substr(left.end, right.begin - left.end);
    if (between == ", " || between == "," || between == "·") {
        return left.surface == left.stem || hangul_only(left.surface);
    }
    const std::string_view tail = std::string_view(left.surface).substr(left.stem.size());
    return between == " " && (tail == "와" || tail == "과" || tail == "랑");
}

// A list that names one of its members clearly is a list of people: its other members are named too, those the
// dictionary left waiting (라미란: 라미 + 란) and those it lists as a name among other senses (정준).
void name_the_rest_of_lists(const std::vector<Token>& tokens, std::string_view text, std::vector<NameCandidate>& found,
                            std::vector<NameCandidate>& list_only)
{
    std::map<std::size_t, NameCandidate*> by_first_token;
    std::map<std::size_t, NameCandidate*> by_last_token;
    for (std::vector<NameCandidate>* candidates : {&found, &list_only}) {
        for (NameCandidate& candidate : *candidates) {
            by_first_token[candidate.first_token] = &candidate;
            by_last_token[candidate.first_token + candidate.token_count - 1] = &candidate;
        }
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto& [last, left] : by_last_token) {
            const auto right = by_first_token.find(last + 1);
            if (right == by_first_token.end() || left->standing == right->second->standing ||
                (left->standing != Standing::kNamed && right->second->standing != Standing::kNamed) ||
                left->standing == Standing::kDenied || right->second->standing == Standing::kDenied ||
                !listed_together(text, tokens[last], tokens[last + 1])) {
                continue;
            }
            left->standing = right->second->standing = Standing::kNamed;
            changed = true;
        }
    }
    // A member the list alone names is a common word as often (우리, 이후: names too, to the dictionary): the
    // collection settles it, as it does a name standing alone.
    for (NameCandidate& candidate : list_only) {
        if (candidate.standing == Standing::kNamed) {
            candidate.standing = Standing::kProvisional;
            found.push_back(std::move(candidate));
        }
    }
}

// Names a pattern around the word at `i` finds: a foreign full name, a name before an affiliation, a group before its
// members, a character played, kin. True when the word is taken by one, and no other reading of it is looked for.
bool pattern_name_at(const std::vector<Token>& tokens, std::string_view text, const std::vector<Cue>& cues,
                     std::size_t i, WordSenseLookup& dictionary, std::vector<NameCandidate>& found)
{
    if (auto full_name = foreign_full_name_at(tokens, text, cues, i, dictionary);
        full_name && !a_city_and_its_team(tokens, text, i, dictionary)) {
        found.push_back(std::move(*full_name));
    }
    if (auto affiliated = foreign_name_before_affiliation(tokens, text, i, dictionary)) {
        found.push_back(std::move(*affiliated));
    }
    if (auto group = group_before_members(tokens, text, i, dictionary)) {
        found.push_back(std::move(*group));
        return true;
    }
    if (auto character = character_played(tokens, text, i, dictionary)) {
        found.push_back(std::move(*character));
        return true;
    }
    if (auto kin = named_as_kin_at(tokens, i, cues[i])) {
        found.push_back(std::move(*kin));
        return true;
    }
    return false;
}

// The word at `i` read as a dictionary name: judged by its senses and the context, denied, waiting in a list, or
// the surname of a foreign name.
void dictionary_name_at(const std::vector<Token>& tokens, std::string_view text, const std::vector<Cue>& cues,
                        std::size_t i, WordSenseLookup& dictionary, std::vector<NameCandidate>& found,
                        std::vector<NameCandidate>& list_only)
{
    const bool title_follows = cues[i] != Cue::kNone;
    const bool glued_to_before = written_onto_what_precedes(text, tokens[i]);
    NameWord word = name_word(tokens[i], dictionary, title_follows, glued_to_before, mark_after(text, tokens[i]));
    if (word.name.empty()) {
        return;
    }
    if (part_of_a_team_name(tokens, text, i)) {
        found.push_back({EntityKind::kPerson, word.name, "", i, 1, Standing::kDenied, true});
        return;
    }
    if (one_latin_word_follows(text, tokens[i]) || (i > 0 && a_kind_of_thing_before(tokens, text, i)) ||
        a_realm_or_house_after(tokens, text, i)) {
        found.push_back({EntityKind::kPerson, word.name, "", i, 1, Standing::kDenied});
        return;
    }
    // A particle after the name, or a list's comma (슈퍼주니어, 베스티, SNL 출연진).
    const auto ends_like_a_name = [&] {
        return !word.glued_title && (a_particle_follows(tokens[i].surface, word.name) ||
                                     (tokens[i].surface == word.name &&
                                      (in_a_list(text, tokens[i]) || particle_after_aside(text, tokens[i].end))));
    };
    bool with_particle = ends_like_a_name();
    std::size_t first = first_word_of_name(tokens, text, i, word, dictionary);
    std::optional<Standing> standing =
        judge(word, cues[i], first < i, with_particle, stage_name_after_role(tokens, i, word, with_particle));
    if (standing && take_longer_listed_form(word, tokens[i], dictionary, title_follows)) {
        with_particle = ends_like_a_name();
        first = first_word_of_name(tokens, text, i, word, dictionary);
        standing =
            judge(word, cues[i], first < i, with_particle, stage_name_after_role(tokens, i, word, with_particle));
    }
    if (standing == Standing::kPending && !word.doubtful && a_persons_side_after(tokens, text, i)) {
        standing = Standing::kNamed;  // 다우니 측이: bare before a noun, but one that follows people only
    }
    if (standing) {
        NameCandidate candidate{
            EntityKind::kPerson, source_of(text, tokens, first, i, word.name), "", first, i + 1 - first, *standing};
        found.push_back(std::move(candidate));
    } else if (with_particle && (word.senses.person() || !word.senses.listed()) &&
               korean_shaped_for_a_list(text::to_u32(word.name))) {
        // A name among other senses (정준) or one the dictionary lacks (명승권), a person only in a list of
        // people: 배우 김유미와 정준, 손석희, 진중권, 명승권
        list_only.push_back({EntityKind::kPerson, word.name, "", i, 1, Standing::kPending});
    } else if (i > 0 && given_name_before(tokens, text, i, dictionary) &&
               (cues[i] != Cue::kNone || with_particle || punctuation_follows(text, tokens[i]))) {
        take_longer_listed_form(word, tokens[i], dictionary, title_follows);  // 도쿠가와, not 도쿠가 + 와
        const bool title_right_after = i + 1 < tokens.size() && only_spaces_between(text, tokens[i], tokens[i + 1]) &&
                                       title_cue(tokens[i + 1]) != Cue::kNone;
        if (foreign_surname(word, title_right_after) && !a_persons_side(word.name)) {  // not 다우니 페이스북
            const std::size_t given = hyphenated_first_word(tokens, text, i - 1, dictionary);
            found.push_back(
                {EntityKind::kPerson, source_of(text, tokens, given, i, word.name), "", given, i + 1 - given});
        }
    }
}

}  // namespace
bool counts_as_person(Standing standing, std::size_t clear_passages, std::size_t passages)
{
    // A person is named clearly now and then (a title, a full name). A word in many passages that rarely or never
    // is one is the dictionary's other sense of it: 무슬림, 클래스, 라이온즈; 이유로 (이유 + 로), which a title
    // follows once in 800 passages.
    constexpr std::size_t kFewPassages = 10;
    switch (standing) {
        case Standing::kNamed:
            return true;
        case Standing::kProvisional:
            return passages < kFewPassages || clear_passages * 5 >= passages;
        case Standing::kPending:
            return clear_passages > 0 && clear_passages * 10 >= passages;
        case Standing::kDenied:
            return false;
    }
    return false;
}

std::vector<NameCandidate> find_dictionary_persons(const std::vector<Token>& tokens, std::string_view text,
                                                   WordSenseLookup& dictionary)
{
    const std::vector<Cue> cues = cues_of(tokens, text, dictionary);
    std::vector<NameCandidate> found;
    std::vector<NameCandidate> list_only;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!pattern_name_at(tokens, text, cues, i, dictionary, found)) {
            dictionary_name_at(tokens, text, cues, i, dictionary, found, list_only);
        }
    }
    name_the_rest_of_lists(tokens, text, found, list_only);
    return found;
}

}  // namespace ks::entities
