#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ks/analysis/analyzer.h"
#include "ks/searcher/query_syntax.h"
#include "ks/searcher/vocabulary.h"

namespace ks::searcher {

/// Why a query word was searched as other words.
enum class RewriteKind {
    kInitials,       ///< 초성 only (ㅇㅌㅁ): the most common words with those initials
    kCompletion,     ///< a prefix (알트ㅁ, 알트*, --prefix): the most common words it grows into
    kKeyboard,       ///< typed in the wrong keyboard mode (dkfxmaks → 알트만, ㅡㄷㅅㅁ → meta)
    kVariant,        ///< another transliteration of a foreign word (올트몬 → 올트먼)
    kTypo,           ///< one letter (one jamo in Hangul) away from an indexed word (알트민 → 알트만)
    kUnclosedQuote,  ///< a phrase with no closing quote found nothing: its words were searched one by one
    kLimited,        ///< past kMaxRewrittenWords, words that would be expanded or corrected are searched as typed
    kLoosePhrase,    ///< a closed phrase no passage holds, in a query that found nothing: searched as its words
};

/// "initials", "completion", "keyboard", "variant", "typo", "unclosed_quote": as in the JSON output.
std::string_view rewrite_kind_name(RewriteKind kind);

/// One query word searched as other words, or only suggested ("did you mean").
struct Rewrite {
    std::string from;             ///< the word as typed
    std::vector<std::string> to;  ///< what it was searched as (alternatives, most common first), or is suggested
    RewriteKind kind = RewriteKind::kTypo;
    bool applied = true;  ///< false: a suggestion only; the word was searched as typed because the index has it
};

struct RewriteOptions {
    bool correct = true;  ///< expand 초성, complete half-typed syllables, correct words the index lacks
    bool prefix = false;  ///< complete the last word, as a trailing '*' does
};

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
