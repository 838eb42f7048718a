// indexer --frozen: an index built once keeps no term lists; it answers as before and refuses updates.

#include <xapian.h>

#include <sstream>
#include <stdexcept>

#include "ks/indexer/frozen.h"
#include "ks/indexer/indexer.h"
#include "ks/searcher/searcher.h"
#include "support.h"

namespace {

using ks::test::TempDir;
namespace fs = std::filesystem;

ks::indexer::Summary index(ks::indexer::Options options)
{
    options.inputs = {ks::test::corpus_dir().string()};
    std::ostringstream diagnostics;
    return ks::indexer::run(options, diagnostics);
}

bool has_term_lists(const fs::path& database)
{
    for (const fs::directory_entry& file : fs::directory_iterator(database)) {
        if (file.path().filename().string().rfind("termlist.", 0) == 0) {
            return true;
        }
    }
    return false;
}

std::uintmax_t bytes_in(const fs::path& folder)
{
    std::uintmax_t total = 0;
    for (const fs::directory_entry& file : fs::recursive_directory_iterator(folder)) {
        total += file.is_regular_file() ? file.file_size() : 0;
    }
    return total;
}

// A search's hits and facets as one text, to compare two indexes by.
std::string answers(const std::string& db, const std::string& query)
{
    ks::searcher::Searcher searcher(db);
    const ks::searcher::SearchResult result = searcher.search({.query = query, .limit = 20});
    std::ostringstream out;
    out << result.total_estimate << '\n';
    for (const ks::searcher::Hit& hit : result.hits) {
        out << hit.record.doc << '#' << hit.record.passage << ' ' << hit.score << ' ' << hit.snippet.text;
        for (const auto& [begin, end] : hit.snippet.highlights) {
            out << ' ' << begin << '-' << end;
        }
        out << '\n';
    }
    for (const auto* facet : {&result.facets.persons, &result.facets.companies, &result.facets.dates}) {
        for (const ks::searcher::FacetCount& count : *facet) {
            out << count.value << '=' << count.count << ' ';
        }
        out << '\n';
    }
    return out.str();
}

}  // namespace

TEST_CASE("a frozen index is smaller, has no term lists and answers every search as the open one does")
{
    TempDir dir;
    const std::string open = (dir / "open.db").string();
    const std::string frozen = (dir / "frozen.db").string();
    const std::size_t writers = GENERATE(1u, 2u);
    INFO("writers " << writers);
    CHECK_FALSE(index({.db_path = open, .writers = writers}).frozen);
    CHECK(index({.db_path = frozen, .writers = writers, .frozen = true}).frozen);

    CHECK(has_term_lists(open));
    CHECK_FALSE(has_term_lists(frozen));
    CHECK(bytes_in(frozen) < bytes_in(open));
    CHECK(ks::indexer::is_frozen(frozen));
    CHECK_FALSE(ks::indexer::is_frozen(open));
    for (const char* query :
         {"메타", "알트만 선교사", "\"선교사가 용병을\"", "5100만 달러 칩", "ㅇㅌㅁ", "저커버ㄱ*"}) {
        INFO(query);
        CHECK(answers(frozen, query) == answers(open, query));
    }
    // --explain cannot name the matched terms without term lists, and says so rather than failing.
    ks::searcher::Searcher searcher(frozen);
    const auto explained = searcher.search({.query = "메타", .explain = true});
    REQUIRE_FALSE(explained.hits.empty());
    CHECK(explained.hits.front().matched_terms.empty());
}

TEST_CASE("the indexer refuses to update a frozen index and leaves it as it was")
{
    TempDir dir;
    const std::string db = (dir / "db").string();
    index({.db_path = db, .frozen = true});
    const std::string before = answers(db, "메타");
    const Xapian::doccount passages = Xapian::Database(db).get_doccount();

    CHECK_THROWS_WITH(index({.db_path = db, .force = true}), Catch::Contains("is frozen"));
    CHECK_THROWS_WITH(index({.db_path = db, .delete_ids = {"meta-the-list"}}), Catch::Contains("is frozen"));
    CHECK(Xapian::Database(db).get_doccount() == passages);
    CHECK(answers(db, "메타") == before);

    const ks::test::CommandResult cli =
        ks::test::run_command(std::string(KS_INDEXER_BIN) + " --db " + ks::test::quoted(db) + " --force " +
                              ks::test::quoted(ks::test::corpus_dir().string()));
    CHECK(cli.exit_code == 2);
    CHECK_THAT(cli.err, Catch::Contains(db) && Catch::Contains("frozen"));
}

TEST_CASE("an interrupted --frozen build stays open, and running it again finishes and freezes it")
{
    TempDir dir;
    const std::string db = (dir / "db").string();
    int articles_left = 3;
    ks::indexer::Options options{.db_path = db, .batch_articles = 1, .frozen = true};
    options.should_stop = [&articles_left] { return articles_left-- <= 0; };
    const ks::indexer::Summary interrupted = index(options);
    REQUIRE(interrupted.interrupted);
    CHECK_FALSE(interrupted.frozen);
    CHECK_FALSE(ks::indexer::is_frozen(db));

    const ks::indexer::Summary finished = index({.db_path = db, .frozen = true});
    CHECK(finished.frozen);
    CHECK(ks::indexer::is_frozen(db));
    CHECK(answers(db, "메타") == answers(
                                     [&] {
                                         const std::string whole = (dir / "whole").string();
                                         index({.db_path = whole});
                                         return whole;
                                     }(),
                                     "메타"));
}

TEST_CASE("a frozen shard set: every shard is frozen, and the shards answer as one index")
{
    TempDir dir;
    const std::string db = (dir / "db").string();
    CHECK(index({.db_path = db, .shards = 2, .frozen = true}).frozen);
    CHECK_FALSE(has_term_lists(dir / "db" / "shard-1"));
    CHECK_FALSE(has_term_lists(dir / "db" / "shard-2"));
    CHECK(ks::indexer::is_frozen(db));
    CHECK_THROWS_WITH(index({.db_path = db, .force = true}), Catch::Contains("is frozen"));
    CHECK(ks::searcher::Searcher(db).search({.query = "메타"}).hits.size() > 0);
}
