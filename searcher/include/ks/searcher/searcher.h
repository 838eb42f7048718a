#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "ks/searcher/filters.h"
#include "ks/searcher/query_builder.h"

namespace ks::searcher {

/// What the searcher is asked to do.
struct Options {
    std::string db_path;
    std::vector<std::string> query_words;  ///< joined with spaces into one query
    unsigned limit = 10;
    unsigned offset = 0;
    MatchMode mode = MatchMode::kAny;
    bool json = false;
    bool color = false;
    bool explain = false;  ///< print how the query was read and what each hit matched on `err`
    Filters filters;
    std::size_t facet_limit = 10;
};

/// Runs one search and prints it on `out` (explanations on `err`). Returns the exit status: 0 with hits, 1
/// without (as grep). Throws SearchError or Xapian::Error when it cannot search.
int run(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace ks::searcher
