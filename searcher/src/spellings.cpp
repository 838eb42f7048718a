#include "ks/searcher/spellings.h"

#include <algorithm>
#include <cctype>

#include "embedded_spellings.h"
#include "ks/text/split.h"

namespace ks::searcher {

namespace {

// Latin letters compare in any case: ChatGPT, chatgpt, CHATGPT.
std::string folded(std::string_view spelling)
{
    std::string out(spelling);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
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
    for (const std::string_view line : text::split(tsv, '\n')) {
        if (line.empty() || line.starts_with('#')) {
            continue;
        }
        std::vector<std::string_view> spellings = text::split(line, '|');
        std::erase(spellings, std::string_view());
        for (const std::string_view spelling : spellings) {
            std::vector<std::string>& others = table.others_[folded(spelling)];
            for (const std::string_view other : spellings) {
                if (other != spelling && std::find(others.begin(), others.end(), other) == others.end()) {
                    others.emplace_back(other);
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
