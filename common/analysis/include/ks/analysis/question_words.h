#pragma once

#include <string>
#include <string_view>

namespace ks::analysis {

/// Whether a normalized stem is an interrogative (무엇, 누구, 언제, 어디, 어떤, 몇...). A question names what it
/// asks for with one of these, and the passage that answers it holds the answer instead: the word itself
/// carries no evidence, so the searcher leaves it out of the ranking.
bool is_question_word(std::string_view stem);

/// The noun after a counting interrogative written as one word: 몇층 → 층, 몇명 → 명. Empty when `stem` is not
/// of that shape.
std::string counted_noun(std::string_view stem);

}  // namespace ks::analysis
