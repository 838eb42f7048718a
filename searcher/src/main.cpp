#include <CLI/CLI.hpp>
#include <unistd.h>
#include <xapian.h>

#include <cstdlib>
#include <iostream>
#include <map>

#include "ks/searcher/searcher.h"

namespace {

constexpr const char* kExamples = R"(
Query syntax:
  메타 인재            passages about either word, those with both first
  "선교사가 용병을"    an exact phrase (particles and endings still match loosely)
  메타 OR 구글         alternatives (with --all, one of them must match)
  메타 -구글           leave out passages that mention 구글
  (no query)           list every passage in article order

Facets and filters:
  Under the hits come the people, companies and months the matching passages mention, counted over all
  matches. Each works as a filter; names may be given in any spelling the index knows (올트먼, Sam Altman).
  --person NAME, --company NAME (repeatable: all must hold), --from DATE, --to DATE (YYYY, YYYY-MM or
  YYYY-MM-DD: a passage counts when a date it mentions lies inside the range).

Examples:
  searcher --db news.db 인재 영입 전쟁
  searcher --db news.db --person 저커버그 --from 2025 --to 2025
  searcher --db news.db 퇴사 --company 오픈AI --facets 5
  searcher --db news.db --limit 3 --json '"초지능 팀"' | jq '.hits[].doc'
  searcher --db news.db --all 알트만 복귀

Exit status: 0 hits found, 1 no hits, 2 error (as grep).
)";

bool use_color(const std::string& mode)
{
    if (mode == "always") {
        return true;
    }
    if (mode == "never") {
        return false;
    }
    const char* no_color = std::getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) != 0 && (no_color == nullptr || *no_color == '\0');
}

const CLI::Validator date_filter(
    [](const std::string& value) {
        return ks::searcher::is_date_filter(value) ? std::string()
                                                   : "not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + value + "'";
    },
    "DATE");

}  // namespace

int main(int argc, char** argv)
{
    CLI::App app{"Search a Korean passage index built by indexer."};
    app.footer(kExamples);
    ks::searcher::Options options;
    std::string color = "auto";
    bool all = false;
    app.add_option("-d,--db", options.db_path, "Xapian database built by indexer")->required();
    app.add_option("query", options.query_words, "query words (several words are joined with spaces)");
    app.add_option("-n,--limit", options.limit, "hits to show")->check(CLI::Range(1u, 100000u))->capture_default_str();
    app.add_option("--offset", options.offset, "hits to skip, for paging")->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    app.add_flag("--all", all, "every word (or one of each OR group) must match; default: rank by how many match");
    app.add_option("--person", options.filters.persons, "only passages that mention this person (repeatable)");
    app.add_option("--company", options.filters.companies, "only passages that mention this company (repeatable)");
    app.add_option("--from", options.filters.from, "only passages that mention a date on or after this one")
        ->check(date_filter);
    app.add_option("--to", options.filters.to, "only passages that mention a date on or before this one")
        ->check(date_filter);
    app.add_option("--facets", options.facet_limit, "values listed per facet (0: no facets, faster)")
        ->capture_default_str();
    app.add_flag("--explain", options.explain, "show on stderr the index terms the query became and what each hit matched");
    app.add_flag("--json", options.json, "print one JSON object (see README for the schema)");
    app.add_option("--color", color, "colour the text output")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;  // --help → 0; usage error → 2
    }
    options.mode = all ? ks::searcher::MatchMode::kAll : ks::searcher::MatchMode::kAny;
    options.color = use_color(color);
    try {
        return ks::searcher::run(options, std::cout, std::cerr);
    } catch (const Xapian::Error& e) {  // not a std::exception
        std::cerr << "searcher: " << e.get_description() << '\n';
    } catch (const std::exception& e) {
        std::cerr << "searcher: " << e.what() << '\n';
    }
    return 2;
}
