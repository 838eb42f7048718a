#pragma once

// The words in and around a person's name, for the finders of people (private to this library): titles and
// roles, the cue they give a name, and a name word as the dictionary reads it.

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "ks/analysis/token.h"
#include "ks/entities/korean_dictionary.h"

namespace ks::entities {

// Titles that end a longer word naming an office: 평택시장, 진주의료원장, 제1위원장, 서울시장.
inline constexpr std::array<std::string_view, 14> kTitleEndings = {
    "시장", "원장", "의장", "판사", "총장", "장관", "대사", "위원장", "후보", "회장", "사장", "감독", "총리", "지사"};

// Whether the word goes on after the name with a particle of a noun (오바마는, 탕웨이의, 히틀러에게), not with the
// ending of a verb the dictionary also lists as a name (않는다는).
bool a_particle_follows(std::string_view word, std::string_view name);

// 아자르(첼시)가, 김해진(58.48점)을: a particle after a parenthesis right after the word, as written after a name
// (not after a closing quote: '파나마 페이퍼스'에 names a work as often as '한나 아렌트'가 a person).
bool particle_after_aside(std::string_view text, std::size_t end);

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
    bool common_head = false;  ///< before a title: not listed, and a native common word begins it: 아니라, 재판기
    bool verb_head = false;    ///< before a title: not listed, and a verb or an adjective begins it: 따르면 목사
    bool glued_title = false;  ///< a title was written onto it: 김창완씨
};

// 김창완씨 → 김창완, 왕정감독 → 왕정: the stem without a title glued to it, or empty.
std::string without_glued_title(const std::string& stem);

// Whether a word the dictionary lacks begins with a native common word of two syllables or more: a compound
// (재판기, 정례브리핑), not a foreign name (트리에르바일레, 알무알렘). With `also_a_name`, a head the dictionary
// lists as a name too counts (아니라: 아니, also a name).
bool begins_with_a_common_word(std::string_view word, WordSenseLookup& dictionary, bool also_a_name = false);

// How clearly the words around a name mark it as a person's.
enum class Cue {
    kNone,
    kTitle,   ///< a title or role beside it: 류현진 선수, 배우 송중기, 정의화 국회의장
    kOffice,  ///< a high office after it, held by people only: 메르켈 총리, 케리 장관 (not 스포츠 기자)
    kStrong,  ///< 씨 after it or an age in parentheses, which follow nothing but people: 가인 씨, 김모(33)
    kRoleBefore,  ///< a role right before it: 배우 송중기, 가수 거미의, 래퍼 치타는
    kKin,         ///< a family word before it and 씨, 양 or 군 after: 딸 리단 양, 장남 재국씨
};

// Words that name sports teams, some of which the dictionary lists as names: 베어스, 라이온즈, 이글스.
bool a_team_word(std::string_view word);

// A title or role written after a person's name, as a stem: 대통령, 선수, 씨 (윤석열 대통령, 류현진 선수).
bool a_title(std::string_view word);

// A role written before a name: 배우 송중기, 가수 거미.
bool a_role(std::string_view word);

// A title, or a longer word ending in one that names an office: 평택시장, 제1위원장.
bool is_title(std::string_view stem);

// A country or a city, and no common word: 독일, 일본; not 대학.
bool a_place_only(WordSenses senses);

// A country, a city or a body written between a name and its title: 독일, NSA, QPR (not 대학, 스포츠).
bool a_place_or_body(const analysis::Token& word, WordSenseLookup& dictionary);

// 씨 after a name, alone or with a particle or an ending (씨가, 씨다): not a word that begins with the syllable
// (씨제스, 씨엔블루).
bool a_ssi(const analysis::Token& token);

// The cue of the word at `at` as a title after a name: 씨, an office, another title.
Cue title_cue(const analysis::Token& token);

// 김모, 최모, 허씨: a surname standing for someone the article does not name.
bool anonymized(std::u32string_view name);

// 씨스타, 슈퍼주니어, 베스티: a comma or a middle dot right after the word, which lists it among others.
bool in_a_list(std::string_view text, const analysis::Token& token);

// A word the dictionary lists as a name (among other senses, too) or does not list: not 체육관.
bool may_be_a_name(const analysis::Token& word, WordSenseLookup& dictionary);

// The cue of every word. A title after a list holds for the whole list: 예은, 유빈, 혜림, 선미 씨; 정운찬 고건
// 이수성 전 국무총리.
std::vector<Cue> cues_of(const std::vector<analysis::Token>& tokens, std::string_view text,
                         WordSenseLookup& dictionary);

}  // namespace ks::entities
