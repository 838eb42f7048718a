#include "ks/searcher/batch.h"

#include <nlohmann/json.hpp>

namespace ks::searcher {

BatchQuery parse_batch_line(std::string_view line)
{
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
    }
    BatchQuery batch;
    if (line.empty() || line.front() != '{') {
        batch.query = line;
        return batch;
    }
    try {
        const nlohmann::json object = nlohmann::json::parse(line);
        if (const auto id = object.find("id"); id != object.end()) {
            batch.id = id->is_string() ? id->get<std::string>() : id->dump();
        }
        const auto query = object.find("query");
        if (query == object.end() || !query->is_string()) {
            batch.error = "no string \"query\" in the JSON line";
        } else {
            batch.query = query->get<std::string>();
        }
    } catch (const nlohmann::json::exception& e) {
        batch.error = std::string("not valid JSON: ") + e.what();
    }
    return batch;
}

}  // namespace ks::searcher
