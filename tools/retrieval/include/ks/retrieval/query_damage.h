#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ks/analysis/analyzer.h"
#include "ks/searcher/vocabulary.h"

namespace ks::retrieval {

/// The ways Korean users mistype a query, for measuring what the searcher's corrections recover.
enum class Damage {
    kTypo,      ///< one jamo of the key word changed, into a word the index does not hold
    kInitials,  ///< the key word typed as its 초성 (particles dropped)
    kKeyboard,  ///< the whole query typed with the keyboard in English mode
    kVariant,   ///< the key word transliterated another way (ㅓ/ㅗ, ㅔ/ㅐ, ㅟ/ㅣ, ㅕ/ㅛ), not in the index
};

/// "typo", "initials", "keyboard", "variant".
std::string_view damage_name(Damage damage);

/// The query damaged one way, or nullopt when it cannot be: no key word (the rarest indexed Hangul word of
/// two syllables or more that is not an interrogative), or no damaged form the index lacks. Deterministic:
/// `seed` (a hash of the query id) picks among the possible damaged forms.
std::optional<std::string> damage_query(const std::string& query, Damage damage, const searcher::Vocabulary& vocabulary,
                                        analysis::Analyzer& analyzer, std::uint64_t seed);

}  // namespace ks::retrieval
