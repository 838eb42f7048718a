#pragma once

#include <xapian.h>

#include <set>
#include <string>

#include "ks/analysis/analyzer.h"
#include "ks/searcher/known_names.h"
#include "ks/searcher/query_syntax.h"
#include "ks/types.h"

namespace ks::searcher {

using ks::MatchMode;
using ks::RankingParams;
using ks::SortOrder;

/// What highlighting needs to know of a query: the terms that count as a match.
struct HighlightTerms {
    std::set<std::string> words;    ///< stems, alternatives, parts and surfaces, unprefixed
    std::set<std::string> bigrams;  ///< Hangul bigrams, unprefixed
};

/// A query ready for Xapian::Enquire.
struct BuiltQuery {
    Xapian::Query query;
    HighlightTerms highlight;
    bool browse = false;  ///< no word to rank by: list passages in article order
};

/// Turns a parsed query into a Xapian query through the same analyzer the indexer used.
class QueryBuilder {
public:
    /// `names`: the names the index knows besides the built-in gazetteer (nullptr: the gazetteer only);
    /// `db`: the index, whose word frequencies tell common words (nullptr: none is common).
    QueryBuilder(analysis::Analyzer& analyzer, MatchMode mode, RankingParams weights = {},
                 const KnownNames* names = nullptr, const Xapian::Database* db = nullptr)
        : analyzer_(analyzer), mode_(mode), weights_(weights), names_(names), db_(db)
    {
    }

    /// One form for every search, so that counting facets or not never changes the hits or their scores (a form
    /// reading each term once was about 10% faster with facets, but ranked a few queries otherwise, and Xapian
    /// 1.4.22 crashes skipping through it: an AND_MAYBE over OP_MAX).
    BuiltQuery build(const ParsedQuery& parsed);

private:
    analysis::Analyzer& analyzer_;
    MatchMode mode_;
    RankingParams weights_;
    const KnownNames* names_;
    const Xapian::Database* db_;

    /// How many passages hold a word's stem: none, up to weights_.common_share of them, or more.
    enum class Frequency { kUnknown, kRare, kCommon };
    Frequency frequency(const analysis::Token& token) const;

    struct Parts;  // the pieces of the query as its groups are read
    struct Group;  // one group's alternatives as its items are read
    void add_group(Parts& parts, std::size_t g, const std::vector<QueryItem>& items,
                   const std::vector<std::vector<analysis::Token>>& analyzed, bool drop_question_words);
    void add_item(Parts& parts, Group& group, std::size_t g, const QueryItem& item, std::vector<analysis::Token> tokens,
                  bool alone_in_group);
    void add_names(Parts& parts);
    static BuiltQuery assembled(Parts& parts);
};

}  // namespace ks::searcher
