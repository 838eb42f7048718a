#!/usr/bin/env bash
# What the query conveniences recover: korquad-v1-dev questions with their key word mistyped (a jamo typo,
# 초성, another transliteration) or typed in English keyboard mode, searched as typed (--no-correct) and
# with corrections, against the same questions undamaged. Prints a Markdown table (bench/RESULTS.md).
#
#   bench/damaged-queries.sh [dev|test]     (default: dev)
#
# Uses the indexes of scripts/eval-relevance.sh (builds them when missing). Needs ../shared/data (or DATA_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
split="${1:-dev}"
data="${DATA_DIR:-../shared/data}"
queries="$data/korquad-v1-dev/queries-$split.jsonl"
if [[ ! -f "$queries" ]]; then
    echo "damaged-queries: no $queries (set DATA_DIR)" >&2
    exit 2
fi
[[ -x build/bin/damage-queries ]] || scripts/build.sh
[[ -d build/eval/korquad.db && -d build/eval/korquad-kowiki.db ]] || scripts/eval-relevance.sh "$split" >/dev/null
work=build/eval/damaged
mkdir -p "$work"

# mrr DB QUERIES [options] : MRR@10 and p50 latency, tab-separated.
mrr() {
    build/bin/bench-retrieval --db "$1" --queries "$2" --json "${@:3}" |
        awk '/"mrr_at_k"/ { m = $2 } /"p50"/ { p = $2 } END { gsub(",", "", m); gsub(",", "", p); printf "%.3f\t%.2f", m, p }'
}

echo "| setting | damage | queries | undamaged MRR@10 | damaged, as typed | damaged, corrected | p50 ms corrected |"
echo "|---|---|---|---|---|---|---|"
for setting in korquad korquad-kowiki; do
    db="build/eval/$setting.db"
    first=()
    [[ "$setting" == korquad-kowiki ]] && first=(--first 1000)  # as in the relevance table
    for kind in typo initials keyboard variant; do
        out="$work/$setting-$kind.jsonl"
        clean="$work/$setting-$kind-clean.jsonl"
        build/bin/damage-queries --db "$db" --queries "$queries" --kind "$kind" -o "$out" --clean-out "$clean" \
            "${first[@]}" 2>/dev/null
        n=$(wc -l <"$out")
        IFS=$'\t' read -r undamaged _ <<<"$(mrr "$db" "$clean")"
        IFS=$'\t' read -r as_typed _ <<<"$(mrr "$db" "$out" --no-correct)"
        IFS=$'\t' read -r corrected p50 <<<"$(mrr "$db" "$out")"
        echo "| $setting | $kind | $n | $undamaged | $as_typed | $corrected | $p50 |"
    done
done
