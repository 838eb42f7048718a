#include "ks/entities/name_shape.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "ks/analysis/hangul.h"
#include "ks/analysis/jamo.h"
#include "ks/text/utf8.h"

namespace ks::entities {

namespace {

constexpr std::array<std::u32string_view, 36> kInstitutionEndings = {
    U"일보", U"신문", U"방송", U"통신",   U"대학", U"학교", U"학원", U"학회", U"공군",   U"육군", U"해군", U"동맹",
    U"단체", U"협회", U"연맹", U"위원회", U"재단", U"교회", U"은행", U"병원", U"연구소", U"정부", U"정당", U"의회",
    U"구단", U"기업", U"회사", U"부대",   U"센터", U"사단", U"당",   U"련",   U"협",     U"총",   U"부",   U"팀"};

// The most common Korean surnames of one syllable (about 95% of people; rarer ones such as 사 or 천 begin
// too many nouns: 사실상, 천문학), and those of two.
constexpr std::u32string_view kSurnames =
    U"김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원방공현함변염여";
// Rarer surnames (봉준호, 설진아, 맹성규, 표창원, 예정화): trusted only where the dictionary or a title already
// points to a person, as they begin many common words (사실상, 천문학, 기자단).
constexpr std::u32string_view kRarerSurnames =
    U"봉설맹표예기석선소편마길연위왕반육인탁국어은용경피추도모제옥태계감견단당두명범빈승시아운천초판팽평포풍"
    U"필학해형호화효후탄사";
constexpr std::array<std::u32string_view, 8> kCompoundSurnames = {U"남궁", U"황보", U"제갈", U"선우",
                                                                  U"독고", U"동방", U"사공", U"서문"};

// The vowel of a syllable (0 for ㅏ .. 20 for ㅣ) and its final consonant (0 for none, 1 ㄱ .. 27 ㅎ).
int vowel_of(char32_t syllable) { return static_cast<int>((syllable - 0xAC00) % (21 * 28) / 28); }

int final_of(char32_t syllable) { return static_cast<int>((syllable - 0xAC00) % 28); }

// A syllable Sino-Korean never has, as loanwords write foreign sounds: ㅡ with no final (스, 트, 크, 브, 르),
// a final other than ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ (버핏, 로젯), ㅑ ㅕ ㅛ ㅠ after ㅅ ㅈ ㅊ (샤, 쇼, 쥬, 챠), or a ㅋ initial.
bool loanword_syllable(char32_t syllable)
{
    constexpr int kEu = 18;
    const int vowel = vowel_of(syllable);
    const int final = final_of(syllable);
    if (vowel == kEu && final == 0) {
        return true;
    }
    // Finals by index: 1 ㄱ, 4 ㄴ, 8 ㄹ, 16 ㅁ, 17 ㅂ, 21 ㅇ are Sino-Korean; the others only loanwords use.
    if (final != 0 && final != 1 && final != 4 && final != 8 && final != 16 && final != 17 && final != 21) {
        return true;
    }
    const char32_t initial = analysis::initial_of(syllable);
    const bool glide = vowel == 2 || vowel == 6 || vowel == 12 || vowel == 17;  // ㅑ ㅕ ㅛ ㅠ
    return initial == U'ㅋ' || (glide && (initial == U'ㅅ' || initial == U'ㅈ' || initial == U'ㅊ'));
}

// The Latin letters a name's first sound may be written with, by the Hangul initial it is transliterated to.
std::string_view latin_initials(char32_t consonant)
{
    switch (consonant) {
        case U'ㄱ':
            return "gkcq";
        case U'ㄲ':
            return "kgc";
        case U'ㄴ':
            return "n";
        case U'ㄷ':
        case U'ㄸ':
            return "dt";
        case U'ㄹ':
            return "lr";
        case U'ㅁ':
            return "m";
        case U'ㅂ':
            return "bvpw";
        case U'ㅃ':
            return "pb";
        case U'ㅅ':
            return "scztx";
        case U'ㅆ':
            return "sc";
        case U'ㅇ':
            return "aeiouyhjw";  // vowels, and what is silent or a glide: Henri 앙리, Johann 요한
        case U'ㅈ':
            return "jgzcdx";
        case U'ㅉ':
            return "zjc";
        case U'ㅊ':
            return "ctkz";
        case U'ㅋ':
            return "kcqg";
        case U'ㅌ':
            return "t";
        case U'ㅍ':
            return "pfv";
        case U'ㅎ':
            return "hjgxfw";  // Juan 후안, Gerardo 헤라르도
        default:
            return "";
    }
}

}  // namespace

bool names_an_institution(std::u32string_view word)
{
    // The endings' last syllables, sorted: most words end in none of them and are told without comparing endings.
    static const std::u32string kLastSyllables = [] {
        std::u32string last;
        for (const std::u32string_view ending : kInstitutionEndings) {
            last += ending.back();
        }
        std::sort(last.begin(), last.end());
        return last;
    }();
    if (word.empty() || !std::binary_search(kLastSyllables.begin(), kLastSyllables.end(), word.back())) {
        return false;
    }
    return std::any_of(kInstitutionEndings.begin(), kInstitutionEndings.end(), [word](std::u32string_view ending) {
        // One-syllable endings (한나라당; 한총련, 전대협, 민주노총: abbreviated unions; 야구부, 대표팀) end names
        // of two syllables too, those of three rarely.
        return word.ends_with(ending) && (ending.size() > 1 || word.size() >= 3);
    });
}

bool a_common_korean_surname(char32_t syllable) { return kSurnames.find(syllable) != std::u32string_view::npos; }

bool shaped_like_a_korean_name(std::u32string_view word)
{
    if (word.size() == 3 && kSurnames.find(word.front()) != std::u32string_view::npos) {
        return !loanword_shaped(word);
    }
    return word.size() == 4 &&
           std::find(kCompoundSurnames.begin(), kCompoundSurnames.end(), word.substr(0, 2)) != kCompoundSurnames.end();
}

bool shaped_like_a_korean_name_of_any_surname(std::u32string_view word)
{
    if (word.size() == 3 && kRarerSurnames.find(word.front()) != std::u32string_view::npos) {
        return !loanword_shaped(word);
    }
    return shaped_like_a_korean_name(word);
}

bool loanword_shaped(std::u32string_view word)
{
    return std::any_of(word.begin(), word.end(),
                       [](char32_t c) { return analysis::is_hangul_syllable(c) && loanword_syllable(c); });
}

bool shaped_like_a_personal_name(std::u32string_view word)
{
    // Countries stand before titles as people do (프랑스 대표), and are written as loanwords.
    static constexpr std::array<std::u32string_view, 24> kCountries = {
        U"프랑스", U"브라질", U"스위스",   U"스페인", U"러시아", U"이탈리아", U"이집트",   U"캐나다",
        U"멕시코", U"그리스", U"노르웨이", U"스웨덴", U"덴마크", U"핀란드",   U"폴란드",   U"네덜란드",
        U"벨기에", U"터키",   U"이스라엘", U"이란",   U"이라크", U"칠레",     U"콜롬비아", U"아르헨티나"};
    if (std::find(kCountries.begin(), kCountries.end(), word) != kCountries.end()) {
        return false;
    }
    return shaped_like_a_korean_name(word) || loanword_shaped(word);
}

bool sounds_like(std::u32string_view hangul, std::string_view latin)
{
    if (hangul.empty() || latin.empty() || !analysis::is_hangul_syllable(hangul.front())) {
        return false;
    }
    const char first = static_cast<char>(std::tolower(static_cast<unsigned char>(latin.front())));
    return latin_initials(analysis::initial_of(hangul.front())).find(first) != std::string_view::npos;
}

bool non_person_latin_word(std::string_view latin)
{
    static constexpr std::array<std::string_view, 100> kWords = {
        "Building", "Tower",    "Bridge",  "Station",       "Airport",  "Street",   "Road",     "Avenue",
        "Tunnel",   "Square",   "Park",    "Palace",        "Castle",   "Temple",   "Church",   "Hall",
        "Theatre",  "Theater",  "Stadium", "Museum",        "Library",  "Hotel",    "Island",   "River",
        "Lake",     "Mountain", "Valley",  "Bay",           "Sea",      "City",     "County",   "Club",
        "Company",  "Party",    "Band",    "Records",       "Team",     "League",   "Festival", "University",
        "College",  "School",   "Academy", "Institute",     "Society",  "Force",    "Award",    "Awards",
        "Racing",   "Affairs",  "Post",    "Times",         "News",     "Magazine", "Journal",  "Music",
        "Sound",    "Digital",  "System",  "Systems",       "Network",  "Project",  "License",  "Rugby",
        "The",      "American", "World",   "International", "National", "Royal",    "Little",   "East",
        "West",     "New",      "Ave",     "Cross",         "Saint",    "St",       "Ferry",    "House",
        "Gate",     "Beach",    "Hill",    "Fort",          "Mount",    "Cape",     "Port",     "Village",
        "Town",     "Falls",    "Springs", "Heights",       "Lane",     "Plaza",    "Center",   "Centre",
        "Codex",    "Avenues",  "Streets", "Hills"};
    // Abbreviated, the word is the same: Ave., St. (plurals are listed: Parks is a surname, Rosa Parks).
    if (latin.ends_with('.')) {
        latin.remove_suffix(1);
    }
    return std::find(kWords.begin(), kWords.end(), latin) != kWords.end();
}

std::string chinese_characters_in_parentheses(std::string_view text, std::size_t at)
{
    constexpr std::size_t kLongest = 4 * 3 + 4;  // four ideographs of three bytes, and what ends them
    if (at >= text.size() || text[at] != '(') {
        return {};
    }
    const std::u32string inside = text::to_u32(text.substr(at + 1, kLongest));
    const auto ideograph = [](char32_t c) {
        return (c >= U'\u4E00' && c <= U'\u9FFF') || (c >= U'\u3400' && c <= U'\u4DBF');
    };
    std::size_t count = 0;
    while (count < inside.size() && ideograph(inside[count])) {
        ++count;
    }
    // What may end the name: the parenthesis, an age after a dot, a reading after a dash (高梓淇-고재기 33).
    const bool ended =
        count < inside.size() && std::u32string_view(U")·.,- ").find(inside[count]) != std::u32string_view::npos;
    return count >= 2 && count <= 4 && ended ? text::to_utf8(inside.substr(0, count)) : std::string();
}

}  // namespace ks::entities
