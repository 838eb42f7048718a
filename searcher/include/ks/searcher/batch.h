#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ks::searcher {

/// One line of a batch of queries.
struct BatchQuery {
    std::string id;  ///< from a JSON line's "id" (string or number); empty for plain text
    std::string query;
    std::string error;   ///< why the line cannot be run; empty when it can
    bool blank = false;  ///< a plain line of spaces only: answered with an empty result, so answers pair with lines

    // What a JSON line sets for its own query, over the command line's options.
    std::vector<std::string> persons;                  ///< "person": a name or an array of names, added to --person
    std::vector<std::string> companies;                ///< "company": the same, added to --company
    std::string from, to;                              ///< "from", "to": replace --from, --to
    std::string mentioned_from, mentioned_to;          ///< "mentioned_from", "mentioned_to"
    std::optional<std::size_t> limit, offset, facets;  ///< "limit", "offset", "facets": replace the options
    std::optional<std::size_t> per_article;            ///< "per_article": replaces --per-article
    std::optional<bool> ids;                           ///< "ids": hits with only their ranks, or whole (--ids)
};

/// JSON lines nested deeper than this are refused unread: a script's input must cost a line, never the run.
inline constexpr std::size_t kMaxBatchLineDepth = 32;

/// Reads a batch line: plain text is the query itself; a line starting with `{` is a JSON object with a string
/// "query", an optional "id" (string or number) and optional per-query options (person, company, from, to,
/// mentioned_from, mentioned_to, limit, offset, facets); other fields are ignored, as the queries-*.jsonl files
/// of retrieval sets carry answers. A UTF-8 byte order mark is dropped.
BatchQuery parse_batch_line(std::string_view line);

}  // namespace ks::searcher
