#!/usr/bin/env python3
"""The Python module in one process against `searcher --batch` driven through pipes, on the same questions.

    bench/python_vs_batch.py --db INDEX --queries QUESTIONS.jsonl [--rounds 3] [--limit 10] [--facets 10]

Each round times every question one at a time, the two ways alternating, each after an untimed pass:
the module's Searcher.search (the answer parsed into Result objects, as a script gets it), and one line
written to a `searcher --db INDEX --batch` process and its JSON line read back and parsed; then all questions
in one search_many call. Prints, per way, the median over rounds of p50, p95 and queries per second, and
checks that the module and the batch gave the same answers.
Run with build/python on PYTHONPATH (or the module installed).
"""

import argparse
import json
import pathlib
import re
import statistics
import subprocess
import sys
import time

import korean_search

BIN_DIR = pathlib.Path(__file__).resolve().parents[1] / "build" / "bin"


def questions_of(path):
    with open(path, encoding="utf-8") as lines:
        # A batch reads one query a line: a question's own line breaks become spaces.
        return [re.sub(r"[\r\n]+", " ", json.loads(line)["query"]) for line in lines if line.strip()]


def percentile(times, share):
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run_module(searcher, questions, options):
    times, answers = [], []
    for question in questions:
        start = time.perf_counter()
        result = searcher.search(question, **options)
        times.append(time.perf_counter() - start)
        answers.append(result.to_dict())
    return times, answers


def run_batch(process, questions):
    times, answers = [], []
    for question in questions:
        start = time.perf_counter()
        process.stdin.write(question + "\n")
        process.stdin.flush()
        answer = json.loads(process.stdout.readline())
        times.append(time.perf_counter() - start)
        answers.append(answer)
    return times, answers


def summary(rounds):
    p50 = statistics.median(percentile(times, 0.50) for times in rounds) * 1000
    p95 = statistics.median(percentile(times, 0.95) for times in rounds) * 1000
    qps = statistics.median(len(times) / sum(times) for times in rounds)
    return p50, p95, qps


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--queries", required=True, help=".jsonl with a \"query\" per line")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("--facets", type=int, default=10)
    parser.add_argument("--searcher", default=str(BIN_DIR / "searcher"))
    args = parser.parse_args()

    questions = questions_of(args.queries)
    searcher = korean_search.Searcher(args.db)
    options = {"limit": args.limit, "facets": args.facets}
    command = [args.searcher, "--db", args.db, "--batch", "--limit", str(args.limit), "--facets", str(args.facets)]
    _, module_answers = run_module(searcher, questions, options)  # untimed: warm caches
    module_rounds, batch_rounds, many_seconds = [], [], []
    for _ in range(args.rounds):
        # A batch process lives only for its own round: idle beside the module it slowed it (p50 +15%).
        with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1) as process:
            _, batch_answers = run_batch(process, questions)  # untimed: the process warms up
            if batch_answers != module_answers:
                differing = sum(a != b for a, b in zip(module_answers, batch_answers))
                sys.exit(f"the module and --batch differ on {differing} of {len(questions)} questions")
            batch_rounds.append(run_batch(process, questions)[0])
            process.stdin.close()
        module_rounds.append(run_module(searcher, questions, options)[0])
        start = time.perf_counter()
        searcher.search_many(questions, **options)
        many_seconds.append(time.perf_counter() - start)

    print(f"{len(questions)} questions, {args.rounds} rounds, limit {args.limit}, facets {args.facets}; "
          "medians over rounds")
    print("| way | p50 ms | p95 ms | queries/s |")
    print("|---|---|---|---|")
    for name, rounds in [("Python module, one process", module_rounds), ("searcher --batch through pipes", batch_rounds)]:
        p50, p95, qps = summary(rounds)
        print(f"| {name} | {p50:.3f} | {p95:.3f} | {qps:.0f} |")
    print(f"| Python module, search_many of all questions | | | {len(questions) / statistics.median(many_seconds):.0f} |")
    module_p50, batch_p50 = summary(module_rounds)[0], summary(batch_rounds)[0]
    print(f"module p50 / batch p50: {module_p50 / batch_p50:.2f}")


if __name__ == "__main__":
    main()
