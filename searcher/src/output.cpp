#include "ks/searcher/output.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>
#include <unordered_map>

#include "ks/text/split.h"
#include "ks/text/utf8.h"

namespace ks::searcher {

namespace {

struct Style {
    const char* match = "";
    const char* doc = "";
    const char* title = "";
    const char* dim = "";
    const char* reset = "";
};

Style style_for(bool color)
{
    if (!color) {
        return {};
    }
    return {"\x1b[1;31m", "\x1b[35m", "\x1b[1m", "\x1b[2m", "\x1b[0m"};
}

std::string highlighted(const Snippet& snippet, const Style& style)
{
    std::string out;
    std::size_t at = 0;
    const std::string_view text = snippet.text;
    for (const auto& [begin, end] : snippet.highlights) {
        out += text::printable(text.substr(at, begin - at));
        out += style.match;
        out += text::printable(text.substr(begin, end - begin));
        out += style.reset;
        at = end;
    }
    out += text::printable(text.substr(at));
    return out;
}

// Highlights as code point offsets, which is how most JSON consumers index strings.
nlohmann::ordered_json highlight_offsets(const Snippet& snippet)
{
    nlohmann::ordered_json ranges = nlohmann::ordered_json::array();
    for (const auto& [begin, end] : snippet.highlights) {
        const std::size_t b = text::count_code_points(std::string_view(snippet.text).substr(0, begin));
        const std::size_t e = b + text::count_code_points(std::string_view(snippet.text).substr(begin, end - begin));
        ranges.push_back({b, e});
    }
    return ranges;
}

std::string passages(Xapian::doccount n, const char* adjective = "")
{
    return std::to_string(n) + " " + adjective + (n == 1 ? "passage" : "passages");
}

// "12 matching passages", or where counting stopped early (--facets 0): "at least 1000 matching passages"; with
// --per-article, the articles too: "12 matching passages in 3 articles".
std::string total_of(const SearchResult& result)
{
    std::string total = result.total_exact ? passages(result.total_estimate, "matching ")
                                           : "at least " + passages(result.total_at_least, "matching ");
    if (result.total_articles > 0) {
        total += (result.total_exact ? " in " : " in at least ") + std::to_string(result.total_articles) +
                 (result.total_articles == 1 ? " article" : " articles");
    }
    return total;
}

nlohmann::ordered_json facet_json(const std::vector<FacetCount>& counts)
{
    nlohmann::ordered_json values = nlohmann::ordered_json::array();
    for (const FacetCount& c : counts) {
        values.push_back({{"value", c.value}, {"count", c.count}});
    }
    return values;
}

void print_facet_line(std::ostream& out, const char* label, const std::vector<FacetCount>& counts, const Style& style)
{
    if (counts.empty()) {
        return;
    }
    out << style.dim << label << style.reset;
    const char* separator = " ";
    for (const FacetCount& c : counts) {
        out << separator << text::printable(c.value) << style.dim << " (" << c.count << ")" << style.reset;
        separator = " · ";
    }
    out << '\n';
}

// "searched 알트민 as 알트만 (typo)" or "did you mean 이재용? (이재영 is in 1 passage)", one line per word.
void print_rewrites(std::ostream& out, const std::vector<Rewrite>& rewrites, const Style& style)
{
    for (const Rewrite& r : rewrites) {
        if (r.kind == RewriteKind::kUnclosedQuote) {
            out << style.dim << "no passage has the phrase " << r.from
                << " (its quote is not closed): searched its words" << style.reset << '\n';
        } else if (r.kind == RewriteKind::kLoosePhrase) {
            out << style.dim << "no passage has the phrase " << r.from << ": searched its words" << style.reset << '\n';
        } else if (r.kind == RewriteKind::kLimited) {
            out << style.dim << "searched " << r.from << " as typed: no completion or correction past "
                << kMaxRewrittenWords << " words in one query" << style.reset << '\n';
        } else if (r.applied) {
            out << style.dim << "searched " << r.from << " as " << style.reset << text::joined(r.to, " OR ")
                << style.dim << " (" << rewrite_kind_name(r.kind) << ")" << style.reset << '\n';
        } else {
            out << style.dim << "did you mean " << style.reset << text::joined(r.to, " OR ") << style.dim << "? ("
                << r.from << " is rare in the index)" << style.reset << '\n';
        }
    }
}

}  // namespace

void print_text(std::ostream& out, const SearchResult& result, bool color)
{
    const Style style = style_for(color);
    print_rewrites(out, result.rewrites, style);
    if (result.browse) {
        out << style.dim << passages(result.total_estimate) << ", in article order" << style.reset << "\n\n";
    } else if (result.total_estimate == 0) {
        out << style.dim << "no matching passages" << style.reset << '\n';
    } else if (result.hits.empty()) {
        // Paged past the end, or --limit 0: the total still holds.
        out << style.dim << total_of(result) << ", none on this page" << style.reset << "\n\n";
    } else {
        out << style.dim << total_of(result) << style.reset << "\n\n";
    }
    if (result.undated_left_out > 0) {
        out << style.dim << passages(result.undated_left_out, "more matching ")
            << " of undated articles left out by the publication dates asked for" << style.reset << "\n\n";
    }
    // Where each article's last passage on the page is: its "+ N more" follows it (--per-article 2 lists two).
    std::unordered_map<std::string_view, const Hit*> last_of_article;
    for (const Hit& hit : result.hits) {
        last_of_article[hit.record.doc] = &hit;
    }
    for (const Hit& hit : result.hits) {
        char score[32] = "";
        if (!result.browse) {
            std::snprintf(score, sizeof score, "  %.2f", hit.score);
        }
        out << hit.rank << ". " << style.doc << text::printable(hit.record.doc) << " #" << hit.record.passage
            << style.reset << "  " << style.title << text::printable(hit.record.title) << style.reset << style.dim
            << score << style.reset << '\n';
        out << "   " << highlighted(hit.snippet, style) << '\n';
        if (hit.more_in_article > 0 && last_of_article.at(hit.record.doc) == &hit) {
            out << "   " << style.dim << "+ " << passages(hit.more_in_article, "more matching ") << " of this article"
                << style.reset << '\n';
        }
        out << '\n';
    }
    print_facet_line(out, "people:   ", result.facets.persons, style);
    print_facet_line(out, "companies:", result.facets.companies, style);
    print_facet_line(out, "published:", result.facets.published, style);
    print_facet_line(out, "mentioned:", result.facets.dates, style);
}

void print_rewrites(std::ostream& out, const SearchResult& result)
{
    print_rewrites(out, result.rewrites, style_for(false));
}

void print_explanation(std::ostream& out, const SearchResult& result)
{
    out << "query: " << (result.explanation.empty() ? "(nothing searchable)" : result.explanation) << '\n';
    for (const Hit& hit : result.hits) {
        out << hit.rank << ". " << hit.record.doc << '#' << hit.record.passage << " matched:";
        for (const std::string& term : hit.matched_terms) {
            out << ' ' << term;
        }
        if (hit.matched_terms.empty()) {
            out << " (not known: a frozen index keeps no term lists)";  // every match has a term otherwise
        }
        out << '\n';
    }
}

namespace {

nlohmann::ordered_json hit_json(const Hit& hit)
{
    nlohmann::ordered_json h = {{"rank", hit.rank},
                                {"score", hit.score},
                                {"doc", hit.record.doc},
                                {"title", hit.record.title},
                                {"passage", hit.record.passage},
                                {"text", hit.record.text},
                                {"snippet", hit.snippet.text},
                                {"highlights", highlight_offsets(hit.snippet)}};
    if (!hit.record.date.empty()) {
        h["date"] = hit.record.date;
    }
    if (!hit.record.source.empty()) {
        h["source"] = hit.record.source;
    }
    if (!hit.record.url.empty()) {
        h["url"] = hit.record.url;
    }
    if (hit.more_in_article > 0) {
        h["more_in_article"] = hit.more_in_article;
    }
    h["persons"] = hit.persons;
    h["companies"] = hit.companies;
    h["dates"] = hit.dates;
    return h;
}

nlohmann::ordered_json rewrites_json(const std::vector<Rewrite>& rewrites)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const Rewrite& r : rewrites) {
        out.push_back({{"from", r.from}, {"to", r.to}, {"kind", rewrite_kind_name(r.kind)}, {"applied", r.applied}});
    }
    return out;
}

// One line of JSON; invalid UTF-8 (which the searcher never produces) would be replaced, never thrown on.
void print_line(std::ostream& out, const nlohmann::ordered_json& value)
{
    out << value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace

void print_json(std::ostream& out, const SearchResult& result, const std::string& id, bool ids_only)
{
    nlohmann::ordered_json hits = nlohmann::ordered_json::array();
    for (const Hit& hit : result.hits) {
        hits.push_back(ids_only ? nlohmann::ordered_json{{"rank", hit.rank},
                                                         {"score", hit.score},
                                                         {"doc", hit.record.doc},
                                                         {"passage", hit.record.passage}}
                                : hit_json(hit));
    }
    nlohmann::ordered_json doc = {{"schema_version", kJsonSchemaVersion}};
    if (!id.empty()) {
        doc["id"] = id;
    }
    doc["query"] = result.query;
    doc["total_estimate"] = result.total_estimate;
    doc["total_exact"] = result.total_exact;
    doc["total_at_least"] = result.total_at_least;
    if (result.total_articles > 0) {
        doc["total_articles"] = result.total_articles;
    }
    if (result.shards > 1) {
        doc["shards"] = result.shards;
    }
    doc["undated_left_out"] = result.undated_left_out;
    doc["rewrites"] = rewrites_json(result.rewrites);
    doc["hits"] = std::move(hits);
    doc["facets"] = {{"person", facet_json(result.facets.persons)},
                     {"company", facet_json(result.facets.companies)},
                     {"date", facet_json(result.facets.dates)},
                     {"published", facet_json(result.facets.published)}};
    print_line(out, doc);
}

void print_jsonl(std::ostream& out, const SearchResult& result)
{
    for (const Hit& hit : result.hits) {
        print_line(out, hit_json(hit));
    }
}

void print_ids(std::ostream& out, const SearchResult& result)
{
    for (const Hit& hit : result.hits) {
        out << text::printable(hit.record.doc) << '#' << hit.record.passage << '\n';
    }
}

void print_completions(std::ostream& out, const std::string& prefix, const std::vector<WordCount>& words, bool json)
{
    if (!json) {
        for (const WordCount& w : words) {
            out << text::printable(w.word) << '\n';
        }
        return;
    }
    nlohmann::ordered_json completions = nlohmann::ordered_json::array();
    for (const WordCount& w : words) {
        completions.push_back({{"word", w.word}, {"passages", w.passages}});
    }
    print_line(out, {{"schema_version", kJsonSchemaVersion}, {"prefix", prefix}, {"completions", completions}});
}

void print_json_error(std::ostream& out, const std::string& id, const std::string& query, const std::string& message)
{
    nlohmann::ordered_json doc = {{"schema_version", kJsonSchemaVersion}};
    if (!id.empty()) {
        doc["id"] = id;
    }
    doc["query"] = query;
    doc["error"] = message;
    print_line(out, doc);
}

}  // namespace ks::searcher
