#include "ks/searcher/searcher.h"

#include <ostream>

#include "ks/searcher/output.h"
#include "ks/searcher/search.h"

namespace ks::searcher {

int run(const Options& options, std::ostream& out)
{
    std::string query;
    for (const std::string& word : options.query_words) {
        if (!query.empty()) {
            query += ' ';
        }
        query += word;
    }
    Searcher searcher(options.db_path);
    const SearchResult result = searcher.search({query, options.mode, options.offset, options.limit});
    if (options.json) {
        print_json(out, result);
    } else {
        print_text(out, result, options.color);
    }
    return result.hits.empty() ? 1 : 0;
}

}  // namespace ks::searcher
