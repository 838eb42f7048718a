// Boilerplate: a site's lines (notices, bylines, credits, footers its articles repeat) stay in the text shown,
// but neither match nor rank.

#include "ks/indexer/boilerplate.h"

#include <xapian.h>

#include <catch2/catch.hpp>

#include "ks/indexer/article.h"
#include "support.h"

namespace {

using ks::indexer::boilerplate_by_form;
using ks::test::quoted;
using ks::test::run_command;
using ks::test::TempDir;
namespace fs = std::filesystem;

const std::string kTitle = "한강 다리 보수 공사, 내년 봄까지 이어진다";

ks::test::CommandResult search(const std::string& db, const std::string& arguments)
{
    return run_command(std::string(KS_SEARCHER_BIN) + " --db " + quoted(db) + " " + arguments);
}

std::string index_folder(const TempDir& dir, const fs::path& folder)
{
    const std::string db = (dir / "db").string();
    const auto r = run_command(std::string(KS_INDEXER_BIN) + " --db " + quoted(db) + " " + quoted(folder.string()));
    REQUIRE(r.exit_code == 0);
    return db;
}

}  // namespace

TEST_CASE("copyright notices, bylines with an address, image credits and navigation labels are boilerplate by form")
{
    for (const char* line : {"ⓒ 한빛일보, 무단 전재 및 재배포 금지", "<저작권자 © 한빛일보 무단전재-재배포금지>",
                             "Copyright 2025 Hanbit News. All rights reserved.",
                             "김하늘 기자 sky.kim@hanbit.example.com", "이미지 출처: 한빛일보 자료실",
                             "(사진=한빛일보 DB)", "[사진 제공: 한강관리본부]", "추천기사", "  관련기사  "}) {
        INFO(line);
        CHECK(boilerplate_by_form(line, kTitle));
    }
}

TEST_CASE("a line of the story is no boilerplate though it names copyright, an address or a photo")
{
    for (const char* line :
         {"저작권 단체는 무단 전재가 늘어난 원인으로 생성형 AI의 학습 관행을 꼽으며, 언론사와 플랫폼이 함께 지켜야 할 "
          "재배포 금지 원칙과 보상 기준을 올해 안에 새로 만들겠다고 밝혔으며 이를 위해 관련 부처와 국회, 학계, "
          "시민단체가 참여하는 협의체를 꾸려 매달 회의를 열고 그 결과를 누리집에 공개하기로 했다고 덧붙였다.",
          "문의는 help@hanbit.example.com 으로 보내면 되며, 공사 기간 동안 우회 도로와 대중교통 이용 방법을 차례로 "
          "안내할 예정이라고 관리본부는 설명했다.",
          "법원은 기사를 무단 전재한 업체에 배상을 명령했다.", "사진작가 이도윤은 다리 위에서 해 질 녘을 찍었다.",
          "추천기사를 고르는 기준이 바뀌었다.", "기자"}) {
        INFO(line);
        CHECK_FALSE(boilerplate_by_form(line, kTitle));
    }
}

TEST_CASE("the title repeated with the site's name is boilerplate, the title's words in a sentence are not")
{
    CHECK(boilerplate_by_form(kTitle + " – 한빛일보 l Hanbit News", kTitle));
    CHECK(boilerplate_by_form(kTitle + " | 한빛일보", kTitle));
    CHECK(boilerplate_by_form(kTitle, kTitle));
    CHECK_FALSE(boilerplate_by_form(kTitle + "는 소식에 시민들이 불편을 호소했다.", kTitle));
    CHECK_FALSE(boilerplate_by_form("괜찮다, 다 괜찮다: 공지영이 건넨 위로는 오래 팔렸다.", "괜찮다, 다 괜찮다"));
    CHECK_FALSE(
        boilerplate_by_form(kTitle + " - 시민들은 공사 기간 내내 다리 대신 지하철을 타야 한다며 불만이다.", kTitle));
    CHECK_FALSE(boilerplate_by_form("속보 – 한빛일보", "속보"));  // a title this short is as likely the story's words
}

TEST_CASE("without_boilerplate blanks the lines byte for byte and keeps the rest")
{
    const std::string text =
        "다리 보수 공사가 시작됐다.\n김하늘 기자 sky.kim@hanbit.example.com\n공사는 봄까지 이어진다.";
    const std::string analyzed = ks::indexer::without_boilerplate(text, kTitle, nullptr);
    REQUIRE(analyzed.size() == text.size());
    CHECK(analyzed.find("다리 보수 공사가 시작됐다.\n") == 0);
    CHECK(analyzed.find("기자") == std::string::npos);
    CHECK(analyzed.ends_with("\n공사는 봄까지 이어진다."));

    ks::indexer::LineSet repeated{ks::indexer::line_hash("  공사는   봄까지 이어진다. ")};
    CHECK(ks::indexer::without_boilerplate(text, kTitle, &repeated).find("봄까지") == std::string::npos);
}

TEST_CASE("a line is repeated when three articles of its source and one in ten hold it, counted once per article")
{
    ks::indexer::RepeatedLines lines;
    const std::string footer = "한빛일보 앱에서 오늘의 소식을 먼저 받아보세요.";
    for (int i = 0; i < 3; ++i) {
        lines.observe("한빛일보", "기사 " + std::to_string(i) + "의 본문.\n" + footer + "\n" + footer);
    }
    lines.observe("한빛일보", "다른 기사의 본문.");
    lines.observe("다른 신문", footer);
    REQUIRE(lines.of("한빛일보"));
    CHECK(lines.of("한빛일보")->contains(ks::indexer::line_hash(footer)));
    CHECK_FALSE(lines.of("한빛일보")->contains(ks::indexer::line_hash("다른 기사의 본문.")));
    CHECK(lines.of("다른 신문") == nullptr);  // once in its own source
    CHECK(lines.of("없는 신문") == nullptr);

    // Three articles of forty: a heading an encyclopedia repeats, not a footer.
    ks::indexer::RepeatedLines wiki;
    for (int i = 0; i < 40; ++i) {
        wiki.observe("", i < 3 ? "생애.\n본문 " + std::to_string(i) : "본문 " + std::to_string(i));
    }
    CHECK(wiki.of("") == nullptr);
}

TEST_CASE("a site's name heading a text file is its source, and the headline under it the title")
{
    const auto page = ks::indexer::parse_text_article("a", "한빛일보\n\n" + kTitle + "\n\n공사는 봄까지 이어진다.\n");
    CHECK(page.title == kTitle);
    CHECK(page.source == "한빛일보");
    CHECK(page.text.find("공사는") != std::string::npos);

    // A one-word title over a paragraph is a title.
    const auto short_title = ks::indexer::parse_text_article("b", "한강\n\n한강은 서울을 가로질러 흐르는 강이다.\n");
    CHECK(short_title.title == "한강");
    CHECK(short_title.source.empty());

    // A first line the folder's files share is a site's name whatever its shape.
    const ks::indexer::LineSet repeated{ks::indexer::line_hash("한빛일보 | 지역 뉴스")};
    const auto shared =
        ks::indexer::parse_text_article("c", "한빛일보 | 지역 뉴스\n" + kTitle + "\n본문이다.", &repeated);
    CHECK(shared.title == kTitle);
    CHECK(shared.source == "한빛일보 | 지역 뉴스");
}

TEST_CASE("a footer the articles of a folder repeat is not matched, and is shown with the whole article")
{
    TempDir dir;
    const std::string footer = "뉴스레터를 구독하시면 매주 한강 소식을 메일로 보내드립니다.";
    const std::vector<std::string> bodies = {
        "한강 다리 보수 공사가 이번 주에 시작됐다. 관리본부는 차로 두 개를 막고 밤에만 작업한다.",
        "여의도 한강공원에 새 자전거 대여소가 문을 열었다. 대여는 하루 단위로 받는다.",
        "한강 수질이 지난해보다 나아졌다는 조사 결과가 나왔다. 조사는 봄과 가을에 이뤄졌다.",
        "한강 유람선 운항 시간이 여름철을 맞아 밤 열 시까지 늘어난다."};
    fs::create_directories(dir / "news");
    for (std::size_t i = 0; i < bodies.size(); ++i) {
        ks::test::write_file(dir / "news" / (std::string("n") + std::to_string(i) + ".txt"),
                             std::string("한강 소식 ") + std::to_string(i) + "\n" + bodies[i] + "\n" + footer + "\n");
    }
    ks::test::write_file(dir / "news" / "other.txt", "구독 안내\n뉴스레터 구독은 누리집에서 받는다.\n");
    const std::string db = index_folder(dir, dir / "news");

    const auto newsletter = search(db, "--per-article 0 --ids 뉴스레터");
    CHECK(newsletter.exit_code == 0);
    CHECK(newsletter.out == "other#1\n");  // the footer's word matches only where the story says it

    const auto whole = search(db, "--article n2");
    REQUIRE(whole.exit_code == 0);
    CHECK(whole.out.find("뉴스레터를 구독하시면") != std::string::npos);
    CHECK(search(db, "--ids 수질").out == "n2#1\n");  // the rest of the passage still matches
}

TEST_CASE("a footer repeated across a .jsonl source is boilerplate there, and a story's line in another source")
{
    TempDir dir;
    const std::string footer = "이 기사는 한빛재단의 지원을 받아 작성되었습니다.";
    std::string lines;
    for (int i = 0; i < 3; ++i) {
        lines += R"({"id":"h)" + std::to_string(i) + R"(","title":"지역 소식 )" + std::to_string(i) +
                 R"(","source":"한빛일보","text":"동네 도서관이 문을 연 지 )" + std::to_string(i + 1) +
                 R"(년이 됐다.\n)" + footer + R"("})" + "\n";
    }
    lines += R"({"id":"k0","title":"재단 지원 기사","source":"강변신문","text":")" + footer + R"("})" + "\n";
    ks::test::write_file(dir / "news.jsonl", lines);
    const std::string db = index_folder(dir, dir / "news.jsonl");
    CHECK(search(db, "--per-article 0 --ids 한빛재단").out == "k0#1\n");
}

TEST_CASE("on the seed articles a footer repeating the title and a site name heading a page neither match nor title")
{
    const auto seeds = ks::test::seeds_or_skip();
    if (!seeds) {
        return;
    }
    TempDir dir;
    const std::string db = index_folder(dir, *seeds);
    // AI 매터스 is named only in a footer under one article's last line, after its title.
    CHECK(search(db, "매터스").exit_code == 1);
    const auto page = search(db, "--json --article 004_d4c2bbdffe7e14c2 --limit 1");
    REQUIRE(page.exit_code == 0);
    CHECK(page.out.find("\"title\":\"테크레시피\"") == std::string::npos);
    CHECK(page.out.find("\"source\":\"테크레시피\"") != std::string::npos);
}

TEST_CASE("an article that is nothing but a line many articles share is searched whole, not taken for boilerplate")
{
    TempDir dir;
    std::string lines;
    for (int i = 0; i < 4; ++i) {
        lines += std::string(R"({"id":"g)") + std::to_string(i) + R"(","title":"인사 )" + std::to_string(i) +
                 R"(","text":"오늘도 좋은 하루 되세요."})" + "\n";
    }
    ks::test::write_file(dir / "greetings.jsonl", lines);
    const std::string db = index_folder(dir, dir / "greetings.jsonl");
    CHECK(search(db, "--count 하루").out == "4\n");
}
