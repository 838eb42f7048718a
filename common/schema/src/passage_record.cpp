#include "ks/schema/passage_record.h"

#include <nlohmann/json.hpp>

namespace ks::schema {

std::string encode_record(const PassageRecord& record)
{
    nlohmann::json j = {{"doc", record.doc}, {"title", record.title}, {"passage", record.passage}, {"text", record.text}};
    // Optional fields are left out when empty, which keeps small passages small.
    if (!record.date.empty()) {
        j["date"] = record.date;
    }
    if (!record.source.empty()) {
        j["source"] = record.source;
    }
    if (!record.url.empty()) {
        j["url"] = record.url;
    }
    return j.dump();
}

PassageRecord decode_record(std::string_view data)
{
    try {
        const nlohmann::json j = nlohmann::json::parse(data);
        PassageRecord record;
        record.doc = j.at("doc").get<std::string>();
        record.title = j.at("title").get<std::string>();
        record.passage = j.at("passage").get<unsigned>();
        record.text = j.at("text").get<std::string>();
        record.date = j.value("date", "");
        record.source = j.value("source", "");
        record.url = j.value("url", "");
        return record;
    } catch (const nlohmann::json::exception& e) {
        throw RecordError(std::string("passage data is not a record of this index: ") + e.what());
    }
}

}  // namespace ks::schema
