#include "ks/searcher/searcher.h"

#include <ostream>

#include "ks/searcher/output.h"
#include "ks/searcher/search.h"

namespace ks::searcher {

int run(const Options& options, std::ostream& out, std::ostream& err)
{
    std::string query;
    for (const std::string& word : options.query_words) {
        if (!query.empty()) {
            query += ' ';
        }
        query += word;
    }
    Searcher searcher(options.db_path);
    const SearchResult result = searcher.search(
        {.query = query, .mode = options.mode, .offset = options.offset, .limit = options.limit,
         .explain = options.explain, .filters = options.filters, .facet_limit = options.facet_limit});
    if (options.explain) {
        print_explanation(err, result);
    }
    if (options.json) {
        print_json(out, result);
    } else {
        print_text(out, result, options.color);
    }
    return result.hits.empty() ? 1 : 0;
}

}  // namespace ks::searcher
