#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ks::text {

/// The fields of `text` between `separator`s, empty ones included: "a||b" gives "a", "", "b".
inline std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> fields;
    for (std::size_t begin = 0;;) {
        const std::size_t end = text.find(separator, begin);
        fields.push_back(text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin));
        if (end == std::string_view::npos) {
            return fields;
        }
        begin = end + 1;
    }
}

/// `values` with `separator` between them: {"a", "b"} and ", " give "a, b".
inline std::string joined(const std::vector<std::string>& values, std::string_view separator)
{
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) {
            out += separator;
        }
        out += values[i];
    }
    return out;
}

}  // namespace ks::text
