"""Fixtures for the korean_search tests: the binaries and sources the build names (KS_BIN_DIR, KS_SOURCE_DIR),
an index of the project's corpus written by the indexer, and the shared data sets when they are there."""

import json
import os
import pathlib
import re
import subprocess

import pytest

SOURCE_DIR = pathlib.Path(os.environ.get("KS_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
BIN_DIR = pathlib.Path(os.environ.get("KS_BIN_DIR", SOURCE_DIR / "build" / "bin"))


def run_searcher(*args, stdin=None):
    """searcher's stdout, exit code and stderr."""
    done = subprocess.run([str(BIN_DIR / "searcher"), *map(str, args)], input=stdin, capture_output=True, text=True)
    return done.stdout, done.returncode, done.stderr


def searcher_json(db, *args):
    """The object `searcher --db DB --json ARGS` prints."""
    out, code, err = run_searcher("--db", db, "--json", *args)
    assert code in (0, 1), err
    return json.loads(out)


def build_index(db, *inputs):
    done = subprocess.run([str(BIN_DIR / "indexer"), "--db", str(db), *map(str, inputs)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory):
    """The project's own articles, indexed by the indexer."""
    return build_index(tmp_path_factory.mktemp("corpus") / "corpus.db", *sorted((SOURCE_DIR / "corpus").glob("*.txt")))


def shared_dir():
    """../shared beside the project (or $KS_SHARED_DIR), or None."""
    path = pathlib.Path(os.environ.get("KS_SHARED_DIR", SOURCE_DIR.parent / "shared"))
    return path if (path / "corpus" / "seeds").is_dir() else None


@pytest.fixture(scope="session")
def korquad():
    """The korquad dev set: (passages file, questions), or a skip that says why."""
    shared = shared_dir()
    folder = shared / "data" / "korquad-v1-dev" if shared else None
    if folder is None or not (folder / "passages.jsonl").is_file():
        pytest.skip("SKIPPED: ../shared/data/korquad-v1-dev is missing (set KS_SHARED_DIR to point at shared/)")
    with open(folder / "queries-dev.jsonl", encoding="utf-8") as lines:
        # A batch reads one query a line: a question's own line breaks become spaces, as for the searcher.
        questions = [re.sub(r"[\r\n]+", " ", json.loads(line)["query"]) for line in lines]
    return folder / "passages.jsonl", questions
