#include "ks/searcher/query_builder.h"

#include <catch2/catch.hpp>

using ks::searcher::MatchMode;
using ks::searcher::QueryBuilder;

namespace {

std::string built(const std::string& query)
{
    ks::analysis::Analyzer analyzer;
    QueryBuilder builder(analyzer, MatchMode::kAny);
    return builder.build(ks::searcher::parse_query(query)).query.get_description();
}

bool has_term(const std::string& description, const std::string& term)
{
    // Terms appear in Xapian's description between '(' or ' ' and ' ' or ')'.
    for (std::size_t at = description.find(term); at != std::string::npos; at = description.find(term, at + 1)) {
        const char before = at == 0 ? ' ' : description[at - 1];
        const char after = at + term.size() < description.size() ? description[at + term.size()] : ' ';
        if ((before == ' ' || before == '(') && (after == ' ' || after == ')')) {
            return true;
        }
    }
    return false;
}

}  // namespace

TEST_CASE("interrogatives are left out of a question's query, the words that carry evidence stay")
{
    const std::string q = built("메타는 누구를 언제 영입했는가?");
    CHECK(has_term(q, "메타"));
    CHECK(has_term(q, "영입"));
    CHECK_FALSE(has_term(q, "누구"));
    CHECK_FALSE(has_term(q, "언제"));
}

TEST_CASE("a query of interrogatives only is still searched") { CHECK(has_term(built("누구"), "누구")); }

TEST_CASE("a counting interrogative written as one word is searched as its noun: 몇층 → 층")
{
    const std::string q = built("방주는 몇층인가");
    CHECK(has_term(q, "층"));
    CHECK_FALSE(has_term(q, "몇층"));
}

TEST_CASE("a quoted phrase keeps every word, interrogatives included")
{
    CHECK(has_term(built("\"무엇이 문제\""), "무엇"));
}

TEST_CASE("a word's stem and its alternative are weighed as one term")
{
    // 결과를 → stem 결 (과 is ambiguous) with alternative 결과: one synonym, not two terms scored apart.
    const std::string q = built("결과");
    CHECK_THAT(q, Catch::Contains("SYNONYM"));
}
