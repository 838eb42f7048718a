#pragma once

#include <string>
#include <string_view>

// Dates as the index stores them and the filters take them: ISO, at the precision the source gives.

namespace ks::schema {

/// Whether `date` is YYYY, YYYY-MM or YYYY-MM-DD naming a real day: month 01-12, a day the month has
/// (2024-02-29 is one, 2025-02-30 and 2025-04-31 are not). Read by hand, never by std::regex.
bool is_iso_date(std::string_view date);

/// The ISO date that `value` begins with when the rest is empty or a time after `T` or a space
/// (`2025-07-01T09:30:00+09:00`, `2025-07-01 09:30`); empty when it begins with no real date.
std::string iso_date_part(std::string_view value);

}  // namespace ks::schema
