#pragma once

#include <xapian.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "ks/searcher/facets.h"

namespace ks::searcher {

/// The facet values of every passage held in memory as small integer ids by docid, read once from the value
/// slots, so that counting over all matches costs an array walk per match instead of reading and decoding a
/// value (about half the cost of a query with facets at 100k passages).
class FacetTable {
public:
    static constexpr std::size_t kFacets = 3;  // persons, companies, dates (by month)

    /// Reads the facet slots of `db`: one pass over three value streams.
    explicit FacetTable(const Xapian::Database& db);

    /// The value ids of facet `f` for `docid` (empty for a docid out of range).
    std::pair<const std::uint32_t*, const std::uint32_t*> ids(std::size_t f, Xapian::docid docid) const;

    const std::string& value(std::size_t f, std::uint32_t id) const { return names_[f][id]; }
    std::size_t value_count(std::size_t f) const { return names_[f].size(); }

private:
    struct Column {
        std::vector<std::uint32_t> offsets;  // by docid: ids of docid d are ids[offsets[d], offsets[d + 1])
        std::vector<std::uint32_t> ids;
    };
    std::array<Column, kFacets> columns_;
    std::array<std::vector<std::string>, kFacets> names_;
};

/// Counts all three facets over every match through a FacetTable. Not serialisable: remote shards cannot run
/// it (the searcher answers without facets there).
class FacetTableSpy : public Xapian::MatchSpy {
public:
    explicit FacetTableSpy(const FacetTable& table);

    void operator()(const Xapian::Document& doc, double weight) override;
    Xapian::MatchSpy* clone() const override { return new FacetTableSpy(table_); }
    std::string name() const override { return "ks::FacetTableSpy"; }

    /// The `limit` most frequent values of facet `f`; ties in value order.
    std::vector<FacetCount> top(std::size_t f, std::size_t limit) const;

private:
    const FacetTable& table_;
    std::array<std::vector<Xapian::doccount>, FacetTable::kFacets> counts_;
};

}  // namespace ks::searcher
