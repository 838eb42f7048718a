#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ks::analysis {

/// Hangul at the level of the letters (jamo) people type, for the query conveniences: 초성 search, completion
/// of a half-typed syllable, typo correction inside a syllable and the keyboard left in the wrong mode. Jamo
/// are the compatibility letters a keyboard produces (ㄱ U+3131 .. ㅣ U+3163).

/// True for a compatibility consonant (ㄱ..ㅎ), as typed alone for a 초성 query.
constexpr bool is_consonant_letter(char32_t c) { return c >= 0x3131 && c <= 0x314E; }

/// True for a compatibility vowel (ㅏ..ㅣ).
constexpr bool is_vowel_letter(char32_t c) { return c >= 0x314F && c <= 0x3163; }

/// True when `word` is two or more consonants and nothing else: ㅇㅌㅁ, ㅅㅅㅈㅈ.
bool is_initials_query(std::u32string_view word);

/// The initial consonant of each syllable (알트만 → ㅇㅌㅁ); other characters are kept as they are.
std::u32string initials_of(std::u32string_view word);

/// The initial consonant of a syllable as a compatibility letter (만 → ㅁ); 0 for anything else.
char32_t initial_of(char32_t syllable);

/// The first and last syllable with the initial consonant `consonant` (ㅁ → 마, 밓); {0, 0} when the letter
/// cannot begin a syllable.
std::pair<char32_t, char32_t> syllables_with_initial(char32_t consonant);

/// The keys pressed to type `text` on a Korean (두벌식) keyboard, as letters: 왜 → ㅇㅗㅐ, 닭 → ㄷㅏㄹㄱ.
/// Characters other than Hangul are kept.
std::u32string keystrokes(std::u32string_view text);

/// Composes typed letters into syllables as a Korean input method does: ㅇㅏㄹㅌㅡㅁㅏㄴ → 알트만, and a
/// final consonant moves to the next syllable when a vowel follows. Letters that make no syllable stay
/// letters (ㅡㄷㅅㅁ); other characters are kept.
std::u32string compose(std::u32string_view letters);

/// `latin` read as keys typed with the keyboard in Korean mode: dkfxmaks → 알트만. Empty unless every
/// character is an ASCII letter.
std::u32string latin_keys_as_hangul(std::u32string_view latin);

/// Hangul read as keys typed with the keyboard in English mode, lower case: ㅡㄷㅅㅁ → meta, 알트만 →
/// dkfxmaks. Empty unless every character is Hangul.
std::string hangul_keys_as_latin(std::u32string_view hangul);

/// Every word one jamo away from `word`: one syllable with another initial, vowel or final (or a final
/// added or dropped). 알트민 gives 알트만 among them. Non-Hangul characters are left alone.
std::vector<std::u32string> jamo_edits(std::u32string_view word);

/// Spellings of a transliterated word that differ by the vowels Korean writes a foreign sound with, in at
/// most two syllables: ㅓ/ㅗ (알트먼, 알트몬), ㅔ/ㅐ (메타, 매타), ㅟ/ㅣ (쉽, 십), ㅕ/ㅛ. Not `word` itself.
std::vector<std::u32string> transliteration_variants(std::u32string_view word);

/// Every ASCII word one edit away from `word`: a letter dropped, added, changed, or two neighbours swapped.
std::vector<std::string> latin_edits(std::string_view word);

}  // namespace ks::analysis
