#pragma once

#include <string>
#include <string_view>

namespace ks::searcher {

/// One line of a batch of queries.
struct BatchQuery {
    std::string id;     ///< from a JSON line's "id" (string or number); empty for plain text
    std::string query;
    std::string error;  ///< why the line cannot be run; empty when it can
};

/// Reads a batch line: plain text is the query itself; a line starting with `{` is a JSON object with a string
/// "query" and an optional "id", as in the queries-*.jsonl files of retrieval sets (other fields ignored).
BatchQuery parse_batch_line(std::string_view line);

}  // namespace ks::searcher
