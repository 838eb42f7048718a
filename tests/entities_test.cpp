#include <catch2/catch.hpp>

#include "ks/analysis/analyzer.h"
#include "ks/entities/date_extractor.h"
#include "ks/entities/entity_extractor.h"

using ks::entities::extract_dates;
using Values = std::vector<std::string>;

TEST_CASE("dates keep the precision the text gives")
{
    CHECK(extract_dates("2025년에 설립됐다", "") == Values{"2025"});
    CHECK(extract_dates("2024년 10월 출시", "") == Values{"2024-10"});
    CHECK(extract_dates("2023년 11월 17일 해임됐다", "") == Values{"2023-11-17"});
    CHECK(extract_dates("2023년11월17일", "") == Values{"2023-11-17"});
}

TEST_CASE("a date without its year resolves only against the article's date")
{
    CHECK(extract_dates("11월 17일 이사회가 열렸다", "").empty());
    CHECK(extract_dates("11월 17일 이사회가 열렸다", "2023-12-01") == Values{"2023-11-17"});
    CHECK(extract_dates("지난 13일 발표했다", "2025-07") == Values{"2025-07-13"});
    CHECK(extract_dates("13일(현지시간) 밝혔다", "2025-07-20") == Values{"2025-07-13"});
    CHECK(extract_dates("13일(현지시간) 밝혔다", "2025").empty());  // the month is unknown
    CHECK(extract_dates("지난해 11월 해임", "2024-03-02") == Values{"2023-11"});
    CHECK(extract_dates("올해 인재 영입", "2025-07-01") == Values{"2025"});
    CHECK(extract_dates("지난해", "").empty());
}

TEST_CASE("decades, durations and other numbers are not dates")
{
    CHECK(extract_dates("1990년대 후반", "").empty());
    CHECK(extract_dates("3일 동안 협상했다", "2025-07-01").empty());
    CHECK(extract_dates("1억 달러, 5100만 원, 13개월", "2025-07-01").empty());
    CHECK(extract_dates("13월 1일", "2025").empty());
}

TEST_CASE("each date comes once, in order of first mention")
{
    CHECK(extract_dates("2025년 7월과 2024년, 다시 2025년 7월", "") == Values{"2025-07", "2024"});
}

namespace {

ks::entities::PassageEntities entities_of(const std::string& text, const std::string& date = "")
{
    ks::analysis::Analyzer analyzer;
    return ks::entities::extract_entities(analyzer.analyze(text), text, date);
}

}  // namespace

TEST_CASE("particles never leak into entity values")
{
    const auto found = entities_of("메타의 저커버그는 알트만은 물론 오픈AI를 겨냥했다");
    CHECK(found.companies == Values{"메타", "오픈AI"});
    CHECK(found.persons == Values{"마크 저커버그", "샘 알트만"});
}

TEST_CASE("spellings of one name unify into its canonical value")
{
    for (const char* spelling : {"알트만이", "알트먼이", "올트먼이", "Sam Altman이", "샘 올트먼이", "SAM ALTMAN"}) {
        INFO(spelling);
        CHECK(entities_of(spelling).persons == Values{"샘 알트만"});
    }
    CHECK(entities_of("수츠케버와 서츠케버").persons == Values{"일리야 수츠케버"});
}

TEST_CASE("two different people who share a first name do not merge")
{
    const auto found = entities_of("마크 저커버그가 마크 첸을 만났다");
    CHECK(found.persons == Values{"마크 저커버그", "마크 첸"});
}

TEST_CASE("the longest known name wins where names overlap")
{
    CHECK(entities_of("구글 딥마인드 연구원").companies == Values{"구글 딥마인드"});
    CHECK(entities_of("메타버스와 메타데이터").companies.empty());
}

TEST_CASE("a malformed gazetteer line is reported with its number")
{
    ks::analysis::Analyzer analyzer;
    CHECK_THROWS_WITH(ks::entities::Gazetteer::parse("# comment\nperson\t샘 알트만\n", analyzer),
                      Catch::Contains("line 2"));
    const auto g = ks::entities::Gazetteer::parse("company\t메타\tMeta|메타 플랫폼스\n", analyzer);
    REQUIRE(g.lookup("META", analyzer) != nullptr);
    CHECK(g.lookup("메타의", analyzer)->canonical == "메타");
    CHECK(g.lookup("구글", analyzer) == nullptr);
}
