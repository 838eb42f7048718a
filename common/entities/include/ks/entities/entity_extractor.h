#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ks/analysis/token.h"
#include "ks/entities/gazetteer.h"

namespace ks::entities {

/// Facet values of one passage, canonical, each once, in order of first mention.
struct PassageEntities {
    std::vector<std::string> persons;
    std::vector<std::string> companies;
    std::vector<std::string> dates;  ///< ISO with the precision the text gives: 2025, 2025-07, 2025-07-01
};

/// The people, companies and dates a passage mentions. `tokens` are the analyzer's tokens of `text`;
/// `article_date` (ISO, may be empty) resolves dates written without a year or month.
PassageEntities extract_entities(const std::vector<analysis::Token>& tokens, std::string_view text,
                                 std::string_view article_date, const Gazetteer& gazetteer = Gazetteer::builtin());

}  // namespace ks::entities
