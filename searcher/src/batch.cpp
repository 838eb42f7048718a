#include "ks/searcher/batch.h"

#include <nlohmann/json.hpp>

#include "ks/text/utf8.h"

namespace ks::searcher {

namespace {

using nlohmann::json;

// How deeply arrays and objects nest in a JSON text, strings skipped.
std::size_t nesting_depth(std::string_view text)
{
    std::size_t depth = 0;
    std::size_t deepest = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

// nlohmann's message without its code: "parse error at line 1, column 5: ...".
std::string without_code(const json::exception& e)
{
    const std::string what = e.what();
    const std::size_t end_of_code = what.find("] ");
    return end_of_code == std::string::npos ? what : what.substr(end_of_code + 2);
}

// "person": "샘 알트만" or ["샘 알트만", "메타"]. Throws std::invalid_argument naming the field.
std::vector<std::string> names_of(const json& value, const char* field)
{
    if (value.is_string()) {
        return {value.get<std::string>()};
    }
    if (value.is_array() && std::all_of(value.begin(), value.end(), [](const json& v) { return v.is_string(); })) {
        return value.get<std::vector<std::string>>();
    }
    throw std::invalid_argument(std::string("\"") + field + "\" must be a string or an array of strings");
}

std::string string_of(const json& value, const char* field)
{
    if (!value.is_string()) {
        throw std::invalid_argument(std::string("\"") + field + "\" must be a string");
    }
    return value.get<std::string>();
}

std::size_t count_of(const json& value, const char* field)
{
    constexpr std::size_t kMost = 100000;  // as the command line's --limit
    if (!value.is_number_unsigned() || value.get<std::size_t>() > kMost) {
        throw std::invalid_argument(std::string("\"") + field + "\" must be a whole number from 0 to 100000");
    }
    return value.get<std::size_t>();
}

void read_options(const json& object, BatchQuery& batch)
{
    for (const auto& [key, value] : object.items()) {
        if (key == "person") {
            batch.persons = names_of(value, "person");
        } else if (key == "company") {
            batch.companies = names_of(value, "company");
        } else if (key == "from") {
            batch.from = string_of(value, "from");
        } else if (key == "to") {
            batch.to = string_of(value, "to");
        } else if (key == "mentioned_from") {
            batch.mentioned_from = string_of(value, "mentioned_from");
        } else if (key == "mentioned_to") {
            batch.mentioned_to = string_of(value, "mentioned_to");
        } else if (key == "limit") {
            batch.limit = count_of(value, "limit");
        } else if (key == "offset") {
            batch.offset = count_of(value, "offset");
        } else if (key == "facets") {
            batch.facets = count_of(value, "facets");
        } else if (key == "per_article") {
            batch.per_article = count_of(value, "per_article");
        } else if (key == "ids") {
            if (!value.is_boolean()) {
                throw std::invalid_argument("\"ids\" must be true or false");
            }
            batch.ids = value.get<bool>();
        }
    }
}

void read_json_line(std::string_view line, BatchQuery& batch)
{
    const json object = json::parse(line);
    if (!object.is_object()) {
        batch.error = "a JSON line must be an object with a string \"query\"";
        return;
    }
    const auto query = object.find("query");
    if (query != object.end() && query->is_string()) {
        batch.query = query->get<std::string>();
    }
    if (const auto id = object.find("id"); id != object.end()) {
        if (id->is_string()) {
            batch.id = id->get<std::string>();
        } else if (id->is_number()) {
            batch.id = id->dump();
        } else {
            batch.error = "\"id\" must be a string or a number";
            return;
        }
    }
    if (query == object.end() || !query->is_string()) {
        batch.error = "no string \"query\" in the JSON line";
        return;
    }
    try {
        read_options(object, batch);
    } catch (const std::invalid_argument& e) {
        batch.error = e.what();
    }
}

}  // namespace

BatchQuery parse_batch_line(std::string_view line)
{
    line = text::strip_bom(line);  // as some editors write
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
    }
    BatchQuery batch;
    if (line.empty() || line.front() != '{') {
        batch.query = line;
        batch.blank = line.find_first_not_of(" \t") == std::string_view::npos;
        return batch;
    }
    if (nesting_depth(line) > kMaxBatchLineDepth) {
        batch.error = "the JSON line nests deeper than " + std::to_string(kMaxBatchLineDepth) + " levels";
        return batch;
    }
    try {
        read_json_line(line, batch);
    } catch (const json::exception& e) {
        batch.error = "not valid JSON: " + without_code(e);
    }
    return batch;
}

}  // namespace ks::searcher
