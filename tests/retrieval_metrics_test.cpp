#include <catch2/catch.hpp>
#include <fstream>

#include "ks/retrieval/judged_query.h"
#include "ks/retrieval/metrics.h"
#include "ks/retrieval/query_damage.h"
#include "support.h"

using ks::retrieval::score_ranking;

TEST_CASE("a relevant article ranked first scores 1 on every measure")
{
    const auto s = score_ranking({"a", "b", "c"}, {"a"}, 10);
    CHECK(s.reciprocal_rank == 1.0);
    CHECK(s.ndcg == Approx(1.0));
    CHECK(s.recall[0] == 1.0);
    CHECK(s.first_relevant_rank == 1);
}

TEST_CASE("reciprocal rank and nDCG follow the rank of the first relevant article")
{
    const auto s = score_ranking({"x", "y", "a"}, {"a"}, 10);
    CHECK(s.reciprocal_rank == Approx(1.0 / 3));
    CHECK(s.ndcg == Approx(0.5));  // 1/log2(3+1)
    CHECK(s.recall[0] == 0.0);     // R@1
    CHECK(s.recall[1] == 1.0);     // R@5
    CHECK(s.first_relevant_rank == 3);
}

TEST_CASE("a relevant article beyond the cut-off counts for recall but not for MRR@k")
{
    std::vector<std::string> ranked(11, "x");
    ranked.push_back("a");  // rank 12
    const auto s = score_ranking(ranked, {"a"}, 10);
    CHECK(s.reciprocal_rank == 0.0);
    CHECK(s.ndcg == 0.0);
    CHECK(s.recall[2] == 0.0);  // R@10
    CHECK(s.recall[3] == 1.0);  // R@100
    CHECK(s.first_relevant_rank == 12);
}

TEST_CASE("several passages of one relevant article count once")
{
    const auto s = score_ranking({"a", "a", "a"}, {"a", "b"}, 10);
    CHECK(s.recall[3] == 0.5);
    CHECK(s.ndcg <= 1.0);
    CHECK(s.ndcg == Approx(1.0 / (1.0 + 1.0 / std::log2(3.0))));
}

TEST_CASE("no relevant article retrieved scores 0")
{
    const auto s = score_ranking({"x", "y"}, {"a"}, 10);
    CHECK(s.reciprocal_rank == 0.0);
    CHECK(s.first_relevant_rank == 0);
    CHECK(s.recall[3] == 0.0);
}

TEST_CASE("metric totals are means over queries")
{
    ks::retrieval::MetricTotals totals;
    totals.add(score_ranking({"a"}, {"a"}, 10));
    totals.add(score_ranking({"x", "a"}, {"a"}, 10));
    CHECK(totals.queries() == 2);
    CHECK(totals.mrr() == Approx(0.75));
    CHECK(totals.recall(0) == Approx(0.5));
}

TEST_CASE("a passage holds an answer only when the answer is long enough to mean it")
{
    using ks::retrieval::holds_answer;
    const std::string text = "오픈AI는 레인AI의 칩을 5100만 달러어치 사기로 했다. 직원 7명이 서명했다.";
    CHECK(holds_answer(text, {"5100만 달러"}, 4));
    CHECK_FALSE(holds_answer(text, {"7명"}, 4));  // two characters, though six bytes: could stand anywhere
    CHECK(holds_answer(text, {"7명"}, 2));
    CHECK(holds_answer(text, {"구글", "레인AI"}, 4));  // any of the answers
    CHECK_FALSE(holds_answer(text, {"엔비디아 칩"}, 4));
    CHECK_FALSE(holds_answer(text, {""}, 0));
}

TEST_CASE("the reciprocal rank of the first good hit stops at the cut-off")
{
    using ks::retrieval::reciprocal_rank_of_first;
    CHECK(reciprocal_rank_of_first({false, true, true}, 10) == Approx(0.5));
    CHECK(reciprocal_rank_of_first({false, false, true}, 2) == 0.0);
    CHECK(reciprocal_rank_of_first({}, 10) == 0.0);
}

TEST_CASE("percentiles use the nearest rank")
{
    CHECK(ks::retrieval::percentile({}, 0.5) == 0.0);
    CHECK(ks::retrieval::percentile({3, 1, 2}, 0.5) == 2.0);
    CHECK(ks::retrieval::percentile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.99) == 10.0);
    CHECK(ks::retrieval::percentile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.5) == 5.0);
}

TEST_CASE("query files are read line by line and a bad line is reported with its number")
{
    ks::test::TempDir dir;
    const auto path = dir.path() / "queries.jsonl";
    {
        std::ofstream out(path);
        out << R"({"id": "q1", "query": "메타의 인재 영입", "positive_ids": ["a"], "answers": []})"
            << "\n\n";
        out << R"({"id": "q2", "query": "알트만", "positive_ids": ["b", "c"], "answers": ["샘 알트만", "올트먼"]})"
            << '\n';
    }
    const auto queries = ks::retrieval::load_judged_queries(path.string());
    REQUIRE(queries.size() == 2);
    CHECK(queries[0].query == "메타의 인재 영입");
    CHECK(queries[1].positive_ids == std::vector<std::string>{"b", "c"});
    CHECK(queries[0].answers.empty());
    CHECK(queries[1].answers == std::vector<std::string>{"샘 알트만", "올트먼"});

    {
        std::ofstream out(path, std::ios::app);
        out << R"({"id": "q3", "query": "오픈AI"})" << '\n';
    }
    try {
        ks::retrieval::load_judged_queries(path.string());
        FAIL("a line without positive_ids was accepted");
    } catch (const ks::retrieval::QueryFileError& e) {
        CHECK_THAT(e.what(), Catch::Contains("queries.jsonl:4"));
    }
    CHECK_THROWS_AS(ks::retrieval::load_judged_queries((dir.path() / "missing.jsonl").string()),
                    ks::retrieval::QueryFileError);
}

TEST_CASE("a damaged query mistypes only its rarest word, into a form the index lacks")
{
    ks::test::TempDir dir;
    const Xapian::Database db(ks::test::corpus_index_in(dir));
    ks::analysis::Analyzer analyzer;
    const ks::searcher::Vocabulary vocabulary(db, analyzer);
    using ks::retrieval::Damage;
    const std::string query = "메타의 연구소는 누가 이끄나";
    const auto typo = ks::retrieval::damage_query(query, Damage::kTypo, vocabulary, analyzer, 7);
    REQUIRE(typo);
    CHECK(*typo != query);
    CHECK(typo->ends_with(" 누가 이끄나"));  // the interrogative is never the key word
    const auto initials = ks::retrieval::damage_query(query, Damage::kInitials, vocabulary, analyzer, 7);
    REQUIRE(initials);
    CHECK(*initials == "메타의 ㅇㄱㅅ 누가 이끄나");  // 연구소, rarer than 메타; particles go with it
    const auto keyboard = ks::retrieval::damage_query("메타의 연구소", Damage::kKeyboard, vocabulary, analyzer, 7);
    CHECK(keyboard == "apxkdml dusrnth");
    CHECK_FALSE(ks::retrieval::damage_query("누구", Damage::kTypo, vocabulary, analyzer, 7));  // no key word
    // The same seed always picks the same damage: runs are comparable.
    CHECK(ks::retrieval::damage_query(query, Damage::kTypo, vocabulary, analyzer, 7) == typo);
}
