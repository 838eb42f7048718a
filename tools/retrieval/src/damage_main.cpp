// damage-queries: judged queries mistyped the ways Korean users mistype, for measuring the corrections.
#include <xapian.h>

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "ks/retrieval/judged_query.h"
#include "ks/retrieval/query_damage.h"
#include "ks/schema/failure.h"
#include "ks/schema/schema.h"

namespace {

void write_query(std::ostream& out, const ks::retrieval::JudgedQuery& judged, const std::string& query)
{
    out << nlohmann::json{{"id", judged.id}, {"query", query}, {"positive_ids", judged.positive_ids}}.dump() << '\n';
}

}  // namespace

int main(int argc, char** argv)
{
    CLI::App app{
        "Write judged queries with their key word mistyped (a jamo typo, 초성, a transliteration variant) or the "
        "whole query typed in English keyboard mode. Queries that cannot be damaged that way are left out; "
        "--clean-out gets the same queries undamaged, for the figure to recover."};
    std::string db_path, queries_path, kind_name, out_path, clean_path;
    std::size_t first = 0;
    app.add_option("-d,--db", db_path, "the index the queries will run on: damaged words must be missing from it")
        ->required();
    app.add_option("-q,--queries", queries_path, "judged queries (.jsonl: id, query, positive_ids)")->required();
    app.add_option("--kind", kind_name, "typo, initials, keyboard or variant")
        ->required()
        ->check(CLI::IsMember({"typo", "initials", "keyboard", "variant"}));
    app.add_option("-o,--out", out_path, "damaged queries (.jsonl)")->required();
    app.add_option("--clean-out", clean_path, "the same queries undamaged (.jsonl)");
    app.add_option("--first", first, "use only the first N queries (0: all)");
    CLI11_PARSE(app, argc, argv);

    using ks::retrieval::Damage;
    const Damage kind = kind_name == "typo"       ? Damage::kTypo
                        : kind_name == "initials" ? Damage::kInitials
                        : kind_name == "keyboard" ? Damage::kKeyboard
                                                  : Damage::kVariant;
    try {
        const Xapian::Database db(db_path);
        ks::analysis::Analyzer analyzer;
        const ks::searcher::Vocabulary vocabulary(db, analyzer);
        std::vector<ks::retrieval::JudgedQuery> queries = ks::retrieval::load_judged_queries(queries_path);
        if (first > 0 && first < queries.size()) {
            queries.resize(first);
        }
        std::ofstream out(out_path);
        std::ofstream clean;
        if (!clean_path.empty()) {
            clean.open(clean_path);
        }
        if (!out || (!clean_path.empty() && !clean)) {
            std::cerr << "damage-queries: cannot write '" << (out ? clean_path : out_path) << "'\n";
            return 2;
        }
        std::size_t damaged = 0;
        for (const auto& judged : queries) {
            const auto query = ks::retrieval::damage_query(judged.query, kind, vocabulary, analyzer,
                                                           ks::schema::stable_hash(judged.id));
            if (query) {
                ++damaged;
                write_query(out, judged, *query);
                if (clean) {
                    write_query(clean, judged, judged.query);
                }
            }
        }
        std::cerr << "damage-queries: " << kind_name << ": " << damaged << " of " << queries.size() << " queries\n";
    } catch (...) {
        std::cerr << "damage-queries: " << ks::schema::current_failure() << '\n';
        return 2;
    }
    return 0;
}
