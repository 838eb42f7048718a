#include "person_words.h"

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

using analysis::Token;

namespace {

// Titles and roles written after a person's name, as stems: 윤석열 대통령, 류현진 선수, 이맹영 경사.
constexpr std::array<std::string_view, 131> kTitlesAfter = {
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
    "정책위의장", "멤버",   "할아버지", "할머니"};

// High offices, which follow people's names only (a field or a company stands before 기자, 교수, 대표).
constexpr std::array<std::string_view, 23> kOffices = {
    "대통령", "총리",     "부통령",   "국무총리", "장관",     "국왕",     "여왕",    "주석",
    "총재",   "국무장관", "관방장관", "상원의원", "하원의원", "부총리",   "교황",    "국가주석",
    "총독",   "추기경",   "국방장관", "외무장관", "외교장관", "재무장관", "법무장관"};

// Roles written before a name: 배우 송중기, 미국 대통령 오바마 (the role word right before the name); and the words
// that introduce a person's other name, none themselves, though the dictionary lists 한국명 as one: 최자(본명
// 최재호), 캔디 고 씨(한국명 고희경).
constexpr std::array<std::string_view, 50> kRolesBefore = {
    "배우",   "가수",     "감독",       "선수",   "작가",     "기자",     "대통령",   "총리",   "회장",   "대표",
    "멤버",   "코미디언", "개그맨",     "방송인", "아나운서", "주인공",   "사장",     "교수",   "의원",   "장관",
    "위원장", "래퍼",     "애널리스트", "수비수", "공격수",   "미드필더", "골키퍼",   "투수",   "타자",   "특파원",
    "앵커",   "셰프",     "디자이너",   "소설가", "화가",     "작곡가",   "프로듀서", "우승자", "걸그룹", "보이그룹",
    "그룹",   "밴드",     "듀오",       "여가수", "여배우",   "본명",     "한국명",   "예명",   "실명"};

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

constexpr std::array<std::string_view, 5> kOtherNameMarks = {"(본명 ", "(본명:", "(한국명 ", "(예명 ", "(실명 "};

// 마이키(조명익·35): a stage name's real name before the age, as entertainment news writes it: Korean-shaped
// Hangul then a middle dot. The byte after them, or `at` itself when none is there.
std::size_t past_a_real_name(std::string_view text, std::size_t at)
{
    const std::size_t dot = text.find("·", at);
    if (dot == std::string_view::npos || dot - at > 4 * kHangulSyllableBytes) {
        return at;
    }
    const std::string_view name = text.substr(at, dot - at);
    std::array<char32_t, 4> buffer{};
    const std::u32string_view letters = hangul_syllables(name, buffer);
    return !letters.empty() && shaped_like_a_korean_name(letters) ? dot + std::string_view("·").size() : at;
}

// 김모(33), 사라(33·회사원), 마이키(조명익·35): an age in parentheses right after the word.
bool age_follows(std::string_view text, const Token& token)
{
    if (token.end >= text.size() || text[token.end] != '(') {
        return false;
    }
    std::size_t at = past_a_real_name(text, token.end + 1);
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

bool an_office(std::string_view word)
{
    static const WordSet kSet(kOffices);
    return kSet.contains(word);
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

// 딸, 장남, 부인: a family word, before the given name of a child or a spouse.
bool a_kin_word(std::string_view word)
{
    static const WordSet kKinWords(std::array<std::string_view, 27>{
        "딸",     "아들", "장남",   "장녀", "차남", "차녀", "삼남", "막내",   "막내딸",
        "외동딸", "손녀", "손자",   "엄마", "아빠", "아내", "부인", "남편",   "여동생",
        "동생",   "조카", "남동생", "형",   "누나", "언니", "오빠", "아버지", "어머니"});
    return kKinWords.contains(word);
}

// 딸 리단 양, 장남 재국씨, 부인 이혜림 씨: a word between a family word and the title a child or a spouse is given.
bool named_as_kin(const std::vector<Token>& tokens, std::string_view text, std::size_t i)
{
    if (i == 0 || tokens[i - 1].stem != tokens[i - 1].surface || !only_spaces_between(text, tokens[i - 1], tokens[i]) ||
        !a_kin_word(tokens[i - 1].stem)) {
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
    return a_ssi(tokens[i + 1]) || title == "양" || title == "군";
}

// 주기황(안내상)에게: a character of Korean shape the dictionary lacks, followed by the actor who plays it in
// parentheses: a Korean name the dictionary lists as nothing else. (Encyclopedias gloss words in parentheses
// with other words and names: 츳코미(미무라), 사쿠라(벚꽃).)
bool actor_follows(std::string_view text, const Token& token, WordSenseLookup& dictionary)
{
    const std::size_t close = aside_close(text, token.end);
    if (close == std::string_view::npos || token.stem != token.surface || !hangul_only(token.stem)) {
        return false;
    }
    // 주기황, which the dictionary lacks; or a given name of two syllables it lists as a name among other senses
    // (선우(고경표)), not a family word or a title (아들(이민호), 회장(이재용)).
    const std::u32string letters = text::to_u32(token.stem);
    const WordSenses senses = dictionary.senses(token.stem);
    const bool a_character = shaped_like_a_korean_name(letters)
                                 ? !senses.listed()
                                 : letters.size() == 2 && senses.person() && !a_kin_word(token.stem) &&
                                       !a_title(token.stem) && !a_role(token.stem);
    if (!a_character) {
        return false;
    }
    const std::string_view inside = text.substr(token.end + 1, close - token.end - 1);
    const std::u32string actor = text::to_u32(inside);
    return hangul_only(inside) && actor.size() == 3 && shaped_like_a_korean_name(actor) &&
           dictionary.senses(inside).only_person();
}

// 이재용 삼성전자 회장, 신동인 롯데자이언츠 구단주: a body between a name and its title, besides a place or an
// acronym: a proper noun that names no person and is no common word, or a long compound the dictionary lacks
// (베트남전력공사, 태국산업연합회).
bool an_affiliation(const Token& word, WordSenseLookup& dictionary)
{
    if (!hangul_only(word.stem) || is_title(word.stem)) {
        return false;
    }
    const WordSenses senses = dictionary.senses(word.stem);
    constexpr std::size_t kLongCompound = 4 * kHangulSyllableBytes;
    return senses.listed() ? (senses.bits & (WordSenses::kPerson | WordSenses::kCommon)) == 0
                           : word.stem.size() >= kLongCompound;
}

// 이명박 전 대통령: "former" before a title; 메르켈 독일 총리, 키스 알렉산더 NSA 국장: the country or the body,
// and past a name with no ending (이재용 삼성전자 회장) any affiliation. `between` is the word after `name`.
bool stands_between_name_and_title(const std::vector<Token>& tokens, std::string_view text, const Token& name,
                                   std::size_t between, WordSenseLookup& dictionary)
{
    if (between + 1 >= tokens.size() || !only_spaces_between(text, tokens[between], tokens[between + 1])) {
        return false;
    }
    const Token& word = tokens[between];
    if (word.surface == "전") {
        return true;
    }
    return word.stem == word.surface && title_cue(tokens[between + 1]) != Cue::kNone &&
           (a_place_or_body(word, dictionary) ||
            (!a_particle_follows(name.surface, name.stem) && an_affiliation(word, dictionary)));
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
    std::size_t next = word_after(tokens, text, i);
    if (stands_between_name_and_title(tokens, text, token, next, dictionary)) {
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

// A bare word of two or three syllables with a common Korean surname, listed as a name: 고건, 이수성.
bool korean_name_in_a_row(const Token& token, WordSenseLookup& dictionary)
{
    const std::u32string letters = text::to_u32(token.stem);
    return token.stem == token.surface && (letters.size() == 2 || letters.size() == 3) && hangul_only(token.stem) &&
           a_common_korean_surname(letters.front()) && !loanword_shaped(letters) &&
           dictionary.senses(token.stem).person();
}

}  // namespace

bool a_particle_follows(std::string_view word, std::string_view name)
{
    static constexpr std::u32string_view kParticleStarts = U"은는이가을를의에와과도만로으께한부까처보나랑들뿐야";
    const std::string_view tail = word.substr(name.size());
    const char32_t first = hangul_syllable_at(tail, 0);  // 0 for anything but a syllable: no particle starts so
    return first != 0 && kParticleStarts.find(first) != std::u32string_view::npos && !tail.starts_with("는다") &&
           !tail.starts_with("이다");
}

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

std::string without_glued_title(const std::string& stem)
{
    for (std::string_view title : {"씨", "님", "감독님", "감독", "선생님", "선수"}) {
        if (stem.size() >= title.size() + 6 && stem.ends_with(title)) {  // 6 bytes: two syllables left at least
            return stem.substr(0, stem.size() - title.size());
        }
    }
    return {};
}

bool begins_with_a_common_word(std::string_view word, WordSenseLookup& dictionary, bool also_a_name)
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

namespace {

// Whether the word ends in a character some title, title ending or office ends in: most words do not, and are told
// without looking them up (title_cue asks it of nearly every word).
bool may_end_a_title(std::string_view word)
{
    static const LastCharacters kLastCharacters(kTitlesAfter, kTitleEndings, kOffices);
    return kLastCharacters.may_end(word);
}

}  // namespace

bool a_team_word(std::string_view word)
{
    static const WordSet kTeamWords(std::array<std::string_view, 30>{
        "타이거스", "타이거즈", "드래건스", "드래곤스", "드래곤즈", "이글스",   "트윈스",     "자이언츠",
        "라이온즈", "베어스",   "와이번스", "히어로즈", "다이노스", "위즈",     "유나이티드", "스틸러스",
        "호크스",   "파이터스", "스왈로스", "마린스",   "버펄로스", "버펄로즈", "카디널스",   "양키스",
        "다저스",   "레이커스", "블루윙즈", "워리어스", "마리노스", "주니어스"});
    return kTeamWords.contains(word);
}

bool a_title(std::string_view word)
{
    static const WordSet kSet(kTitlesAfter);
    return kSet.contains(word);
}

bool a_role(std::string_view word)
{
    static const WordSet kSet(kRolesBefore);
    return kSet.contains(word);
}

bool is_title(std::string_view stem)
{
    static const WordSet kEndings(kTitleEndings);
    if (!may_end_a_title(stem)) {
        return false;
    }
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

bool a_place_only(WordSenses senses)
{
    return (senses.bits & WordSenses::kPlace) != 0 && (senses.bits & WordSenses::kCommon) == 0;
}

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

bool a_ssi(const Token& token)
{
    if (!token.surface.starts_with("씨")) {
        return false;
    }
    const std::string_view tail = std::string_view(token.surface).substr(std::string_view("씨").size());
    return tail.empty() || a_particle_follows(token.surface, "씨") || tail.starts_with("다") ||
           tail.starts_with("였") || tail.starts_with("입");
}

Cue title_cue(const Token& token)
{
    if (a_ssi(token)) {
        return Cue::kStrong;
    }
    if (!may_end_a_title(token.stem)) {
        return Cue::kNone;
    }
    if (an_office(token.stem)) {
        return Cue::kOffice;
    }
    return is_title(token.stem) ? Cue::kTitle : Cue::kNone;
}

bool anonymized(std::u32string_view name) { return name.size() == 2 && (name.back() == U'모' || name.back() == U'씨'); }

bool in_a_list(std::string_view text, const Token& token)
{
    const std::string_view after = text.substr(token.end);
    return after.starts_with(",") || after.starts_with("·");
}

bool may_be_a_name(const Token& word, WordSenseLookup& dictionary)
{
    const WordSenses senses = dictionary.senses(word.stem);
    return senses.person() || !senses.listed();
}

std::vector<Cue> cues_of(const std::vector<Token>& tokens, std::string_view text, WordSenseLookup& dictionary)
{
    std::vector<Cue> cues;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        cues.push_back(cue_around(tokens, text, i, dictionary));
    }
    for (std::size_t i = tokens.size(); i-- > 1;) {
        const std::string_view between = text.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end);
        const bool listed = between == ", " || between == "," || between == "·";
        // The word before the comma whole, though our stem may read a particle into it: 이승만 (이승 + 만). Only
        // from a word that may be a name itself: in 현역 파이터, 체육관 관장 the title is the gym's manager's.
        if (listed && cues[i - 1] == Cue::kNone && cues[i] != Cue::kNone && hangul_only(tokens[i - 1].surface) &&
            may_be_a_name(tokens[i], dictionary)) {
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

}  // namespace ks::entities
