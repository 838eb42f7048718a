#include "common_readings.h"

#include <algorithm>
#include <unordered_set>

#include "ks/entities/company_names.h"

namespace ks::entities {

bool has_a_common_reading(std::string_view name, WordSenseLookup& dictionary)
{
    const std::uint8_t bits = dictionary.senses(name).bits;
    return (bits & WordSenses::kCommon) != 0 && bits != WordSenses::kCommon;
}

bool mention_means_the_company(const std::vector<analysis::Token>& tokens, const EntityMention& mention)
{
    // Besides the words only a company stands before (a_company_cue: 주가, 임직원, 대표이사): its titles and parts.
    static const std::unordered_set<std::string_view> kCompanyWordsAfter = {
        "대표", "회장",   "사장", "ceo",  "cto",    "최고경영자", "창업자", "대변인",
        "측",   "관계자", "직원", "임원", "경영진", "인수",       "이사회", "플랫폼스"};
    if (mention.token_count > 1) {
        return true;
    }
    // Meta as a name is written, not meta (cognitive) nor META (HUMAN).
    const std::string_view name = tokens[mention.first_token].surface;
    if (name.size() > 1 && name.front() >= 'A' && name.front() <= 'Z' &&
        std::any_of(name.begin() + 1, name.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        return true;
    }
    // 메타가, 애플은, 메타의: a particle on the name, where the word is a prefix or stands bare before a noun
    // (메타 분석, 메타 데이터; 오르토, 메타, 파라).
    static const std::unordered_set<std::string_view> kParticles = {
        "이", "가", "은", "는", "의", "와", "과", "도", "을", "를", "에서", "에게", "로", "으로", "와의", "과의"};
    const analysis::Token& token = tokens[mention.first_token];
    if (token.surface.size() > token.stem.size() && token.surface.starts_with(token.stem) &&
        kParticles.contains(std::string_view(token.surface).substr(token.stem.size()))) {
        return true;
    }
    const std::size_t next = mention.first_token + 1;
    return next < tokens.size() && (a_company_cue(tokens[next].stem) || kCompanyWordsAfter.contains(tokens[next].stem));
}

}  // namespace ks::entities
