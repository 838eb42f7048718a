#include "ks/entities/date_extractor.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <optional>

namespace ks::entities {

namespace {

constexpr std::string_view kYear = "년";
constexpr std::string_view kMonth = "월";
constexpr std::string_view kDay = "일";
constexpr std::string_view kDecade = "대";  // 1990년대
// Years named relative to the article's own: 지난해 11월 is November of the year before the article.
struct RelativeYear {
    std::string_view word;
    int offset;
};
constexpr RelativeYear kRelativeYears[] = {{"지난해", -1}, {"지난 해", -1}, {"작년", -1}, {"올해", 0}, {"금년", 0}};
// What marks a bare day number (13일) as a date rather than a count of days.
constexpr std::string_view kDayBefore[] = {"지난 ", "오는 ", "이번 "};
constexpr std::string_view kDayAfter[] = {"(현지시간)", "(현지 시간)", "(현지시각)", "(미국시간)", "(한국시간)"};

struct YearMonth {
    int year = 0;   // 0: unknown
    int month = 0;  // 0: unknown
};

bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

YearMonth parse_article_date(std::string_view iso)
{
    YearMonth ym;
    if (iso.size() >= 4) {
        std::from_chars(iso.data(), iso.data() + 4, ym.year);
    }
    if (iso.size() >= 7 && iso[4] == '-') {
        std::from_chars(iso.data() + 5, iso.data() + 7, ym.month);
    }
    return ym;
}

std::string format(int year, int month = 0, int day = 0)
{
    char out[48];  // room for any int, though years have four digits
    if (day > 0) {
        std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
    } else if (month > 0) {
        std::snprintf(out, sizeof out, "%04d-%02d", year, month);
    } else {
        std::snprintf(out, sizeof out, "%04d", year);
    }
    return out;
}

// A number followed by a unit (2025년, 11 월): its value and where the unit ends.
struct NumberUnit {
    int value = 0;
    std::size_t begin = 0;  // first digit
    std::size_t end = 0;    // one past the unit
};

std::size_t skip_spaces(std::string_view text, std::size_t at)
{
    while (at < text.size() && text[at] == ' ') {
        ++at;
    }
    return at;
}

// The number at `at` (digits only, not part of a longer number or a decimal) followed by `unit`.
std::optional<NumberUnit> number_with_unit(std::string_view text, std::size_t at, std::string_view unit)
{
    if (at >= text.size() || !is_digit(text[at]) || (at > 0 && (is_digit(text[at - 1]) || text[at - 1] == '.'))) {
        return std::nullopt;
    }
    std::size_t digits_end = at;
    while (digits_end < text.size() && is_digit(text[digits_end])) {
        ++digits_end;
    }
    if (digits_end - at > 4) {
        return std::nullopt;
    }
    const std::size_t unit_at = skip_spaces(text, digits_end);
    if (text.substr(unit_at, unit.size()) != unit) {
        return std::nullopt;
    }
    NumberUnit n;
    std::from_chars(text.data() + at, text.data() + digits_end, n.value);
    n.begin = at;
    n.end = unit_at + unit.size();
    return n;
}

// The month (and day) that may follow a year: 2024년 10월 17일.
std::optional<NumberUnit> month_after(std::string_view text, std::size_t at)
{
    auto month = number_with_unit(text, skip_spaces(text, at), kMonth);
    return month && month->value >= 1 && month->value <= 12 ? month : std::nullopt;
}

std::optional<NumberUnit> day_after(std::string_view text, std::size_t at)
{
    auto day = number_with_unit(text, skip_spaces(text, at), kDay);
    return day && day->value >= 1 && day->value <= 31 ? day : std::nullopt;
}

bool any_ends_at(std::string_view text, std::size_t end, std::initializer_list<std::string_view> words)
{
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) {
        return end >= w.size() && text.substr(end - w.size(), w.size()) == w;
    });
}

bool any_starts_at(std::string_view text, std::size_t at, std::initializer_list<std::string_view> words)
{
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text.substr(at, w.size()) == w; });
}

class DateCollector {
public:
    void add(std::string value)
    {
        if (std::find(values_.begin(), values_.end(), value) == values_.end()) {
            values_.push_back(std::move(value));
        }
    }
    std::vector<std::string> take() { return std::move(values_); }

private:
    std::vector<std::string> values_;
};

// A year (given or resolved) with the month and day that follow it; returns where the mention ends.
std::size_t add_year_chain(std::string_view text, std::size_t after_year, int year, DateCollector& dates)
{
    const auto month = month_after(text, after_year);
    if (!month) {
        dates.add(format(year));
        return after_year;
    }
    const auto day = day_after(text, month->end);
    dates.add(day ? format(year, month->value, day->value) : format(year, month->value));
    return day ? day->end : month->end;
}

const RelativeYear* relative_year_at(std::string_view text, std::size_t at)
{
    for (const RelativeYear& relative : kRelativeYears) {
        if (text.substr(at, relative.word.size()) == relative.word) {
            return &relative;
        }
    }
    return nullptr;
}

}  // namespace

std::vector<std::string> extract_dates(std::string_view text, std::string_view article_date)
{
    const YearMonth article = parse_article_date(article_date);
    DateCollector dates;
    for (std::size_t at = 0; at < text.size();) {
        if (const RelativeYear* relative = relative_year_at(text, at)) {
            at += relative->word.size();
            if (article.year > 0) {
                at = add_year_chain(text, at, article.year + relative->offset, dates);
            }
            continue;
        }
        if (!is_digit(text[at])) {
            ++at;
            continue;
        }
        if (auto year = number_with_unit(text, at, kYear); year && year->value >= 1000) {
            if (text.substr(year->end, kDecade.size()) == kDecade) {
                at = year->end;  // 1990년대: a decade
                continue;
            }
            at = add_year_chain(text, year->end, year->value, dates);
            continue;
        }
        if (auto month = month_after(text, at); month && month->begin == at) {
            const auto day = day_after(text, month->end);
            if (article.year > 0) {
                dates.add(day ? format(article.year, month->value, day->value) : format(article.year, month->value));
            }
            at = day ? day->end : month->end;
            continue;
        }
        if (auto day = day_after(text, at); day && day->begin == at) {
            const bool marked = any_ends_at(text, at, {kDayBefore[0], kDayBefore[1], kDayBefore[2]}) ||
                                any_starts_at(text, day->end, {kDayAfter[0], kDayAfter[1], kDayAfter[2], kDayAfter[3], kDayAfter[4]});
            if (marked && article.month > 0) {
                dates.add(format(article.year, article.month, day->value));
            }
            at = day->end;
            continue;
        }
        while (at < text.size() && is_digit(text[at])) {
            ++at;
        }
    }
    return dates.take();
}

}  // namespace ks::entities
