#pragma once

#include <xapian.h>

#include <array>
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "ks/schema/schema.h"
#include "ks/types.h"

namespace ks::searcher {

using ks::FacetCount;
using ks::Facets;

using schema::counted_values;
using schema::kDateBucketChars;

/// Counts the values of one list-valued slot (schema::encode_values) over every document the match
/// visits. Exact: Xapian runs a match spy over all matches, not just the page returned.
class ListValueCountSpy : public Xapian::MatchSpy {
public:
    /// `truncate` > 0 counts each value by its first `truncate` bytes (2025-07-13 → 2025-07).
    explicit ListValueCountSpy(Xapian::valueno slot, std::size_t truncate = 0) : slot_(slot), truncate_(truncate) {}

    void operator()(const Xapian::Document& doc, double weight) override;
    Xapian::MatchSpy* clone() const override { return new ListValueCountSpy(slot_, truncate_); }
    std::string name() const override { return "ks::ListValueCountSpy"; }

    /// The `limit` most frequent values; ties in value order.
    std::vector<FacetCount> top(std::size_t limit) const;

private:
    Xapian::valueno slot_;
    std::size_t truncate_;
    std::map<std::string, Xapian::doccount> counts_;
};

/// The `limit` most frequent values; ties in value order.
std::vector<FacetCount> most_frequent(const std::map<std::string, Xapian::doccount>& counts, std::size_t limit);

/// Counts facets with Xapian's own ValueCountMatchSpy, one per slot of schema::kPersonsFirstSlot and the
/// like, summed: the way to count over remote shards, as a stock xapian-tcpsrv runs only Xapian's spies.
/// Exact while no passage has more than schema::kFacetSlotsEach values of one facet.
class SlotFacetCounter {
public:
    /// Finds the slots in use (their value frequencies: one call per slot).
    explicit SlotFacetCounter(const Xapian::Database& db);

    void attach(Xapian::Enquire& enquire);
    Facets top(std::size_t limit) const;  ///< after the match

private:
    // persons, companies, dates mentioned, publication months
    std::array<std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>>, 4> spies_;
};

}  // namespace ks::searcher
