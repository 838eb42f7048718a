#include "ks/entities/name_patterns.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "ks/analysis/hangul.h"
#include "ks/entities/name_shape.h"
#include "ks/text/utf8.h"
#include "token_words.h"

namespace ks::entities {

namespace {

using analysis::Token;

// Words of a Latin name that make it a company's (Scale AI, Eureka Labs, Sequoia Capital).
constexpr std::array<std::string_view, 16> kCompanyWords = {
    "AI",      "Labs",  "Lab",      "Inc",      "Inc.",     "Corp",   "Corp.",       "Capital",
    "Systems", "Group", "Ventures", "Partners", "Robotics", "Motors", "Electronics", "Technologies"};

// Titles that follow a person's name, as stems (particles already off: CEO가 → ceo).
constexpr std::array<std::string_view, 21> kTitles = {
    "ceo",        "cto",    "cfo",  "cro",  "최고경영자", "최고기술책임자", "최고연구책임자", "최고재무책임자",
    "공동창업자", "창업자", "수석", "교수", "연구원",     "기자",           "사장",           "부사장",
    "회장",       "대표",   "의장", "총괄", "엔지니어"};

// Words that stand before titles without being names: 전직 연구원, 기존 연구원, 주임 연구원; words of time
// (원래 스위스 대표, 다음날 스포츠 기자); and loanword nouns, shaped like foreign names but naming a field
// (시스템 엔지니어, 폴리스 교수법, 프로젝트 지원 총괄).
constexpr std::array<std::string_view, 80> kNotNames = {
    "전",       "현",         "전직",     "신임",     "당시",     "최고",     "공동",     "수석",   "이",
    "그",       "한",         "새",       "회사",     "업체",     "팀",       "측",       "등",     "및",
    "겸",       "출신",       "기존",     "일부",     "관계자",   "소속",     "국내",     "해외",   "주임",
    "책임",     "선임",       "객원",     "임시",     "대행",     "초대",     "차기",     "전임",   "후임",
    "명예",     "최초",       "때",       "직무",     "원래",     "다음날",   "이날",     "당일",   "전날",
    "이튿날",   "최근",       "현재",     "과거",     "이후",     "당초",     "한편",     "특히",   "직접",
    "시스템",   "소프트웨어", "하드웨어", "프로젝트", "프로그램", "네트워크", "데이터",   "마케팅", "디자인",
    "스포츠",   "테스트",     "미디어",   "콘텐츠",   "플랫폼",   "서비스",   "비즈니스", "리서치", "스튜디오",
    "아카데미", "스페이스",   "사운드",   "뉴스",     "폴리스",   "클럽",     "리그",     "레코드"};

std::size_t syllables(const Token& token) { return text::count_code_points(token.surface); }

bool all_hangul(const Token& token) { return hangul_only(token.surface); }

// A word that can be part of a name: Hangul only, nothing taken off, one to four syllables, no institution.
bool name_word(const Token& token)
{
    return all_hangul(token) && token.stem == token.surface && syllables(token) <= 4 && !among(kNotNames, token.stem) &&
           !names_an_institution(text::to_u32(token.stem));
}

std::string source_of(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t count)
{
    const Token& last = tokens[first + count - 1];
    return std::string(text.substr(tokens[first].begin, last.stem_end - tokens[first].begin));
}

bool is_company(const std::vector<Token>& tokens, std::size_t i, const Gazetteer& gazetteer)
{
    const std::vector<EntityMention> found = gazetteer.find({tokens[i]});
    return !found.empty() && gazetteer.entities()[found.front().entity].kind == EntityKind::kCompany;
}

bool is_known(const std::vector<Token>& tokens, std::size_t i, const Gazetteer& gazetteer)
{
    return gazetteer.names_word(tokens, i);
}

// A word that ends the way adverbs, verbs and particles end (대해, 따라서, 또), not the way first names do.
bool ends_like_a_clause(const Token& token)
{
    static const std::u32string kClauseEnds = U"해게고면서며로도는은을를가에의와과다한된던또즉";
    const std::u32string word = text::to_u32(token.surface);
    return word.empty() || kClauseEnds.find(word.back()) != std::u32string::npos;
}

// A title word made an adjective: 대표적인, 대표적으로 (the most typical), no one's title.
bool used_as_a_modifier(const Token& title)
{
    return title.surface.size() > title.stem.size() &&
           std::string_view(title.surface).substr(title.stem.size()).starts_with("적");
}

// A word before a title ending as a modifier or object does (할 수 있는 대표, 회의를 의장), not as a name.
bool ends_like_a_modifier(const Token& token)
{
    static const std::u32string kEnds = U"는를을의에";
    const std::u32string word = text::to_u32(token.surface);
    return word.empty() || kEnds.find(word.back()) != std::u32string::npos;
}

std::vector<std::string_view> latin_words(std::string_view latin)
{
    std::vector<std::string_view> words;
    for (std::size_t at = 0; at < latin.size();) {
        const std::size_t end = std::min(latin.find(' ', at), latin.size());
        if (end > at) {
            words.push_back(latin.substr(at, end - at));
        }
        at = end + 1;
    }
    return words;
}

bool capitalized_word(std::string_view w)
{
    const bool upper_first = w[0] >= 'A' && w[0] <= 'Z';
    const bool has_lower = std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    return upper_first && has_lower;
}

// Whether `acronym` is the initials of `words`: MPEG and Moving Picture Experts Group.
bool spelt_out(std::string_view acronym, const std::vector<std::string_view>& words)
{
    if (acronym.size() != words.size() || acronym.size() < 2) {
        return false;
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].empty() || std::toupper(static_cast<unsigned char>(words[i].front())) != acronym[i]) {
            return false;
        }
    }
    return true;
}

// The Hangul word before a Latin company name in parentheses, unless the name is only company words (시스템
// (Systems), 그룹(Group)), or the Hangul word is a generic word or a unit: 아카펠라 그룹(A Cappella Group), 육군
// 항공대(Army Air Corps).
void add_company_before_latin(const std::vector<Token>& tokens, std::string_view text, std::size_t last,
                              std::string_view latin, const std::vector<std::string_view>& words,
                              std::vector<NameCandidate>& out)
{
    // A company word alone is the generic word, not a name: 시스템(Systems), 인공지능(AI), 그룹(Group).
    const bool named =
        std::any_of(words.begin(), words.end(), [](std::string_view w) { return !among(kCompanyWords, w); });
    // ...nor is the Hangul word before it when it is only that word: 아카펠라 그룹(A Cappella Group).
    static const std::array<std::u32string_view, 16> kGenericWords = {
        U"그룹",     U"시스템", U"시스템즈",   U"컴퍼니",     U"랩",           U"랩스",         U"캐피털", U"캐피탈",
        U"파트너스", U"벤처스", U"인터내셔널", U"코퍼레이션", U"테크놀로지스", U"일렉트로닉스", U"모터스", U"로보틱스"};
    const std::u32string hangul = text::to_u32(tokens[last].stem);
    // ...nor a unit or a body of the state: 육군 항공대(Army Air Corps), 사단, 재단.
    const bool a_unit =
        hangul.size() >= 2 && std::u32string_view(U"대단군").find(hangul.back()) != std::u32string_view::npos;
    if (named && !a_unit && std::find(kGenericWords.begin(), kGenericWords.end(), hangul) == kGenericWords.end()) {
        out.push_back({EntityKind::kCompany, source_of(text, tokens, last, 1), std::string(latin), last, 1});
    }
}

// 알렉산더 왕(Alexandr Wang), 스케일AI(Scale AI): `last` is the token right before "(".
void parenthesized(const std::vector<Token>& tokens, std::string_view text, std::size_t last,
                   const Gazetteer& gazetteer, std::vector<NameCandidate>& out)
{
    const std::size_t open = tokens[last].end;
    const std::size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > 60) {
        return;
    }
    const std::string_view latin = text.substr(open + 1, close - open - 1);
    if (latin.empty() ||
        latin.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz .-") != std::string_view::npos) {
        return;
    }
    const std::vector<std::string_view> words = latin_words(latin);
    if (words.empty() || words.size() > 4) {
        return;
    }
    // MPEG(Moving Picture Experts Group), ATSC(Advanced Television Systems Committee): an acronym spelt out
    // names a standard or a body as often as a company.
    const bool company =
        !spelt_out(text.substr(tokens[last].begin, tokens[last].end - tokens[last].begin), words) &&
        std::any_of(words.begin(), words.end(), [](std::string_view w) { return among(kCompanyWords, w); });
    if (company) {
        add_company_before_latin(tokens, text, last, latin, words, out);
        return;
    }
    // A person: as many Hangul words as Latin ones, all capitalized words (not an acronym such as MSL), none
    // naming a place or a body, each Hangul word a name word that starts with the sound of its Latin one
    // (베이브 루스(Babe Ruth); not 태양광 발전(Solar Power), a translation).
    const std::size_t n = words.size();
    if (n < 2 || last + 1 < n || !std::all_of(words.begin(), words.end(), capitalized_word) ||
        std::any_of(words.begin(), words.end(), non_person_latin_word)) {
        return;
    }
    const std::size_t first = last + 1 - n;
    for (std::size_t i = first; i <= last; ++i) {
        if (is_company(tokens, i, gazetteer)) {
            return;  // a company's product or service: 구글 행아웃(Google Hangouts)
        }
        const bool spaced = i == first || only_spaces_between(text, tokens[i - 1], tokens[i]);
        const bool last_word = i == last;  // its particle, if any, comes after the parentheses
        if (!(last_word ? all_hangul(tokens[i]) && syllables(tokens[i]) <= 4 : name_word(tokens[i])) || !spaced ||
            !sounds_like(text::to_u32(tokens[i].surface), words[i - first])) {
            return;
        }
    }
    out.push_back({EntityKind::kPerson, source_of(text, tokens, first, n), std::string(latin), first, n});
}

// 알렉세이 에프로스 교수, 임대준 기자: `title` is the index of the title word.
void before_title(const std::vector<Token>& tokens, std::string_view text, std::size_t title,
                  const Gazetteer& gazetteer, std::vector<NameCandidate>& out)
{
    if (title == 0 || !name_word(tokens[title - 1]) || is_company(tokens, title - 1, gazetteer) ||
        !only_spaces_between(text, tokens[title - 1], tokens[title]) || used_as_a_modifier(tokens[title]) ||
        ends_like_a_modifier(tokens[title - 1])) {
        return;
    }
    if (is_known(tokens, title - 1, gazetteer)) {
        return;  // 알트먼 CEO: the gazetteer has it already, and the word before it (대해 알트먼) is no first name
    }
    std::size_t first = title - 1;
    if (first > 0 && name_word(tokens[first - 1]) && !is_known(tokens, first - 1, gazetteer) &&
        !ends_like_a_clause(tokens[first - 1]) && only_spaces_between(text, tokens[first - 1], tokens[first])) {
        --first;
    }
    const std::size_t count = title - first;
    if (count == 1 &&
        (syllables(tokens[first]) < 3 || !shaped_like_a_personal_name(text::to_u32(tokens[first].stem)))) {
        return;  // one short word before a title is rarely a name (기존 연구원), nor one shaped like a noun (물리학
                 // 교수)
    }
    // Korean names are written without a space: two words are a foreign name, whose surname sounds foreign
    // (알렉세이 에프로스), or whose given name does and surname is long (순다르 피차이); not 실험 물리학 교수 nor
    // 슬라브 문학 교수.
    if (count == 2) {
        // A Korean name is one word: after it stands a company or a role, not more of the name (조양호 한진그룹
        // 회장, 정신아 카카오 대표), and the name alone is found from the dictionary; a company word before a name
        // is no given name (그룹 김승연 회장).
        if (shaped_like_a_korean_name(text::to_u32(tokens[first].stem))) {
            return;
        }
        const std::string& before = tokens[first].stem;
        if (before.ends_with("그룹") || before.ends_with("전자") || is_company(tokens, first, gazetteer)) {
            ++first;
        }
    }
    if (title - first == 2) {
        const bool foreign_surname = loanword_shaped(text::to_u32(tokens[first + 1].stem));
        const bool foreign_given_name =
            loanword_shaped(text::to_u32(tokens[first].stem)) && syllables(tokens[first + 1]) >= 3;
        if (!foreign_surname && !foreign_given_name) {
            return;
        }
    }
    out.push_back({EntityKind::kPerson, source_of(text, tokens, first, title - first), "", first, title - first});
}

// 유레카랩스, 삼성전자, 현대그룹: a Hangul word that ends in a company word after a name of two syllables or more.
void company_word(const std::vector<Token>& tokens, std::string_view text, std::size_t i,
                  std::vector<NameCandidate>& out)
{
    static const std::array<std::u32string_view, 3> kEndings = {U"랩스", U"전자", U"그룹"};
    // Heads of words that are no company: 연구그룹, 보이그룹, 하플로그룹 (biology).
    static const std::array<std::u32string_view, 26> kNotCompanyHeads = {
        U"연구", U"투자", U"작업", U"실무",   U"시민", U"스터디", U"보이", U"걸",   U"힙합",
        U"댄스", U"음악", U"록",   U"아이돌", U"하위", U"슈퍼",   U"뉴스", U"워킹", U"하플로",
        U"남성", U"여성", U"혼성", U"남자",   U"여자", U"밴드",   U"보컬", U"데모"};
    // ...and before 전자 only: 유전자 (a gene, not 유 + 전자), 자유전자, 최외각전자, 광전자 (physics), and
    // fields of study (전기전자, 나노전자).
    static const std::array<std::u32string_view, 8> kNotElectronicsHeads = {U"유", U"외각", U"자유", U"광",
                                                                            U"양", U"가",   U"전기", U"나노"};
    const Token& token = tokens[i];
    if (!all_hangul(token)) {
        return;
    }
    const std::u32string stem = text::to_u32(token.stem);
    for (std::u32string_view ending : kEndings) {
        if (stem.size() >= ending.size() + 2 && std::u32string_view(stem).ends_with(ending)) {
            const std::u32string_view head = std::u32string_view(stem).substr(0, stem.size() - ending.size());
            const auto ends_head = [head](std::u32string_view h) { return head.ends_with(h); };
            const bool generic =
                std::any_of(kNotCompanyHeads.begin(), kNotCompanyHeads.end(), ends_head) ||
                (ending == U"전자" && std::any_of(kNotElectronicsHeads.begin(), kNotElectronicsHeads.end(), ends_head));
            if (!generic) {
                out.push_back({EntityKind::kCompany, source_of(text, tokens, i, 1), "", i, 1});
            }
            return;
        }
    }
}

}  // namespace

std::vector<NameCandidate> find_name_patterns(const std::vector<Token>& tokens, std::string_view text,
                                              const Gazetteer& gazetteer)
{
    std::vector<NameCandidate> found;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].end < text.size() && text[tokens[i].end] == '(') {
            parenthesized(tokens, text, i, gazetteer, found);
        }
        if (among(kTitles, tokens[i].stem)) {
            before_title(tokens, text, i, gazetteer, found);
        }
        if (!is_known(tokens, i, gazetteer)) {
            company_word(tokens, text, i, found);
        }
    }
    return found;
}

}  // namespace ks::entities
