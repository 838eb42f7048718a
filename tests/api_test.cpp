// The facade (ks/korean_search.h) as an embedding program sees it: its own types and errors only.

#include "ks/korean_search.h"

// The interface needs no other library's headers: including it alone must not pull Xapian's in.
#ifdef XAPIAN_INCLUDED_XAPIAN_H
#error "ks/korean_search.h includes Xapian's headers"
#endif

#include <nlohmann/json.hpp>

#include "support.h"

using ks::test::TempDir;

namespace {

ks::Article article(const std::string& id, const std::string& text, const std::string& date = "")
{
    return ks::Article{.id = id, .title = id, .text = text, .date = date};
}

ks::PassageCount matches(ks::Searcher& searcher, const std::string& query, const std::string& person = "")
{
    ks::SearchRequest request{.query = query, .exact_total = true};
    if (!person.empty()) {
        request.filters.persons = {person};
    }
    return searcher.search(request).total_estimate;
}

}  // namespace

TEST_CASE("the facade writes articles, searches them with filters and facets, and prints the searcher's JSON")
{
    TempDir dir;
    const std::string db = (dir / "db").string();
    {
        ks::ArticleWriter writer(db);
        CHECK(writer.add(article("memo", "샘 올트먼 오픈AI CEO가 메타로 간 연구자들을 두고 메모를 썼다.", "2025-07-02"))
                  .passages == 1);
        CHECK(writer.add(article("memo", "샘 올트먼 오픈AI CEO가 연구자들에게 메모를 썼다.", "2025-07-02")).replaced);
        writer.add(article("list", "마크 저커버그 메타 CEO가 인재 명단을 들고 영입에 나섰다."));
        writer.close();
    }
    ks::Searcher searcher(db);
    CHECK(searcher.passages() == 2);
    CHECK(matches(searcher, "메모") == 1);
    CHECK(matches(searcher, "CEO", "Sam Altman") == 1);

    const ks::SearchResult result = searcher.search({.query = "CEO"});
    REQUIRE(result.hits.size() == 2);
    REQUIRE_FALSE(result.facets.persons.empty());
    const std::string json = ks::to_json(result);
    CHECK(json.find('\n') == std::string::npos);
    const nlohmann::json parsed = nlohmann::json::parse(json);
    CHECK(parsed["hits"].size() == 2);
    CHECK(parsed["facets"]["person"].size() == result.facets.persons.size());
    CHECK_FALSE(searcher.complete("올트", 5).empty());
}

TEST_CASE("the facade's errors are its own: a missing index, a locked one, a bad article, a bad filter")
{
    TempDir dir;
    const std::string db = (dir / "db").string();
    CHECK_THROWS_AS(ks::Searcher((dir / "missing").string()), ks::SearchError);

    ks::ArticleWriter writer(db);
    CHECK_THROWS_AS(ks::ArticleWriter(db), ks::WriteError);  // one writer at a time
    CHECK_THROWS_AS(writer.add(article("", "본문")), ks::ArticleError);
    CHECK_THROWS_AS(writer.add(article("bad-date", "본문", "2025-13-40")), ks::ArticleError);
    CHECK_THROWS_AS(writer.add(ks::Article{.id = "empty", .text = " "}), ks::ArticleError);
    CHECK_THROWS_AS(ks::parse_text_file("binary", std::string("a\0b\0c\0", 6)), ks::ArticleError);
    CHECK_THROWS_AS(ks::parse_jsonl_article(R"({"id": "x"})"), ks::ArticleError);
    writer.add(article("ok", "메모를 썼다.\xff"));  // ill-formed UTF-8 is repaired, not fatal
    writer.close();
    CHECK_THROWS_AS(writer.add(article("late", "본문")), ks::WriteError);

    ks::Searcher searcher(db);
    ks::SearchRequest request{.query = "메모"};
    request.filters.from = "2025-13-40";
    CHECK_THROWS_AS(searcher.search(request), ks::FilterError);
    CHECK(matches(searcher, "메모") == 1);
}

TEST_CASE("closing a writer settles across the index the names that only the collection can tell")
{
    // 동방신기 before a noun waits for the collection: it counts once another passage names it clearly (멤버).
    TempDir dir;
    const std::string db = (dir / "db").string();
    ks::ArticleWriter writer(db);
    writer.add(article("concert", "동방신기 콘서트가 열렸다."));
    writer.add(article("members", "동방신기 멤버가 합격했다."));
    writer.commit();
    CHECK(matches(*std::make_unique<ks::Searcher>(db), "콘서트", "동방신기") == 0);
    writer.close();
    ks::Searcher searcher(db);
    CHECK(matches(searcher, "콘서트", "동방신기") == 1);
}

TEST_CASE("a text file's bytes become an article as the indexer reads them, in any encoding it knows")
{
    const ks::Article utf16 = ks::parse_text_file("note", std::string("\xff\xfe\x1c\xc8\x0a\x00\x54\xba\xa8\xba", 10));
    CHECK(utf16.title == "제");
    CHECK(utf16.text == "메모");
    const ks::Article dated = ks::parse_text_article("dated", "제목\n2025-07-01\n본문이다.\n");
    CHECK(dated.date == "2025-07-01");
    CHECK(dated.text == "본문이다.\n");
}
