#include "ks/searcher/searcher.h"

#include <sstream>

#include "errors.h"
#include "ks/korean_search.h"
#include "ks/searcher/output.h"

namespace ks {

static_assert(std::is_same_v<PassageCount, Xapian::doccount>, "ks/types.h counts passages as the index does");

namespace {

// The index a message names: the first of the shards.
std::string index_name(const std::vector<std::string>& paths) { return paths.empty() ? "" : paths.front(); }

}  // namespace

struct Searcher::Internal {
    explicit Internal(const std::vector<std::string>& paths) : name(index_name(paths)), searcher(paths) {}

    std::string name;  ///< the index, or the first shard, for messages
    searcher::Searcher searcher;

    template <typename Work>
    auto run(Work work) -> decltype(work())
    {
        return api::with_errors_of<SearchError>(name, work);
    }
};

Searcher::Searcher(const std::string& path) : Searcher(std::vector<std::string>{path}) {}

Searcher::Searcher(const std::vector<std::string>& paths)
    : internal_(api::with_errors_of<SearchError>(index_name(paths), [&] { return std::make_unique<Internal>(paths); }))
{
}

Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

SearchResult Searcher::search(const SearchRequest& request)
{
    return internal_->run([&] { return internal_->searcher.search(request); });
}

std::vector<WordCount> Searcher::complete(std::string_view prefix, std::size_t limit)
{
    return internal_->run([&] { return internal_->searcher.complete(prefix, limit); });
}

PassageCount Searcher::passages() const { return internal_->searcher.passages(); }

std::string to_json(const SearchResult& result, bool ids_only)
{
    std::ostringstream out;
    searcher::print_json(out, result, "", ids_only);
    std::string json = out.str();
    if (!json.empty() && json.back() == '\n') {
        json.pop_back();
    }
    return json;
}

}  // namespace ks
