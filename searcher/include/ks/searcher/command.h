#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "ks/searcher/filters.h"
#include "ks/searcher/query_builder.h"
#include "ks/searcher/query_rewriter.h"

namespace ks::searcher {

/// How results are printed.
enum class OutputFormat {
    kText,   ///< for a person: ranked snippets and a facet block
    kJson,   ///< one JSON object (docs/json.md); in batch mode, one per query and line
    kJsonl,  ///< one JSON object per hit and line
    kCount,  ///< the number of matching passages only (exact)
    kIds,    ///< doc#passage, one per line
};

/// What the searcher is asked to do.
struct Options {
    std::vector<std::string> db_paths;     ///< one index, or several shards searched as one
    std::vector<std::string> query_words;  ///< joined with spaces into one query
    unsigned limit = 10;
    unsigned offset = 0;
    MatchMode mode = MatchMode::kAny;
    OutputFormat format = OutputFormat::kText;
    bool batch = false;           ///< one query per line from `queries_file`, or from the input stream; JSON lines out
    bool batch_ids = false;       ///< with batch (--ids): hits carry only rank, score, doc and passage; no facets
    bool whole_passages = false;  ///< text output shows each passage whole, not a snippet (--article)
    SortOrder sort = SortOrder::kRelevance;
    unsigned per_article = 1;  ///< passages listed per article; 0: every passage
    std::string queries_file;  ///< plain text or .jsonl (a "query" and an "id" per line)
    bool color = false;
    bool explain = false;  ///< print how the query was read and what each hit matched on `err`
    Filters filters;
    std::size_t facet_limit = 10;
    RewriteOptions rewriting;  ///< 초성, completion, correction
    std::string complete;      ///< not empty: print the most common completions of this prefix instead of searching
};

/// Runs one search, a batch of them, or a completion (options.complete), and prints on `out` (explanations and per-line
/// problems on `err`). Batch queries come from `in` unless options.queries_file is set. Returns the exit status as grep
/// does: 0 when some query had hits, 1 when none had, 2 when a batch line could not be run. Throws SearchError,
/// FilterError or Xapian::Error when it cannot search at all.
int run(const Options& options, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace ks::searcher
