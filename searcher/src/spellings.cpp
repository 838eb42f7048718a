#include "ks/searcher/spellings.h"

#include <algorithm>
#include <cctype>

#include "embedded_spellings.h"

namespace ks::searcher {

namespace {

// Latin letters compare in any case: ChatGPT, chatgpt, CHATGPT.
std::string folded(std::string_view spelling)
{
    std::string out(spelling);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::vector<std::string> split(std::string_view line, char separator)
{
    std::vector<std::string> parts;
    for (std::size_t start = 0; start <= line.size();) {
        const std::size_t end = std::min(line.find(separator, start), line.size());
        if (end > start) {
            parts.emplace_back(line.substr(start, end - start));
        }
        start = end + 1;
    }
    return parts;
}

}  // namespace

const Spellings& Spellings::builtin()
{
    static const Spellings table = parse(kEmbeddedSpellings);
    return table;
}

Spellings Spellings::parse(std::string_view tsv)
{
    Spellings table;
    for (const std::string& line : split(tsv, '\n')) {
        if (line.starts_with('#')) {
            continue;
        }
        const std::vector<std::string> spellings = split(line, '|');
        for (const std::string& spelling : spellings) {
            std::vector<std::string>& others = table.others_[folded(spelling)];
            for (const std::string& other : spellings) {
                if (other != spelling && std::find(others.begin(), others.end(), other) == others.end()) {
                    others.push_back(other);
                }
            }
        }
    }
    return table;
}

const std::vector<std::string>& Spellings::others(std::string_view word) const
{
    static const std::vector<std::string> kNone;
    const auto it = others_.find(folded(word));
    return it == others_.end() ? kNone : it->second;
}

}  // namespace ks::searcher
