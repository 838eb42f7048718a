#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ks::analysis {

/// The other past form of a verb stem that ends in a vowel, where Korean writes the tense into the last
/// syllable and no ending can be taken off: the modifier 태어난 (태어나 + ㄴ, "who was born") and the past
/// stem 태어났 (태어나 + 았, of 태어났다) name the same event, and questions use the one (태어난 곳은?) where
/// statements use the other. A vowel merges as Korean contracts it (본 ↔ 봤, 된 ↔ 됐, 가진 ↔ 가졌, 쓴 ↔ 썼).
///
/// | stem     | partners     |
/// |----------|--------------|
/// | `태어난` | 태어났       |
/// | `돌아온` | 돌아왔       |
/// | `밝혔`   | 밝힌, 밝현   |
/// | `메타`   | (none)       |
///
/// Candidates only: some are no word at all (사건 gives 사겄), and match nothing. A stem of one syllable has
/// none (간, liver, is not 갔, went).
std::vector<std::u32string> past_form_partners(std::u32string_view stem);

}  // namespace ks::analysis
