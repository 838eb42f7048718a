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

bool is_digit(char c) { return c >= '0' && c <= '9'; }

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

// The number of up to `max_digits` digits at `at`, and where it ends; nothing when a digit follows them.
std::optional<NumberUnit> digits_at(std::string_view text, std::size_t at, std::size_t max_digits)
{
    std::size_t end = at;
    while (end < text.size() && end - at < max_digits && is_digit(text[end])) {
        ++end;
    }
    if (end == at || (end < text.size() && is_digit(text[end]))) {
        return std::nullopt;
    }
    NumberUnit n;
    std::from_chars(text.data() + at, text.data() + end, n.value);
    n.begin = at;
    n.end = end;
    return n;
}

// A number that reads as a year when written alone: four digits from 1900 to 2099, no part of a longer
// number (1,999, 3.2014).
std::optional<NumberUnit> four_digit_year(std::string_view text, std::size_t at)
{
    if (at > 0 && (is_digit(text[at - 1]) || text[at - 1] == '.' || text[at - 1] == ',')) {
        return std::nullopt;
    }
    const auto year = digits_at(text, at, 4);
    if (!year || year->end != at + 4 || any_starts_at(text, year->end, {","})) {
        return std::nullopt;
    }
    return year->value >= 1900 && year->value <= 2099 ? year : std::nullopt;
}

bool ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

constexpr std::size_t kOneSyllable = 3;  // UTF-8 bytes of a Hangul syllable

// Words that make a four-digit number a count or an amount (2000 명, 1999 달러) or something else (2030 세대:
// people in their twenties and thirties), not a year. A counter of one syllable stands whole or with a
// particle (2000 명이; not 2018 평창, which begins with 평).
bool a_count_follows(std::string_view text, std::size_t at)
{
    static constexpr std::string_view kCounters[] = {
        "명",   "원",   "개",     "건",   "대",     "회",   "점",   "달러", "위안", "엔",   "유로",   "억",
        "만",   "천",   "여",     "호",   "번",     "배",   "마리", "가구", "채",   "편",   "곳",     "톤",
        "평",   "쪽",   "페이지", "세대", "석",     "표",   "주",   "장",   "분",   "초",   "시간",   "미터",
        "킬로", "기가", "메가",   "테라", "바이트", "비트", "그램", "리터", "센티", "밀리", "헥타르", "제곱",
        "%",    "~",    "∼",      "-",    ":",      "/",    "+",    "x",    "×"};
    const auto word_ends = [&](std::size_t end) {
        return end >= text.size() || static_cast<unsigned char>(text[end]) < 0x80 ||
               any_starts_at(text, end,
                             {"이", "가", "을", "를", "의", "은", "는", "에", "씩", "도", "로", "으로", "만", "과",
                              "와", "쯤", "정도", "가량"});
    };
    return std::any_of(std::begin(kCounters), std::end(kCounters), [&](std::string_view counter) {
        return text.substr(at, counter.size()) == counter &&
               (counter.size() != kOneSyllable || word_ends(at + counter.size()));
    });
}

// A year written alone, as titles and seasons write it: 2014 시즌, 2018 평창 동계올림픽, '응답하라 1988'. Not a
// part of a code or a name (G2000, 제2014호), nor a count (2000 명, 1,999원), nor glued to a word (2000원).
std::optional<NumberUnit> bare_year_at(std::string_view text, std::size_t at)
{
    auto year = four_digit_year(text, at);
    if (!year || (at > 0 && ascii_letter(text[at - 1])) || any_ends_at(text, at, {"-", "#", "제"})) {
        return std::nullopt;
    }
    // A number quoted alone is a title ('2046', a film), not a year; '응답하라 1988' is a title that names one.
    if (any_ends_at(text, at, {"'", "\"", "‘", "“", "「", "『", "《", "〈"}) &&
        any_starts_at(text, year->end, {"'", "\"", "’", "”", "」", "』", "》", "〉"})) {
        return std::nullopt;
    }
    if (year->end == text.size()) {
        return year;
    }
    if (text[year->end] == ' ') {
        const std::size_t word = skip_spaces(text, year->end);
        return word < text.size() && !is_digit(text[word]) && !a_count_follows(text, word) ? year : std::nullopt;
    }
    // Closing quotes and brackets, and the end of a clause: '응답하라 1988', (2014), 2014. (not 2014.05).
    const bool ends = any_starts_at(text, year->end, {"'", "\"", ")", "]", "’", "”", "」", "』", "》", "〉", ",", "."});
    const bool decimal = text[year->end] == '.' && year->end + 1 < text.size() && is_digit(text[year->end + 1]);
    return ends && !decimal ? year : std::nullopt;
}

// Two years joined as a range or a list (2014-2015학년도, 2005∼2015년, 2007·2008년, 2015-16 시즌): the years
// written (`second` 0 when one is), and where reading goes on. A second year with 년 is left to be read with its
// month and day.
struct YearRange {
    int first = 0;
    int second = 0;
    std::size_t end = 0;
};

std::optional<YearRange> year_range_at(std::string_view text, std::size_t at)
{
    const auto first = four_digit_year(text, at);
    if (!first || (at > 0 && (ascii_letter(text[at - 1]) || text[at - 1] == '-'))) {
        return std::nullopt;
    }
    for (std::string_view joint : {"-", "~", "∼", "–", "·"}) {
        if (text.substr(first->end, joint.size()) != joint) {
            continue;
        }
        const std::size_t second_at = first->end + joint.size();
        if (number_with_unit(text, second_at, kYear)) {
            return YearRange{first->value, 0, second_at};
        }
        if (const auto second = four_digit_year(text, second_at);
            second && second->value > first->value && !a_count_follows(text, skip_spaces(text, second->end))) {
            return YearRange{first->value, second->value, second->end};
        }
        // 2015-16: the next year's last two digits; the season's second year is not written
        if (const auto next = digits_at(text, second_at, 2);
            joint != "·" && next && next->end == second_at + 2 && next->value == (first->value + 1) % 100) {
            return YearRange{first->value, 0, next->end};
        }
    }
    return std::nullopt;
}

// A date written in digits, year first: 2025-07-13, 2025.7.13, 2025/07/13 (the separator the same twice).
struct WrittenDate {
    std::string value;
    std::size_t end = 0;
};

std::optional<WrittenDate> numeric_date_at(std::string_view text, std::size_t at)
{
    const auto year = four_digit_year(text, at);
    if (!year || year->end >= text.size() || (at > 0 && ascii_letter(text[at - 1]))) {
        return std::nullopt;
    }
    const char separator = text[year->end];
    if (separator != '-' && separator != '.' && separator != '/') {
        return std::nullopt;
    }
    const auto month = digits_at(text, year->end + 1, 2);
    if (!month || month->end >= text.size() || text[month->end] != separator) {
        return std::nullopt;
    }
    const auto day = digits_at(text, month->end + 1, 2);
    if (!day || month->value < 1 || month->value > 12 || day->value < 1 || day->value > 31 ||
        (day->end < text.size() && text[day->end] == separator)) {
        return std::nullopt;
    }
    return WrittenDate{format(year->value, month->value, day->value), day->end};
}
// Reads the date that begins with the digit at `at` (a year with its unit, a numeric date, a range of years, a
// bare year, a month, a day) into `dates`. Returns where reading goes on.
std::size_t read_date_at(std::string_view text, std::size_t at, const YearMonth& article, DateCollector& dates)
{
    if (auto year = number_with_unit(text, at, kYear); year && year->value >= 1000) {
        if (text.substr(year->end, kDecade.size()) == kDecade) {
            if (year->value % 10 == 0) {
                dates.add(format(year->value) + "s");  // 1990년대: the decade, 1990s
            }
            return year->end + kDecade.size();
        }
        return add_year_chain(text, year->end, year->value, dates);
    }
    if (auto date = numeric_date_at(text, at)) {
        dates.add(std::move(date->value));  // 2025-07-13, 2025.7.13
        return date->end;
    }
    if (const auto range = year_range_at(text, at)) {
        dates.add(format(range->first));  // 2014-2015학년도, 2005∼2015년, 2015-16 시즌
        if (range->second > 0) {
            dates.add(format(range->second));
        }
        return range->end;
    }
    if (auto year = bare_year_at(text, at)) {
        dates.add(format(year->value));  // 2014 시즌, '응답하라 1988'
        return year->end;
    }
    if (auto month = month_after(text, at); month && month->begin == at) {
        const auto day = day_after(text, month->end);
        if (article.year > 0) {
            dates.add(day ? format(article.year, month->value, day->value) : format(article.year, month->value));
        }
        return day ? day->end : month->end;
    }
    if (auto day = day_after(text, at); day && day->begin == at) {
        const bool marked =
            any_ends_at(text, at, {kDayBefore[0], kDayBefore[1], kDayBefore[2]}) ||
            any_starts_at(text, day->end, {kDayAfter[0], kDayAfter[1], kDayAfter[2], kDayAfter[3], kDayAfter[4]});
        if (marked && article.month > 0) {
            dates.add(format(article.year, article.month, day->value));
        }
        return day->end;
    }
    while (at < text.size() && is_digit(text[at])) {
        ++at;
    }
    return at;
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
        } else if (is_digit(text[at])) {
            at = read_date_at(text, at, article, dates);
        } else {
            ++at;
        }
    }
    return dates.take();
}

}  // namespace ks::entities
