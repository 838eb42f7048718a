#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <vector>

#include "ks/analysis/analyzer.h"
#include "ks/schema/passage_record.h"
#include "ks/searcher/facet_table.h"
#include "ks/searcher/facets.h"
#include "ks/searcher/filters.h"
#include "ks/searcher/query_builder.h"
#include "ks/searcher/query_rewriter.h"
#include "ks/searcher/snippet.h"
#include "ks/searcher/vocabulary.h"

namespace ks::searcher {

/// One search.
struct SearchRequest {
    std::string query;  ///< as typed; ill-formed UTF-8 is repaired, never fatal
    MatchMode mode = MatchMode::kAny;
    Xapian::doccount offset = 0;      ///< hits to skip
    Xapian::doccount limit = 10;      ///< hits to return
    std::size_t snippet_chars = 200;  ///< 0: no snippet
    bool ids_only = false;            ///< fill only record.doc and record.passage: no stored text is read, much faster
    RankingParams ranking;
    RewriteOptions rewriting;      ///< 초성, completion and correction of words the index lacks
    bool explain = false;          ///< fill SearchResult::explanation and Hit::matched_terms
    Filters filters;               ///< facet filters; with no query words they browse the passages that pass
    std::size_t facet_limit = 10;  ///< values listed per facet, counted over all matches; 0: no counting
    bool exact_total = false;      ///< count every match (as counting facets does), for an exact total_estimate
    /// Without facets or exact_total, the matches counted before Xapian estimates the rest: a total under it is
    /// exact, a larger one at least it. 0 ranks only, fastest (when no total is shown).
    Xapian::doccount counted_at_least = 1000;
    SortOrder sort = SortOrder::kRelevance;
    /// Passages listed per article, its best first; the others of the article are counted in
    /// Hit::more_in_article. 0: every passage.
    Xapian::doccount per_article = 0;
};

/// One ranked passage.
struct Hit {
    Xapian::doccount rank = 0;  ///< 1-based, counting skipped hits
    double score = 0;           ///< BM25 score; 0 when browsing
    schema::PassageRecord record;
    Snippet snippet;
    std::vector<std::string> matched_terms;  ///< index terms of the query found in the passage (with explain)
    std::vector<std::string> persons;        ///< canonical names the passage mentions
    std::vector<std::string> companies;      ///< canonical names the passage mentions
    std::vector<std::string> dates;          ///< ISO dates the passage mentions, at their own precision
    /// With per_article: further matching passages of its article that the result does not list (exact when
    /// SearchResult::total_exact; else at least this many).
    Xapian::doccount more_in_article = 0;
};

struct SearchResult {
    std::string query;                    ///< as searched: repaired UTF-8, cut when too long
    bool query_truncated = false;         ///< the query was longer than kMaxQueryBytes and was cut
    Xapian::doccount total_estimate = 0;  ///< matching passages, estimated by Xapian (exact when small)
    bool total_exact = false;             ///< total_estimate is the exact number (always when counting facets)
    Xapian::doccount total_at_least = 0;  ///< a lower bound of the matches, total_estimate when exact
    /// With per_article: the articles the matching passages come from (exact when total_exact); 0 otherwise, and
    /// for an index written before articles were counted (schema::kArticleSlotSchemaVersion).
    Xapian::doccount total_articles = 0;
    /// The databases searched as one: above 1 on shards, where a query word with spelling variants can score a
    /// little otherwise than on one index (Xapian estimates a SYNONYM's frequency shard by shard).
    std::size_t shards = 1;
    bool browse = false;  ///< no query words: passages in article order
    /// Matching passages a publication-date range (Filters::from, to) left out because their article has no date.
    Xapian::doccount undated_left_out = 0;
    std::vector<Hit> hits;
    std::vector<Rewrite> rewrites;  ///< query words searched as other words, or with a suggestion
    std::string explanation;        ///< the Xapian query the words became (with explain)
    Facets facets;                  ///< over every match (empty when facet_limit is 0)
};

/// Longer queries are cut at a word boundary before this many bytes (SearchResult::query_truncated).
inline constexpr std::size_t kMaxQueryBytes = 4096;

/// Thrown when the index cannot be opened or read.
class SearchError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// An open index and the analyzer that searches it. Holds ICU state: one per thread.
class Searcher {
public:
    /// Opens the index read-only. Throws SearchError naming the path.
    explicit Searcher(const std::string& db_path);

    /// Opens several indexes (shards) and searches them as one: ranking statistics, totals and facet counts
    /// cover all of them. A path may be a Xapian stub file listing shards, remote ones included.
    explicit Searcher(const std::vector<std::string>& db_paths);

    /// Ranks passages for a query (BM25), with snippets and facets. Reopens the index and retries when an
    /// indexer's commit discards the revision being read. Throws FilterError for a malformed filter,
    /// Xapian::Error on a damaged index.
    SearchResult search(const SearchRequest& request);

    /// The most common words of the index that `prefix` grows into, most common first: a half-typed last
    /// syllable (알트ㅁ), 초성 (ㅇㅌ) or Latin (anth). For shells and search boxes.
    std::vector<WordCount> complete(std::string_view prefix, std::size_t limit);

    /// The schema version the index was written with (schema::kSchemaVersionKey): below schema::kSchemaVersion, an
    /// earlier indexer's index, which lacks terms the current ranking weighs.
    int schema_version() const { return schema_version_; }

    /// The passages the index holds, all shards together.
    Xapian::doccount passages() const { return db_.get_doccount(); }

private:
    SearchResult search_retrying(const SearchRequest& request);  ///< search_once, again on a newer revision
    SearchResult search_once(const SearchRequest& request);
    void reread_names();             ///< names_ from the index, again at a newer revision while commits get in the way
    bool wait_for_a_new_revision();  ///< opens db_ anew at the next revision an indexer commits; false if none came
    /// What `read` returns, read again after an indexer's commit pulled the revision away, a few times at most:
    /// at the newest revision after DatabaseModifiedError; after DatabaseCorruptError, at the next one a writer
    /// commits (a compacted index being changed reads as corrupt, "Unexpected end of posting list", until the
    /// writer's first commit), as damage that no new revision follows is real. `after_reopen` runs before
    /// each new attempt. Throws SearchError when the index keeps changing.
    template <typename Read, typename AfterReopen>
    auto read_through_commits(Read read, AfterReopen after_reopen) -> decltype(read())
    {
        constexpr int kAttempts = 10;
        bool reopen = false;    // at the newest revision before the next attempt
        bool reopened = false;  // at a new revision already: after_reopen before the next attempt
        for (int attempt = 1;; ++attempt) {
            try {
                // Inside the try: a commit can pull away the revision being reopened too.
                if (reopen) {
                    db_.reopen();
                }
                if (reopen || reopened) {
                    after_reopen();
                }
                reopen = reopened = false;
                return read();
            } catch (const Xapian::DatabaseModifiedError&) {
                if (attempt == kAttempts) {
                    throw SearchError(
                        "the index kept changing while it was read (an indexer is committing to it often); try again");
                }
                reopen = true;
            } catch (const Xapian::DatabaseCorruptError&) {
                if (attempt == kAttempts || !wait_for_a_new_revision()) {
                    throw;
                }
                reopened = true;
            }
        }
    }
    /// Matches of `query` under `filters` but for their publication range whose article has no date.
    Xapian::doccount count_undated_matches(const Xapian::Query& query, Filters filters);
    const FacetTable* facet_table();  ///< nullptr until it pays to build one, and for shards

    std::vector<std::string> db_paths_;
    Xapian::Database db_;
    analysis::Analyzer analyzer_;
    KnownNames names_;
    std::unique_ptr<FacetTable> facet_table_;
    std::size_t facet_searches_ = 0;
    bool facet_table_failed_ = false;
    bool has_remote_shard_ = false;  ///< learned at the first facet search: count with Xapian's own spies
    int schema_version_ = 0;         ///< read once, when the index opens
    /// The index carries article ids in a value slot (read once, not per search): --per-article can collapse.
    bool collapses_articles_ = false;
};

}  // namespace ks::searcher
