// How a passage is stored: compactly, readable back whole, and older indexes' records still readable.

#include "ks/schema/passage_record.h"

#include <catch2/catch.hpp>

using ks::schema::PassageRecord;
using ks::schema::RecordError;

namespace {

PassageRecord news_passage(unsigned number)
{
    return {"meta-the-list",
            "메타의 명단",
            number,
            "저커버그는 명단에 오른 연구자들에게 직접 연락했다.",
            "2025-06-30",
            "AI 뉴스",
            "https://example.com/meta"};
}

}  // namespace

TEST_CASE("a first passage keeps every field but the date, which its value slot holds")
{
    const PassageRecord written = news_passage(1);
    const PassageRecord read = ks::schema::decode_record(ks::schema::encode_record(written));
    CHECK(read.doc == written.doc);
    CHECK(read.title == written.title);
    CHECK(read.passage == 1);
    CHECK(read.text == written.text);
    CHECK(read.source == written.source);
    CHECK(read.url == written.url);
    CHECK(read.date.empty());
}

TEST_CASE("a later passage leaves its article's source and URL to the first passage and says so")
{
    const ks::schema::StoredRecord later = ks::schema::decode_stored_record(ks::schema::encode_record(news_passage(2)));
    CHECK(later.record.passage == 2);
    CHECK(later.record.text == news_passage(2).text);
    CHECK(later.record.source.empty());
    CHECK(later.source_and_url_in_first_passage);

    PassageRecord plain = news_passage(2);
    plain.source.clear();
    plain.url.clear();
    CHECK_FALSE(ks::schema::decode_stored_record(ks::schema::encode_record(plain)).source_and_url_in_first_passage);
}

TEST_CASE("a later passage stores little beyond its text, and records of older indexes still read")
{
    const std::string json = R"({"doc":"meta-the-list","title":"메타의 명단","passage":2,)"
                             R"("text":"저커버그는 명단에 오른 연구자들에게 직접 연락했다.","date":"2025-06-30",)"
                             R"("source":"AI 뉴스","url":"https://example.com/meta"})";
    // A later passage stores its id, title and text and a few bytes of lengths: no names, no article fields.
    const PassageRecord later = news_passage(2);
    const std::size_t content = later.doc.size() + later.title.size() + later.text.size();
    CHECK(ks::schema::encode_record(later).size() <= content + 6);
    CHECK(content + 6 < json.size() / 2);

    // An index written before keeps working: its records read as they were written.
    const PassageRecord old = ks::schema::decode_record(json);
    CHECK(old.doc == "meta-the-list");
    CHECK(old.passage == 2);
    CHECK(old.date == "2025-06-30");
    CHECK(old.url == "https://example.com/meta");
}

TEST_CASE("data that is not a record is refused, not misread")
{
    std::string cut = ks::schema::encode_record(news_passage(1));
    cut.resize(cut.size() - 5);
    CHECK_THROWS_AS(ks::schema::decode_record(cut), RecordError);
    CHECK_THROWS_AS(ks::schema::decode_record("plain text"), RecordError);
    CHECK_THROWS_AS(ks::schema::decode_record(""), RecordError);
}
