#include "ks/indexer/article.h"

#include "ks/schema/dates.h"
#include "ks/searcher/filters.h"
#include "support.h"

using namespace ks::indexer;

TEST_CASE("a text article's first non-empty line is its title and the rest its text")
{
    const Article a = parse_text_article("a1", "\n\n  제목입니다  \n\n본문 첫 줄.\n둘째 줄.\n");
    CHECK(a.id == "a1");
    CHECK(a.title == "제목입니다");
    CHECK(a.text == "\n본문 첫 줄.\n둘째 줄.\n");
}

TEST_CASE("a one-line text article is its own text, an empty one is refused")
{
    CHECK(parse_text_article("a", "한 줄짜리 기사").text == "한 줄짜리 기사");
    CHECK_THROWS_AS(parse_text_article("a", " \n\n "), ArticleError);
}

TEST_CASE("clean_text drops a BOM, unifies line ends, blanks control characters and repairs bad UTF-8")
{
    const auto bom = clean_text("\xEF\xBB\xBF가\r\n나\r다");
    CHECK(bom.text == "가\n나\n다");
    CHECK(bom.replaced == 0);
    const auto bad = clean_text("메타의 인재 영입 전쟁\xFF이 계속된다");
    CHECK(bad.text == "메타의 인재 영입 전쟁\xEF\xBF\xBD이 계속된다");
    CHECK(bad.replaced == 1);
    CHECK(bad.encoding == "UTF-8");
    CHECK(clean_text("가\x0c나\x1b다\t라").text == "가 나 다\t라");
}

TEST_CASE("a .jsonl line gives an article with its optional fields")
{
    const Article a = parse_jsonl_article(
        R"({"id": "n1", "title": "제목", "text": "본문", "date": "2025-07-01", "source": "AI 뉴스", "url": "https://example.com/1"})");
    CHECK(a.id == "n1");
    CHECK(a.title == "제목");
    CHECK(a.text == "본문");
    CHECK(a.date == "2025-07-01");
    CHECK(a.source == "AI 뉴스");
    CHECK(a.url == "https://example.com/1");
    CHECK(parse_jsonl_article(R"({"id": 7, "text": "본문"})").id == "7");
    // As written, however large: not wrapped round to -1.
    CHECK(parse_jsonl_article(R"({"id": 18446744073709551615, "text": "본문"})").id == "18446744073709551615");
    CHECK(parse_jsonl_article(R"({"id": -3, "text": "본문"})").id == "-3");
}

TEST_CASE("a bad .jsonl line is refused with the reason")
{
    auto reason = [](const std::string& line) {
        try {
            parse_jsonl_article(line);
        } catch (const ArticleError& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    CHECK_THAT(reason("{\"id\": \"x\", \"text\": "), Catch::Contains("not valid JSON"));
    CHECK_THAT(reason("[1, 2]"), Catch::Contains("not a JSON object"));
    // A number too large for a double, in any field (found by fuzzing: it stopped the whole run).
    CHECK_THAT(reason(R"({"id": "x", "text": "본문", "n": 1e999})"), Catch::Contains("number overflow"));
    CHECK_THAT(reason(R"({"text": "본문"})"), Catch::Contains("\"id\""));
    CHECK_THAT(reason(R"({"id": "x"})"), Catch::Contains("\"text\""));
    CHECK_THAT(reason(R"({"id": "x", "text": 5})"), Catch::Contains("must be a string"));
    CHECK_THAT(reason(R"({"id": "x", "text": "본문", "date": "어제"})"), Catch::Contains("ISO date"));
    const std::string long_date = R"({"id": "x", "text": "본문", "date": ")" + std::string(50000, 'a') + R"("})";
    CHECK(reason(long_date).size() < 200);  // quoted in part: a message, not the field
    CHECK_THAT(reason(R"({"id": "", "text": "본문"})"), Catch::Contains("empty id"));
    // A value nested 100,000 deep in any field costs its line, with the reason, not the indexer's stack.
    const std::string deep_array = std::string(100000, '[') + std::string(100000, ']');
    std::string deep_object;
    for (int i = 0; i < 100000; ++i) {
        deep_object += "{\"a\":";
    }
    deep_object += "1" + std::string(100000, '}');
    for (const char* field : {"id", "text", "title", "date", "source", "url"}) {
        INFO(field);
        const std::string others = std::string(field) == "id" ? R"("text": "본문")" : R"("id": "x", "text": "본문")";
        for (const std::string& deep : {deep_array, deep_object}) {
            std::string line = "{" + others + ", \"" + field + "\": " + deep + "}";
            if (std::string(field) == "text") {
                line = R"({"id": "x", "text": )" + deep + "}";
            }
            CHECK(reason(line).size() < 300);
            CHECK(reason(line) != "accepted");
        }
    }
}

TEST_CASE("ISO dates keep their precision, anything else is not a date")
{
    CHECK(iso_date("2025") == "2025");
    CHECK(iso_date("2024-10") == "2024-10");
    CHECK(iso_date("2023-11-17") == "2023-11-17");
    CHECK(iso_date("2023-11-17T09:30:00Z") == "2023-11-17");
    CHECK(iso_date("2025-13-01").empty());
    CHECK(iso_date("17 Nov 2023").empty());
    CHECK(iso_date("2025-07-01 " + std::string(100000, 'a')) == "2025-07-01");  // a time part, however long
    CHECK(iso_date(std::string(100000, '9')).empty());
}

TEST_CASE("an ISO date names a day the month has, in the indexer and the searcher alike")
{
    for (const char* real : {"2024-02-29", "2000-02-29", "2025-04-30", "2025-12-31", "2025-02", "1990"}) {
        INFO(real);
        CHECK(ks::schema::is_iso_date(real));
        CHECK(iso_date(real) == real);
        CHECK(ks::searcher::is_date_filter(real));
    }
    for (const char* unreal : {"2025-02-29", "1900-02-29", "2025-02-30", "2025-04-31", "2025-00", "2025-07-00",
                               "2025-7-01", "25-07-01", "2025/07/01", ""}) {
        INFO(unreal);
        CHECK_FALSE(ks::schema::is_iso_date(unreal));
        CHECK(iso_date(unreal).empty());
        CHECK_FALSE(ks::searcher::is_date_filter(unreal));
    }
    CHECK(iso_date("2025-02-30T09:00:00Z").empty());
    CHECK(ks::indexer::date_line("2025.02.30").empty());
    CHECK(ks::indexer::date_line("2024년 2월 29일") == "2024-02-29");
}

TEST_CASE("a date line under the title dates a .txt article and leaves its text")
{
    const auto a = ks::indexer::parse_text_article("a", "메타의 인재 영입\n2025.07.01 10:30\n\n본문 첫 줄이다.\n");
    CHECK(a.date == "2025-07-01");
    CHECK(a.text.find("2025.07.01") == std::string::npos);
    CHECK(ks::indexer::parse_text_article("b", "제목\n날짜: 2024-10-05\n본문\n").date == "2024-10-05");
    CHECK(ks::indexer::parse_text_article("c", "제목\n2023년 11월 17일\n본문\n").date == "2023-11-17");
    // A sentence that merely starts with a date is text, not a date line.
    const auto d = ks::indexer::parse_text_article("d", "제목\n2023년 11월 17일 이사회가 알트만을 해임했다.\n");
    CHECK(d.date.empty());
    CHECK(d.text.find("이사회") != std::string::npos);
    CHECK(ks::indexer::date_line("2025-13-01").empty());
}
