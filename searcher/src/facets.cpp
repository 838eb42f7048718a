#include "ks/searcher/facets.h"

#include <algorithm>

#include "ks/schema/schema.h"

namespace ks::searcher {

std::vector<std::string> counted_values(const std::string& encoded, std::size_t truncate)
{
    std::vector<std::string> values = schema::decode_values(encoded);
    if (truncate > 0) {
        for (std::string& value : values) {
            value.resize(std::min(value.size(), truncate));
        }
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
    }
    return values;
}

void ListValueCountSpy::operator()(const Xapian::Document& doc, double)
{
    const std::string encoded = doc.get_value(slot_);
    if (encoded.empty()) {
        return;
    }
    for (const std::string& value : counted_values(encoded, truncate_)) {
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
