#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ks/analysis/analyzer.h"
#include "ks/types.h"

namespace ks::searcher {

using ks::WordCount;

/// The words of an index (its stems), looked up the ways a Korean user types them: by 초성, by a prefix
/// that ends in a half-typed syllable, or by exact spelling for correction candidates. Reads the term list
/// in place, so it needs nothing stored at indexing and works on shards, remote ones included.
class Vocabulary {
public:
    /// `analyzer` tells a word from its forms with particles (삼성전자가 is 삼성전자), which completion leaves out.
    Vocabulary(const Xapian::Database& db, analysis::Analyzer& analyzer) : db_(db), analyzer_(analyzer) {}

    /// Passages the word appears in (as a stem); 0 for a word the index does not hold.
    Xapian::doccount passages_with(std::string_view word) const;

    /// Passages holding an index term of any kind (prefixed: XS메타의).
    Xapian::doccount passages_with_term(const std::string& term) const;

    /// Whether some passage holds all of these Hangul bigrams: the word written as part of a compound.
    bool has_all_bigrams(const std::vector<std::string>& bigrams) const;

    /// The most common words that `prefix` can grow into while typing: those that begin with it as written
    /// first, then those it reaches at the level of the keys (알 → 아래), each most common first. The prefix
    /// may end in a half-typed syllable (알트ㅁ and 알틈 both give 알트만), be 초성 (ㅇㅌ), or be Latin (anth).
    /// A word's forms with particles (삼성전자가 beside 삼성전자) are left out.
    std::vector<WordCount> completions(std::string_view prefix, std::size_t limit) const;

    /// The most common words whose syllables begin with exactly these consonants (ㅇㅌㅁ → 알트만).
    std::vector<WordCount> with_initials(std::u32string_view initials, std::size_t limit) const;

    /// Of `candidates`, the one in the most passages; nullopt when the index holds none of them.
    std::optional<WordCount> most_common(const std::vector<std::string>& candidates) const;

private:
    const Xapian::Database& db_;
    analysis::Analyzer& analyzer_;
};

}  // namespace ks::searcher
