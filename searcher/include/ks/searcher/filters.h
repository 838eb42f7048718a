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
    std::string from;                    ///< ISO date of any precision: the article was published on or after it
    std::string to;              ///< ISO date of any precision: ... on or before it (2025 reaches to 2025-12-31)
    std::string mentioned_from;  ///< ISO date of any precision: the passage mentions a date on or after it
    std::string mentioned_to;    ///< ... a date on or before it
    std::string article;         ///< an article's id: only its passages

    bool empty() const
    {
        return persons.empty() && companies.empty() && !by_publication() && mentioned_from.empty() &&
               mentioned_to.empty() && article.empty();
    }
    bool by_publication() const { return !from.empty() || !to.empty(); }
};

/// Thrown for a filter value that cannot mean anything (a date such as 2025-13-40).
class FilterError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

/// Whether `date` is YYYY, YYYY-MM or YYYY-MM-DD naming a real day (schema::is_iso_date: 2025-02-30 is not).
bool is_date_filter(const std::string& date);

/// The boolean query that keeps only passages passing `filters`. Names resolve through `names` to
/// their canonical form. A date range keeps passages whose date lies wholly inside it (an article dated only 2024
/// is not inside 2024-10..2025-03): the article's publication date for from/to, which passages of an undated
/// article never pass, and any date the passage mentions for mentioned_from/mentioned_to. Throws FilterError
/// for a malformed date.
Xapian::Query filter_query(const Filters& filters, const Xapian::Database& db, const KnownNames& names,
                           analysis::Analyzer& analyzer);

/// The passages of articles that have a publication date (of any precision).
Xapian::Query dated_passages(const Xapian::Database& db);

}  // namespace ks::searcher
