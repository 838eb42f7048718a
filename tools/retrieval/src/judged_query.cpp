#include "ks/retrieval/judged_query.h"

#include <fstream>
#include <nlohmann/json.hpp>

namespace ks::retrieval {

namespace {

JudgedQuery parse_line(const std::string& line)
{
    const nlohmann::json object = nlohmann::json::parse(line);  // throws on broken JSON
    if (!object.is_object()) {
        throw std::invalid_argument("not a JSON object");
    }
    JudgedQuery judged;
    judged.id = object.at("id").get<std::string>();
    judged.query = object.at("query").get<std::string>();
    judged.positive_ids = object.at("positive_ids").get<std::vector<std::string>>();
    if (const auto answers = object.find("answers"); answers != object.end()) {
        judged.answers = answers->get<std::vector<std::string>>();
    }
    if (judged.positive_ids.empty()) {
        throw std::invalid_argument("positive_ids is empty");
    }
    return judged;
}

}  // namespace

std::vector<JudgedQuery> load_judged_queries(const std::string& path)
{
    std::ifstream in(path);
    if (!in) {
        throw QueryFileError("cannot read query file '" + path + "'");
    }
    std::vector<JudgedQuery> queries;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) {
            continue;
        }
        try {
            queries.push_back(parse_line(line));
        } catch (const std::exception& e) {  // nlohmann's parse, type and missing-key errors, ours
            throw QueryFileError(path + ":" + std::to_string(number) +
                                 ": expected {\"id\", \"query\", \"positive_ids\": [...]}: " + e.what());
        }
    }
    if (queries.empty()) {
        throw QueryFileError("no queries in '" + path + "'");
    }
    return queries;
}

}  // namespace ks::retrieval
