// libFuzzer target for the query path: any bytes as a query (parsing, rewriting against the vocabulary,
// building, matching, facets, snippets, one article per result) on an index of the project's corpus/, built once.
// A crash, a sanitizer report or an exception other than the documented ones is a finding.

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>

#include "ks/indexer/indexer.h"
#include "ks/searcher/searcher.h"

namespace {

ks::searcher::Searcher& searcher()
{
    static ks::searcher::Searcher* opened = [] {
        char folder[] = "/tmp/ks-fuzz-query-XXXXXX";
        if (mkdtemp(folder) == nullptr) {
            std::abort();
        }
        const std::string db = std::string(folder) + "/corpus.db";
        std::ostringstream diagnostics;
        ks::indexer::run({db, {std::string(KS_CORPUS_DIR)}}, diagnostics);
        return new ks::searcher::Searcher(db);
    }();
    return *opened;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string query(reinterpret_cast<const char*>(data), size);
    ks::searcher::Searcher& s = searcher();
    try {
        s.search({.query = query, .limit = 10});
        s.search({.query = query,
                  .mode = ks::searcher::MatchMode::kAll,
                  .offset = 3,
                  .limit = 5,
                  .facet_limit = 0,
                  .per_article = 1});
        s.complete(query, 5);
    } catch (const ks::searcher::FilterError&) {
        // documented: a malformed filter, which a query never holds
    }
    return 0;
}
