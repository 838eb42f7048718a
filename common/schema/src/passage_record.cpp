#include "ks/schema/passage_record.h"

#include <nlohmann/json.hpp>

#include "ks/schema/schema.h"

namespace ks::schema {

namespace {

// The first byte of an encode_record record; an older index's JSON record begins with '{'.
constexpr char kRecordTag = '\x01';

// Flags, the byte after the text.
constexpr unsigned char kSourceAndUrlHere = 1;
constexpr unsigned char kSourceAndUrlInFirstPassage = 2;

void put_number(std::string& out, std::size_t n)
{
    while (n >= 0x80) {
        out += static_cast<char>(0x80 | (n & 0x7f));
        n >>= 7;
    }
    out += static_cast<char>(n);
}

void put_string(std::string& out, std::string_view s)
{
    put_number(out, s.size());
    out += s;
}

class RecordParser {
public:
    explicit RecordParser(std::string_view data) : rest_(data) {}

    unsigned char byte()
    {
        if (rest_.empty()) {
            throw RecordError("passage data is not a record of this index: it ends too early");
        }
        const auto b = static_cast<unsigned char>(rest_.front());
        rest_.remove_prefix(1);
        return b;
    }

    std::size_t number()
    {
        std::size_t n = 0;
        for (unsigned shift = 0; shift < 35; shift += 7) {
            const unsigned char b = byte();
            n |= static_cast<std::size_t>(b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return n;
            }
        }
        throw RecordError("passage data is not a record of this index: a length is malformed");
    }

    std::string string()
    {
        const std::size_t size = number();
        if (size > rest_.size()) {
            throw RecordError("passage data is not a record of this index: a field runs past its end");
        }
        std::string s(rest_.substr(0, size));
        rest_.remove_prefix(size);
        return s;
    }

private:
    std::string_view rest_;
};

StoredRecord decode_json_record(std::string_view data)
{
    try {
        const nlohmann::json j = nlohmann::json::parse(data);
        StoredRecord stored;
        PassageRecord& record = stored.record;
        record.doc = j.at("doc").get<std::string>();
        record.title = j.at("title").get<std::string>();
        record.passage = j.at("passage").get<unsigned>();
        record.text = j.at("text").get<std::string>();
        record.date = j.value("date", "");
        record.source = j.value("source", "");
        record.url = j.value("url", "");
        return stored;
    } catch (const nlohmann::json::exception& e) {
        throw RecordError(std::string("passage data is not a record of this index: ") + e.what());
    }
}

}  // namespace

std::string encode_record(const PassageRecord& record)
{
    std::string out;
    out.reserve(record.doc.size() + record.title.size() + record.text.size() + 16);
    out += kRecordTag;
    put_number(out, record.passage);
    put_string(out, record.doc);
    put_string(out, record.title);
    put_string(out, record.text);
    const bool has_source_or_url = !record.source.empty() || !record.url.empty();
    if (!has_source_or_url) {
        out += '\0';
    } else if (record.passage == 1) {
        out += static_cast<char>(kSourceAndUrlHere);
        put_string(out, record.source);
        put_string(out, record.url);
    } else {
        out += static_cast<char>(kSourceAndUrlInFirstPassage);
    }
    return out;
}

StoredRecord decode_stored_record(std::string_view data)
{
    if (data.empty() || data.front() != kRecordTag) {
        return decode_json_record(data);
    }
    RecordParser parser(data.substr(1));
    StoredRecord stored;
    PassageRecord& record = stored.record;
    record.passage = static_cast<unsigned>(parser.number());
    record.doc = parser.string();
    record.title = parser.string();
    record.text = parser.string();
    const unsigned char flags = parser.byte();
    if (flags & kSourceAndUrlHere) {
        record.source = parser.string();
        record.url = parser.string();
    }
    stored.source_and_url_in_first_passage = (flags & kSourceAndUrlInFirstPassage) != 0;
    return stored;
}

PassageRecord RecordReader::read(const Xapian::Document& document)
{
    StoredRecord stored = decode_stored_record(document.get_data());
    PassageRecord& record = stored.record;
    if (record.date.empty()) {
        record.date = document.get_value(kDateSlot);
    }
    if (stored.source_and_url_in_first_passage) {
        const SourceAndUrl& fields = first_passage_fields(record.doc);
        record.source = fields.source;
        record.url = fields.url;
    }
    return std::move(record);
}

const RecordReader::SourceAndUrl& RecordReader::first_passage_fields(const std::string& doc)
{
    const auto known = by_article_.find(doc);
    if (known != by_article_.end()) {
        return known->second;
    }
    SourceAndUrl fields;
    const Xapian::PostingIterator first = db_.postlist_begin(term(kPassageIdPrefix, passage_key(doc, 1)));
    if (first != db_.postlist_end("")) {
        PassageRecord head = decode_record(db_.get_document(*first).get_data());
        fields = {std::move(head.source), std::move(head.url)};
    }
    return by_article_.emplace(doc, std::move(fields)).first->second;
}

}  // namespace ks::schema
