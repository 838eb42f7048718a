#include "ks/searcher/facet_table.h"

#include <algorithm>
#include <unordered_map>

#include "ks/schema/schema.h"

namespace ks::searcher {

namespace {

constexpr std::array<Xapian::valueno, FacetTable::kFacets> kSlots = {schema::kPersonsSlot, schema::kCompaniesSlot,
                                                                     schema::kDatesSlot};

}  // namespace

FacetTable::FacetTable(const Xapian::Database& db)
{
    const Xapian::docid last = db.get_lastdocid();
    for (std::size_t f = 0; f < kFacets; ++f) {
        Column& column = columns_[f];
        column.offsets.assign(static_cast<std::size_t>(last) + 2, 0);
        std::unordered_map<std::string, std::uint32_t> id_of;
        Xapian::docid filled_to = 0;  // offsets set for docids up to here
        for (Xapian::ValueIterator v = db.valuestream_begin(kSlots[f]); v != db.valuestream_end(kSlots[f]); ++v) {
            const Xapian::docid docid = v.get_docid();
            for (Xapian::docid d = filled_to + 1; d <= docid; ++d) {
                column.offsets[d] = static_cast<std::uint32_t>(column.ids.size());
            }
            filled_to = docid;
            const std::vector<std::string> values = counted_values(*v, kSlots[f] == schema::kDatesSlot ? kDateBucketChars : 0);
            for (const std::string& value : values) {
                auto [it, added] = id_of.emplace(value, static_cast<std::uint32_t>(names_[f].size()));
                if (added) {
                    names_[f].push_back(value);
                }
                column.ids.push_back(it->second);
            }
        }
        for (Xapian::docid d = filled_to + 1; d <= last + 1; ++d) {
            column.offsets[d] = static_cast<std::uint32_t>(column.ids.size());
        }
    }
}

std::pair<const std::uint32_t*, const std::uint32_t*> FacetTable::ids(std::size_t f, Xapian::docid docid) const
{
    const Column& column = columns_[f];
    if (docid == 0 || docid + 1 >= column.offsets.size()) {
        return {nullptr, nullptr};
    }
    const std::uint32_t* base = column.ids.data();
    return {base + column.offsets[docid], base + column.offsets[docid + 1]};
}

FacetTableSpy::FacetTableSpy(const FacetTable& table) : table_(table)
{
    for (std::size_t f = 0; f < FacetTable::kFacets; ++f) {
        counts_[f].assign(table.value_count(f), 0);
    }
}

void FacetTableSpy::operator()(const Xapian::Document& doc, double)
{
    const Xapian::docid docid = doc.get_docid();
    for (std::size_t f = 0; f < FacetTable::kFacets; ++f) {
        const auto [begin, end] = table_.ids(f, docid);
        for (const std::uint32_t* id = begin; id != end; ++id) {
            ++counts_[f][*id];
        }
    }
}

std::vector<FacetCount> FacetTableSpy::top(std::size_t f, std::size_t limit) const
{
    std::vector<FacetCount> all;
    for (std::uint32_t id = 0; id < counts_[f].size(); ++id) {
        if (counts_[f][id] > 0) {
            all.push_back({table_.value(f, id), counts_[f][id]});
        }
    }
    // Most frequent first; ties in value order, as ListValueCountSpy gives them.
    std::sort(all.begin(), all.end(), [](const FacetCount& a, const FacetCount& b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    if (all.size() > limit) {
        all.resize(limit);
    }
    return all;
}

}  // namespace ks::searcher
