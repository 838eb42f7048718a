#pragma once

#include <xapian.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "ks/analysis/analyzer.h"
#include "ks/searcher/known_names.h"

namespace ks::searcher {

/// Facet filters; every one given must hold.
struct Filters {
    std::vector<std::string> persons;    ///< any spelling of a name: 올트먼, Sam Altman, 샘 알트만
    std::vector<std::string> companies;  ///< any spelling of a company: 메타, Meta
    std::string from;  ///< ISO date of any precision: the passage mentions a date on or after it
    std::string to;    ///< ISO date of any precision: ... on or before it (2025 reaches to 2025-12-31)

    bool empty() const { return persons.empty() && companies.empty() && from.empty() && to.empty(); }
};

/// Thrown for a filter value that cannot mean anything (a date such as 2025-13-40).
class FilterError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

/// Whether `date` is YYYY, YYYY-MM or YYYY-MM-DD with a real month and day.
bool is_date_filter(const std::string& date);

/// The boolean query that keeps only passages passing `filters`. Names resolve through `names` to
/// their canonical form; a date range keeps passages that mention a date lying wholly inside it (a passage
/// that says only 2024 is not inside 2024-10..2025-03). Throws FilterError for a malformed date.
Xapian::Query filter_query(const Filters& filters, const Xapian::Database& db, const KnownNames& names,
                           analysis::Analyzer& analyzer);

}  // namespace ks::searcher
