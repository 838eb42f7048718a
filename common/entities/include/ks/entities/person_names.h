#pragma once

#include <vector>

#include "ks/analysis/token.h"
#include "ks/entities/korean_dictionary.h"
#include "ks/entities/name_patterns.h"

namespace ks::entities {

/// People the Korean dictionary names, where the context agrees (the dictionary gives recall, context precision):
/// - a word the dictionary lists only as a person's name (이재용, 류현진, 탕웨이) is one wherever it stands;
/// - a word it lists as a name among other things (프랑스, 사라, 유엔) is one only with a cue: a title or role
///   after it (윤석열 대통령, 사라 씨), a role before it (배우 사라), an age in parentheses (사라(33));
/// - a word it does not list (강모연) is one with a cue when it is shaped like a name (a surname and a given
///   name, or loanword sounds).
/// A foreign name written in words (힐러리 클린턴, 리암 니슨) is taken whole. `text` is what the tokens'
/// offsets point into.
std::vector<NameCandidate> find_dictionary_persons(const std::vector<analysis::Token>& tokens, std::string_view text,
                                                   WordSenseLookup& dictionary);

}  // namespace ks::entities
