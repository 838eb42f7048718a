#include <unistd.h>
#include <xapian.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>
#include <map>

#include "command_line.h"
#include "ks/schema/failure.h"
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
  YYYY-MM-DD: the article's publication date lies inside the range; undated articles are left out and
  counted), --mentioned-from DATE, --mentioned-to DATE (a date the passage mentions lies inside).

Typing Korean:
  ㅇㅌㅁ                초성 only: the most common words with those initials (알트만)
  알트ㅁ, 알트*         a half-typed last syllable, or a trailing *: the most common completions
  알트민 → 알트만       a word the index lacks is corrected: one jamo off, another transliteration
                       (올트몬 → 올트먼), or typed in the wrong keyboard mode (dkfxmaks → 알트만,
                       ㅡㄷㅅㅁ → meta); a word the index has, however rare, is searched as typed and
                       at most gets a "did you mean". --no-correct searches every word as typed.
  --complete 알트ㅁ     prints the most common completions, one per line, for shells and search boxes

For scripts:
  --json prints one object, --jsonl one object per hit, --count the number of matches, --ids doc#passage.
  --batch (stdin) or --queries FILE runs one query per line, opening the index once, and writes one JSON
  object per query and line; a .jsonl line gives "query" and "id" ({"id": "q1", "query": "메타 인재"}).

Examples:
  searcher --db news.db 인재 영입 전쟁
  searcher --db news.db --person 저커버그 --from 2025 --to 2025
  searcher --db news.db 퇴사 --company 오픈AI --facets 5
  printf '메타 인재\n알트만 복귀\n' | searcher --db news.db --batch --limit 3 | jq -c '[.query, .total_estimate]'
  searcher --db news.db --count --person 올트먼
  searcher --db 2024.db --db 2025.db 인재 영입       shards searched as one index
  searcher --db news.db --limit 3 --json '"초지능 팀"' | jq '.hits[].doc'
  searcher --db news.db --all 알트만 복귀
  searcher --db news.db 샘 ㅇㅌㅁ
  searcher --db news.db --complete 저커ㅂ --limit 5

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

// A count written in decimal digits, at most `most`: 010 is ten (CLI11 reads a leading 0 as octal), and -1 or
// 1e9 is named plainly. Leading zeros are taken off before CLI11 converts the value.
CLI::Validator decimal_count(unsigned long most)
{
    return CLI::Validator(
        [most](std::string& value) {
            const bool digits = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
            if (!digits || value.size() > 9 || std::stoul(value) > most) {
                return "not a whole number from 0 to " + std::to_string(most) + ": '" + value + "'";
            }
            value.erase(0, std::min(value.find_first_not_of('0'), value.size() - 1));
            return std::string();
        },
        "0.." + std::to_string(most));
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
    app.set_version_flag("--version", std::string("searcher (korean_search) ") + KS_VERSION);
    app.footer(kExamples);
    ks::searcher::Options options;
    std::string color = "auto";
    bool all = false;
    app.add_option("-d,--db", options.db_paths,
                   "index built by indexer; repeat to search shards as one (a Xapian stub file works too)")
        ->required()
        ->allow_extra_args(false);  // one path per --db: the words after it are the query
    app.add_option("query", options.query_words, "query words (several words are joined with spaces)");
    app.add_option("-n,--limit", options.limit, "hits to show (0: only the total and the facets)")
        ->transform(decimal_count(100000))
        ->capture_default_str();
    app.add_option("--offset", options.offset, "hits to skip, for paging")
        ->transform(decimal_count(100000000))
        ->capture_default_str();
    app.add_flag("--all", all, "every word (or one of each OR group) must match; default: rank by how many match");
    app.add_option("--person", options.filters.persons, "only passages that mention this person (repeatable)")
        ->allow_extra_args(false);
    app.add_option("--company", options.filters.companies, "only passages that mention this company (repeatable)")
        ->allow_extra_args(false);
    app.add_option("--from", options.filters.from,
                   "only articles published on or after this date (undated articles are left out, and counted)")
        ->check(date_filter);
    app.add_option("--to", options.filters.to, "only articles published on or before this date")->check(date_filter);
    app.add_option("--mentioned-from", options.filters.mentioned_from,
                   "only passages that mention a date on or after this one")
        ->check(date_filter);
    app.add_option("--mentioned-to", options.filters.mentioned_to,
                   "only passages that mention a date on or before this one")
        ->check(date_filter);
    std::string sort = "relevance";
    app.add_option("--sort", sort, "order of the hits: relevance, newest or oldest (by the article's publication date)")
        ->check(CLI::IsMember({"relevance", "newest", "oldest"}))
        ->capture_default_str();
    app.add_option("--per-article", options.per_article,
                   "passages listed per article, its best first, with how many more of it matched (0: every "
                   "passage, as --count counts)")
        ->transform(decimal_count(100000))
        ->capture_default_str();
    auto* article_option =
        app.add_option("--article", options.filters.article,
                       "only the passages of the article with this id; with no query words, the whole article in order "
                       "(every passage, whole)");
    app.add_option("--facets", options.facet_limit, "values listed per facet (0: no facets, faster)")
        ->transform(decimal_count(100000))
        ->capture_default_str();
    bool no_correct = false;
    app.add_flag("--prefix", options.rewriting.prefix,
                 "complete the last word to the most common words it begins (as a trailing * does)");
    app.add_flag(
        "--no-correct", no_correct,
        "search every word exactly as typed: no 초성 expansion, completion of half-typed syllables or correction");
    app.add_option(
        "--complete", options.complete,
        "print the most common index words PREFIX grows into (Hangul, 초성 or Latin), one per line, up to --limit");
    app.add_flag("--explain", options.explain,
                 "show on stderr the index terms the query became and what each hit matched");
    bool json = false;
    bool jsonl = false;
    bool count = false;
    bool ids = false;
    auto* json_flag = app.add_flag("--json", json, "print one JSON object on one line (schema: docs/json.md)");
    auto* jsonl_flag = app.add_flag("--jsonl", jsonl, "print one JSON object per hit, one per line");
    auto* count_flag = app.add_flag("--count", count, "print only the number of matching passages");
    auto* ids_flag = app.add_flag("--ids", ids, "print only doc#passage of each hit, one per line");
    json_flag->excludes(jsonl_flag, count_flag, ids_flag);
    jsonl_flag->excludes(count_flag, ids_flag);
    count_flag->excludes(ids_flag);
    auto* batch_flag =
        app.add_flag("--batch", options.batch, "read one query per line from stdin, write one JSON line per query");
    auto* queries_option =
        app.add_option("--queries", options.queries_file,
                       "batch mode reading this file: plain text, or .jsonl with \"query\" and \"id\"")
            ->check(CLI::ExistingFile);
    for (auto* other : {jsonl_flag, count_flag}) {
        batch_flag->excludes(other);
        queries_option->excludes(other);
    }
    app.add_option("--color", color, "colour the text output")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    try {
        std::vector<std::string> args = ks::searcher::arguments_for_parsing(app, argc, argv);
        app.parse(args);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;  // --help → 0; usage error → 2
    }
    ks::searcher::unmark_query_words(options.query_words);
    options.batch = options.batch || !options.queries_file.empty();
    options.batch_ids = options.batch && ids;
    options.sort = sort == "newest"   ? ks::searcher::SortOrder::kNewest
                   : sort == "oldest" ? ks::searcher::SortOrder::kOldest
                                      : ks::searcher::SortOrder::kRelevance;
    if (article_option->count() > 0 && options.query_words.empty()) {
        // Reading an article: all of it, each passage whole, unless --limit says otherwise.
        options.whole_passages = true;
        options.per_article = 0;  // every passage of the one article
        if (app.count("--limit") == 0) {
            options.limit = 100000;
        }
    }
    options.rewriting.correct = !no_correct;
    if (!options.complete.empty() && (options.batch || !options.query_words.empty())) {
        std::cerr << "searcher: --complete takes its prefix as its value, not query words or a batch\n";
        return 2;
    }
    if (options.batch && !options.query_words.empty()) {
        std::cerr << "searcher: --batch and --queries take their queries from lines, not from arguments\n";
        return 2;
    }
    using ks::searcher::OutputFormat;
    options.format = json || options.batch ? OutputFormat::kJson
                     : jsonl               ? OutputFormat::kJsonl
                     : count               ? OutputFormat::kCount
                     : ids                 ? OutputFormat::kIds
                                           : OutputFormat::kText;
    options.mode = all ? ks::searcher::MatchMode::kAll : ks::searcher::MatchMode::kAny;
    options.color = use_color(color);
    try {
        return ks::searcher::run(options, std::cin, std::cout, std::cerr);
    } catch (const Xapian::FeatureUnavailableError& e) {
        std::cerr << "searcher: " << e.get_description() << '\n';
        if (e.get_msg().find("termlist") != std::string::npos) {
            // Xapian's remote protocol sends a document's values through its term list.
            std::cerr << "searcher: a shard served by xapian-tcpsrv was built with indexer --frozen; a remote "
                         "shard needs the term lists a frozen index drops: build it without --frozen\n";
        }
    } catch (...) {
        std::cerr << "searcher: " << ks::schema::current_failure() << '\n';
    }
    return 2;
}
