// The JSON contract: every field documented in docs/json.md is checked against real searcher output.

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "support.h"

namespace {

using ks::test::quoted;
using nlohmann::json;

struct Field {
    std::string path;  // hits[].rank, facets.person[].value
    std::string type;  // string, integer, number, array, object
    bool optional = false;
};

// The rows of the first table after `heading` in docs/json.md.
std::vector<Field> documented_fields(const std::string& heading)
{
    std::ifstream in(ks::test::source_dir() / "docs" / "json.md");
    REQUIRE(in);
    std::vector<Field> fields;
    bool in_section = false;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("## ", 0) == 0) {
            in_section = line == "## " + heading;
            continue;
        }
        if (!in_section || line.rfind("| `", 0) != 0) {
            continue;
        }
        const std::size_t path_end = line.find('`', 3);
        const std::size_t type_begin = line.find("| ", path_end) + 2;
        const std::size_t type_end = line.find(" |", type_begin);
        Field f{line.substr(3, path_end - 3), line.substr(type_begin, type_end - type_begin)};
        f.optional = f.type.find("(optional)") != std::string::npos;
        f.type = f.type.substr(0, f.type.find(' '));
        fields.push_back(f);
    }
    REQUIRE(!fields.empty());
    return fields;
}

bool has_type(const json& value, const std::string& type)
{
    if (type == "string")
        return value.is_string();
    if (type == "integer")
        return value.is_number_integer();
    if (type == "number")
        return value.is_number();
    if (type == "array")
        return value.is_array();
    if (type == "object")
        return value.is_object();
    if (type == "boolean")
        return value.is_boolean();
    FAIL("docs/json.md names an unknown type: " << type);
    return false;
}

// Checks `path` (a.b, a[].b) on `value`; returns how many values it reached.
std::size_t check_path(const json& value, const std::string& path, const Field& field)
{
    if (path.empty()) {
        INFO(field.path);
        CHECK(has_type(value, field.type));
        return 1;
    }
    const std::size_t dot = path.find('.');
    std::string head = path.substr(0, dot);
    const std::string rest = dot == std::string::npos ? "" : path.substr(dot + 1);
    const bool each = head.size() > 2 && head.ends_with("[]");
    if (each) {
        head.resize(head.size() - 2);
    }
    if (!value.contains(head)) {
        INFO(field.path << " is documented but missing");
        CHECK(field.optional);
        return 0;
    }
    if (!each) {
        return check_path(value.at(head), rest, field);
    }
    std::size_t reached = 0;
    for (const json& element : value.at(head)) {
        reached += check_path(element, rest, field);
    }
    return reached;
}

}  // namespace

TEST_CASE("search output carries every field of docs/json.md with its documented type")
{
    ks::test::TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    const auto queries = dir / "q.jsonl";
    ks::test::write_file(queries, "{\"id\": \"q1\", \"query\": \"알트민 이사회\"}\n");
    const auto r = ks::test::run_command(std::string(KS_SEARCHER_BIN) + " --db " + quoted(db) + " --queries " +
                                         quoted(queries.string()));
    REQUIRE(r.exit_code == 0);
    const json out = json::parse(r.out);
    for (const Field& field : documented_fields("Search result")) {
        const std::size_t reached = check_path(out, field.path, field);
        INFO(field.path);
        CHECK((reached > 0 || field.optional));  // every non-optional field shows in this result
    }
    CHECK(out.at("rewrites").at(0).at("to").at(0) == "알트만");  // the typo the query carries
    // And nothing undocumented at the top level or in a hit.
    std::set<std::string> documented;
    for (const Field& field : documented_fields("Search result")) {
        documented.insert(field.path);
    }
    for (const auto& [key, value] : out.items()) {
        CHECK(documented.count(key) == 1);
    }
    for (const auto& [key, value] : out.at("hits").at(0).items()) {
        CHECK(documented.count("hits[]." + key) == 1);
    }
}

TEST_CASE("a phrase left open that matched nothing shows in the JSON as the rewrite unclosed_quote")
{
    ks::test::TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    const auto r = ks::test::run_command(std::string(KS_SEARCHER_BIN) + " --db " + quoted(db) + " --json " +
                                         quoted("이사회 \"복귀 알트만"));
    REQUIRE(r.exit_code == 0);  // hits, found through the words
    const json out = json::parse(r.out);
    CHECK(out.at("query") == "이사회 \"복귀 알트만");
    REQUIRE(out.at("rewrites").size() == 1);
    CHECK(out.at("rewrites").at(0).at("kind") == "unclosed_quote");
    CHECK(out.at("rewrites").at(0).at("from") == "\"복귀 알트만");
    CHECK_FALSE(out.at("hits").empty());
}

TEST_CASE("a batch line that cannot run has the documented error shape")
{
    ks::test::TempDir dir;
    const std::string db = ks::test::corpus_index_in(dir);
    const auto queries = dir / "q.jsonl";
    ks::test::write_file(queries, "{\"id\": \"bad\"}\n");
    const auto r = ks::test::run_command(std::string(KS_SEARCHER_BIN) + " --db " + quoted(db) + " --queries " +
                                         quoted(queries.string()));
    CHECK(r.exit_code == 2);
    const json out = json::parse(r.out);
    for (const Field& field : documented_fields("Batch line that could not run")) {
        check_path(out, field.path, field);
    }
    CHECK(out.size() == documented_fields("Batch line that could not run").size());
}
