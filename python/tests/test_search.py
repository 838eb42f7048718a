"""korean_search.Searcher answers as `searcher --json` does: the same hits, ranks, scores, totals, rewrites and facets."""

import json
import threading

import pytest

import korean_search
from conftest import run_searcher, searcher_json

# (query, keyword arguments of Searcher.search, the searcher's options for the same request)
SAME_REQUESTS = [
    ("메타 인재", {}, []),
    ("메타 인재", {"limit": 3, "offset": 2}, ["--limit", 3, "--offset", 2]),
    ("인재 영입", {"all_words": True}, ["--all"]),
    ("알트만 OR 저커버그 -메타", {}, []),
    ('"선교사가 용병을"', {}, []),
    ("", {"person": "저커버그"}, ["--person", "저커버그"]),
    ("퇴사", {"company": "오픈AI", "facets": 5}, ["--company", "오픈AI", "--facets", 5]),
    ("메타", {"from_": "2025-07", "to": "2025"}, ["--from", "2025-07", "--to", "2025"]),
    ("메타", {"mentioned_from": "2025-06"}, ["--mentioned-from", "2025-06"]),
    ("메타", {"sort": "newest"}, ["--sort", "newest"]),
    ("메타", {"sort": "oldest", "per_article": 2}, ["--sort", "oldest", "--per-article", 2]),
    ("알트만", {"per_article": 0}, ["--per-article", 0]),
    ("알트만", {"facets": 0}, ["--facets", 0]),
    ("ㅇㅌㅁ", {}, []),
    ("알트민", {}, []),
    ("알트민", {"correct": False}, ["--no-correct"]),
    ("알트", {"prefix": True}, ["--prefix"]),
    ("", {"article": "altman-return-interview"}, ["--article", "altman-return-interview"]),
    ("복귀", {"article": "altman-return-interview"}, ["--article", "altman-return-interview"]),
    ("없는낱말이다", {}, []),
]


@pytest.mark.parametrize("query,keywords,flags", SAME_REQUESTS)
def test_search_equals_the_searchers_json(corpus_db, query, keywords, flags):
    searcher = korean_search.Searcher(corpus_db)
    result = searcher.search(query, **keywords)
    assert result.to_dict() == searcher_json(corpus_db, *flags, *([query] if query else []))


def test_results_read_as_objects(corpus_db):
    result = korean_search.Searcher(corpus_db).search("메타 인재")
    assert len(result) == len(result.hits) > 0
    first = next(iter(result))
    assert (first.rank, first.doc) == (1, result.hits[0].doc)
    assert isinstance(first.score, float) and isinstance(first.passage, int)
    assert isinstance(result.facets, dict) and set(result.facets) >= {"person", "company", "date", "published"}
    assert all(set(value) == {"value", "count"} for value in result.facets["person"])


def test_rewrites_are_visible(corpus_db):
    result = korean_search.Searcher(corpus_db).search("알트민")
    assert result.rewrites, "a corrected word is reported as a rewrite"
    assert result.rewrites == searcher_json(corpus_db, "알트민")["rewrites"]


def test_ids_only_equals_a_batch_line_with_ids(corpus_db):
    result = korean_search.Searcher(corpus_db).search("알트만 복귀", ids_only=True)
    out, code, err = run_searcher("--db", corpus_db, "--batch", "--ids", stdin="알트만 복귀\n")
    assert code == 0, err
    assert result.to_dict() == json.loads(out)
    assert set(vars(result.hits[0])) == {"rank", "score", "doc", "passage"}


def test_search_many_equals_the_searchers_batch(corpus_db):
    queries = ["메타 인재", "알트만 복귀", "ㅇㅌㅁ", "없는낱말이다"]
    answers = korean_search.Searcher(corpus_db).search_many(queries, limit=3, person="샘 알트만")
    out, code, err = run_searcher("--db", corpus_db, "--batch", "--limit", 3, "--person", "샘 알트만",
                                  stdin="\n".join(queries) + "\n")
    assert code == 0, err
    assert [answer.to_dict() for answer in answers] == [json.loads(line) for line in out.rstrip("\n").split("\n")]


def test_search_many_equals_one_search_at_a_time(corpus_db):
    searcher = korean_search.Searcher(corpus_db)
    queries = ["메타 인재", "알트만", "인재 영입 전쟁"]
    assert [a.to_dict() for a in searcher.search_many(queries)] == [searcher.search(q).to_dict() for q in queries]


def test_complete_equals_the_searchers_completion(corpus_db):
    searcher = korean_search.Searcher(corpus_db)
    for prefix in ["알트", "ㅇㅌ", "메"]:
        out, code, err = run_searcher("--db", corpus_db, "--complete", prefix, "--limit", 5)
        assert code == 0, err
        words = searcher.complete(prefix, limit=5)
        assert [word for word, _ in words] == out.split()
        assert all(passages > 0 for _, passages in words)


def test_shards_search_as_one_index(corpus_db):
    both = korean_search.Searcher([corpus_db, corpus_db]).search("메타 인재", limit=20, per_article=0)
    assert both.to_dict() == searcher_json(corpus_db, "--db", corpus_db, "--limit", 20, "--per-article", 0, "메타 인재")


def test_threads_search_one_searcher_at_once(corpus_db):
    searcher = korean_search.Searcher(corpus_db)
    queries = ["메타 인재", "알트만 복귀", "오픈AI 퇴사", "인재 영입 전쟁", "저커버그", "클로드"] * 4
    expected = {query: searcher.search(query).to_dict() for query in set(queries)}
    answers, failures = {}, []

    def search(index, query):
        try:
            for _ in range(5):
                answers[(index, query)] = searcher.search(query).to_dict()
        except Exception as error:  # noqa: BLE001 - a failure in a thread is reported by the test
            failures.append(error)

    threads = [threading.Thread(target=search, args=(i, q)) for i, q in enumerate(queries)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures
    assert len(answers) == len(queries)
    assert all(answer == expected[query] for (_, query), answer in answers.items())


def test_passages_counts_the_index(corpus_db):
    assert korean_search.Searcher(corpus_db).passages == searcher_json(corpus_db, "--limit", 0)["total_estimate"]
