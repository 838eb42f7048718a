#pragma once

// Company names that are ordinary words too (메타, the prefix of 메타 분석; 애플; 카카오, the plant): where an
// article never shows it means the company, its mentions are the ordinary word.

#include <string_view>
#include <vector>

#include "ks/analysis/token.h"
#include "ks/entities/gazetteer.h"
#include "ks/entities/korean_dictionary.h"

namespace ks::entities {

/// Whether the dictionary lists `name` both as a common word and as a name: two readings, the company's and
/// the word's (메타, 애플, 아마존, 카카오; not 구글, a common noun only, nor 네이버, a name only).
bool has_a_common_reading(std::string_view name, WordSenseLookup& dictionary);

/// Whether a mention of a company shows it means the company: a Latin spelling written as a name is (Meta; not
/// meta, nor META), a spelling in several words (메타 플랫폼스), a particle on it (메타가, 애플은; not 메타 분석,
/// where the word stands bare before a noun), or a word only companies take right after it (메타 CEO, 메타 측은).
bool mention_means_the_company(const std::vector<analysis::Token>& tokens, const EntityMention& mention);

}  // namespace ks::entities
