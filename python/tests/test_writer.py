"""korean_search.Writer writes what the indexer writes, adds, replaces and deletes, and checks input as it does."""

import json

import pytest

import korean_search
from conftest import SOURCE_DIR, build_index, run_searcher, searcher_json

MEMO = {"id": "memo", "title": "올트먼의 메모", "date": "2025-07-02", "source": "사내 메모",
        "text": "샘 올트먼은 직원들에게 보낸 메모에서 연구자 영입 경쟁을 두고 선교사와 용병을 비교했다."}
LUNCH = {"id": "lunch", "title": "구내식당 소식", "text": "구내식당은 다음 주부터 비빔밥을 점심 메뉴에 올린다."}


def test_an_index_written_from_python_equals_the_indexers(tmp_path):
    lines = tmp_path / "articles.jsonl"
    lines.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in [MEMO, LUNCH]), encoding="utf-8")
    by_indexer = build_index(tmp_path / "indexer.db", lines)
    with korean_search.Writer(tmp_path / "python.db") as writer:
        assert writer.add(MEMO) == (1, False)
        assert writer.add(LUNCH) == (1, False)
    for query in ["올트먼 메모", "비빔밥", ""]:
        assert searcher_json(tmp_path / "python.db", query) == searcher_json(by_indexer, query)
    _, code, err = run_searcher("--db", tmp_path / "python.db", "비빔밥")
    assert (code, err) == (0, ""), "an index written from Python is of the current schema version: no warning"


def test_an_article_is_added_replaced_and_deleted(tmp_path):
    db = tmp_path / "news.db"
    with korean_search.Writer(db) as writer:
        writer.add(MEMO)
        writer.add(LUNCH)
    searcher = korean_search.Searcher(db)
    assert [hit.doc for hit in searcher.search("비빔밥")] == ["lunch"]

    with korean_search.Writer(db) as writer:
        assert writer.add({**LUNCH, "text": "구내식당은 다음 주부터 냉면을 점심 메뉴에 올린다."}) == (1, True)
        assert writer.delete("memo") == 1
        assert writer.delete("memo") == 0
    searcher = korean_search.Searcher(db)
    assert searcher.search("비빔밥").hits == []
    assert [hit.doc for hit in searcher.search("냉면")] == ["lunch"]
    assert searcher.search("올트먼").hits == []
    assert searcher.passages == 1


def test_commit_makes_articles_visible_before_close(tmp_path):
    db = tmp_path / "news.db"
    writer = korean_search.Writer(db)
    writer.add(LUNCH)
    writer.commit()
    assert [hit.doc for hit in korean_search.Searcher(db).search("비빔밥")] == ["lunch"]
    writer.close()
    writer.close()  # closing twice is harmless


def test_a_closed_writer_refuses_work(tmp_path):
    writer = korean_search.Writer(tmp_path / "news.db")
    writer.close()
    with pytest.raises(korean_search.SearchError, match="closed"):
        writer.add(LUNCH)
    with pytest.raises(korean_search.SearchError, match="closed"):
        writer.delete("lunch")


def test_a_writer_settles_the_dictionarys_persons_as_the_indexer_does(tmp_path):
    # The facet values a finished index holds do not depend on which of the two wrote it.
    lines = tmp_path / "articles.jsonl"
    lines.write_text(json.dumps(MEMO, ensure_ascii=False) + "\n", encoding="utf-8")
    by_indexer = build_index(tmp_path / "indexer.db", lines)
    with korean_search.Writer(tmp_path / "python.db") as writer:
        writer.add(MEMO)
    facets = korean_search.Searcher(tmp_path / "python.db").search("").facets
    assert facets == searcher_json(by_indexer)["facets"]
    assert facets["person"], "the memo names a person"


def test_text_files_read_as_the_indexer_reads_them(tmp_path, corpus_db):
    with korean_search.Writer(tmp_path / "python.db") as writer:
        for path in sorted((SOURCE_DIR / "corpus").glob("*.txt")):
            writer.add(korean_search.text_article(path))
    for query in ["메타 인재", "", "알트만 복귀"]:
        for options in [[], ["--sort", "newest"], ["--per-article", "0"]]:
            assert searcher_json(tmp_path / "python.db", *options, query) == searcher_json(corpus_db, *options, query)


def test_a_text_article_takes_its_date_line_and_any_encoding(tmp_path):
    path = tmp_path / "memo.txt"
    path.write_bytes("올트먼의 메모\n2025.07.02\n연구자 영입 경쟁을 두고 메모를 썼다.\n".encode("cp949"))
    assert korean_search.text_article(path) == {"id": "memo", "title": "올트먼의 메모", "date": "2025-07-02",
                                                "text": "연구자 영입 경쟁을 두고 메모를 썼다.\n"}
    assert korean_search.text_article(path, id="other")["id"] == "other"


def test_a_binary_or_empty_file_is_no_article(tmp_path):
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"\n\n")
    for name in ["image.txt", "empty.txt"]:
        with pytest.raises(ValueError, match=name):
            korean_search.text_article(tmp_path / name)
