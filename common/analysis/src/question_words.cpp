#include "ks/analysis/question_words.h"

#include <algorithm>
#include <array>

namespace ks::analysis {

namespace {

// Interrogatives as stems, after particles and copula endings came off (무엇인가 → 무엇, 누구를 → 누구).
constexpr std::array<std::string_view, 20> kQuestionWords = {
    "무엇", "누구", "누가",   "언제", "어디", "어떤", "어떻게", "어느",   "무슨", "몇",
    "왜",   "얼마", "얼마나", "뭐",   "뭘",   "무얼", "어째서", "어떠한", "어찌", "몇몇"};

constexpr std::string_view kHowMany = "몇";

}  // namespace

bool is_question_word(std::string_view stem)
{
    return std::find(kQuestionWords.begin(), kQuestionWords.end(), stem) != kQuestionWords.end();
}

std::string counted_noun(std::string_view stem)
{
    if (!stem.starts_with(kHowMany) || stem.size() == kHowMany.size() || is_question_word(stem)) {
        return {};
    }
    return std::string(stem.substr(kHowMany.size()));
}

}  // namespace ks::analysis
