// --jobs and --writers change how fast the index is built, never what is in it.

#include <xapian.h>

#include <catch2/catch.hpp>
#include <map>
#include <sstream>

#include "ks/indexer/indexer.h"
#include "support.h"

namespace {

// Everything a document holds, as text: data, values, and each term with its wdf and positions.
std::string describe(const Xapian::Database& db, Xapian::docid id)
{
    const Xapian::Document doc = db.get_document(id);
    std::ostringstream out;
    out << doc.get_data() << '\n';
    for (Xapian::ValueIterator v = doc.values_begin(); v != doc.values_end(); ++v) {
        out << v.get_valueno() << '=' << *v << '\n';
    }
    for (Xapian::TermIterator t = db.termlist_begin(id); t != db.termlist_end(id); ++t) {
        out << *t << ':' << t.get_wdf();
        for (Xapian::PositionIterator p = db.positionlist_begin(id, *t); p != db.positionlist_end(id, *t); ++p) {
            out << ' ' << *p;
        }
        out << '\n';
    }
    return out.str();
}

std::string metadata(const Xapian::Database& db)
{
    std::string all;
    for (Xapian::TermIterator k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k) {
        if ((*k).rfind("ks.file:", 0) != 0) {  // file records hold modification times, not content
            all += *k + '=' + db.get_metadata(*k) + '\n';
        }
    }
    return all;
}

// Every passage described, by its passage key: parts merged renumber the documents.
std::map<std::string, std::string> passages_by_key(const Xapian::Database& db)
{
    std::map<std::string, std::string> out;
    for (Xapian::PostingIterator p = db.postlist_begin(""); p != db.postlist_end(""); ++p) {
        for (Xapian::TermIterator t = db.termlist_begin(*p); t != db.termlist_end(*p); ++t) {
            if ((*t).rfind('Q', 0) == 0) {
                out[*t] = describe(db, *p);
            }
        }
    }
    return out;
}

void write_news(const std::filesystem::path& file)
{
    std::string lines;
    for (int i = 0; i < 300; ++i) {
        lines += "{\"id\": \"n" + std::to_string(i) + "\", \"date\": \"2025-07-0" + std::to_string(1 + i % 9) +
                 "\", \"text\": \"오픈AI의 샘 알트먼은 " + std::to_string(i) +
                 "일 메타로 옮긴 연구자들에 대해 말했다. 토마스 뮐러(Thomas Mueller) 교수도 지난 3일 의견을 냈다.\"}\n";
    }
    ks::test::write_file(file, lines);
}

}  // namespace

TEST_CASE("indexing with one job and with several gives the same documents, terms, positions and values")
{
    ks::test::TempDir dir;
    write_news(dir / "in" / "news.jsonl");
    std::ostringstream diagnostics;
    for (unsigned jobs : {1u, 2u, 3u}) {
        ks::indexer::Options options{(dir / ("db" + std::to_string(jobs))).string(),
                                     {ks::test::corpus_dir().string(), (dir / "in").string()}};
        options.jobs = jobs;
        options.batch_articles = 50;
        ks::indexer::run(options, diagnostics);
    }
    const Xapian::Database one((dir / "db1").string());
    for (const char* other : {"db2", "db3"}) {
        INFO(other);
        const Xapian::Database many((dir / other).string());
        REQUIRE(many.get_doccount() == one.get_doccount());
        REQUIRE(many.get_lastdocid() == one.get_lastdocid());
        for (Xapian::docid id = 1; id <= one.get_lastdocid(); ++id) {
            CHECK(describe(many, id) == describe(one, id));
        }
        CHECK(metadata(many) == metadata(one));
    }
}

TEST_CASE("a new index written by several writers in parts holds what one writer writes, as one database")
{
    ks::test::TempDir dir;
    write_news(dir / "in" / "news.jsonl");
    std::ostringstream diagnostics;
    for (unsigned writers : {1u, 3u}) {
        ks::indexer::Options options{(dir / ("db" + std::to_string(writers))).string(),
                                     {ks::test::corpus_dir().string(), (dir / "in").string()}};
        options.writers = writers;
        options.jobs = 2;
        options.batch_articles = 40;
        const ks::indexer::Summary summary = ks::indexer::run(options, diagnostics);
        CHECK(summary.articles == 309);
    }
    CHECK_FALSE(std::filesystem::exists(dir / "db3.parts"));
    const Xapian::Database one((dir / "db1").string());
    const Xapian::Database parts((dir / "db3").string());
    CHECK(parts.size() == 1);  // merged: one database, no stub
    CHECK(passages_by_key(parts) == passages_by_key(one));
    CHECK(metadata(parts) == metadata(one));

    // The merged index is an ordinary one: a rerun finds its files recorded, and updates go in.
    ks::indexer::Options again{(dir / "db3").string(), {ks::test::corpus_dir().string(), (dir / "in").string()}};
    again.writers = 3;
    CHECK(ks::indexer::run(again, diagnostics).unchanged_files == 10);
    CHECK(ks::indexer::run({.db_path = (dir / "db3").string(), .delete_ids = {"n7"}}, diagnostics).deleted == 1);
}

TEST_CASE("parts left by a build that crashed are started over, and anything else in their place is refused")
{
    ks::test::TempDir dir;
    ks::test::write_file(dir / "old" / "a.jsonl", "{\"id\": \"stale\", \"text\": \"끝나지 않은 빌드다.\"}\n");
    ks::test::write_file(dir / "in" / "b.jsonl", "{\"id\": \"fresh\", \"text\": \"새 빌드다.\"}\n");
    const std::string db = (dir / "db").string();
    std::ostringstream diagnostics;
    ks::indexer::run({.db_path = db + ".parts", .inputs = {(dir / "old").string()}, .shards = 2}, diagnostics);

    ks::indexer::Options options{.db_path = db, .inputs = {(dir / "in").string()}, .writers = 2};
    ks::indexer::run(options, diagnostics);
    const Xapian::Database built(db);
    CHECK(built.term_exists("XAfresh"));
    CHECK_FALSE(built.term_exists("XAstale"));
    CHECK_FALSE(std::filesystem::exists(db + ".parts"));

    const std::string other = (dir / "other").string();
    ks::test::write_file(other + ".parts", "not an index");
    options.db_path = other;
    CHECK_THROWS_WITH(ks::indexer::run(options, diagnostics),
                      Catch::Contains("other.parts") && Catch::Contains("in the way"));
    CHECK_FALSE(std::filesystem::exists(other));
}
