#!/usr/bin/env bash
# Relevance on the shared Korean retrieval sets, as reported in bench/RESULTS.md.
#
#   scripts/eval-relevance.sh [dev|test]      (default: dev; tune on dev only)
#
# Indexes each setting once into build/eval/ (reused while the indexer binary is unchanged), then runs
# bench-retrieval on every query set. The distractor settings use the first 1,000 questions, as the peers'
# figures do. Needs ../shared/data (or DATA_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
split="${1:-dev}"
data="${DATA_DIR:-../shared/data}"
if [[ ! -d "$data/korquad-v1-dev" ]]; then
    echo "eval-relevance: no retrieval data at $data (set DATA_DIR)" >&2
    exit 2
fi
[[ -x build/bin/bench-retrieval ]] || scripts/build.sh
mkdir -p build/eval

# index NAME FILE... : builds build/eval/NAME.db unless it is newer than the indexer.
index() {
    local name="$1"
    shift
    local db="build/eval/$name.db"
    if [[ ! -d "$db" || build/bin/indexer -nt "$db" ]]; then
        rm -rf "$db"
        build/bin/indexer --db "$db" "$@" >&2
    fi
    echo "$db"
}

# evaluate LABEL DB QUERIES [bench-retrieval options...] : one table row.
evaluate() {
    local label="$1" db="$2" queries="$3"
    shift 3
    build/bin/bench-retrieval --db "$db" --queries "$queries" --json "$@" |
        awk -v label="$label" '
            /"recall_at_1"/   { r1 = $2 }  /"recall_at_10"/ { r10 = $2 } /"recall_at_100"/ { r100 = $2 }
            /"mrr_at_k"/      { mrr = $2 } /"ndcg_at_k"/    { ndcg = $2 } /"p50"/ { p50 = $2 }
            /"queries":/      { n = $2 }
            END { gsub(",", "", r1); gsub(",", "", r10); gsub(",", "", r100); gsub(",", "", mrr);
                  gsub(",", "", ndcg); gsub(",", "", p50); gsub(",", "", n);
                  printf "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.2f |\n",
                         label, n, r1, r10, r100, mrr, ndcg, p50 }'
}

korquad=$(index korquad "$data/korquad-v1-dev/passages.jsonl")
boolq=$(index boolq "$data/kobest-boolq/passages.jsonl")
korquad_wiki=$(index korquad-kowiki "$data/korquad-v1-dev/passages.jsonl" "$data/kowiki-sample/passages.jsonl")
boolq_wiki=$(index boolq-kowiki "$data/kobest-boolq/passages.jsonl" "$data/kowiki-sample/passages.jsonl")

echo "| setting ($split questions) | queries | R@1 | R@10 | R@100 | MRR@10 | nDCG@10 | p50 ms |"
echo "|---|---|---|---|---|---|---|---|"
evaluate "korquad-v1-dev" "$korquad" "$data/korquad-v1-dev/queries-$split.jsonl"
evaluate "kobest-boolq" "$boolq" "$data/kobest-boolq/queries-$split.jsonl"
evaluate "korquad + kowiki distractors" "$korquad_wiki" "$data/korquad-v1-dev/queries-$split.jsonl" --first 1000
evaluate "kobest-boolq + kowiki distractors" "$boolq_wiki" "$data/kobest-boolq/queries-$split.jsonl" --first 1000
