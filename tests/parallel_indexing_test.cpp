// --jobs changes how fast the index is built, never what is in it.

#include <catch2/catch.hpp>
#include <xapian.h>

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

}  // namespace

TEST_CASE("indexing with one job and with several gives the same documents, terms, positions and values")
{
    ks::test::TempDir dir;
    std::string lines;
    for (int i = 0; i < 300; ++i) {
        lines += "{\"id\": \"n" + std::to_string(i) + "\", \"date\": \"2025-07-0" + std::to_string(1 + i % 9) +
                 "\", \"text\": \"오픈AI의 샘 알트먼은 " + std::to_string(i) +
                 "일 메타로 옮긴 연구자들에 대해 말했다. 토마스 뮐러(Thomas Mueller) 교수도 지난 3일 의견을 냈다.\"}\n";
    }
    ks::test::write_file(dir / "in" / "news.jsonl", lines);
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
