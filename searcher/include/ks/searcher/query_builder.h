#pragma once

#include <xapian.h>

#include <set>
#include <string>

#include "ks/analysis/analyzer.h"
#include "ks/searcher/known_names.h"
#include "ks/searcher/query_syntax.h"

namespace ks::searcher {

/// How the groups of a query combine. A word matches a passage through its stem (or alternative stem), or
/// through all of its Hangul bigrams (초지능팀 matches 초지능 팀); quoted phrases must always match.
/// The order of the hits.
enum class SortOrder {
    kRelevance,  ///< best first
    kNewest,     ///< by the article's publication date, newest first; undated articles last; ties by relevance
    kOldest,     ///< oldest first; undated articles first
};

enum class MatchMode {
    kAny,  ///< at least one word must match; passages with more of the words rank higher
    kAll,  ///< every group must match
};

/// Relative weights of the kinds of term a query word stands for; a stem counts 1.
struct RankingParams {
    double surface = 0.5;  ///< the word exactly as typed (메타의 for 메타의)
    double parts = 1.2;    ///< parts of a mixed word (오픈, ai of 오픈ai; 2016 of 2016년, often the point of it)
    double all_bigrams = 1.0;   ///< every Hangul bigram of the word present: the compound written another way
    double some_bigrams = 1.0;  ///< Hangul bigrams of the word, each counting for its share
    double joined = 0.3;        ///< the word written together with the one before it (초지능팀 for 초지능 팀)
    double lead = 0.5;   ///< the word opening the article, which most often names its subject (몰타 공화국은 ...)
    double title = 0.6;  ///< the word in the article title, counted instead of the text where it weighs more
    double bm25_k1 = 0.5;  ///< BM25 term-frequency saturation (Lucene: 1.2, Xapian: 1; see bench/RESULTS.md)
    double bm25_b = 0.5;   ///< BM25 length normalization (Lucene: 0.75, Xapian: 0.5)
    /// BM25+'s floor for a matching term: a long passage that holds a query word once still earns this much
    /// for it, so passages holding more of the query's words come first (0: plain BM25).
    double bm25_delta = 0.5;
    /// A passage shorter than this share of the average length is normalized as if it had this length
    /// (Xapian's min_normlen), so that a one-line stub is not rewarded for its shortness without end.
    double bm25_min_normlen = 0.5;
    /// A word in more than this share of passages ranks, but makes no match on its own while the query has a
    /// rarer word the index holds (as Elasticsearch's cutoff_frequency): fewer matches to visit and count,
    /// and those matching only common words were never near the top. 0: every word makes matches.
    double common_share = 0.005;
    double common_min = 100;  ///< ...and in more than this many passages: in a small index every word counts
};

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
