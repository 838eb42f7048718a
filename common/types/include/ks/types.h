#pragma once

// The plain data the library's interface passes (ks/korean_search.h): requests, results and the errors they
// raise. No Xapian, ICU or MeCab type appears here; the library's own code uses these same types.

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace ks {

/// A number of passages: 32 bits, as the index counts documents (Xapian::doccount).
using PassageCount = std::uint32_t;

/// What a passage stores: enough to show and cite it without the source files.
struct PassageRecord {
    std::string doc;       ///< article id
    std::string title;     ///< article title
    unsigned passage = 0;  ///< 1-based passage number within the article
    std::string text;      ///< the passage exactly as written in the article
    std::string date;      ///< article date (ISO), or empty
    std::string source;    ///< where the article comes from, or empty
    std::string url;       ///< article URL, or empty
};

/// A piece of a passage to show, with the matched words marked.
struct Snippet {
    std::string text;  ///< taken from the passage as written; line breaks become spaces, "…" marks a cut
    std::vector<std::pair<std::size_t, std::size_t>> highlights;  ///< byte ranges [begin, end) in text
};

/// One facet value and the number of matching passages that carry it.
struct FacetCount {
    std::string value;
    PassageCount count = 0;
};

/// Facet counts over every match of a query, most frequent first.
struct Facets {
    std::vector<FacetCount> persons;
    std::vector<FacetCount> companies;
    std::vector<FacetCount> dates;      ///< dates the passages mention, by month (2025-07), or by year where the text
                                        ///< gives only the year
    std::vector<FacetCount> published;  ///< the articles' publication months (a year where only it is known)
};

/// Facet filters; every one given must hold.
struct Filters {
    std::vector<std::string> persons;    ///< any spelling of a name: 올트먼, Sam Altman, 샘 알트만
    std::vector<std::string> companies;  ///< any spelling of a company: 메타, Meta
    std::string from;                    ///< ISO date of any precision: the article was published on or after it
    std::string to;              ///< ISO date of any precision: ... on or before it (2025 reaches to 2025-12-31)
    std::string mentioned_from;  ///< ISO date of any precision: the passage mentions a date on or after it
    std::string mentioned_to;    ///< ... a date on or before it
    std::string article;         ///< an article's id: only its passages

    bool empty() const
    {
        return persons.empty() && companies.empty() && !by_publication() && mentioned_from.empty() &&
               mentioned_to.empty() && article.empty();
    }
    bool by_publication() const { return !from.empty() || !to.empty(); }
};

/// The order of the hits.
enum class SortOrder {
    kRelevance,  ///< best first
    kNewest,     ///< by the article's publication date, newest first; undated articles last; ties by relevance
    kOldest,     ///< oldest first; undated articles first
};

/// How the groups of a query combine. A word matches a passage through its stem (or alternative stem), or
/// through all of its Hangul bigrams (초지능팀 matches 초지능 팀); quoted phrases must always match.
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

/// Why a query word was searched as other words.
enum class RewriteKind {
    kInitials,       ///< 초성 only (ㅇㅌㅁ): the most common words with those initials
    kCompletion,     ///< a prefix (알트ㅁ, 알트*, --prefix): the most common words it grows into
    kKeyboard,       ///< typed in the wrong keyboard mode (dkfxmaks → 알트만, ㅡㄷㅅㅁ → meta)
    kVariant,        ///< another transliteration of a foreign word (올트몬 → 올트먼)
    kTypo,           ///< one letter (one jamo in Hangul) away from an indexed word (알트민 → 알트만)
    kUnclosedQuote,  ///< a phrase with no closing quote found nothing: its words were searched one by one
    kLimited,        ///< past the words a query may have rewritten (16), the others are searched as typed
    kLoosePhrase,    ///< a closed phrase no passage holds, in a query that found nothing: searched as its words
};

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

/// A word of the index and the number of passages it appears in.
struct WordCount {
    std::string word;
    PassageCount passages = 0;
};

/// One search.
struct SearchRequest {
    std::string query;  ///< as typed; ill-formed UTF-8 is repaired, never fatal
    MatchMode mode = MatchMode::kAny;
    PassageCount offset = 0;          ///< hits to skip
    PassageCount limit = 10;          ///< hits to return
    std::size_t snippet_chars = 200;  ///< 0: no snippet
    bool ids_only = false;            ///< fill only record.doc and record.passage: no stored text is read, much faster
    RankingParams ranking;
    RewriteOptions rewriting;      ///< 초성, completion and correction of words the index lacks
    bool explain = false;          ///< fill SearchResult::explanation and Hit::matched_terms
    Filters filters;               ///< facet filters; with no query words they browse the passages that pass
    std::size_t facet_limit = 10;  ///< values listed per facet, counted over all matches; 0: no counting
    bool exact_total = false;      ///< count every match (as counting facets does), for an exact total_estimate
    /// Without facets or exact_total, the matches counted before the rest is estimated: a total under it is
    /// exact, a larger one at least it. 0 ranks only, fastest (when no total is shown).
    PassageCount counted_at_least = 1000;
    SortOrder sort = SortOrder::kRelevance;
    /// Passages listed per article, its best first; the others of the article are counted in
    /// Hit::more_in_article. 0: every passage.
    PassageCount per_article = 0;
};

/// One ranked passage.
struct Hit {
    PassageCount rank = 0;  ///< 1-based, counting skipped hits
    double score = 0;       ///< BM25 score; 0 when browsing
    PassageRecord record;
    Snippet snippet;
    std::vector<std::string> matched_terms;  ///< index terms of the query found in the passage (with explain)
    std::vector<std::string> persons;        ///< canonical names the passage mentions
    std::vector<std::string> companies;      ///< canonical names the passage mentions
    std::vector<std::string> dates;          ///< ISO dates the passage mentions, at their own precision
    /// With per_article: further matching passages of its article that the result does not list (exact when
    /// SearchResult::total_exact; else at least this many).
    PassageCount more_in_article = 0;
};

struct SearchResult {
    std::string query;                ///< as searched: repaired UTF-8, cut when too long
    bool query_truncated = false;     ///< the query was longer than kMaxQueryBytes and was cut
    PassageCount total_estimate = 0;  ///< matching passages, estimated (exact when small)
    bool total_exact = false;         ///< total_estimate is the exact number (always when counting facets)
    PassageCount total_at_least = 0;  ///< a lower bound of the matches, total_estimate when exact
    /// With per_article: the articles the matching passages come from (exact when total_exact); 0 otherwise, and
    /// for an index written before articles were counted.
    PassageCount total_articles = 0;
    /// The databases searched as one: above 1 on shards, where a query word with spelling variants can score a
    /// little otherwise than on one index (its frequency is estimated shard by shard).
    std::size_t shards = 1;
    bool browse = false;  ///< no query words: passages in article order
    /// Matching passages a publication-date range (Filters::from, to) left out because their article has no date.
    PassageCount undated_left_out = 0;
    std::vector<Hit> hits;
    std::vector<Rewrite> rewrites;  ///< query words searched as other words, or with a suggestion
    std::string explanation;        ///< the query the words became (with explain)
    Facets facets;                  ///< over every match (empty when facet_limit is 0)
};

/// Longer queries are cut at a word boundary before this many bytes (SearchResult::query_truncated).
inline constexpr std::size_t kMaxQueryBytes = 4096;

/// Thrown when an index cannot be opened or read; the message names the index and the problem.
class SearchError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Thrown for a filter value that cannot mean anything (a date such as 2025-13-40).
class FilterError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

/// A document that cannot be indexed; the message says why.
class ArticleError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace ks
