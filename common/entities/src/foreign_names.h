#pragma once

// Foreign names written in several words (힐러리 클린턴, 레제프 타이이프 에르도안 터키 총리), for the finder of
// people (private to this library).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ks/analysis/token.h"
#include "ks/entities/korean_dictionary.h"
#include "ks/entities/name_patterns.h"
#include "person_words.h"

namespace ks::entities {

// The first of the words before a foreign surname at `last` that belong to the same name (힐러리 클린턴, 리암 니슨,
// 존 메이어): bare words the dictionary lists as names and as no place; `last` itself for most words, and for a
// name of Korean shape.
std::size_t first_word_of_name(const std::vector<analysis::Token>& tokens, std::string_view text, std::size_t last,
                               const NameWord& last_name, WordSenseLookup& dictionary);

// The name as the text writes it from word `first` to `last_name` at `last`.
std::string source_of(std::string_view text, const std::vector<analysis::Token>& tokens, std::size_t first,
                      std::size_t last, const std::string& last_name);

// 딕 코스톨로, 칼 라거펠트, 크리스 쿤: a foreign given name the dictionary lists, before a surname it may not.
bool given_name_before(const std::vector<analysis::Token>& tokens, std::string_view text, std::size_t i,
                       WordSenseLookup& dictionary);

// 케빈-프린스 보아텡, 장-폴 사르트르: the first word of a given name joined to the word at `given` by a hyphen, which
// our tokens split; `given` itself when none is.
std::size_t hyphenated_first_word(const std::vector<analysis::Token>& tokens, std::string_view text, std::size_t given,
                                  WordSenseLookup& dictionary);

// A surname after a foreign given name: listed as a name and no common word (휴스턴, also a city), or not as a name
// but sounding foreign (코스톨로; 라거펠트, a proper noun); no title (공보장관) and not shaped like a Korean name.
bool foreign_surname(const NameWord& word, bool title_right_after);

// 애런 허랭, 크리스 카푸아노: a comma, a middle dot or a parenthesis right after the word.
bool punctuation_follows(std::string_view text, const analysis::Token& token);

// 왈리드 알무알렘 시리아 외무장관, 슈테판 키슬링이, 로버트 다우니 주니어는: a foreign given name the dictionary
// lists and MeCab reads as one (and no brand), then one or two words of the same name it may not list, ending where
// names end (a particle, a title, a comma or a parenthesis). The given name alone is read by find_dictionary_persons.
std::optional<NameCandidate> foreign_full_name_at(const std::vector<analysis::Token>& tokens, std::string_view text,
                                                  const std::vector<Cue>& cues, std::size_t given,
                                                  WordSenseLookup& dictionary);

// 레제프 타이이프 에르도안 터키 총리, 앤더리어스 크리그 영국 킹스 칼리지 교수, 키스 알렉산더 NSA 국장: a foreign
// name of two to four words, then where the person works, opened by a country or an acronym within the three
// words before the title at `title`. The first opener with such a name before it wins.
std::optional<NameCandidate> foreign_name_before_affiliation(const std::vector<analysis::Token>& tokens,
                                                             std::string_view text, std::size_t title,
                                                             WordSenseLookup& dictionary);

}  // namespace ks::entities
