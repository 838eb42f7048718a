#include "cli.h"

#include <unistd.h>

#include <cstdlib>

#include "command_line.h"

namespace ks::searcher {

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
        return is_date_filter(value) ? std::string() : "not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + value + "'";
    },
    "DATE");

// The index and the query: what is searched, how many hits, whether every word must match.
void define_query_options(CLI::App& app, CommandLine& line)
{
    app.add_option("-d,--db", line.options.db_paths,
                   "index built by indexer; repeat to search shards as one (a Xapian stub file works too)")
        ->required()
        ->allow_extra_args(false);  // one path per --db: the words after it are the query
    app.add_option("query", line.options.query_words, "query words (several words are joined with spaces)");
    app.add_option("-n,--limit", line.options.limit, "hits to show (0: only the total and the facets)")
        ->transform(decimal_count(100000))
        ->capture_default_str();
    app.add_option("--offset", line.options.offset, "hits to skip, for paging")
        ->transform(decimal_count(100000000))
        ->capture_default_str();
    app.add_flag("--all", line.all, "every word (or one of each OR group) must match; default: rank by how many match");
}

// The facet filters: people, companies, publication and mentioned dates.
void define_filter_options(CLI::App& app, CommandLine& line)
{
    app.add_option("--person", line.options.filters.persons, "only passages that mention this person (repeatable)")
        ->allow_extra_args(false);
    app.add_option("--company", line.options.filters.companies, "only passages that mention this company (repeatable)")
        ->allow_extra_args(false);
    app.add_option("--from", line.options.filters.from,
                   "only articles published on or after this date (undated articles are left out, and counted)")
        ->check(date_filter);
    app.add_option("--to", line.options.filters.to, "only articles published on or before this date")
        ->check(date_filter);
    app.add_option("--mentioned-from", line.options.filters.mentioned_from,
                   "only passages that mention a date on or after this one")
        ->check(date_filter);
    app.add_option("--mentioned-to", line.options.filters.mentioned_to,
                   "only passages that mention a date on or before this one")
        ->check(date_filter);
}

// How the hits are listed: their order, passages per article, one article, facets.
void define_listing_options(CLI::App& app, CommandLine& line)
{
    app.add_option("--sort", line.sort,
                   "order of the hits: relevance, newest or oldest (by the article's publication date)")
        ->check(CLI::IsMember({"relevance", "newest", "oldest"}))
        ->capture_default_str();
    app.add_option("--per-article", line.options.per_article,
                   "passages listed per article, its best first, with how many more of it matched (0: every "
                   "passage, as --count counts)")
        ->transform(decimal_count(100000))
        ->capture_default_str();
    line.article_option =
        app.add_option("--article", line.options.filters.article,
                       "only the passages of the article with this id; with no query words, the whole article in order "
                       "(every passage, whole)");
    app.add_option("--facets", line.options.facet_limit, "values listed per facet (0: no facets, faster)")
        ->transform(decimal_count(100000))
        ->capture_default_str();
}

// What the searcher does with words the index lacks or that are half typed.
void define_typing_options(CLI::App& app, CommandLine& line)
{
    app.add_flag("--prefix", line.options.rewriting.prefix,
                 "complete the last word to the most common words it begins (as a trailing * does)");
    app.add_flag(
        "--no-correct", line.no_correct,
        "search every word exactly as typed: no 초성 expansion, completion of half-typed syllables or correction");
    app.add_option(
        "--complete", line.options.complete,
        "print the most common index words PREFIX grows into (Hangul, 초성 or Latin), one per line, up to --limit");
    app.add_flag("--explain", line.options.explain,
                 "show on stderr the index terms the query became and what each hit matched");
}

// What is printed: text, JSON, counts or ids, one query or a batch, in colour or not.
void define_output_options(CLI::App& app, CommandLine& line)
{
    auto* json_flag = app.add_flag("--json", line.json, "print one JSON object on one line (schema: docs/json.md)");
    auto* jsonl_flag = app.add_flag("--jsonl", line.jsonl, "print one JSON object per hit, one per line");
    auto* count_flag = app.add_flag("--count", line.count, "print only the number of matching passages");
    auto* ids_flag = app.add_flag("--ids", line.ids, "print only doc#passage of each hit, one per line");
    json_flag->excludes(jsonl_flag, count_flag, ids_flag);
    jsonl_flag->excludes(count_flag, ids_flag);
    count_flag->excludes(ids_flag);
    auto* batch_flag = app.add_flag("--batch", line.options.batch,
                                    "read one query per line from stdin, write one JSON line per query");
    auto* queries_option =
        app.add_option("--queries", line.options.queries_file,
                       "batch mode reading this file: plain text, or .jsonl with \"query\" and \"id\"")
            ->check(CLI::ExistingFile);
    for (auto* other : {jsonl_flag, count_flag}) {
        batch_flag->excludes(other);
        queries_option->excludes(other);
    }
    app.add_option("--color", line.color, "colour the text output")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
}

}  // namespace

void define_options(CLI::App& app, CommandLine& line)
{
    app.set_version_flag("--version", std::string("searcher (korean_search) ") + KS_VERSION);
    app.footer(kExamples);
    // In this order in --help.
    define_query_options(app, line);
    define_filter_options(app, line);
    define_listing_options(app, line);
    define_typing_options(app, line);
    define_output_options(app, line);
}

std::string read_options(const CLI::App& app, CommandLine& line)
{
    Options& options = line.options;
    unmark_query_words(options.query_words);
    options.batch = options.batch || !options.queries_file.empty();
    options.batch_ids = options.batch && line.ids;
    options.sort = line.sort == "newest"   ? SortOrder::kNewest
                   : line.sort == "oldest" ? SortOrder::kOldest
                                           : SortOrder::kRelevance;
    if (line.article_option->count() > 0 && options.query_words.empty()) {
        // Reading an article: all of it, each passage whole, unless --limit says otherwise.
        options.whole_passages = true;
        options.per_article = 0;  // every passage of the one article
        if (app.count("--limit") == 0) {
            options.limit = 100000;
        }
    }
    options.rewriting.correct = !line.no_correct;
    if (!options.complete.empty() && (options.batch || !options.query_words.empty())) {
        return "--complete takes its prefix as its value, not query words or a batch";
    }
    if (options.batch && !options.query_words.empty()) {
        return "--batch and --queries take their queries from lines, not from arguments";
    }
    options.format = line.json || options.batch ? OutputFormat::kJson
                     : line.jsonl               ? OutputFormat::kJsonl
                     : line.count               ? OutputFormat::kCount
                     : line.ids                 ? OutputFormat::kIds
                                                : OutputFormat::kText;
    options.mode = line.all ? MatchMode::kAll : MatchMode::kAny;
    options.color = use_color(line.color);
    return {};
}

}  // namespace ks::searcher
