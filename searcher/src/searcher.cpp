#include "ks/searcher/searcher.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <optional>
#include <thread>
#include <unordered_map>

#include "ks/schema/schema.h"
#include "ks/text/utf8.h"

namespace ks::searcher {

namespace {

Xapian::Database open_index(const std::string& path)
{
    if (!std::filesystem::exists(path) && std::filesystem::exists(path + ".old")) {
        throw SearchError("no index at '" + path + "': an interrupted indexer --compact left it at '" + path +
                          ".old'; running the indexer on it again (indexer --db " + path + " FILES...) puts it back");
    }
    if (!std::filesystem::exists(path)) {
        throw SearchError("no index at '" + path + "' (create one with: indexer --db " + path + " FILES...)");
    }
    if (const std::string loop = schema::stub_loop(path); !loop.empty()) {
        throw SearchError("cannot open index '" + path + "': its stub names itself (" + loop + ")");
    }
    // An index being compacted or first changed after a compaction can read as corrupt for a moment, and an
    // indexer's commit can pull away the revision being opened: try again.
    constexpr int kAttempts = 20;
    for (int attempt = 1;; ++attempt) {
        try {
            return Xapian::Database(path);
        } catch (const Xapian::DatabaseModifiedError& e) {
            if (attempt == kAttempts) {
                throw SearchError(schema::cannot_open_message(path, e.get_msg()));
            }
        } catch (const Xapian::DatabaseCorruptError& e) {
            if (attempt == kAttempts) {
                throw SearchError(schema::cannot_open_message(path, e.get_msg()));
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        } catch (const Xapian::DatabaseError& e) {
            throw SearchError(schema::cannot_open_message(path, e.get_msg()));
        }
    }
}

// Shards searched as one index: local databases, or stub files listing local and remote ones
// (`remote tcp HOST PORT` served by xapian-tcpsrv), which Xapian opens for us.
Xapian::Database open_shards(const std::vector<std::string>& paths)
{
    if (paths.empty()) {
        throw SearchError("no index given");
    }
    Xapian::Database all;
    for (const std::string& path : paths) {
        all.add_database(open_index(path));
    }
    return all;
}

// Matching passages per article (kArticleSlot), counted over the matches the search visits, collapsed or not:
// by a spy of its own, or read from the facet table's spy, which visits the same matches and counts them by
// article number rather than by name.
class ArticleCounts {
public:
    void attach(Xapian::Enquire& enquire, FacetTableSpy* table_spy)
    {
        table_spy_ = table_spy;
        if (!table_spy_) {
            enquire.add_matchspy(&spy_);
        }
    }

    // Reads the totals of articles and passages, and the counts of the articles the page lists (not every
    // matching article's: a query can match tens of thousands).
    void read(const Xapian::MSet& page)
    {
        if (table_spy_) {
            passages_ = table_spy_->matches_in_articles();
            articles_ = table_spy_->articles();
            return;
        }
        for (Xapian::MSetIterator it = page.begin(); it != page.end(); ++it) {
            by_article_.emplace(it.get_document().get_value(schema::kArticleSlot), 0);
        }
        for (Xapian::TermIterator it = spy_.values_begin(); it != spy_.values_end(); ++it) {
            const Xapian::doccount n = it.get_termfreq();
            if (const auto listed = by_article_.find(*it); listed != by_article_.end()) {
                listed->second = n;
            }
            passages_ += n;
            ++articles_;
        }
    }
    // The matching passages of the listed document's article.
    Xapian::doccount of(const Xapian::Document& doc) const
    {
        if (table_spy_) {
            return table_spy_->matches_in_article_of(doc.get_docid());
        }
        const auto it = by_article_.find(doc.get_value(schema::kArticleSlot));
        return it == by_article_.end() ? 0 : it->second;
    }
    Xapian::doccount articles() const { return articles_; }
    Xapian::doccount passages() const { return passages_; }

private:
    FacetTableSpy* table_spy_ = nullptr;
    Xapian::ValueCountMatchSpy spy_{schema::kArticleSlot};
    std::unordered_map<std::string, Xapian::doccount> by_article_;  // of the page's articles
    Xapian::doccount passages_ = 0, articles_ = 0;
};

// How one search counts its facets: with the spy of the searcher's in-memory facet table where it has one, with
// the passages' value lists otherwise, and with Xapian's own match spies (a value a slot) where a remote shard
// takes part, which runs no other.
class FacetCounting {
public:
    FacetCounting(const Xapian::Database& db, const FacetTable* table) : db_(db), table_(table) {}

    void attach_local(Xapian::Enquire& enquire)
    {
        if (table_ != nullptr) {
            table_spy_.emplace(*table_);
            enquire.add_matchspy(&*table_spy_);
            return;
        }
        for (ListValueCountSpy* spy : {&persons_, &companies_, &dates_, &published_}) {
            enquire.add_matchspy(spy);
        }
    }
    // Instead of the local spies: every spy of the enquire goes.
    void attach_remote(Xapian::Enquire& enquire)
    {
        enquire.clear_matchspies();
        slot_counter_.emplace(db_);
        slot_counter_->attach(enquire);
    }
    bool remote() const { return slot_counter_.has_value(); }
    FacetTableSpy* table_spy() { return table_spy_ ? &*table_spy_ : nullptr; }

    Facets top(std::size_t n)
    {
        if (slot_counter_) {
            return slot_counter_->top(n);
        }
        if (table_spy_) {
            return {table_spy_->top(0, n), table_spy_->top(1, n), table_spy_->top(2, n), table_spy_->top(3, n)};
        }
        return {persons_.top(n), companies_.top(n), dates_.top(n), published_.top(n)};
    }

private:
    const Xapian::Database& db_;
    const FacetTable* table_;
    ListValueCountSpy persons_{schema::kPersonsSlot};
    ListValueCountSpy companies_{schema::kCompaniesSlot};
    ListValueCountSpy dates_{schema::kDatesSlot, kDateBucketChars};
    ListValueCountSpy published_{schema::kPublishedMonthSlot};
    std::optional<FacetTableSpy> table_spy_;
    std::optional<SlotFacetCounter> slot_counter_;
};

// The query as searched: repaired UTF-8, and a pasted page cut to its beginning at a word boundary.
std::string query_as_searched(const std::string& typed, bool& truncated)
{
    std::string query = text::repair_utf8(typed);
    if (query.size() > kMaxQueryBytes) {
        const std::size_t cut = query.rfind(' ', kMaxQueryBytes);
        query = text::repair_utf8(query.substr(0, cut == std::string::npos ? kMaxQueryBytes : cut));
        truncated = true;
    }
    return query;
}

void rank_or_browse(Xapian::Enquire& enquire, bool browse, const SearchRequest& request)
{
    if (browse) {
        enquire.set_sort_by_value(schema::kOrderSlot, false);
    } else {
        const RankingParams& ranking = request.ranking;
        enquire.set_weighting_scheme(Xapian::BM25PlusWeight(ranking.bm25_k1, 0, 1, ranking.bm25_b,
                                                            ranking.bm25_min_normlen, ranking.bm25_delta));
    }
    if (request.sort != SortOrder::kRelevance) {
        // ISO dates sort as strings (2025 before 2025-07 before 2025-07-13); an undated article's empty value
        // sorts lowest. Xapian sorts the same way on shards and remote shards.
        enquire.set_sort_by_value_then_relevance(schema::kDateSlot, request.sort == SortOrder::kNewest);
    }
}

struct MatchRun {
    Xapian::MSet mset;
    // One passage an article was chosen by the facet table's spy, not by Xapian's collapse: the page comes
    // from the spy (FacetTableSpy::best_of_each_article), the MSet only gives the totals.
    bool collapsed_by_spy = false;
};

// Runs the match, counting facets and, with per_article on an index that has the article slot, one article's
// best passages and every article's matching passages. Ranked by relevance with the facet table's spy, which
// sees every match and its weight anyway, the spy picks each article's best passage; else Xapian's collapse
// does (on shards and remote shards too), reading each match's article id. A remote shard (xapian-tcpsrv) runs
// only Xapian's own match spies: found out on the first search that meets one, and `has_remote_shard` says so
// for the next.
MatchRun run_match(Xapian::Enquire& enquire, const SearchRequest& request, bool by_relevance,
                   Xapian::doccount check_at_least, bool collapses_articles, bool& has_remote_shard,
                   FacetCounting& facets, std::optional<ArticleCounts>& article_counts)
{
    const bool counts_facets = request.facet_limit > 0;
    if (counts_facets) {
        facets.attach_local(enquire);
    }
    MatchRun run;
    if (request.per_article > 0 && collapses_articles) {
        run.collapsed_by_spy = request.per_article == 1 && by_relevance && facets.table_spy() != nullptr;
        if (!run.collapsed_by_spy) {
            enquire.set_collapse_key(schema::kArticleSlot, request.per_article);
        }
        article_counts.emplace();
        article_counts->attach(enquire, facets.table_spy());
    }
    const auto count_remotely = [&] {
        facets.attach_remote(enquire);
        if (article_counts) {
            if (run.collapsed_by_spy) {
                enquire.set_collapse_key(schema::kArticleSlot, request.per_article);
                run.collapsed_by_spy = false;
            }
            article_counts.emplace();
            article_counts->attach(enquire, nullptr);
        }
    };
    if (counts_facets && has_remote_shard) {
        count_remotely();
    }
    try {
        run.mset = enquire.get_mset(request.offset, request.limit, check_at_least);
    } catch (const Xapian::UnimplementedError&) {
        if (!counts_facets || facets.remote()) {
            throw;
        }
        has_remote_shard = true;
        count_remotely();
        run.mset = enquire.get_mset(request.offset, request.limit, check_at_least);
    }
    return run;
}

// The page of matches the search lists, best first: the spy's where it collapsed them, else the MSet's.
std::vector<FacetTableSpy::Match> listed_matches(const MatchRun& run, const SearchRequest& request,
                                                 FacetCounting& facets)
{
    if (run.collapsed_by_spy) {
        return facets.table_spy()->best_of_each_article(request.offset, request.limit);
    }
    std::vector<FacetTableSpy::Match> page;
    for (Xapian::MSetIterator it = run.mset.begin(); it != run.mset.end(); ++it) {
        page.push_back({*it, it.get_weight()});
    }
    return page;
}

void set_totals(SearchResult& result, const Xapian::MSet& mset, ArticleCounts* article_counts,
                Xapian::doccount check_at_least)
{
    result.total_estimate = mset.get_matches_estimated();
    result.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
    result.total_at_least = mset.get_matches_lower_bound();
    if (article_counts == nullptr) {
        return;
    }
    // The totals count passages, as without collapsing (Xapian's own count the articles' best passages).
    article_counts->read(mset);
    result.total_articles = article_counts->articles();
    if (result.total_articles > 0) {
        // Fewer matches than the search visits at least: every one was visited and counted.
        const Xapian::doccount passages = article_counts->passages();
        result.total_exact = result.total_exact || passages < check_at_least;
        result.total_estimate = result.total_exact ? passages : std::max(result.total_estimate, passages);
        result.total_at_least = result.total_exact ? passages : std::max(result.total_at_least, passages);
    }
}

// What the search says of one listed passage.
struct HitReading {
    const Xapian::Database& db;
    const SearchRequest& request;
    const BuiltQuery& built;
    const Xapian::Enquire& enquire;
    schema::RecordReader& records;
    const ArticleCounts* article_counts;
    analysis::Analyzer& analyzer;
};

// The listed match at `rank` (from 1).
Hit hit_of(const FacetTableSpy::Match& match, Xapian::doccount rank, const HitReading& reading)
{
    const SearchRequest& request = reading.request;
    Hit hit;
    hit.rank = rank;
    hit.score = reading.built.browse ? 0 : match.weight;
    const Xapian::Document doc = reading.db.get_document(match.docid);
    if (request.ids_only) {
        schema::PassageRef ref = schema::parse_order_key(doc.get_value(schema::kOrderSlot));
        hit.record.doc = std::move(ref.doc);
        hit.record.passage = ref.passage;
    } else {
        hit.record = reading.records.read(doc);
        hit.persons = schema::decode_values(doc.get_value(schema::kPersonsSlot));
        hit.companies = schema::decode_values(doc.get_value(schema::kCompaniesSlot));
        hit.dates = schema::decode_values(doc.get_value(schema::kDatesSlot));
    }
    if (reading.article_counts != nullptr) {
        const Xapian::doccount matched = reading.article_counts->of(doc);
        hit.more_in_article = matched > request.per_article ? matched - request.per_article : 0;
    }
    if (request.snippet_chars > 0 && !request.ids_only) {
        hit.snippet = make_snippet(hit.record.text, reading.analyzer, reading.built.highlight, request.snippet_chars);
    }
    if (request.explain) {
        try {
            hit.matched_terms.assign(reading.enquire.get_matching_terms_begin(match.docid),
                                     reading.enquire.get_matching_terms_end(match.docid));
        } catch (const Xapian::FeatureUnavailableError&) {
            // a frozen index (indexer --frozen) keeps no term lists to tell them by: leave them out
        }
    }
    return hit;
}

}  // namespace

Searcher::Searcher(const std::string& db_path) : Searcher(std::vector<std::string>{db_path}) {}

Searcher::Searcher(const std::vector<std::string>& db_paths) : db_paths_(db_paths), db_(open_shards(db_paths))
{
    // Read through an indexer's commits, as every read is: a one-off search opening the index mid-update
    // failed on this metadata once in two hundred.
    schema_version_ = read_through_commits([this] { return schema::index_schema_version(db_); }, [] {});
    collapses_articles_ = schema_version_ >= schema::kArticleSlotSchemaVersion;
    reread_names();
}

bool Searcher::wait_for_a_new_revision()
{
    constexpr auto kLongest = std::chrono::seconds(2);  // more than a commit of a thousand articles takes
    const auto until = std::chrono::steady_clock::now() + kLongest;
    while (std::chrono::steady_clock::now() < until) {
        bool moved = false;
        try {
            moved = db_.reopen();
        } catch (const Xapian::DatabaseError&) {
            // Reopening met blocks a newer commit reused (it did under AddressSanitizer's slower timing): a
            // newer revision is there.
            moved = true;
        }
        if (moved) {
            try {
                db_ = open_shards(db_paths_);  // afresh: nothing read from the corrupt-reading revision is kept
                return true;
            } catch (const Xapian::DatabaseError&) {
            } catch (const SearchError&) {
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

void Searcher::reread_names()
{
    // The names are read from metadata across many blocks, which an indexer's commits can pull away.
    names_ = read_through_commits([this] { return KnownNames(db_, analyzer_); }, [] {});
}

SearchResult Searcher::search(const SearchRequest& request)
{
    SearchResult result = search_retrying(request);
    // A quote left open runs to the end of the query, which suits one being typed ("초지능 팀) but finds
    // nothing when a pasted question closes it with another mark ("지지 철회' 인터뷰가 ...): then search
    // those words one by one, and say so.
    // A closed phrase that no passage holds ("Ooh Ahh하게" where the text writes Ooh Ahh 하게) is searched as
    // its words too, the way every search box does, and said so.
    if (!result.hits.empty() || result.total_estimate != 0 || result.browse || !request.rewriting.correct) {
        return result;  // --no-correct: every phrase exactly as typed
    }
    const std::string phrase(unclosed_phrase(result.query));
    LoosenedPhrases loosened = without_phrase_quotes(result.query);
    if (phrase.empty() && loosened.phrases.empty()) {
        return result;
    }
    SearchRequest retry = request;
    retry.query = loosened.query;
    if (!phrase.empty()) {
        retry.query[retry.query.size() - phrase.size()] = ' ';
    }
    SearchResult retried = search_retrying(retry);
    retried.query = std::move(result.query);
    retried.query_truncated = result.query_truncated;
    std::vector<Rewrite> said;
    for (const std::string& closed : loosened.phrases) {
        said.push_back(Rewrite{closed, {closed.substr(1, closed.size() - 2)}, RewriteKind::kLoosePhrase});
    }
    if (!phrase.empty()) {
        said.push_back(Rewrite{phrase, {phrase.substr(1)}, RewriteKind::kUnclosedQuote});
    }
    retried.rewrites.insert(retried.rewrites.begin(), said.begin(), said.end());
    return retried;
}

SearchResult Searcher::search_retrying(const SearchRequest& request)
{
    return read_through_commits([&] { return search_once(request); },
                                [this] {
                                    reread_names();
                                    facet_table_.reset();
                                });
}

std::vector<WordCount> Searcher::complete(std::string_view prefix, std::size_t limit)
{
    return Vocabulary(db_, analyzer_).completions(text::repair_utf8(prefix), limit);
}

const FacetTable* Searcher::facet_table()
{
    // A one-off search (a command line) is faster reading values for its matches than reading all of them
    // into a table first; from the second search with facets on (batch mode, a program) the table pays.
    // Shards number their documents together, so the table is for one database only.
    if (facet_table_ || ++facet_searches_ < 2 || facet_table_failed_ || db_.size() != 1) {
        return facet_table_.get();
    }
    try {
        facet_table_ = std::make_unique<FacetTable>(db_);
    } catch (const Xapian::UnimplementedError&) {
        facet_table_failed_ = true;  // a remote shard: its values cannot be streamed
    }
    return facet_table_.get();
}

Xapian::doccount Searcher::count_undated_matches(const Xapian::Query& query, Filters filters)
{
    filters.from.clear();
    filters.to.clear();
    Xapian::Query undated(Xapian::Query::OP_AND_NOT, query, dated_passages(db_));
    if (!filters.empty()) {
        undated = Xapian::Query(Xapian::Query::OP_FILTER, undated, filter_query(filters, db_, names_, analyzer_));
    }
    Xapian::Enquire enquire(db_);
    enquire.set_query(undated);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    return enquire.get_mset(0, 0, db_.get_doccount()).get_matches_estimated();  // exact: every match visited
}

SearchResult Searcher::search_once(const SearchRequest& request)
{
    SearchResult result;
    result.shards = db_.size();
    result.query = query_as_searched(request.query, result.query_truncated);
    RewrittenQuery rewritten =
        rewrite_query(parse_query(result.query), Vocabulary(db_, analyzer_), analyzer_, request.rewriting);
    result.rewrites = std::move(rewritten.rewrites);
    const BuiltQuery built =
        QueryBuilder(analyzer_, request.mode, request.ranking, &names_, &db_).build(rewritten.parsed);
    result.browse = built.browse;
    if (built.query.empty()) {
        return result;  // nothing searchable in the query
    }
    Xapian::Query query = built.query;
    if (!request.filters.empty()) {
        query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter_query(request.filters, db_, names_, analyzer_));
    }
    if (request.explain) {
        result.explanation = query.get_description();
    }

    Xapian::Enquire enquire(db_);
    enquire.set_query(query);
    rank_or_browse(enquire, built.browse, request);
    // Every match is visited when its facets are counted or the total must be exact. Else the first thousand
    // are by default, so that a total under a thousand is exact and a larger one is at least that (Xapian's
    // estimate from the first ten hits was off by a factor of 70).
    const bool visits_every_match = request.exact_total || request.facet_limit > 0;
    const Xapian::doccount check_at_least = visits_every_match ? db_.get_doccount() : request.counted_at_least;
    FacetCounting facets(db_, request.facet_limit > 0 ? facet_table() : nullptr);
    std::optional<ArticleCounts> article_counts;
    const MatchRun run = run_match(enquire, request, !built.browse && request.sort == SortOrder::kRelevance,
                                   check_at_least, collapses_articles_, has_remote_shard_, facets, article_counts);
    if (request.facet_limit > 0) {
        result.facets = facets.top(request.facet_limit);
    }
    set_totals(result, run.mset, article_counts ? &*article_counts : nullptr, check_at_least);
    if (request.filters.by_publication()) {
        result.undated_left_out = count_undated_matches(built.query, request.filters);
    }

    schema::RecordReader records(db_);
    const HitReading reading{db_,      request, built, enquire, records, article_counts ? &*article_counts : nullptr,
                             analyzer_};
    const std::vector<FacetTableSpy::Match> page = listed_matches(run, request, facets);
    for (std::size_t i = 0; i < page.size(); ++i) {
        result.hits.push_back(hit_of(page[i], request.offset + static_cast<Xapian::doccount>(i) + 1, reading));
    }
    return result;
}

}  // namespace ks::searcher
