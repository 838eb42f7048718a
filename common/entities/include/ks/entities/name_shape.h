#pragma once

#include <string>
#include <string_view>

namespace ks::entities {

// What a word's letters say about whether it can be (part of) a person's name, with no dictionary: the
// checks that keep encyclopedic text (물리학 교수, 태양광 발전(Solar Power), 동아일보 기자) out of the person facet.

/// Whether a Hangul word ends the way names of institutions end: 동아일보, 호세이 대학, 공군, 새누리당.
bool names_an_institution(std::u32string_view word);

/// Whether a single Hangul word of three or four syllables has the shape of a person's name: a Korean
/// surname and a given name (임대준, 남궁민수), or sounds only loanwords have (에프로스, 머스크), not
/// those of a Sino-Korean noun (물리학, 대한민국).
bool shaped_like_a_personal_name(std::u32string_view word);

/// Whether a Hangul word is a common Korean surname and a given name: 임대준, 남궁민수 (not 물리학: 물 is no
/// common surname; not 오스카: 스 sounds foreign).
bool shaped_like_a_korean_name(std::u32string_view word);

/// Whether a syllable is a common Korean surname: 김, 이, 박, 고 (not the rarer 봉, 설).
bool a_common_korean_surname(char32_t syllable);

/// Whether a Hangul word is a Korean surname, common or rarer (봉, 설, 맹, 표), and a given name: 봉준호. Only
/// as evidence beside the dictionary or a title: rarer surnames begin many nouns.
bool shaped_like_a_korean_name_of_any_surname(std::u32string_view word);

/// Whether a Hangul word has a syllable only loanwords have: 스, 트 (ㅡ with no final), 핏 (a final Sino-Korean
/// never ends in), 샤, 쥬, 카. 알렉세이 has none: this tells some foreign names, not all.
bool loanword_shaped(std::u32string_view word);

/// Whether a Hangul word can be a transliteration of the Latin word by its first sound: 베이브 for Babe,
/// 앙리 for Henri; not 태양광 for Solar (a translation, which a name never is).
bool sounds_like(std::u32string_view hangul, std::string_view latin);

/// Whether a capitalized Latin word names a place, a building or a body rather than a person: Building,
/// Club, University, Force...
bool non_person_latin_word(std::string_view latin);

/// 아베 신조(安倍晋三), 고토 겐지(後藤健二·47): the name written in Chinese characters (two to four) in parentheses
/// opening at byte `at`, as news gives Chinese and Japanese names; empty when none is there.
std::string chinese_characters_in_parentheses(std::string_view text, std::size_t at);

}  // namespace ks::entities
