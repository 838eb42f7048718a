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
#include "ks/types.h"

namespace ks::searcher {

using ks::Hit;
using ks::kMaxQueryBytes;
using ks::SearchError;
using ks::SearchRequest;
using ks::SearchResult;

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
