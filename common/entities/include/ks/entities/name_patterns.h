#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ks/analysis/token.h"
#include "ks/entities/gazetteer.h"

namespace ks::entities {

/// How firmly a text marks a name as a person's, for the collection to settle what one text cannot.
enum class Standing {
    kNamed,        ///< marked clearly: a title, 씨, an age, a full name, the shape of a Korean name
    kProvisional,  ///< a dictionary name alone with a particle (히틀러의, 오바마는): a person unless the collection
                   ///< mentions it often and never clearly (무슬림, 라이온즈: entries the dictionary also lists)
    kPending,  ///< a dictionary name that also reads as a common word with a particle (문재인: 문재 + 인;
               ///< 이유로: 이유 + 로): a person only where the collection names it clearly often enough
    kDenied,   ///< a dictionary name the text gives one Latin word for (슬랙(Slack)): a product or a
               ///< company, so no provisional or pending mention of it in the article is a person
};

/// Whether a name of `standing` counts as a person, given how the collection mentions it: in how many passages
/// clearly, and in how many with this standing.
bool counts_as_person(Standing standing, std::size_t clear_passages, std::size_t passages);

/// A name the text itself marks as one, with no gazetteer needed.
struct NameCandidate {
    EntityKind kind = EntityKind::kPerson;
    std::string name;        ///< the Hangul name as written: 알렉산더 왕, 유레카랩스
    std::string other_form;  ///< its Latin or Chinese-character form given in parentheses: Alexandr Wang, 安倍晋三
    std::size_t first_token = 0;
    std::size_t token_count = 0;
    /// How firmly the text marks the name (dictionary names standing alone are provisional or pending).
    Standing standing = Standing::kNamed;
    /// Denied as a team's name (주니치 드래곤스): no one-word person of the article bears it, even before a title.
    bool names_a_team = false;
    /// Words right after the name that say where the person works, before a title (영국 킹스 칼리지 교수):
    /// no name stands among them.
    std::size_t affiliation_tokens = 0;
};

/// Names marked by the way news writes them:
/// - a Hangul name followed by its Latin form in parentheses: 알렉산더 왕(Alexandr Wang) is a person, 유레카랩스
///   (Eureka Labs) a company (the Latin form holds a company word: AI, Labs, Inc, Capital...);
/// - a Hangul name followed by a title: 알렉세이 에프로스 교수, 임대준 기자, 마크 저커버그 CEO;
/// - a Hangul word ending in a company word after two syllables or more: 유레카랩스, 삼성전자, 현대그룹.
/// Conservative by design: a lone Latin word or an acronym in parentheses (슬랙(Slack), 랩(MSL)) is not a
/// name, nor a translation in parentheses (태양광 발전(Solar Power)), nor an institution or a noun before a
/// title (동아일보 기자, 물리학 교수, 전직 연구원): name_shape.h. `text` is the source text the tokens'
/// offsets point into.
std::vector<NameCandidate> find_name_patterns(const std::vector<analysis::Token>& tokens, std::string_view text,
                                              const Gazetteer& gazetteer);

}  // namespace ks::entities
