#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace ks::schema {

/// What a passage document stores as its data: enough to show and cite it without the source files.
struct PassageRecord {
    std::string doc;      ///< article id
    std::string title;    ///< article title
    unsigned passage = 0; ///< 1-based passage number within the article
    std::string text;     ///< the passage exactly as written in the article
    std::string date;     ///< article date (ISO), or empty
    std::string source;   ///< where the article comes from, or empty
    std::string url;      ///< article URL, or empty
};

/// Thrown when stored document data cannot be read back (an index written by something else).
class RecordError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Serializes a record for Xapian::Document::set_data (a JSON object).
std::string encode_record(const PassageRecord& record);

/// Reads what encode_record wrote. Throws RecordError.
PassageRecord decode_record(std::string_view data);

}  // namespace ks::schema
