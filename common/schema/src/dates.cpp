#include "ks/schema/dates.h"

#include <cctype>

namespace ks::schema {

namespace {

bool digits(std::string_view s)
{
    for (const char c : s) {
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            return false;
        }
    }
    return !s.empty();
}

int number(std::string_view s)
{
    int n = 0;
    for (const char c : s) {
        n = n * 10 + (c - '0');
    }
    return n;
}

// The two digits after the '-' at `at` as a number (2025-07: 7 at 4), or 0 where they are not.
int field_after_dash(std::string_view date, std::size_t at)
{
    return date[at] == '-' && digits(date.substr(at + 1, 2)) ? number(date.substr(at + 1, 2)) : 0;
}

int days_in_month(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

bool is_iso_date(std::string_view date)
{
    if ((date.size() != 4 && date.size() != 7 && date.size() != 10) || !digits(date.substr(0, 4))) {
        return false;
    }
    if (date.size() == 4) {
        return true;
    }
    const int month = field_after_dash(date, 4);
    if (month < 1 || month > 12) {
        return false;
    }
    if (date.size() == 7) {
        return true;
    }
    const int day = field_after_dash(date, 7);
    return day >= 1 && day <= days_in_month(number(date.substr(0, 4)), month);
}

std::string iso_date_part(std::string_view value)
{
    for (const std::size_t length : {std::size_t{10}, std::size_t{7}, std::size_t{4}}) {
        if (value.size() < length || !is_iso_date(value.substr(0, length))) {
            continue;
        }
        if (value.size() == length || value[length] == 'T' || value[length] == ' ') {
            return std::string(value.substr(0, length));
        }
        return {};  // 2025-07-01x, or 2025-07x: a date with something else after it
    }
    return {};
}

}  // namespace ks::schema
