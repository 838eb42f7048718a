#include "ks/searcher/facets.h"

#include <algorithm>
#include <array>

#include "ks/schema/schema.h"

namespace ks::searcher {

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

std::vector<FacetCount> most_frequent(const std::map<std::string, Xapian::doccount>& counts, std::size_t limit)
{
    std::vector<FacetCount> all;
    for (const auto& [value, count] : counts) {
        all.push_back({value, count});
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
    if (all.size() > limit) {
        all.resize(limit);
    }
    return all;
}

std::vector<FacetCount> ListValueCountSpy::top(std::size_t limit) const { return most_frequent(counts_, limit); }

SlotFacetCounter::SlotFacetCounter(const Xapian::Database& db)
{
    constexpr std::array<Xapian::valueno, 3> kFirstSlots = {schema::kPersonsFirstSlot, schema::kCompaniesFirstSlot,
                                                            schema::kDateBucketsFirstSlot};
    spies_[3].push_back(std::make_unique<Xapian::ValueCountMatchSpy>(schema::kPublishedMonthSlot));  // one each
    for (std::size_t f = 0; f < kFirstSlots.size(); ++f) {
        // Slots fill from the first on, so the first empty one ends those in use.
        for (Xapian::valueno slot = kFirstSlots[f];
             slot < kFirstSlots[f] + schema::kFacetSlotsEach && db.get_value_freq(slot) > 0; ++slot) {
            spies_[f].push_back(std::make_unique<Xapian::ValueCountMatchSpy>(slot));
        }
    }
}

void SlotFacetCounter::attach(Xapian::Enquire& enquire)
{
    for (auto& facet : spies_) {
        for (auto& spy : facet) {
            enquire.add_matchspy(spy.get());
        }
    }
}

Facets SlotFacetCounter::top(std::size_t limit) const
{
    std::array<std::vector<FacetCount>, 4> tops;
    for (std::size_t f = 0; f < spies_.size(); ++f) {
        std::map<std::string, Xapian::doccount> counts;
        for (const auto& spy : spies_[f]) {
            for (Xapian::TermIterator it = spy->values_begin(); it != spy->values_end(); ++it) {
                counts[*it] += it.get_termfreq();
            }
        }
        tops[f] = most_frequent(counts, limit);
    }
    return {std::move(tops[0]), std::move(tops[1]), std::move(tops[2]), std::move(tops[3])};
}

}  // namespace ks::searcher
