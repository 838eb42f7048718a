#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ks::entities {

/// Dates a text mentions, as ISO values with the precision the text gives: 2025년 → `2025`, 2024년 10월 →
/// `2024-10`, 2023년 11월 17일 or 2023-11-17 → `2023-11-17`; a decade, 1990년대, → `1990s`.
///
/// A year also stands alone (2014 시즌, '응답하라 1988') and in ranges (2014-2015학년도: both years), but not as a
/// count (2000 명), a code (G2000) or a title quoted alone ('2046'). A mention without its year (11월 17일,
/// 지난 13일, 13일(현지시간), 지난해, 올해) is resolved against `article_date` (ISO, any precision) when that date
/// has what is missing, and left out otherwise: a date is never guessed. Durations (3일 동안) are not dates.
/// Values come once each, in order of first mention. `text` should be NFKC-normalized (full-width digits become
/// ASCII).
std::vector<std::string> extract_dates(std::string_view text, std::string_view article_date);

}  // namespace ks::entities
