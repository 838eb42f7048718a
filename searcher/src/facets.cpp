#include "ks/searcher/facets.h"

#include <algorithm>

#include "ks/schema/schema.h"

namespace ks::searcher {

void ListValueCountSpy::operator()(const Xapian::Document& doc, double)
{
    const std::string encoded = doc.get_value(slot_);
    if (encoded.empty()) {
        return;
    }
    std::vector<std::string> values = schema::decode_values(encoded);
    if (truncate_ > 0) {
        for (std::string& value : values) {
            value.resize(std::min(value.size(), truncate_));
        }
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());  // a passage counts once
    }
    for (const std::string& value : values) {
        ++counts_[value];
    }
}

std::vector<FacetCount> ListValueCountSpy::top(std::size_t limit) const
{
    std::vector<FacetCount> all;
    for (const auto& [value, count] : counts_) {
        all.push_back({value, count});
    }
    std::stable_sort(all.begin(), all.end(), [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
    if (all.size() > limit) {
        all.resize(limit);
    }
    return all;
}

}  // namespace ks::searcher
