#pragma once

#include <vector>

#include "ks/analysis/token.h"
#include "ks/entities/korean_dictionary.h"
#include "ks/entities/name_patterns.h"

namespace ks::entities {

/// Companies the text marks as companies, with the Korean dictionary telling proper nouns from common words:
/// - a corporate marker: (주)한빛, ㈜한빛, 한빛(주);
/// - a proper noun or a Latin name before words only a company has: 카카오 주가, 네이버 임직원, SK 계열사,
///   삼성 부회장;
/// - a proper noun or a Latin name joined to a company word: LG전자, SK하이닉스, 현대건설, 미래에셋증권.
/// Institutions (협회, 위원회, 대학) are none. `text` is what the tokens' offsets point into.
/// Whether `stem` is a word only a company stands before: 주가, 임직원, 계열사, 부회장 (카카오 주가).
bool a_company_cue(std::string_view stem);

/// Whether `word` is or ends in a word that ends companies' names: 엔터테인먼트, 삼성전자, 롯데마트.
bool ends_in_a_company_word(std::string_view word);

std::vector<NameCandidate> find_dictionary_companies(const std::vector<analysis::Token>& tokens, std::string_view text,
                                                     WordSenseLookup& dictionary);

}  // namespace ks::entities
