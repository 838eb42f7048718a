#!/usr/bin/env python3
"""Indexes every .txt and .md article under a folder, then searches the index and prints hits and facets.

    search_folder.py FOLDER INDEX QUERY...
"""

import pathlib
import sys

import korean_search


def index_folder(folder, index):
    with korean_search.Writer(index) as writer:
        for path in sorted(pathlib.Path(folder).rglob("*")):
            if path.suffix in (".txt", ".md"):
                writer.add(korean_search.text_article(path))


def main(folder, index, *query):
    index_folder(folder, index)
    result = korean_search.Searcher(index).search(" ".join(query), facets=5)
    print(f"{result.total_estimate} passages in {result.total_articles} articles")
    for hit in result:
        print(f"{hit.rank}. {hit.doc}#{hit.passage} {hit.title}")
        print(f"   {hit.snippet}")
    for facet, values in result.facets.items():
        print(facet + ": " + ", ".join(f"{value['value']} ({value['count']})" for value in values))
    return 0 if result.hits else 1


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit("usage: search_folder.py FOLDER INDEX QUERY...")
    sys.exit(main(*sys.argv[1:]))
