#pragma once

#include <xapian.h>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace ks::searcher {

/// One facet value and the number of matching passages that carry it.
struct FacetCount {
    std::string value;
    Xapian::doccount count = 0;
};

/// Facet counts over every match of a query, most frequent first.
struct Facets {
    std::vector<FacetCount> persons;
    std::vector<FacetCount> companies;
    std::vector<FacetCount> dates;  ///< by month (2025-07), or by year where the text gives only the year
};

/// The date facet counts by month: 2025-07-13 and 2025-07-01 are both 2025-07 (a year alone stays a year).
inline constexpr std::size_t kDateBucketChars = 7;

/// A passage's facet values as counted: decoded from its slot, each cut to `truncate` bytes when that is not 0,
/// each once (a passage mentioning 2025-07-13 and 2025-07-20 counts once for 2025-07).
std::vector<std::string> counted_values(const std::string& encoded, std::size_t truncate);

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

}  // namespace ks::searcher
