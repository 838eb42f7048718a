#include "ks/entities/person_names.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <unordered_set>

#include "ks/analysis/hangul.h"
#include "ks/entities/name_shape.h"
#include "ks/text/utf8.h"
#include "token_words.h"

namespace ks::entities {

namespace {

using analysis::Token;

// One-syllable given names are many ordinary words too (전, 로), so only the common English ones count: 칼 라거펠트.
constexpr std::u32string_view kOneSyllableGivenNames = U"딕칼톰빌존잭짐폴밥팀벤샘앤롭맷닉켄론릭댄킴";

// Titles and roles written after a person's name, as stems: 윤석열 대통령, 류현진 선수, 이맹영 경사.
constexpr std::array<std::string_view, 129> kTitlesAfter = {
    "대통령",     "부통령", "총리",     "국무총리", "장관",     "차관",       "의원",     "국회의원",   "위원장",
    "위원",       "의장",   "국회의장", "원내대표", "대표",     "대표이사",   "대변인",   "후보",       "대선후보",
    "시장",       "지사",   "도지사",   "구청장",   "군수",     "청장",       "총장",     "원장",       "이사장",
    "회장",       "부회장", "명예회장", "사장",     "부사장",   "전무",       "상무",     "이사",       "본부장",
    "부장",       "팀장",   "실장",     "국장",     "과장",     "총재",       "감독",     "코치",       "선수",
    "수석",       "단장",   "교수",     "박사",     "연구원",   "기자",       "특파원",   "앵커",       "작가",
    "시인",       "배우",   "가수",     "변호사",   "검사",     "판사",       "부장판사", "검사장",     "검찰총장",
    "관장",       "경사",   "경위",     "경감",     "경정",     "총경",       "순경",     "병장",       "상병",
    "일병",       "하사",   "중사",     "상사",     "원사",     "중위",       "대위",     "소령",       "중령",
    "대령",       "군",     "양",       "옹",       "여사",     "주석",       "국왕",     "여왕",       "왕자",
    "공주",       "장군",   "대사",     "목사",     "스님",     "ceo",        "창업자",   "최고경영자", "비서관",
    "부위원장",   "교황",   "부총리",   "국가주석", "아나운서", "구단주",     "연구위원", "셰프",       "총독",
    "추기경",     "신부",   "사무총장", "교육감",   "대법원장", "애널리스트", "디자이너", "보좌관",     "당선인",
    "당선자",     "내정자", "후보자",   "지휘자",   "소장",     "사령관",     "참모총장", "최고위원",   "사무처장",
    "정책위의장", "멤버"};

// High offices, which follow people's names only (a field or a company stands before 기자, 교수, 대표).
constexpr std::array<std::string_view, 23> kOffices = {
    "대통령", "총리",     "부통령",   "국무총리", "장관",     "국왕",     "여왕",    "주석",
    "총재",   "국무장관", "관방장관", "상원의원", "하원의원", "부총리",   "교황",    "국가주석",
    "총독",   "추기경",   "국방장관", "외무장관", "외교장관", "재무장관", "법무장관"};

// Titles that end a longer word naming an office: 평택시장, 진주의료원장, 제1위원장, 서울시장.
constexpr std::array<std::string_view, 14> kTitleEndings = {"시장",   "원장", "의장", "판사", "총장", "장관", "대사",
                                                            "위원장", "후보", "회장", "사장", "감독", "총리", "지사"};

// Roles written before a name: 배우 송중기, 미국 대통령 오바마 (the role word right before the name).
constexpr std::array<std::string_view, 46> kRolesBefore = {
    "배우",     "가수",   "감독",     "선수",     "작가",       "기자",     "대통령", "총리",     "회장",
    "대표",     "멤버",   "코미디언", "개그맨",   "방송인",     "아나운서", "주인공", "사장",     "교수",
    "의원",     "장관",   "위원장",   "래퍼",     "애널리스트", "수비수",   "공격수", "미드필더", "골키퍼",
    "투수",     "타자",   "특파원",   "앵커",     "셰프",       "디자이너", "소설가", "화가",     "작곡가",
    "프로듀서", "우승자", "걸그룹",   "보이그룹", "그룹",       "밴드",     "듀오",   "여가수",   "여배우"};

// Whether the word goes on after the name with a particle of a noun (오바마는, 탕웨이의, 히틀러에게), not with the
// ending of a verb the dictionary also lists as a name (않는다는).
bool a_particle_follows(std::string_view word, std::string_view name)
{
    static constexpr std::u32string_view kParticleStarts = U"은는이가을를의에와과도만로으께한부까처보나랑들";
    const std::u32string tail = text::to_u32(word.substr(name.size()));
    return !tail.empty() && kParticleStarts.find(tail.front()) != std::u32string_view::npos &&
           !tail.starts_with(U"는다") && !tail.starts_with(U"이다");
}

// Where a parenthesis opening at `at` closes (its ')'), or npos when none opens there or it runs longer than an
// aside after a name does: Hanja, a party and a state, an age and a job.
std::size_t aside_close(std::string_view text, std::size_t at)
{
    constexpr std::size_t kLongestAside = 60;  // bytes
    if (at >= text.size() || text[at] != '(') {
        return std::string_view::npos;
    }
    const std::size_t close = text.find(')', at);
    return close != std::string_view::npos && close - at <= kLongestAside ? close : std::string_view::npos;
}

// 아자르(첼시)가, 김해진(58.48점)을: a particle after a parenthesis right after the word, as written after a name
// (not after a closing quote: '파나마 페이퍼스'에 names a work as often as '한나 아렌트'가 a person).
bool particle_after_aside(std::string_view text, std::size_t end)
{
    const std::size_t close = aside_close(text, end);
    if (close == std::string_view::npos) {
        return false;
    }
    const std::size_t at = close + 1;
    // The particle as a word of its own: 가, 에게, 의 (not 가수, 이다).
    std::size_t word_end = text.find_first_of(" ,.\n", at);
    word_end = word_end == std::string_view::npos ? text.size() : word_end;
    return a_particle_word(text.substr(at, word_end - at));
}

// The name part of a word and what the dictionary lists it as, with the cue a title glued to it gives.
//
// A title written without a space comes off (김창완씨, 왕정감독, 곽지민님). A word of three syllables that the
// dictionary lists whole is whole though our stem drops its last syllable as a particle (김정은, 이현도 씨);
// else the name is the stem (송중기는 → 송중기). Where that stem is a common word and no title follows, the whole
// word is doubtful: 이유로 is 이유 + 로, 이병도 이병 + 도, though the dictionary lists both as names, as it lists
// 문재인 (문재 + 인). Empty when the word holds no Hangul name of two to five syllables, or ends as a verb does.
struct NameWord {
    std::string name;
    WordSenses senses;
    bool read_as_name = false;  ///< MeCab reads the name alone as one person's name
    bool doubtful = false;      ///< the word also reads as a common word with a particle or ending
    bool common_head = false;   ///< not listed, and a native common word begins it: 아니라 (아니 + 라), 재판기
    bool glued_title = false;   ///< a title was written onto it: 김창완씨
};

// 김창완씨 → 김창완, 왕정감독 → 왕정: the stem without a title glued to it, or empty.
std::string without_glued_title(const std::string& stem)
{
    for (std::string_view title : {"씨", "님", "감독님", "감독", "선생님", "선수"}) {
        if (stem.size() >= title.size() + 6 && stem.ends_with(title)) {  // 6 bytes: two syllables left at least
            return stem.substr(0, stem.size() - title.size());
        }
    }
    return {};
}

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
    const WordInfo& whole = dictionary.look_up(token.surface);
    return whole.senses.only_person() && whole.first_is_person && whole.first_bytes == token.surface.size();
}

// Whether a word the dictionary lacks begins with a native common word of two syllables or more: a compound
// (재판기, 정례브리핑), not a foreign name (트리에르바일레, 알무알렘). With `also_a_name`, a head the dictionary
// lists as a name too counts (아니라: 아니, also a name).
bool begins_with_a_common_word(std::string_view word, WordSenseLookup& dictionary, bool also_a_name = false)
{
    const std::size_t first = dictionary.look_up(word).first_bytes;
    if (first < 2 * kHangulSyllableBytes || first > word.size()) {
        return false;
    }
    const std::string_view head = word.substr(0, first);
    const WordSenses senses = dictionary.senses(head);
    const bool common =
        also_a_name ? (senses.bits & ~WordSenses::kPerson) == WordSenses::kCommon : senses.bits == WordSenses::kCommon;
    return common && !loanword_shaped(text::to_u32(head));
}

// 수영선수, 축구선수: a player of a sport the dictionary lists as a common word, not a name with 선수 written onto it.
bool a_sport_and_its_player(std::string_view word, std::string_view bare, WordSenseLookup& dictionary)
{
    return word.ends_with("선수") && (dictionary.senses(bare).bits & WordSenses::kCommon) != 0;
}

NameWord name_word(const Token& token, WordSenseLookup& dictionary, bool title_follows, bool glued_to_before)
{
    NameWord word;
    word.name = token.stem;
    if (std::string bare = without_glued_title(token.stem); !bare.empty() && !dictionary.senses(token.stem).listed() &&
                                                            !a_sport_and_its_player(token.stem, bare, dictionary)) {
        word.name = std::move(bare);  // 김창완씨; not 하느님, a word of its own
        word.glued_title = true;
    }
    if (!word.glued_title && !glued_to_before && word.name.size() == kHangulSyllableBytes &&
        read_whole_as_a_name(token, dictionary)) {
        word.name = token.surface;  // 김해진, which our stem reads as 김 + 해진; not 70%이지만
    }
    if (word.name.size() < 2 * kHangulSyllableBytes || word.name.size() > 5 * kHangulSyllableBytes ||
        !hangul_only(word.name)) {
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
        if (dictionary.senses(token.surface).listed()) {
            word.name = token.surface;
            // No particle stands before a title; elsewhere the stem may be a common word with one: 이유 + 로.
            word.doubtful = !title_follows && (dictionary.senses(token.stem).bits & WordSenses::kCommon) != 0;
        }
    }
    const WordInfo& info = dictionary.look_up(word.name);
    word.read_as_name = info.first_is_person && info.first_bytes == word.name.size();
    word.senses = info.senses;
    word.common_head = !info.senses.listed() && begins_with_a_common_word(word.name, dictionary, true);
    return word;
}

// The longest form longer than the stem that the dictionary lists whole, which is the word whatever our stem
// says: 우크라이나 (not 우크라이 + 나), 노부나가의 → 노부나가 (not 노부나 + 가의). Asked only of a word about to
// count as a person: most words never need these look-ups.
bool take_longer_listed_form(NameWord& word, const Token& token, WordSenseLookup& dictionary, bool title_follows)
{
    if (word.name != token.stem || token.surface.size() <= token.stem.size() ||
        token.surface.size() > 6 * kHangulSyllableBytes || !hangul_only(token.surface)) {
        return false;
    }
    for (std::size_t length = token.surface.size(); length > token.stem.size(); length -= kHangulSyllableBytes) {
        const std::string_view longer = std::string_view(token.surface).substr(0, length);
        if (const WordInfo& whole = dictionary.look_up(longer); whole.senses.listed()) {
            word.doubtful = !title_follows && (word.senses.bits & WordSenses::kCommon) != 0;
            word.name = std::string(longer);
            word.senses = whole.senses;
            word.read_as_name = whole.first_is_person && whole.first_bytes == longer.size();
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

// Words that name sports teams, some of which the dictionary lists as names (베어스, 라이온즈, 이글스).
bool a_team_word(std::string_view word)
{
    static const std::unordered_set<std::string_view> kTeamWords = {
        "타이거스",   "타이거즈", "드래건스", "드래곤스", "드래곤즈", "이글스",   "트윈스",
        "자이언츠",   "라이온즈", "베어스",   "와이번스", "히어로즈", "다이노스", "위즈",
        "유나이티드", "스틸러스", "호크스",   "파이터스", "스왈로스", "마린스",   "버펄로스",
        "버펄로즈",   "카디널스", "양키스",   "다저스",   "레이커스", "블루윙즈", "워리어스"};
    return kTeamWords.contains(word);
}

// A team word, also where our stem cuts it: 파이터스 (파이터 + 스) 감독, 파이터스의, 드래곤스 전에서.
bool written_as_a_team_word(const Token& token)
{
    const std::string_view surface = token.surface;
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

constexpr std::array<std::string_view, 5> kOtherNameMarks = {"(본명 ", "(본명:", "(한국명 ", "(예명 ", "(실명 "};

// 김모(33), 사라(33·회사원): an age in parentheses right after the word.
bool age_follows(std::string_view text, const Token& token)
{
    if (token.end >= text.size() || text[token.end] != '(') {
        return false;
    }
    std::size_t at = token.end + 1;
    std::size_t digits = 0;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
        ++at;
        ++digits;
    }
    // (33), (48·중국국적), (33, 회사원); not (2일), (31원), (2-3)
    const std::string_view rest = at < text.size() ? text.substr(at) : std::string_view();
    return digits >= 1 && digits <= 3 && (rest.starts_with(")") || rest.starts_with("·") || rest.starts_with(","));
}

// 최자(본명 최재호), 캔디 고(한국명 고희경): a person's other name in parentheses right after the word.
bool real_name_follows(std::string_view text, const Token& token)
{
    const std::string_view after = text.substr(token.end);
    return std::any_of(kOtherNameMarks.begin(), kOtherNameMarks.end(),
                       [after](std::string_view mark) { return after.starts_with(mark); });
}

// How clearly the words around a name mark it as a person's.
enum class Cue {
    kNone,
    kTitle,   ///< a title or role beside it: 류현진 선수, 배우 송중기, 정의화 국회의장
    kOffice,  ///< a high office after it, held by people only: 메르켈 총리, 케리 장관 (not 스포츠 기자)
    kStrong,  ///< 씨 after it or an age in parentheses, which follow nothing but people: 가인 씨, 김모(33)
    kRoleBefore,  ///< a role right before it: 배우 송중기, 가수 거미의, 래퍼 치타는
    kKin,         ///< a family word before it and 씨, 양 or 군 after: 딸 리단 양, 장남 재국씨
};

// The lists above as sets: every word of a text is checked against them.
bool a_title(std::string_view word)
{
    static const std::unordered_set<std::string_view> kSet(kTitlesAfter.begin(), kTitlesAfter.end());
    return kSet.contains(word);
}

bool a_role(std::string_view word)
{
    static const std::unordered_set<std::string_view> kSet(kRolesBefore.begin(), kRolesBefore.end());
    return kSet.contains(word);
}

bool an_office(std::string_view word)
{
    static const std::unordered_set<std::string_view> kSet(kOffices.begin(), kOffices.end());
    return kSet.contains(word);
}

bool is_title(std::string_view stem)
{
    static const std::unordered_set<std::string_view> kEndings(kTitleEndings.begin(), kTitleEndings.end());
    if (a_title(stem)) {
        return true;
    }
    for (const std::size_t length : {2 * kHangulSyllableBytes, 3 * kHangulSyllableBytes}) {  // endings' lengths
        if (stem.size() > length && kEndings.contains(stem.substr(stem.size() - length))) {
            return true;
        }
    }
    return false;
}

// 아베 신조(安倍晋三): a name's Chinese characters in parentheses right after it.
bool hanja_follows(std::string_view text, const Token& token)
{
    if (token.end + 1 >= text.size() || text[token.end] != '(') {
        return false;
    }
    const std::u32string next = text::to_u32(text.substr(token.end + 1, 4));  // one CJK ideograph: 3 bytes
    return !next.empty() && next.front() >= U'\u4E00' && next.front() <= U'\u9FFF';
}

// A country or a city, and no common word: 독일, 일본; not 대학.
bool a_place_only(WordSenses senses)
{
    return (senses.bits & WordSenses::kPlace) != 0 && (senses.bits & WordSenses::kCommon) == 0;
}

// A country, a city or a body written between a name and its title: 독일, NSA, QPR (not 대학, 스포츠).
bool a_place_or_body(const Token& word, WordSenseLookup& dictionary)
{
    const std::string_view stem = word.stem;
    if (stem.size() >= 2 && stem.size() <= 6 && std::all_of(stem.begin(), stem.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        })) {
        return true;  // an acronym, which our stems write in lower case
    }
    return hangul_only(stem) && a_place_only(dictionary.senses(stem));
}

// The cue of the word at `at` as a title after a name: 씨, an office, another title.
Cue title_cue(const Token& token)
{
    if (token.surface.starts_with("씨")) {
        return Cue::kStrong;
    }
    if (an_office(token.stem)) {
        return Cue::kOffice;
    }
    return is_title(token.stem) ? Cue::kTitle : Cue::kNone;
}

// The word that follows token `i` as a title would: the next word after spaces, or the first past a parenthesis
// right after the token (후진타오(胡錦濤) 주석, 조 맨신(민주·웨스트버지니아) 상원의원). tokens.size() when none.
std::size_t word_after(const std::vector<Token>& tokens, std::string_view text, std::size_t i)
{
    const Token& token = tokens[i];
    std::size_t after = i + 1;
    std::size_t gap_begin = token.end;
    if (token.end < text.size() && text[token.end] == '(') {
        const std::size_t close = aside_close(text, token.end);
        if (close == std::string_view::npos) {
            return tokens.size();
        }
        while (after < tokens.size() && tokens[after].begin < close) {
            ++after;
        }
        gap_begin = close + 1;
    }
    if (after >= tokens.size() || tokens[after].begin <= gap_begin ||
        text.substr(gap_begin, tokens[after].begin - gap_begin).find_first_not_of(' ') != std::string_view::npos) {
        return tokens.size();
    }
    return after;
}

// 로빈 데이아나(프랑스), 스타니우타(벨라루스·17.400점): a country in parentheses right after the word, as news gives
// a foreign player's or laureate's nationality.
bool nationality_follows(std::string_view text, const Token& token, WordSenseLookup& dictionary)
{
    const std::size_t close = aside_close(text, token.end);
    if (close == std::string_view::npos) {
        return false;
    }
    const std::string_view inside = text.substr(token.end + 1, close - token.end - 1);
    const std::string_view country = inside.substr(0, std::min(inside.find("·"), inside.find(',')));
    return hangul_only(country) && text::count_code_points(country) >= 2 &&
           (dictionary.senses(country).bits & WordSenses::kPlace) != 0;
}

// 딸 리단 양, 장남 재국씨, 부인 이혜림 씨: a word between a family word and the title a child or a spouse is given.
bool named_as_kin(const std::vector<Token>& tokens, std::string_view text, std::size_t i)
{
    static const std::unordered_set<std::string_view> kKinWords = {
        "딸",   "아들", "장남", "장녀",   "차남", "차녀", "삼남",   "막내", "막내딸", "외동딸", "손녀", "손자",
        "아내", "부인", "남편", "여동생", "동생", "조카", "남동생", "형",   "누나",   "언니",   "오빠"};
    if (i == 0 || tokens[i - 1].stem != tokens[i - 1].surface || !only_spaces_between(text, tokens[i - 1], tokens[i]) ||
        !kKinWords.contains(tokens[i - 1].stem)) {
        return false;
    }
    const Token& token = tokens[i];
    if (token.stem.ends_with("씨") && token.stem.size() >= 3 * kHangulSyllableBytes) {
        return true;  // 재국씨
    }
    if (i + 1 >= tokens.size() || !only_spaces_between(text, token, tokens[i + 1]) || !hangul_only(token.surface)) {
        return false;  // 사랑 양: the word whole, though our stem reads 사 + 랑
    }
    const std::string_view title = tokens[i + 1].stem;
    return tokens[i + 1].surface.starts_with("씨") || title == "양" || title == "군";
}

// 주기황(안내상)에게: a character of Korean shape the dictionary lacks, followed by the actor who plays it in
// parentheses: a Korean name the dictionary lists as nothing else. (Encyclopedias gloss words in parentheses
// with other words and names: 츳코미(미무라), 사쿠라(벚꽃).)
bool actor_follows(std::string_view text, const Token& token, WordSenseLookup& dictionary)
{
    const std::size_t close = aside_close(text, token.end);
    if (close == std::string_view::npos || token.stem != token.surface ||
        !shaped_like_a_korean_name(text::to_u32(token.stem)) || dictionary.senses(token.stem).listed()) {
        return false;
    }
    const std::string_view inside = text.substr(token.end + 1, close - token.end - 1);
    const std::u32string letters = text::to_u32(inside);
    return hangul_only(inside) && letters.size() == 3 && shaped_like_a_korean_name(letters) &&
           dictionary.senses(inside).only_person();
}

// 김모, 최모, 허씨: a surname standing for someone the article does not name.
bool anonymized(std::u32string_view name) { return name.size() == 2 && (name.back() == U'모' || name.back() == U'씨'); }

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

Cue cue_around(const std::vector<Token>& tokens, std::string_view text, std::size_t i, WordSenseLookup& dictionary)
{
    const Token& token = tokens[i];
    if (named_as_kin(tokens, text, i)) {
        return Cue::kKin;
    }
    if (age_follows(text, token) || real_name_follows(text, token) || actor_follows(text, token, dictionary)) {
        return Cue::kStrong;
    }
    // 이명박 전 대통령: a title after "former"; 메르켈 독일 총리, 키스 알렉산더 NSA 국장: after the country or
    // the body.
    std::size_t next = word_after(tokens, text, i);
    if (next + 1 < tokens.size() && only_spaces_between(text, tokens[next], tokens[next + 1]) &&
        (tokens[next].surface == "전" ||
         (tokens[next].stem == tokens[next].surface && title_cue(tokens[next + 1]) != Cue::kNone &&
          a_place_or_body(tokens[next], dictionary)))) {
        ++next;
    }
    if (next < tokens.size()) {
        if (const Cue cue = title_cue(tokens[next]); cue != Cue::kNone) {
            return cue;
        }
    }
    if (hanja_follows(text, token) || nationality_follows(text, token, dictionary)) {
        return Cue::kTitle;
    }
    if (i > 0 && only_spaces_between(text, tokens[i - 1], token) && tokens[i - 1].stem == tokens[i - 1].surface &&
        a_role(tokens[i - 1].stem)) {
        return Cue::kRoleBefore;
    }
    return Cue::kNone;
}

// A given name as foreign names begin: listed as a name and nothing else; or among other senses, sounding foreign
// and read as a name alone (크리스 브라운; not 스타일 벨리댄스); or one of the common English ones of one syllable
// (칼 라거펠트; 전 and 로 are ordinary words). Not 현장, 노선.
bool a_foreign_given_name(std::string_view word, WordSenseLookup& dictionary)
{
    const std::u32string letters = text::to_u32(word);
    const WordInfo& info = dictionary.look_up(word);
    if (info.senses.only_person()) {
        return true;
    }
    if (letters.size() == 1) {
        return info.senses.person() && kOneSyllableGivenNames.find(letters.front()) != std::u32string_view::npos;
    }
    if (!info.senses.person() || (info.senses.bits & WordSenses::kPlace) != 0) {
        return false;
    }
    return loanword_shaped(letters) && info.first_is_person && info.first_bytes == word.size();
}

// The words before a foreign surname that belong to the same name (힐러리 클린턴, 리암 니슨, 존 메이어): bare
// words the dictionary lists as names and as no place. Korean names are written without spaces, so nothing
// joins a name of their shape (김철수), nor is one joined.
bool korean_full_name(std::u32string_view word)
{
    return (word.size() == 3 || word.size() == 4) && shaped_like_a_personal_name(word) && !loanword_shaped(word);
}

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
    return first;
}

std::string source_of(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                      const std::string& last_name)
{
    if (first == last) {
        return last_name;
    }
    return std::string(text.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin)) + " " + last_name;
}

// A name's shape where a cue already points to a person: a loanword's sounds or a Korean surname, rarer ones too.
bool shaped_like_any_name(std::u32string_view letters)
{
    return shaped_like_a_personal_name(letters) || shaped_like_a_korean_name_of_any_surname(letters);
}

std::optional<Standing> named_if(bool person) { return person ? std::optional(Standing::kNamed) : std::nullopt; }

// 가수 거미의, 래퍼 치타는, 배우 주원이: after a performer's role, a word the dictionary lists as a name among other
// senses, with a particle, is a stage name; not what follows a role as often (배우 연기가, 가수 활동을: the
// dictionary lists 활동 and 데뷔 as no name, but 연기 and 사진 as one).
bool stage_name_after_role(const std::vector<Token>& tokens, std::size_t i, const NameWord& word, bool with_particle)
{
    static const std::unordered_set<std::string_view> kPerformers = {
        "가수",   "여가수", "래퍼",   "배우",     "여배우", "개그맨", "개그우먼", "코미디언",
        "방송인", "멤버",   "걸그룹", "보이그룹", "그룹",   "듀오",   "밴드",     "아이돌"};
    static const std::unordered_set<std::string_view> kNotNames = {"연기", "사진", "최고", "인생",
                                                                   "시절", "노래", "무대"};
    const std::u32string letters = text::to_u32(word.name);
    return i > 0 && kPerformers.contains(tokens[i - 1].stem) && word.senses.person() && with_particle &&
           letters.size() <= 3 && !kNotNames.contains(word.name) && !names_an_institution(letters);
}

// Whether a name word is a person's name, and how firmly the text marks it, from what the dictionary lists it as, its
// shape, and the context: `cue` around it, `in_full` (given names before it: 리암 니슨).
std::optional<Standing> judge(const NameWord& word, Cue cue, bool in_full, bool with_particle,
                              bool stage_name_after_role)
{
    const std::u32string letters = text::to_u32(word.name);
    // A common surname and a given name with no loanword sound (박근혜; not 풀리지, 시니어).
    const bool korean_shape = letters.size() == 3 && shaped_like_a_korean_name(letters);
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
            if (only_a_name) {
                return Standing::kNamed;  // 압둘라 국왕, 후진타오(胡錦濤) 주석
            }
            if ((word.senses.bits & WordSenses::kPlace) != 0 && !korean_shape) {
                return std::nullopt;  // a country before its leader's title: 프랑스 대통령, 터키 총리
            }
            if (cue == Cue::kOffice && letters.size() >= 3 && loanword_shaped(letters) &&
                !names_an_institution(letters)) {
                return Standing::kNamed;  // listed as a common word, as some leaders are: 메르켈 총리, 트럼프 대통령
            }
            if (word.senses.person()) {
                // A common word before a title is rarely a name (우리 군, 스포츠 기자), unless shaped like one
                // (정우성), or the title is a high office (메르켈 총리, 고건 전 총리). Nor is a longer word with
                // neither a surname nor a foreign sound, which the dictionary also lists as a name (야구부 감독).
                if (letters.size() >= 3 && !shaped_like_a_personal_name(letters)) {
                    return std::nullopt;
                }
                // A word MeCab reads otherwise alone is a verb or a noun here: 지지를 받아 부통령.
                return named_if((word.senses.bits & WordSenses::kCommon) == 0 ||
                                ((korean_shape || cue == Cue::kOffice) && word.read_as_name));
            }
            // A word the dictionary lacks, of three syllables or more: not 지역구 국회의원, 받아 박사.
            // A rarer surname begins many words (아니라 멤버: 아니 + 라); a common one, or foreign sounds, less so.
            return named_if(!word.senses.listed() && letters.size() >= 3 && shaped_like_any_name(letters) &&
                            (!word.common_head || shaped_like_a_korean_name(letters) || loanword_shaped(letters)));
    }
    return std::nullopt;
}

// 딕 코스톨로, 칼 라거펠트, 크리스 쿤: a foreign given name the dictionary lists, before a surname it may not.
bool given_name_before(const std::vector<Token>& tokens, std::string_view text, std::size_t i,
                       WordSenseLookup& dictionary)
{
    const Token& given = tokens[i - 1];
    if (!only_spaces_between(text, given, tokens[i]) || given.stem != given.surface || !hangul_only(given.stem)) {
        return false;
    }
    const std::u32string letters = text::to_u32(given.stem);
    if (letters.size() > 5 || korean_full_name(letters) || is_title(given.stem) || a_role(given.stem)) {
        return false;
    }
    return a_foreign_given_name(given.stem, dictionary);
}

// A surname after a foreign given name: listed as a name and no common word (휴스턴, also a city), or not as a name
// but sounding foreign (코스톨로; 라거펠트, a proper noun); no title (공보장관) and not shaped like a Korean name.
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

// 씨스타, 슈퍼주니어, 베스티: a comma or a middle dot right after the word, which lists it among others.
bool in_a_list(std::string_view text, const Token& token)
{
    const std::string_view after = text.substr(token.end);
    return after.starts_with(",") || after.starts_with("·");
}

// 애런 허랭, 크리스 카푸아노: a comma, a middle dot or a parenthesis right after the word.
bool punctuation_follows(std::string_view text, const Token& token)
{
    return in_a_list(text, token) || text.substr(token.end).starts_with("(");
}

// A word as a part of a foreign name, with whether a particle or a title written onto it ended it:
// 트리에르바일레와 → 트리에르바일레, 토드씨 → 토드, 에두아르도 → 에두아르도 (listed whole and read as a name; not
// 에두아르 + 도; but 하는 is 하 + 는). Empty when no name part can be told from the word.
std::pair<std::string, bool> name_part_of(const Token& token, WordSenseLookup& dictionary)
{
    if (std::string bare = without_glued_title(token.stem); !bare.empty() && !dictionary.senses(token.stem).listed()) {
        return {std::move(bare), true};
    }
    const WordInfo& whole = dictionary.look_up(token.surface);
    if (token.stem == token.surface || (whole.first_is_person && whole.first_bytes == token.surface.size())) {
        return {token.surface, false};
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
    if (letters.size() == 1 && title_after && hangul_only(word)) {
        return dictionary.senses(word).only_person();  // 크리스 쿤 상원의원
    }
    if (letters.size() < 2 || letters.size() > 7 || !hangul_only(word) || korean_full_name(letters) ||
        names_an_institution(letters) || is_title(word) || a_role(word) || letters.back() == U'들') {
        return false;
    }
    const WordInfo& info = dictionary.look_up(word);
    if (info.senses.listed()) {
        const bool read_as_name = info.first_is_person && info.first_bytes == word.size();
        return info.senses.person() && (info.senses.bits & WordSenses::kPlace) == 0 &&
               (read_as_name || title_after ||
                (particle_after && (loanword_shaped(letters) || info.senses.only_person())));
    }
    return (title_after || loanword_shaped(letters)) && !begins_with_a_common_word(word, dictionary);
}

// 왈리드 알무알렘 시리아 외무장관, 슈테판 키슬링이, 발레리 트리에르바일레와: a foreign given name the dictionary
// lists and MeCab reads as one (and no brand), then one or two words of the same name it may not list, ending where
// names end (a particle, a title, a comma or a parenthesis). The given name alone is read by find_dictionary_persons.
std::optional<NameCandidate> foreign_full_name_at(const std::vector<Token>& tokens, std::string_view text,
                                                  const std::vector<Cue>& cues, std::size_t given,
                                                  WordSenseLookup& dictionary)
{
    const auto [given_name, given_particle] = name_part_of(tokens[given], dictionary);
    if (given_name.empty() || given_particle || !hangul_only(given_name) || text::count_code_points(given_name) > 5 ||
        korean_full_name(text::to_u32(given_name)) || !a_foreign_given_name(given_name, dictionary) ||
        !dictionary.look_up(given_name).first_is_person ||
        (dictionary.senses(given_name).bits & WordSenses::kOtherProper) != 0) {
        return std::nullopt;  // not a brand the dictionary also lists as a name: 맥도날드 카운터에서
    }
    if (given > 0 && only_spaces_between(text, tokens[given - 1], tokens[given]) &&
        a_foreign_given_name(tokens[given - 1].stem, dictionary)) {
        return std::nullopt;  // 프랑수아 올랑드 프랑스 대통령: a name's second word, read from its first
    }
    std::string name = given_name;
    for (std::size_t j = given + 1; j < tokens.size() && j <= given + 2; ++j) {
        if (!only_spaces_between(text, tokens[j - 1], tokens[j])) {
            break;
        }
        // A title may follow a company or a body the dictionary lacks (부이 응옥 바오 페트로리멕스 회장): after
        // three words, only a particle or a mark ends a name.
        const bool title = cues[j] != Cue::kNone && cues[j] != Cue::kRoleBefore && j == given + 1;
        const auto [part, particle] = name_part_of(tokens[j], dictionary);
        if (part.empty() || !a_foreign_name_part(part, title, particle, dictionary)) {
            break;
        }
        name += " " + part;
        if (particle || title || punctuation_follows(text, tokens[j]) || particle_after_aside(text, tokens[j].end)) {
            return NameCandidate{EntityKind::kPerson, name, "", given, j + 1 - given, Standing::kNamed};
        }
    }
    return std::nullopt;
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

// 레제프 타이이프 에르도안 터키 총리, 앤더리어스 크리그 영국 킹스 칼리지 교수, 키스 알렉산더 NSA 국장: a foreign
// name of two to four words, then where the person works, opened by a country or an acronym within the three
// words before the title at `title`. The first opener with such a name before it wins.
std::optional<NameCandidate> foreign_name_before_affiliation(const std::vector<Token>& tokens, std::string_view text,
                                                             std::size_t title, WordSenseLookup& dictionary)
{
    if (title_cue(tokens[title]) == Cue::kNone || tokens[title].surface.starts_with("씨")) {
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
    const std::u32string letters = text::to_u32(name);
    if (!a_role_played(tokens, text, i) || letters.size() < 2 || letters.size() > 5 || !hangul_only(name) ||
        is_title(name) || a_role(name) || anonymized(letters)) {
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

// A bare word of two or three syllables with a common Korean surname, listed as a name: 고건, 이수성.
bool korean_name_in_a_row(const Token& token, WordSenseLookup& dictionary)
{
    const std::u32string letters = text::to_u32(token.stem);
    return token.stem == token.surface && (letters.size() == 2 || letters.size() == 3) && hangul_only(token.stem) &&
           a_common_korean_surname(letters.front()) && !loanword_shaped(letters) &&
           dictionary.senses(token.stem).person();
}

// A name of Korean shape, as a list of people holds one: 명승권, 정준 (two syllables, a common surname first).
bool korean_shaped_for_a_list(std::u32string_view letters)
{
    return shaped_like_a_korean_name_of_any_surname(letters) ||
           (letters.size() == 2 && a_common_korean_surname(letters.front()) && !loanword_shaped(letters));
}

// The cue of every word. A title after a list holds for the whole list: 예은, 유빈, 혜림, 선미 씨; 정운찬 고건
// 이수성 전 국무총리.
std::vector<Cue> cues_of(const std::vector<Token>& tokens, std::string_view text, WordSenseLookup& dictionary)
{
    std::vector<Cue> cues;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        cues.push_back(cue_around(tokens, text, i, dictionary));
    }
    for (std::size_t i = tokens.size(); i-- > 1;) {
        const std::string_view between = text.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end);
        const bool listed = between == ", " || between == "," || between == "·";
        // The word before the comma whole, though our stem may read a particle into it: 이승만 (이승 + 만).
        if (listed && cues[i - 1] == Cue::kNone && hangul_only(tokens[i - 1].surface)) {
            cues[i - 1] = cues[i];
        }
        // Korean names written one after another with spaces before one title: 정운찬 고건 이수성 전 국무총리.
        if (between == " " && cues[i - 1] == Cue::kNone && cues[i] != Cue::kNone && cues[i] != Cue::kRoleBefore &&
            korean_name_in_a_row(tokens[i - 1], dictionary) && korean_name_in_a_row(tokens[i], dictionary)) {
            cues[i - 1] = cues[i];
        }
    }
    return cues;
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
        if (auto full_name = foreign_full_name_at(tokens, text, cues, i, dictionary)) {
            found.push_back(std::move(*full_name));
        }
        if (auto affiliated = foreign_name_before_affiliation(tokens, text, i, dictionary)) {
            found.push_back(std::move(*affiliated));
        }
        if (auto group = group_before_members(tokens, text, i, dictionary)) {
            found.push_back(std::move(*group));
            continue;
        }
        if (auto character = character_played(tokens, text, i, dictionary)) {
            found.push_back(std::move(*character));
            continue;
        }
        if (auto kin = named_as_kin_at(tokens, i, cues[i])) {
            found.push_back(std::move(*kin));
            continue;
        }
        const bool title_follows = cues[i] != Cue::kNone;
        const bool glued_to_before = written_onto_what_precedes(text, tokens[i]);
        NameWord word = name_word(tokens[i], dictionary, title_follows, glued_to_before);
        if (word.name.empty()) {
            continue;
        }
        if (part_of_a_team_name(tokens, text, i)) {
            found.push_back({EntityKind::kPerson, word.name, "", i, 1, Standing::kDenied, true});
            continue;
        }
        if (one_latin_word_follows(text, tokens[i]) || (i > 0 && a_kind_of_thing_before(tokens, text, i)) ||
            a_realm_or_house_after(tokens, text, i)) {
            found.push_back({EntityKind::kPerson, word.name, "", i, 1, Standing::kDenied});
            continue;
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
            const bool title_right_after = i + 1 < tokens.size() &&
                                           only_spaces_between(text, tokens[i], tokens[i + 1]) &&
                                           title_cue(tokens[i + 1]) != Cue::kNone;
            if (foreign_surname(word, title_right_after)) {
                found.push_back({EntityKind::kPerson, source_of(text, tokens, i - 1, i, word.name), "", i - 1, 2});
            }
        }
    }
    name_the_rest_of_lists(tokens, text, found, list_only);
    return found;
}

}  // namespace ks::entities
