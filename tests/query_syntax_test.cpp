#include "ks/searcher/query_syntax.h"

#include "support.h"

using namespace ks::searcher;

namespace {

// A compact picture of a parsed query: groups in brackets, phrases in quotes, exclusions with '-'.
std::string shape(const ParsedQuery& q)
{
    std::string out;
    for (const auto& group : q.groups) {
        out += "[";
        for (std::size_t i = 0; i < group.size(); ++i) {
            const QueryItem& item = group[i];
            // Appended piece by piece: GCC 12 warns (-Wrestrict) on a literal + a temporary string here.
            out += i ? "|" : "";
            out += item.excluded ? "-" : "";
            out += item.phrase ? "\"" : "";
            out += item.text;
            out += item.phrase ? "\"" : "";
        }
        out += "]";
    }
    return out;
}

}  // namespace

TEST_CASE("words, phrases, exclusions and OR groups are read as typed")
{
    CHECK(shape(parse_query("메타 인재")) == "[메타][인재]");
    CHECK(shape(parse_query("\"선교사가 용병을\" 알트만")) == "[\"선교사가 용병을\"][알트만]");
    CHECK(shape(parse_query("메타 OR 구글 -애플")) == "[메타|구글][-애플]");
    CHECK(shape(parse_query("-\"초지능 팀\" 메타")) == "[-\"초지능 팀\"][메타]");
    CHECK(shape(parse_query("GPT-4o")) == "[GPT-4o]");
}

TEST_CASE("broken syntax is read leniently, as the user meant it")
{
    CHECK(shape(parse_query("\"초지능 팀")) == "[\"초지능 팀\"]");
    CHECK(shape(parse_query("OR 메타 OR")) == "[메타]");
    CHECK(shape(parse_query("메타 OR OR 구글")) == "[메타|구글]");
    CHECK(shape(parse_query("- 메타 \"\"")) == "[메타]");
    CHECK(shape(parse_query("")) == "");
    CHECK(shape(parse_query("-메타 OR 구글")) == "[-메타][구글]");
}

TEST_CASE("the phrase left open by an odd quote is found, for the search to fall back on its words")
{
    CHECK(unclosed_phrase("메타 \"초지능 팀") == "\"초지능 팀");
    CHECK(unclosed_phrase("\"초지능 팀\" 메타 \"지지 철회' 인터뷰") == "\"지지 철회' 인터뷰");
    CHECK(unclosed_phrase("\"초지능 팀\" 메타").empty());
    CHECK(unclosed_phrase("메타").empty());
}
