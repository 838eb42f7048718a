"""Korean full-text search in Python: the engine's C++ searcher and writer, in one process.

    import korean_search

    with korean_search.Writer("news.db") as writer:
        writer.add({"id": "memo", "title": "올트먼의 메모", "text": "...", "date": "2025-07-02"})

    searcher = korean_search.Searcher("news.db")
    result = searcher.search("메타 연구자", person="샘 알트만")
    for hit in result.hits:
        print(hit.rank, hit.doc, hit.passage, hit.snippet)
    print(result.facets["persons"])

Results carry the fields of `searcher --json` (docs/json.md) under the same names, as attributes; lists and
facets stay Python lists and dicts.
"""

import json
import os
import types

from . import _korean_search
from ._korean_search import SearchError

__all__ = ["Searcher", "Writer", "Result", "SearchError", "text_article"]


class Result(types.SimpleNamespace):
    """One answer: the JSON object of `searcher --json`, its fields as attributes (hits, facets, total_estimate,
    rewrites, ...). Each hit is a Result too; iterating a Result iterates its hits."""

    def __iter__(self):
        return iter(self.hits)

    def __len__(self):
        return len(self.hits)

    def to_dict(self):
        """The answer as the plain dict `json.loads` makes of `searcher --json` output."""
        return {name: _plain(value) for name, value in vars(self).items()}


def _plain(value):
    if isinstance(value, Result):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {name: _plain(item) for name, item in value.items()}
    return value


def _result(text):
    return json.loads(text, object_hook=lambda fields: Result(**fields) if "hits" in fields or "rank" in fields else fields)


def _names(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return list(value)


def _paths(path):
    if isinstance(path, (str, os.PathLike)):
        return [os.fspath(path)]
    return [os.fspath(p) for p in path]


def _options(limit, offset, all_words, person, company, from_, to, mentioned_from, mentioned_to, article, facets,
             sort, per_article, snippet_chars, ids_only, correct, prefix):
    options = _korean_search.Options()
    options.limit = limit
    options.offset = offset
    options.all_words = all_words
    options.persons = _names(person)
    options.companies = _names(company)
    options.from_ = from_ or ""
    options.to = to or ""
    options.mentioned_from = mentioned_from or ""
    options.mentioned_to = mentioned_to or ""
    options.article = article or ""
    options.facets = facets
    options.sort = sort
    options.per_article = per_article
    options.snippet_chars = snippet_chars
    options.ids_only = ids_only
    options.correct = correct
    options.prefix = prefix
    return options


class Searcher:
    """An open index, or several searched as one (shards, remote ones included through a stub file).

    One Searcher serves many threads: each search runs without the GIL on a searcher of its own.
    Raises SearchError when an index is missing or cannot be read."""

    def __init__(self, path):
        self._core = _korean_search.Searcher(_paths(path))

    def search(self, query="", *, limit=None, offset=0, all_words=False, person=None, company=None, from_=None,
               to=None, mentioned_from=None, mentioned_to=None, article=None, facets=10, sort="relevance",
               per_article=1, snippet_chars=200, ids_only=False, correct=True, prefix=False):
        """Ranked passages for `query`, as `searcher --json` gives them, with the same options and defaults:
        limit 10 (with article= and no query words, the whole article, every passage whole); person and company
        take a name or a list of names (any spelling the index knows), from_/to an ISO date of any precision
        (the article's publication), mentioned_from/mentioned_to the dates a passage mentions; sort "relevance",
        "newest" or "oldest"; per_article passages listed per article (0: every passage); facets values per
        facet (0: none, faster); ids_only hits with only rank, score, doc and passage; correct=False searches
        every word as typed; prefix completes the last word.
        Raises ValueError for a malformed filter."""
        options = _options(limit, offset, all_words, person, company, from_, to, mentioned_from, mentioned_to,
                           article, facets, sort, per_article, snippet_chars, ids_only, correct, prefix)
        return _result(self._core.search(query, options))

    def search_many(self, queries, **options):
        """search() for each query of `queries`, with the same options, in one call: a list of results."""
        core_options = _options(**{**_SEARCH_DEFAULTS, **options})
        return [_result(text) for text in self._core.search_many(list(queries), core_options)]

    def complete(self, prefix, limit=10):
        """The most common words of the index that `prefix` grows into (half-typed syllables, 초성, Latin),
        most common first: a list of (word, passages)."""
        return self._core.complete(prefix, limit)

    @property
    def passages(self):
        """How many passages the index holds."""
        return self._core.passages()


_SEARCH_DEFAULTS = dict(limit=None, offset=0, all_words=False, person=None, company=None, from_=None, to=None,
                        mentioned_from=None, mentioned_to=None, article=None, facets=10, sort="relevance",
                        per_article=1, snippet_chars=200, ids_only=False, correct=True, prefix=False)


def text_article(path, id=None):
    """A .txt or .md file as the article dict the indexer reads from it: the encoding detected (UTF-8, UTF-16,
    windows-949), the first non-empty line the title, a date line under it the date, the rest the text; the id
    the file's name without extension unless given. Raises ValueError for a file with no text or binary data."""
    path = os.fspath(path)
    with open(path, "rb") as file:
        content = file.read()
    if id is None:
        id = os.path.splitext(os.path.basename(path))[0]
    try:
        return _korean_search.text_article(content, id)
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from None


class Writer:
    """Writes articles into an index, creating it if needed, as the indexer does.

    An article is a dict with the fields of the indexer's .jsonl lines: "id", "title", "text", and optionally
    "date" (ISO), "source", "url"; one with an id already in the index replaces it. Changes are committed
    every `batch` articles, by commit() and by close(), which also settles the dictionary's persons over the
    whole index as the indexer does after every run: close the writer (or use it in a `with` block).
    Raises ValueError for an article the indexer would skip, SearchError for a locked or unusable index."""

    def __init__(self, path, batch=1000):
        self._core = _korean_search.Writer(os.fspath(path), batch)

    def add(self, article):
        """Adds or replaces one article; returns (passages written, whether it replaced one)."""
        if not isinstance(article, dict):
            raise ValueError("an article is a dict with id, title and text, not " + type(article).__name__)
        return self._core.add(json.dumps(article, ensure_ascii=False))

    def delete(self, article_id):
        """Removes an article; returns how many passages it had (0: no such article)."""
        return self._core.remove(article_id)

    def commit(self):
        """Makes everything added so far durable and visible to searchers."""
        self._core.commit()

    def close(self):
        """Commits, settles the dictionary's persons over the index and lets go of it. Closing twice is harmless."""
        self._core.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
