"""On real questions (the shared korquad dev set) the module answers every question as the searcher's batch mode."""

import json

import korean_search
from conftest import build_index, run_searcher

QUESTIONS = 500


def test_korquad_questions_answer_as_the_searchers_batch(korquad, tmp_path):
    passages, questions = korquad
    questions = questions[:QUESTIONS]
    db = build_index(tmp_path / "korquad.db", passages)
    answers = korean_search.Searcher(db).search_many(questions)
    out, code, err = run_searcher("--db", db, "--batch", stdin="\n".join(questions) + "\n")
    assert code == 0, err
    batch = [json.loads(line) for line in out.rstrip("\n").split("\n")]  # not splitlines: text may hold U+2028
    assert len(batch) == len(answers) == QUESTIONS
    for question, answer, expected in zip(questions, answers, batch):
        assert answer.to_dict() == expected, question
