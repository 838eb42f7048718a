// Re-running the indexer on a folder: only what changed is indexed again, and nothing is duplicated or lost.

#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <set>
#include <sstream>
#include <thread>

#include "ks/entities/name_patterns.h"
#include "ks/indexer/article_parts.h"
#include "ks/indexer/indexer.h"
#include "ks/schema/schema.h"
#include "ks/searcher/searcher.h"
#include "support.h"

namespace {

using ks::test::TempDir;
namespace fs = std::filesystem;

ks::indexer::Summary index(const std::string& db, const fs::path& folder, ks::indexer::Options extra = {},
                           std::ostringstream* diagnostics = nullptr)
{
    extra.db_path = db;
    if (extra.delete_ids.empty() || !folder.empty()) {
        extra.inputs = {folder.string()};
    }
    std::ostringstream ignored;
    return ks::indexer::run(extra, diagnostics ? *diagnostics : ignored);
}

bool has_article(const std::string& db, const std::string& id) { return Xapian::Database(db).term_exists("XA" + id); }

}  // namespace

TEST_CASE("a rerun skips unchanged files and re-indexes a changed one in full")
{
    TempDir dir;
    const std::string db = (dir / "db").string();
    fs::copy(ks::test::corpus_dir(), dir / "in", fs::copy_options::recursive);
    const auto first = index(db, dir / "in");
    CHECK(first.articles == 9);

    const auto again = index(db, dir / "in");
    CHECK(again.articles == 0);
    CHECK(again.unchanged_files == 9);

    ks::test::write_file(dir / "in" / "meta-the-list.txt",
                         "더 리스트 (고침)\n\n저커버그가 명단을 새로 정리했다는 소식이다.\n");
    const auto changed = index(db, dir / "in");
    CHECK(changed.articles == 1);
    CHECK(changed.updated == 1);
    CHECK(changed.unchanged_files == 8);
    CHECK(Xapian::Database(db).get_termfreq("XAmeta-the-list") == 1);  // its four old passages are gone

    CHECK(index(db, dir / "in", {.force = true}).articles == 9);
    CHECK(Xapian::Database(db).get_doccount() == first.passages - 4 + 1);
}

TEST_CASE("a changed .jsonl file drops the articles it no longer holds")
{
    TempDir dir;
    const std::string db = (dir / "db").string();
    ks::test::write_file(dir / "in" / "a.jsonl",
                         "{\"id\": \"x\", \"text\": \"메타가 영입했다.\"}\n"
                         "{\"id\": \"y\", \"text\": \"오픈AI가 대응했다.\"}\n");
    index(db, dir / "in");
    ks::test::write_file(dir / "in" / "a.jsonl", "{\"id\": \"x\", \"text\": \"메타가 다시 영입했다.\"}\n");
    const auto rerun = index(db, dir / "in");
    CHECK(rerun.updated == 1);
    CHECK(has_article(db, "x"));
    CHECK_FALSE(has_article(db, "y"));
}

TEST_CASE("an article that moved to another file stays when its old file no longer holds it")
{
    TempDir dir;
    const std::string db = (dir / "db").string();
    ks::test::write_file(dir / "in" / "b.jsonl",
                         "{\"id\": \"x\", \"text\": \"메타가 영입했다.\"}\n"
                         "{\"id\": \"y\", \"text\": \"오픈AI가 대응했다.\"}\n");
    index(db, dir / "in");
    // x moves to a.jsonl, read before b.jsonl in the rerun: b's leftovers must not take a's new x with them.
    ks::test::write_file(dir / "in" / "a.jsonl", "{\"id\": \"x\", \"text\": \"메타가 다시 영입했다.\"}\n");
    ks::test::write_file(dir / "in" / "b.jsonl", "{\"id\": \"y\", \"text\": \"오픈AI가 대응했다.\"}\n");
    index(db, dir / "in");
    CHECK(has_article(db, "x"));
    CHECK(has_article(db, "y"));
    CHECK(Xapian::Database(db).get_doccount() == 2);
}

TEST_CASE("while a changed file is indexed again, searches see every article in its old or its new version")
{
    TempDir dir;
    const std::string db = (dir / "db").string();
    constexpr int kArticles = 300;
    std::string lines;
    for (int i = 0; i < kArticles; ++i) {
        lines += "{\"id\": \"a" + std::to_string(i) + "\", \"text\": \"메타가 연구자 " + std::to_string(i) +
                 "명을 영입했다.\"}\n";
    }
    ks::test::write_file(dir / "in" / "a.jsonl", lines);
    index(db, dir / "in");
    ks::test::write_file(dir / "in" / "a.jsonl", lines + "{\"id\": \"new\", \"text\": \"오픈AI가 대응했다.\"}\n");
    // A reader counts passages while the file is indexed again, committing after every article.
    std::atomic<bool> done = false;
    Xapian::doccount fewest = kArticles;
    std::thread reader([&] {
        while (!done) {
            try {
                fewest = std::min(fewest, Xapian::Database(db).get_doccount());
            } catch (const Xapian::DatabaseError&) {
                // a revision going by as it is opened (modified, or read as corrupt after a compaction): next one
            }
        }
    });
    ks::indexer::Options one_at_a_time;
    one_at_a_time.batch_articles = 1;
    one_at_a_time.writers = 1;
    index(db, dir / "in", one_at_a_time);
    done = true;
    reader.join();
    CHECK(fewest >= static_cast<Xapian::doccount>(kArticles));
    CHECK(Xapian::Database(db).get_doccount() == kArticles + 1);
}

TEST_CASE("a searcher opened while an indexer commits opens and answers, whatever revision it meets")
{
    TempDir dir;
    const std::string db = (dir / "db").string();
    std::string lines;
    for (int i = 0; i < 300; ++i) {
        lines += "{\"id\": \"a" + std::to_string(i) + "\", \"text\": \"메타가 연구자 " + std::to_string(i) +
                 "명을 영입했다.\"}\n";
    }
    ks::test::write_file(dir / "in" / "a.jsonl", lines);
    index(db, dir / "in");
    // One-off searches, each opening the index afresh as a command line does, while every article is written
    // again and committed one at a time.
    std::atomic<bool> done = false;
    std::size_t opened = 0, failed = 0;
    std::string failure;
    std::thread reader([&] {
        while (!done) {
            try {
                ks::searcher::Searcher searcher(db);
                const auto result = searcher.search({.query = "", .limit = 0, .exact_total = true});
                ++opened;
                failed += result.total_estimate < 300 ? 1 : 0;
            } catch (const std::exception& e) {
                ++failed;
                failure = e.what();
            } catch (const Xapian::Error& e) {
                ++failed;
                failure = e.get_description();
            }
        }
    });
    ks::indexer::Options one_at_a_time;
    one_at_a_time.batch_articles = 1;
    one_at_a_time.writers = 1;
    one_at_a_time.force = true;
    index(db, dir / "in", one_at_a_time);
    done = true;
    reader.join();
    INFO(opened << " opened; " << failure);
    CHECK(opened > 10);
    CHECK(failed == 0);
}

TEST_CASE("an indexer finishes or undoes a --compact that a crash stopped at any step, and loses no article")
{
    // What compact_in_place leaves at each step: compacting (the copy half-written), between its two renames
    // (the original at .old, the complete copy at .compacting), after the first of them, after both.
    enum class Step { kCompacting, kBetweenRenames, kOriginalMovedOnly, kAfterBoth };
    const Step step = GENERATE(Step::kCompacting, Step::kBetweenRenames, Step::kOriginalMovedOnly, Step::kAfterBoth);
    TempDir dir;
    const std::string db = (dir / "db").string();
    ks::test::write_file(dir / "first" / "a.jsonl", "{\"id\": \"x\", \"text\": \"메타가 영입했다.\"}\n");
    ks::test::write_file(dir / "second" / "b.jsonl", "{\"id\": \"y\", \"text\": \"오픈AI가 대응했다.\"}\n");
    index(db, dir / "first");
    switch (step) {
        case Step::kCompacting:
            fs::create_directories(db + ".compacting");  // half-written
            break;
        case Step::kBetweenRenames:
            fs::copy(db, db + ".compacting", fs::copy_options::recursive);
            fs::rename(db, db + ".old");
            break;
        case Step::kOriginalMovedOnly:
            fs::rename(db, db + ".old");
            break;
        case Step::kAfterBoth:
            fs::copy(db, db + ".old", fs::copy_options::recursive);
            break;
    }
    std::ostringstream diagnostics;
    index(db, dir / "second", {}, &diagnostics);
    CHECK(has_article(db, "x"));  // the earlier index, whole
    CHECK(has_article(db, "y"));
    CHECK_FALSE(fs::exists(db + ".old"));
    CHECK_FALSE(fs::exists(db + ".compacting"));
    CHECK_THAT(diagnostics.str(), Catch::Contains("compact"));
}

TEST_CASE("pruning removes the articles of files gone — deleting removes one article by id")
{
    TempDir dir;
    const std::string db = (dir / "db").string();
    fs::copy(ks::test::corpus_dir(), dir / "in", fs::copy_options::recursive);
    index(db, dir / "in");
    fs::remove(dir / "in" / "rain-ai-chip-deal.txt");

    CHECK(index(db, dir / "in").pruned_files == 0);  // without --prune nothing goes
    CHECK(has_article(db, "rain-ai-chip-deal"));
    CHECK(index(db, dir / "in", {.prune = true}).pruned_files == 1);
    CHECK_FALSE(has_article(db, "rain-ai-chip-deal"));
    CHECK(has_article(db, "murati-exodus"));

    std::ostringstream diagnostics;
    const auto deleted = index(db, {}, {.delete_ids = {"murati-exodus", "no-such-article"}}, &diagnostics);
    CHECK(deleted.deleted == 1);
    CHECK(deleted.skipped == 1);
    CHECK_THAT(diagnostics.str(), Catch::Contains("no-such-article"));
    CHECK_FALSE(has_article(db, "murati-exodus"));
}

TEST_CASE("a duplicate id within one .jsonl file is named with both lines — the first is kept")
{
    TempDir dir;
    const std::string db = (dir / "db").string();
    ks::test::write_file(dir / "in" / "d.jsonl",
                         "{\"id\": \"x\", \"text\": \"첫 번째 글이다.\"}\n"
                         "{\"id\": \"z\", \"text\": \"다른 글이다.\"}\n"
                         "{\"id\": \"x\", \"text\": \"두 번째 글이다.\"}\n");
    std::ostringstream diagnostics;
    const auto s = index(db, dir / "in", {}, &diagnostics);
    CHECK(s.articles == 2);
    CHECK(s.skipped == 1);
    CHECK_THAT(diagnostics.str(), Catch::Contains("d.jsonl:3") && Catch::Contains("first on line 1"));
    const Xapian::Database index_db(db);
    CHECK(index_db.term_exists("첫"));
}

TEST_CASE("a compacted index holds the same passages and file records, and takes further updates")
{
    TempDir dir;
    const std::string plain = (dir / "plain").string();
    const std::string compact = (dir / "compact").string();
    index(plain, ks::test::corpus_dir());
    index(compact, ks::test::corpus_dir(), {.compact = true});
    const Xapian::Database a(plain), b(compact);
    CHECK(b.get_doccount() == a.get_doccount());
    for (Xapian::docid id = 1; id <= a.get_lastdocid(); ++id) {
        CHECK(b.get_document(id).get_data() == a.get_document(id).get_data());
    }
    CHECK_FALSE(fs::exists(compact + ".old"));
    CHECK_FALSE(fs::exists(compact + ".compacting"));
    CHECK(index(compact, ks::test::corpus_dir()).unchanged_files == 9);  // the file records survived
    CHECK(index(compact, {}, {.delete_ids = {"murati-exodus"}}).deleted == 1);
}

TEST_CASE("an article in two files of one run is kept once, as the later file gives it, on one index or on shards")
{
    // Articles are written by the shards' own threads; the later copy must still find and replace the earlier
    // one, whether it is still queued (batch of 100) or already committed (batch of 1).
    const std::size_t shards = GENERATE(1, 2);
    const std::size_t batch = GENERATE(1, 100);
    CAPTURE(shards, batch);
    TempDir dir;
    const std::string db = (dir / "db").string();
    ks::test::write_file(dir / "in" / "1.jsonl",
                         "{\"id\": \"x\", \"text\": \"첫 판이다.\\n\\n둘째 문단이다.\"}\n"
                         "{\"id\": \"y\", \"text\": \"다른 글이다.\"}\n");
    ks::test::write_file(dir / "in" / "2.jsonl", "{\"id\": \"x\", \"text\": \"고친 판이다.\"}\n");
    const auto s = index(db, dir / "in", {.batch_articles = batch, .shards = shards});
    CHECK(s.articles == 3);
    CHECK(s.updated == 1);
    const Xapian::Database result(db);
    CHECK(result.get_termfreq("XAx") == 1);
    CHECK(result.term_exists("고친"));
    CHECK_FALSE(result.term_exists("첫"));
    CHECK(result.get_doccount() == 2);
}

namespace {

// The passages counting `name` as a person, as a person filter matches them (schema::person_query). The person
// list of exactly these passages holds it: what a filter finds and what the facets count agree.
std::size_t passages_counting(const std::string& db, const std::string& name)
{
    const Xapian::Database database(db);
    Xapian::Enquire enquire(database);
    enquire.set_query(ks::schema::person_query(database, name));
    const Xapian::MSet matched = enquire.get_mset(0, database.get_doccount());
    std::set<Xapian::docid> counting;
    for (Xapian::MSetIterator it = matched.begin(); it != matched.end(); ++it) {
        counting.insert(*it);
    }
    std::set<Xapian::docid> listing;
    for (Xapian::PostingIterator it = database.postlist_begin(""); it != database.postlist_end(""); ++it) {
        const auto persons = ks::schema::decode_values(database.get_document(*it).get_value(ks::schema::kPersonsSlot));
        if (std::find(persons.begin(), persons.end(), name) != persons.end()) {
            listing.insert(*it);
        }
    }
    CHECK(counting == listing);
    return counting.size();
}

}  // namespace

TEST_CASE("a dictionary name the whole index never names clearly stops counting, and counts again once it does")
{
    // 메르스 is one of the words the dictionary lists only as a person's name. Alone with a particle it counts
    // provisionally; in ten passages and never with a title, the index overrules it.
    TempDir dir;
    const std::string db = (dir / "db").string();
    for (int i = 0; i < 10; ++i) {
        ks::test::write_file(dir / "in" / ("case-" + std::to_string(i) + ".txt"),
                             "보고 " + std::to_string(i) + "\n\n메르스는 " + std::to_string(i) + "월에 다시 번졌다.\n");
    }
    index(db, dir / "in");
    CHECK(passages_counting(db, "메르스") == 0);

    // Two articles name a person 메르스 clearly (씨): two clear passages of twelve are enough.
    for (int i = 0; i < 2; ++i) {
        ks::test::write_file(dir / "in" / ("profile-" + std::to_string(i) + ".txt"),
                             "인물 " + std::to_string(i) + "\n\n메르스 씨가 " + std::to_string(i) + "일 말했다.\n");
    }
    index(db, dir / "in");
    CHECK(passages_counting(db, "메르스") == 12);

    index(db, {}, {.delete_ids = {"profile-0", "profile-1"}});
    CHECK(passages_counting(db, "메르스") == 0);
}

TEST_CASE("a dictionary name that waits before a noun counts once another article names it clearly, until it goes")
{
    // 동방신기 before a noun is pending: it counts only where the index names it clearly too (멤버: a group of people).
    TempDir dir;
    const std::string db = (dir / "db").string();
    ks::test::write_file(dir / "in" / "concert.txt", "공연\n\n동방신기 콘서트가 열렸다.\n");
    index(db, dir / "in");
    CHECK(passages_counting(db, "동방신기") == 0);

    ks::test::write_file(dir / "in" / "members.txt", "그룹\n\n동방신기 멤버가 합격했다.\n");
    index(db, dir / "in");
    CHECK(passages_counting(db, "동방신기") == 2);
    ks::searcher::SearchRequest request{.query = "콘서트", .exact_total = true};
    request.filters.persons = {"동방신기"};
    CHECK(ks::searcher::Searcher(db).search(request).total_estimate == 1);

    index(db, {}, {.delete_ids = {"members"}});
    CHECK(passages_counting(db, "동방신기") == 0);
}

TEST_CASE("how often the collection names a dictionary name clearly decides its provisional and pending passages")
{
    using ks::entities::counts_as_person;
    using ks::entities::Standing;
    CHECK(counts_as_person(Standing::kNamed, 0, 1000));
    CHECK(counts_as_person(Standing::kProvisional, 0, 9));  // few passages: the text alone decides
    CHECK_FALSE(counts_as_person(Standing::kProvisional, 0, 10));
    CHECK(counts_as_person(Standing::kProvisional, 2, 10));  // named clearly often enough
    CHECK_FALSE(counts_as_person(Standing::kPending, 0, 1));
    CHECK_FALSE(counts_as_person(Standing::kPending, 1, 800));  // 이유로: a title follows once in 800
    CHECK(counts_as_person(Standing::kPending, 10, 40));
}

TEST_CASE("an article longer than a part is written part by part: every passage once, numbered without a gap")
{
    TempDir dir;
    const std::string db = (dir / "db").string();
    fs::create_directories(dir / "in");
    std::string text = "아주 긴 기록\n\n";
    for (int i = 0; text.size() <= ks::indexer::kArticlePartBytes + 200'000; ++i) {
        text += std::to_string(i) + "번째 단락에서 연구진은 새로운 실험 결과를 보고하고 그 의미를 자세히 설명했다.\n\n";
    }
    ks::test::write_file(dir / "in" / "long.txt", text);
    const auto first = index(db, dir / "in");
    CHECK(first.articles == 1);
    REQUIRE(first.passages > 1000);
    Xapian::Database written(db);
    CHECK(written.get_termfreq("XAlong") == first.passages);
    for (const unsigned number : {1u, static_cast<unsigned>(first.passages)}) {  // the first and the last
        CHECK(written.term_exists(
            ks::schema::term(ks::schema::kPassageIdPrefix, ks::schema::passage_key("long", number))));
    }
    const std::string after_the_last = ks::schema::passage_key("long", static_cast<unsigned>(first.passages) + 1);
    CHECK_FALSE(written.term_exists(ks::schema::term(ks::schema::kPassageIdPrefix, after_the_last)));
    // Changed and shorter, it replaces every part of the old version.
    ks::test::write_file(dir / "in" / "long.txt",
                         "아주 긴 기록\n\n이제 짧아진 기록은 단락 하나만 남기고 모두 지웠다.\n");
    CHECK(index(db, dir / "in").articles == 1);
    CHECK(Xapian::Database(db).get_termfreq("XAlong") == 1);
}

TEST_CASE("a rerun after an interrupted run keeps the articles already indexed whole and writes the rest")
{
    TempDir dir;
    std::string lines;
    for (int i = 1; i <= 6; ++i) {
        lines += R"({"id":"news-)" + std::to_string(i) + R"(","title":"기사 )" + std::to_string(i) +
                 R"(","text":"메타가 인공지능 연구소를 새로 열었다는 소식이 전해졌다. 번호 )" + std::to_string(i) +
                 R"(.\n두 번째 문단이다."})" + "\n";
    }
    fs::create_directories(dir / "in");
    ks::test::write_file(dir / "in" / "news.jsonl", lines);
    const std::string db = (dir / "db").string();
    int articles_left = 3;
    ks::indexer::Options stopping{.batch_articles = 1};
    stopping.should_stop = [&articles_left] { return articles_left-- <= 0; };
    const auto interrupted = index(db, dir / "in", stopping);
    REQUIRE(interrupted.interrupted);
    REQUIRE(interrupted.articles > 0);
    REQUIRE(interrupted.articles < 6);

    const auto resumed = index(db, dir / "in");
    CHECK(resumed.kept == interrupted.articles);
    CHECK(resumed.articles == 6 - interrupted.articles);
    const std::string whole = (dir / "whole").string();
    REQUIRE(index(whole, dir / "in").articles == 6);
    CHECK(Xapian::Database(db).get_doccount() == Xapian::Database(whole).get_doccount());  // none twice, none lost

    // One article changed: it alone is written again.
    ks::test::write_file(dir / "in" / "news.jsonl", lines.replace(lines.find("번호 3"), 7, "번호 셋"));
    const auto changed = index(db, dir / "in");
    CHECK(changed.kept == 5);
    CHECK(changed.articles == 1);
    CHECK(changed.updated == 1);
    CHECK(index(db, dir / "in", {.force = true}).kept == 0);  // --force writes everything again
}
