#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ks::searcher {

/// Products and services written in Latin letters and in Hangul alike (ChatGPT, 챗GPT): a query word in one
/// spelling also searches the others. Built from searcher/data/spellings.tsv, which ships inside the library.
class Spellings {
public:
    /// The shipped table.
    static const Spellings& builtin();

    /// Reads a table: one thing per line, spellings separated by '|'; '#' begins a comment line.
    static Spellings parse(std::string_view tsv);

    /// The other spellings of `word` (any case), as the table writes them; empty when it lists none.
    const std::vector<std::string>& others(std::string_view word) const;

private:
    std::unordered_map<std::string, std::vector<std::string>> others_;  ///< lower-cased spelling → the others
};

}  // namespace ks::searcher
