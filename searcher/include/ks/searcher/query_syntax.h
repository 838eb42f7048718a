#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ks::searcher {

/// A word or a "quoted phrase" as typed, before analysis.
struct QueryItem {
    std::string text;
    bool phrase = false;    ///< was in double quotes: its words must stand together, in order
    bool excluded = false;  ///< had a leading '-': passages containing it are left out
    double weight = 1.0;    ///< share of the ranking weight: below 1 for the rarer expansions of 초성 or a prefix
};

/// A query as typed: groups of alternatives. `a OR b c` is {{a, b}, {c}}; excluded items are groups of one.
struct ParsedQuery {
    std::vector<std::vector<QueryItem>> groups;
};

/// Reads the query syntax leniently, as the user meant it: an unclosed quote runs to the end (Searcher::search
/// falls back on its words when that finds nothing), and an OR with
/// nothing on one side, a lone '-' or empty quotes are ignored. Never throws on any input.
///
/// | query                  | groups                          |
/// |------------------------|---------------------------------|
/// | `메타 인재`            | {메타} {인재}                   |
/// | `"선교사가 용병을"`    | {phrase 선교사가 용병을}        |
/// | `메타 OR 구글 -애플`   | {메타, 구글} {excluded 애플}    |
/// | `"초지능 팀`           | {phrase 초지능 팀}              |
ParsedQuery parse_query(std::string_view query);

/// Where `query` has a quote that parse_query finds no closing quote for (quotes pair from the left, so the
/// last of an odd number), the query from that quote on: `"박정희 정권 지지 철회' 인터뷰` for a quote closed by
/// the wrong mark. Empty when every quote is closed.
std::string_view unclosed_phrase(std::string_view query);

/// The query with the quotes of its closed phrases taken off, but those of phrases left out (-"초지능 팀"), and
/// those phrases as written with their quotes. The phrases are empty when there are none.
struct LoosenedPhrases {
    std::string query;
    std::vector<std::string> phrases;
};
LoosenedPhrases without_phrase_quotes(std::string_view query);

}  // namespace ks::searcher
