#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace ks::retrieval {

/// A question with the ids of the articles that answer it, as in the queries-*.jsonl files of a retrieval set.
struct JudgedQuery {
    std::string id;
    std::string query;
    std::vector<std::string> positive_ids;  ///< article ids (`doc` of a passage) judged relevant
    std::vector<std::string> answers;       ///< the answer strings, where the set gives them (KorQuAD); may be empty
};

/// Thrown when a query file cannot be read; the message names the file and line.
class QueryFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Reads one JSON object a line: {"id", "query", "positive_ids": [...]} and optionally "answers": [...]; other
/// fields are ignored, blank lines skipped. Throws QueryFileError on the first bad line: an evaluation on a
/// silently shortened set misleads.
std::vector<JudgedQuery> load_judged_queries(const std::string& path);

}  // namespace ks::retrieval
