#pragma once

#include <xapian.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "ks/analysis/analyzer.h"
#include "ks/searcher/known_names.h"
#include "ks/types.h"

namespace ks::searcher {

using ks::FilterError;
using ks::Filters;

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
