"""Every error reaches Python as an exception with the engine's message: SearchError for an index that cannot be
used, ValueError for a bad filter or article; never a crash."""

import pytest

import korean_search


def test_a_missing_index_raises_search_error(tmp_path):
    with pytest.raises(korean_search.SearchError, match="no index at"):
        korean_search.Searcher(tmp_path / "missing.db")


def test_a_file_that_is_no_index_raises_search_error(tmp_path):
    (tmp_path / "junk.db").write_text("not an index")
    with pytest.raises(korean_search.SearchError):
        korean_search.Searcher(tmp_path / "junk.db")


@pytest.mark.parametrize("keywords,message", [
    ({"from_": "2025-13"}, "2025-13"),
    ({"to": "yesterday"}, "yesterday"),
    ({"mentioned_from": "2025-02-32"}, "2025-02-32"),
    ({"sort": "random"}, "random"),
])
def test_a_bad_filter_raises_value_error(corpus_db, keywords, message):
    with pytest.raises(ValueError, match=message):
        korean_search.Searcher(corpus_db).search("메타", **keywords)


def test_a_bad_filter_in_search_many_raises_value_error(corpus_db):
    with pytest.raises(ValueError):
        korean_search.Searcher(corpus_db).search_many(["메타"], from_="2025-13")


@pytest.mark.parametrize("article,message", [
    ({"title": "제목", "text": "본문"}, "id"),
    ({"id": "a", "title": "", "text": ""}, "empty"),
    ({"id": "a", "text": 5}, "text"),
    ({"id": "a\x01", "text": "본문"}, "control character"),
    ({"id": "a", "text": "본문", "date": "2025-13-01"}, "date"),
    ({"id": [7], "text": "본문"}, "id"),
])
def test_an_article_the_indexer_would_skip_raises_value_error(tmp_path, article, message):
    with korean_search.Writer(tmp_path / "news.db") as writer:
        with pytest.raises(ValueError, match=message):
            writer.add(article)


def test_an_article_that_is_no_dict_raises_value_error(tmp_path):
    with korean_search.Writer(tmp_path / "news.db") as writer:
        with pytest.raises(ValueError, match="dict"):
            writer.add(["id", "text"])


def test_a_second_writer_of_one_index_raises_search_error(tmp_path):
    with korean_search.Writer(tmp_path / "news.db"):
        with pytest.raises(korean_search.SearchError):
            korean_search.Writer(tmp_path / "news.db")


def test_a_writer_of_an_unwritable_place_raises_search_error(tmp_path):
    (tmp_path / "file").write_text("a file, not a folder")
    with pytest.raises(korean_search.SearchError):
        korean_search.Writer(tmp_path / "file" / "news.db")
