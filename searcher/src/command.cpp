#include "ks/searcher/command.h"

#include <fstream>
#include <istream>
#include <ostream>

#include "ks/schema/schema.h"
#include "ks/searcher/batch.h"
#include "ks/searcher/output.h"
#include "ks/searcher/searcher.h"
#include "ks/text/split.h"

namespace ks::searcher {

namespace {

SearchRequest request_for(const Options& options, std::string query)
{
    const bool count_only = options.format == OutputFormat::kCount;
    const bool ids_only = options.format == OutputFormat::kIds || options.batch_ids;
    return {.query = std::move(query),
            .mode = options.mode,
            .offset = options.offset,
            .limit = count_only ? 0 : options.limit,
            .snippet_chars = ids_only                 ? 0
                             : options.whole_passages ? kMaxQueryBytes * 1000
                                                      : std::size_t{200},
            .ids_only = ids_only,
            .rewriting = options.rewriting,
            .explain = options.explain,
            .filters = options.filters,
            .facet_limit = count_only || ids_only ? 0 : options.facet_limit,
            .exact_total = count_only,
            .counted_at_least = options.format == OutputFormat::kIds ? 0 : SearchRequest{}.counted_at_least,
            .sort = options.sort,
            .per_article = options.per_article};
}

// A batch line's request: the command line's options, with what the line sets for itself.
SearchRequest request_for(const Options& options, const BatchQuery& batch)
{
    Options line_options = options;
    line_options.batch_ids = batch.ids.value_or(options.batch_ids);  // ids only, or whole hits with facets
    SearchRequest request = request_for(line_options, batch.query);
    Filters& filters = request.filters;
    filters.persons.insert(filters.persons.end(), batch.persons.begin(), batch.persons.end());
    filters.companies.insert(filters.companies.end(), batch.companies.begin(), batch.companies.end());
    for (const auto& [line_value, option] : {std::pair{&batch.from, &filters.from}, std::pair{&batch.to, &filters.to},
                                             std::pair{&batch.mentioned_from, &filters.mentioned_from},
                                             std::pair{&batch.mentioned_to, &filters.mentioned_to}}) {
        if (!line_value->empty()) {
            *option = *line_value;
        }
    }
    request.limit = static_cast<Xapian::doccount>(batch.limit.value_or(request.limit));
    request.offset = static_cast<Xapian::doccount>(batch.offset.value_or(request.offset));
    request.facet_limit = batch.facets.value_or(request.facet_limit);
    request.per_article = static_cast<Xapian::doccount>(batch.per_article.value_or(request.per_article));
    return request;
}

void print(const Options& options, const SearchResult& result, std::ostream& out)
{
    switch (options.format) {
        case OutputFormat::kText:
            print_text(out, result, options.color);
            break;
        case OutputFormat::kJson:
            print_json(out, result);
            break;
        case OutputFormat::kJsonl:
            print_jsonl(out, result);
            break;
        case OutputFormat::kCount:
            out << result.total_estimate << '\n';
            break;
        case OutputFormat::kIds:
            print_ids(out, result);
            break;
    }
}

bool has_matches(const SearchResult& result) { return !result.hits.empty() || result.total_estimate > 0; }

int run_batch(const Options& options, Searcher& searcher, std::istream& in, std::ostream& out, std::ostream& err)
{
    std::ifstream file;
    if (!options.queries_file.empty()) {
        file.open(options.queries_file);
        if (!file) {
            throw SearchError("cannot read query file '" + options.queries_file + "'");
        }
    }
    std::istream& queries = options.queries_file.empty() ? in : file;
    const std::string source = options.queries_file.empty() ? "stdin" : options.queries_file;
    bool any_hits = false;
    bool any_error = false;
    std::string line;
    for (std::size_t number = 1; std::getline(queries, line); ++number) {
        const BatchQuery batch = parse_batch_line(line);
        if (batch.blank) {
            print_json(out, SearchResult{}, batch.id);  // nothing asked: an empty answer keeps lines paired
            continue;
        }
        std::string error = batch.error;
        if (error.empty()) {
            try {
                const SearchResult result = searcher.search(request_for(options, batch));
                any_hits = any_hits || has_matches(result);
                print_json(out, result, batch.id, batch.ids.value_or(options.batch_ids));
                out.flush();  // a script reading our output line by line sees each answer at once
                continue;
            } catch (const FilterError& e) {
                error = e.what();
            } catch (const SearchError& e) {  // the index kept changing under this query: the next may pass
                error = e.what();
            } catch (const Xapian::Error& e) {  // a damaged index: said for each line, the process goes on
                error = e.get_description();
            }
        }
        any_error = true;
        err << "searcher: " << source << ':' << number << ": " << error << '\n';
        print_json_error(out, batch.id, batch.query, error);
    }
    return any_error ? 2 : any_hits ? 0 : 1;
}

}  // namespace

int run(const Options& options, std::istream& in, std::ostream& out, std::ostream& err)
{
    Searcher searcher(options.db_paths);
    if (const int version = searcher.schema_version(); version < schema::kSchemaVersion) {
        err << "searcher: note: the index was written by an earlier indexer (schema version " << version << ", now "
            << schema::kSchemaVersion << "); index it again for the current ranking\n";
        if (version < schema::kPublishedSchemaVersion && options.filters.by_publication()) {
            err << "searcher: note: its passages carry no publication dates, so --from/--to keep none of them; "
                   "--mentioned-from/--mentioned-to filter on the dates passages mention\n";
        }
    }
    if (!options.complete.empty()) {
        const std::vector<WordCount> words = searcher.complete(options.complete, options.limit);
        print_completions(out, options.complete, words, options.format == OutputFormat::kJson);
        return words.empty() ? 1 : 0;
    }
    if (options.batch) {
        return run_batch(options, searcher, in, out, err);
    }
    const SearchResult result = searcher.search(request_for(options, text::joined(options.query_words, " ")));
    if (result.query_truncated) {
        err << "searcher: the query is longer than " << kMaxQueryBytes << " bytes; searched its beginning only\n";
    }
    if (options.explain) {
        print_explanation(err, result);
    }
    if (options.format != OutputFormat::kText && options.format != OutputFormat::kJson) {
        print_rewrites(err, result);  // the JSON lists them, the text shows them above the hits
    }
    print(options, result, out);
    if (!options.filters.article.empty() && !has_matches(result) && result.browse) {
        err << "searcher: no article '" << options.filters.article << "' in the index\n";
    }
    return has_matches(result) ? 0 : 1;
}

}  // namespace ks::searcher
