#pragma once

#include <xapian.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

#include "ks/types.h"

namespace ks::schema {

using ks::PassageRecord;

/// Thrown when stored document data cannot be read back (an index written by something else).
class RecordError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Serializes a record for Xapian::Document::set_data, compactly: lengths and bytes, no field names. The
/// article's source and URL are stored with its first passage only, and the date not at all (every passage
/// holds it in kDateSlot): said once per article instead of once per passage, they were a quarter of the
/// stored data. RecordReader puts a record back together.
std::string encode_record(const PassageRecord& record);

/// A record as stored: what encode_record wrote (or the JSON object of indexes written before it).
struct StoredRecord {
    PassageRecord record;
    bool source_and_url_in_first_passage = false;  ///< the article has them, stored with its passage 1
};

/// Reads what encode_record wrote, or an older index's JSON record. Throws RecordError.
StoredRecord decode_stored_record(std::string_view data);

/// The fields a passage's data holds by itself (doc, title, passage, text; the rest maybe empty).
inline PassageRecord decode_record(std::string_view data) { return decode_stored_record(data).record; }

/// Reads whole records out of one database: the date from the passage's value, the source and URL from its
/// article's first passage (looked up once per article for as long as the reader lives).
class RecordReader {
public:
    explicit RecordReader(Xapian::Database db) : db_(std::move(db)) {}

    /// Throws RecordError on data this index did not write.
    PassageRecord read(const Xapian::Document& document);

private:
    struct SourceAndUrl {
        std::string source;
        std::string url;
    };
    const SourceAndUrl& first_passage_fields(const std::string& doc);

    Xapian::Database db_;
    std::unordered_map<std::string, SourceAndUrl> by_article_;
};

}  // namespace ks::schema
