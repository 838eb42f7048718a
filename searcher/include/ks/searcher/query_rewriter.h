#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ks/analysis/analyzer.h"
#include "ks/searcher/query_syntax.h"
#include "ks/searcher/vocabulary.h"
#include "ks/types.h"

namespace ks::searcher {

using ks::Rewrite;
using ks::RewriteKind;
using ks::RewriteOptions;

/// "initials", "completion", "keyboard", "variant", "typo", "unclosed_quote": as in the JSON output.
std::string_view rewrite_kind_name(RewriteKind kind);

struct RewrittenQuery {
    ParsedQuery parsed;
    std::vector<Rewrite> rewrites;
};

/// Words searched by completion or 초성, at most.
inline constexpr std::size_t kMaxExpansions = 3;

/// Words of one query that may be expanded (초성, completion) or corrected: each costs a walk through the index's
/// words, and a query of hundreds (가* 가* ...) held a core for seconds. Far more than anyone types.
inline constexpr std::size_t kMaxRewrittenWords = 16;

/// Reads each unquoted query word the way a Korean user may have typed it. A word the index lacks entirely
/// (as stem, exact form or compound) is searched as its correction: the keyboard-mode reading if the index
/// has it, else the most common transliteration variant or one-jamo typo. A word the index has but rarely
/// is left alone and only gets a suggestion, so a correct rare word is never changed and two real names
/// never merge. Quoted phrases are left as typed.
RewrittenQuery rewrite_query(const ParsedQuery& parsed, const Vocabulary& vocabulary, analysis::Analyzer& analyzer,
                             const RewriteOptions& options);

}  // namespace ks::searcher
