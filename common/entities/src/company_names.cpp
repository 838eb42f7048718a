#include "ks/entities/company_names.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_set>

#include "ks/entities/name_shape.h"
#include "token_words.h"

namespace ks::entities {

namespace {

using analysis::Token;

// Words only a company stands before: 카카오 주가, 네이버 임직원, SK 계열사, 삼성 부회장.
constexpr std::array<std::string_view, 14> kCompanyCues = {"주가",     "주식",   "임직원",   "계열사",  "자회사",
                                                           "본사",     "노조",   "지분",     "매출",    "영업이익",
                                                           "대표이사", "부회장", "시가총액", "주주총회"};

// Words that end a company's name: 삼성전자, 현대건설, 미래에셋증권, SK하이닉스, 외환은행, 롯데마트.
constexpr std::array<std::string_view, 28> kCompanyEndings = {
    "전자",   "그룹",     "증권",         "건설",   "항공",   "홀딩스", "제약", "중공업", "화학", "물산",
    "텔레콤", "하이닉스", "엔터테인먼트", "모비스", "은행",   "카드",   "통신", "자동차", "마트", "금융",
    "해운",   "제과",     "생명",         "보험",   "에너지", "컴퍼니", "엔터", "식품"};

// Whether the word ends in a character some company word ends in (most words do not).
bool may_end_in_a_company_word(std::string_view word)
{
    static const LastCharacters kEndingsEnd(kCompanyEndings);
    return kEndingsEnd.may_end(word);
}

// A Latin name as companies are written: LG, SK, KT, CJ, Hanbit (not a lone letter).
bool latin_name(std::string_view word)
{
    return word.size() >= 2 && word.size() <= 12 &&
           std::all_of(word.begin(), word.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); }) &&
           std::isalpha(static_cast<unsigned char>(word.front()));
}

// A club's, a field's or a thing's abbreviation, no company's: 로드 FC 대표이사, IT 임직원, IC카드, PC통신.
bool a_generic_abbreviation(std::string_view word)
{
    static const std::unordered_set<std::string_view> kGenericAbbreviations = {
        "FC", "AC", "SC", "CF", "IT", "AI", "TV", "PC", "PR", "IR", "IC", "CEO", "CTO", "CFO"};
    return kGenericAbbreviations.contains(word);
}

// A Latin name a company could have: LG, SK, CJ, Hanbit; not an abbreviation of a kind, nor all lowercase.
bool a_latin_company_name(std::string_view word)
{
    return !a_generic_abbreviation(word) &&
           std::any_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// How many bytes of Latin letters and digits begin `word`: 2 in KB국민카드.
std::size_t latin_prefix_bytes(std::string_view word)
{
    std::size_t n = 0;
    while (n < word.size() && std::isalnum(static_cast<unsigned char>(word[n]))) {
        ++n;
    }
    return n;
}

// The word as the text writes it (LG전자, not lg전자), without its particles.
std::string as_written(std::string_view text, const Token& token)
{
    return std::string(text.substr(token.begin, token.stem_end - token.begin));
}

// A proper noun that is no person's or place's name alone (카카오, 네이버), or a Latin name.
bool a_company_name(std::string_view text, const Token& token, WordSenseLookup& dictionary)
{
    const std::string written = as_written(text, token);
    if (latin_name(written)) {
        return a_latin_company_name(written);
    }
    if (!hangul_only(token.stem) || names_an_institution(text::to_u32(token.stem))) {
        return false;
    }
    const WordSenses senses = dictionary.senses(token.stem);
    return (senses.bits & WordSenses::kOtherProper) != 0;
}

// 한빛테크(주), (주)한빛테크, ㈜한빛테크: a name of two syllables or more (not the particle of 코리아㈜에서).
bool corporate_marker(std::string_view text, const Token& token)
{
    if (token.stem.size() < 2 * kHangulSyllableBytes || token.stem_end <= token.begin ||
        (!hangul_only(token.stem) && !latin_name(token.stem)) || a_particle_word(token.surface)) {
        return false;
    }
    const std::string_view before = text.substr(0, token.begin);
    const std::string_view after = text.substr(token.stem_end);
    return before.ends_with("(주)") || before.ends_with("㈜") || after.starts_with("(주)") || after.starts_with("㈜");
}

// A word the dictionary lacks and MeCab does not read as common words run together: a name it never saw (키로이,
// 씨제스), not 휴대전화 (휴대 + 전화).
bool an_unlisted_name(std::string_view word, WordSenseLookup& dictionary)
{
    const WordInfo& info = dictionary.look_up(word);
    if (info.senses.listed() || info.first_bytes > word.size()) {
        return false;
    }
    const std::string_view first = word.substr(0, info.first_bytes);
    return first.size() < 2 * kHangulSyllableBytes || (dictionary.senses(first).bits & WordSenses::kCommon) == 0;
}

// Heads that say what kind of bank, card, car or firm it is, not whose: 교통카드, 투자은행, 전기자동차, 뉴스그룹. The
// dictionary lists some of these compounds whole as proper nouns, as it lists 국민은행 and 외환은행.
bool a_kind_of_firm(std::string_view head)
{
    static const std::unordered_set<std::string_view> kKinds = {
        "교통", "선불",   "후불", "신용",     "체크", "직불", "현금", "현금인출", "국립",     "국제", "제국",
        "투자", "소비자", "상업", "뉴스",     "긴급", "유가", "수익", "예탁",     "주식예탁", "저축", "상호",
        "중앙", "개발",   "세계", "지역",     "시중", "외국", "민간", "일반",     "이륜",     "유기", "무기",
        "전기", "수소",   "무인", "자율주행", "전자", "자체", "연방", "원전"};
    return kKinds.contains(head);
}

// 현대자동차그룹, 하나금융그룹, KB국민은행: a company's name, or a Latin one, before the company word.
bool joined_to_a_company_word(std::string_view written, WordSenseLookup& dictionary);

// Whether `head` + `ending` (both as written) names a company, by what the dictionary says of the head and of
// the whole word.
bool a_company_head(std::string_view written, std::string_view head, std::string_view ending,
                    WordSenseLookup& dictionary)
{
    if (latin_name(head)) {
        return a_latin_company_name(head);
    }
    // KB국민카드, OK저축은행, SC제일은행: a Latin name joined to a Hangul word (not IC카드, PC통신).
    const std::size_t latin = latin_prefix_bytes(head);
    if (latin >= 2 && latin < head.size() && latin_name(head.substr(0, latin)) &&
        a_latin_company_name(head.substr(0, latin))) {
        return hangul_only(head.substr(latin));
    }
    if (!hangul_only(head) || head.size() < 2 * kHangulSyllableBytes || a_kind_of_firm(head)) {
        return false;
    }
    if (joined_to_a_company_word(head, dictionary)) {
        return true;  // 현대자동차그룹, 하나금융그룹
    }
    // A pronoun or a numeral is no kind of bank: 우리은행, 하나금융, 우리카드 are names.
    if (dictionary.pronoun_or_numeral(head)) {
        return ending == "은행" || ending == "금융" || ending == "카드" || ending == "증권";
    }
    const WordSenses whole = dictionary.senses(written);
    const WordSenses first = dictionary.senses(head);
    const bool head_common_only = first.bits == WordSenses::kCommon;
    const bool head_common = (first.bits & WordSenses::kCommon) != 0;
    const auto a_science = [](std::string_view word) { return word == "화학" || word == "전자"; };
    // A kind of people before 그룹 is no company's name: 아이돌그룹 (아이돌: a name too, to the dictionary).
    if (ending == "그룹" && first.person()) {
        return false;
    }
    // A country's or the world's bank is a public body: 한국은행, 세계은행, 유럽중앙은행, 아시아개발은행.
    const bool a_country = (first.bits & WordSenses::kPlace) != 0 && (first.bits & WordSenses::kOtherProper) == 0;
    if (ending == "은행" && (a_country || head.ends_with("중앙") || head.ends_with("개발"))) {
        return false;
    }
    // Words only a firm's name stands before: 코코엔터테인먼트, 코코엔터 (not 홈엔터테인먼트, a market).
    if (ending == "엔터테인먼트" || ending == "엔터") {
        return !head_common_only;
    }
    // Hangul words before 통신 are kinds of it more often than agencies (이동통신, 휴대전화통신): a proper noun
    // only (로이터통신, 신화통신).
    const bool head_proper = (first.bits & WordSenses::kOtherProper) != 0;
    if (ending == "통신") {
        return head_proper;
    }
    // 삼성전자 or 외환은행 listed whole as a proper noun; 현대자동차: 현대 a proper noun, the whole no common word
    // (not 이륜자동차; nor 유기화학 or 나노전자, sciences); 미래에셋 a proper noun alone.
    // A head the dictionary lacks and sounding foreign is a name it never saw: 키로이컴퍼니, 신컴엔터테인먼트
    // (not 신재생에너지, 원인유전자).
    return (whole.bits & WordSenses::kOtherProper) != 0 ||
           (head_proper && (whole.bits & WordSenses::kCommon) == 0 && (!head_common || !a_science(ending))) ||
           (an_unlisted_name(head, dictionary) && loanword_shaped(text::to_u32(head)));
}

bool joined_to_a_company_word(std::string_view written, WordSenseLookup& dictionary)
{
    // Kinds of securities and cards, which the dictionary lists as proper nouns.
    static const std::unordered_set<std::string_view> kCommonWords = {"주식예탁증권", "하플로그룹"};
    if (!may_end_in_a_company_word(written)) {
        return false;  // most words: told at once
    }
    for (std::string_view ending : kCompanyEndings) {
        if (written.size() > ending.size() && written.ends_with(ending)) {
            return !kCommonWords.contains(written) &&
                   a_company_head(written, written.substr(0, written.size() - ending.size()), ending, dictionary);
        }
    }
    return false;
}

// YG 엔터테인먼트, GS 그룹, AFP 통신: a Latin name or a proper noun the dictionary lists, then a company word
// written apart. The value is written as one word (YG엔터테인먼트), as the name is most often written.
bool company_word_apart(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                        WordSenseLookup& dictionary)
{
    static constexpr std::array<std::string_view, 8> kWordsApart = {"엔터테인먼트", "그룹", "홀딩스", "통신",
                                                                    "건설",         "전자", "증권",   "항공"};
    if (i + 1 >= tokens.size() || tokens[i].stem != tokens[i].surface ||
        !only_spaces_between(text, tokens[i], tokens[i + 1]) ||
        std::find(kWordsApart.begin(), kWordsApart.end(), tokens[i + 1].stem) == kWordsApart.end()) {
        return false;
    }
    if (tokens[i + 1].stem == "통신") {
        return latin_name(tokens[i].stem);  // AFP 통신; not 휴대전화 통신
    }
    if (tokens[i + 1].stem == "그룹" && dictionary.senses(tokens[i].stem).person()) {
        return false;  // a kind of people: 아이돌 그룹
    }
    // A name the dictionary lacks, before a word only companies take: 씨제스 엔터테인먼트 (not 보컬 그룹).
    if (hangul_only(tokens[i].stem) && tokens[i].stem.size() < 2 * kHangulSyllableBytes) {
        return false;  // 역 건설
    }
    const bool unlisted = tokens[i + 1].stem != "그룹" && tokens[i].stem.size() >= 2 * kHangulSyllableBytes &&
                          hangul_only(tokens[i].stem) && an_unlisted_name(tokens[i].stem, dictionary);
    return unlisted || a_company_name(text, tokens[i], dictionary);
}

}  // namespace

bool ends_in_a_company_word(std::string_view word)
{
    return may_end_in_a_company_word(word) &&
           std::any_of(kCompanyEndings.begin(), kCompanyEndings.end(),
                       [word](std::string_view ending) { return word.ends_with(ending); });
}

bool a_company_cue(std::string_view stem)
{
    static const WordSet kCues(kCompanyCues);
    return kCues.contains(stem);
}

std::vector<NameCandidate> find_dictionary_companies(const std::vector<Token>& tokens, std::string_view text,
                                                     WordSenseLookup& dictionary)
{
    std::vector<NameCandidate> found;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        const bool cue_follows = i + 1 < tokens.size() && token.stem == token.surface &&
                                 only_spaces_between(text, token, tokens[i + 1]) && a_company_cue(tokens[i + 1].stem);
        if (token.stem_end <= token.begin) {
            continue;  // a particle alone
        }
        if (company_word_apart(text, tokens, i, dictionary)) {
            found.push_back(
                {EntityKind::kCompany, as_written(text, token) + as_written(text, tokens[i + 1]), "", i, 2});
            ++i;
            continue;
        }
        const bool company = corporate_marker(text, token) ||
                             (cue_follows && a_company_name(text, token, dictionary)) ||
                             joined_to_a_company_word(as_written(text, token), dictionary);
        if (company) {
            found.push_back({EntityKind::kCompany, as_written(text, token), "", i, 1});
        }
    }
    return found;
}

}  // namespace ks::entities
