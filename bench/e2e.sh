#!/usr/bin/env bash
# End-to-end benchmark: indexing and querying at 1x, 4x and 16x the shared corpus (kowiki-sample, korquad-v1-dev
# and kobest-boolq, about 47 MB), ours against Lucene 8 (Nori, and CJK bigrams), stock Xapian and SQLite FTS5
# (unicode61, trigram) in the same run. Lucene comes from scripts/install-bench-deps.sh, which this runs.
#
#   bench/e2e.sh [SCALES...]        default: 1 4 16  (16x indexes about 750 MB per engine: over an hour)
#
# The corpus is repeated with distinct ids through a named pipe: no copy is written to disk. The peers index
# exactly the passages our indexer made (read back from our index; Lucene through export-passages, with the
# facet values our indexer extracted). Queries: the first 1,000 korquad-v1-dev dev questions, one thread, timed
# after one untimed pass over the same questions (every engine then reads a warm page cache, not the index it
# has just written, and Lucene's JVM has compiled its code); ours and Lucene count the person, company and month
# facets over all matches and return the top 100 passages' article ids; the -snippets rows return the top 10
# whole instead, each with a snippet (ours) or a highlighted passage (Lucene's UnifiedHighlighter). Every copy of
# an answer counts as an answer. ours-per-article is the searcher's default: the top 10 whole, one passage an
# article.
# Each run writes its own folder, build/e2e/runs/DATE-TIME-SCALESx (build/e2e/latest points to it): e2e.tsv,
# complete.tsv (latency of --complete on prefixes of the questions' words), compacted.tsv (our index after
# xapian-compact) and, with gnuplot, scale.png and latency.png. Results that bench/RESULTS.md cites are copied
# to bench/results/ under the run's name.
set -euo pipefail
cd "$(dirname "$0")/.."
scales=("${@:-1 4 16}")
read -r -a scales <<<"${scales[*]}"
data="${DATA_DIR:-../shared/data}"
inputs=("$data/kowiki-sample/passages.jsonl" "$data/korquad-v1-dev/passages.jsonl" "$data/kobest-boolq/passages.jsonl")
queries="$data/korquad-v1-dev/queries-dev.jsonl"
first=1000  # questions each engine answers
for f in "${inputs[@]}" "$queries"; do
    [[ -f "$f" ]] || { echo "e2e: missing $f (set DATA_DIR)" >&2; exit 2; }
done
[[ -x build/bin/stock-xapian-peer && -x build/bin/sqlite-fts5-peer && -x build/bin/bench-complete &&
    -x build/bin/export-passages ]] || scripts/build.sh
scripts/install-bench-deps.sh
# The Lucene peer, compiled against Debian's Lucene jars.
lucene_classpath=$(ls /usr/share/java/lucene-{core,analyzers-common,analyzers-nori,facet,highlighter,queryparser,queries,memory}-8*.jar | paste -sd:)
mkdir -p build/lucene-peer
javac -cp "$lucene_classpath" -d build/lucene-peer bench/peers/LucenePeer.java
lucene_classpath="$lucene_classpath:build/lucene-peer"
out=build/e2e
run="$out/runs/$(date -u +%Y-%m-%d-%H%M)-$(IFS=-; echo "${scales[*]}")x"
mkdir -p "$run"
ln -sfn "runs/${run##*/}" "$out/latest"
tsv="$run/e2e.tsv"
bytes_once=$(cat "${inputs[@]}" | wc -c)
echo -e "scale\tkind\tprefixes\tp50_ms\tp95_ms\tp99_ms" >"$run/complete.tsv"
echo -e "scale\tindex_bytes\tcompacted_bytes\tinput_bytes\tcompact_s" >"$run/compacted.tsv"
# The header goes to the terminal too, so that every row printed there is labelled.
echo -e "scale\tengine\tinput_mb\tindex_s\tmb_per_s\tpassages\tpassages_per_s\tpeak_mb\tindex_mb\tsize_ratio\tp50_ms\tp95_ms\tp99_ms\tqps\tmrr10" | tee "$tsv"

# The corpus `scale` times, ids prefixed r2-, r3-... after the first copy, into the pipe $1.
feed() {
    local pipe="$1" scale="$2"
    for ((i = 1; i <= scale; i++)); do
        if ((i == 1)); then cat "${inputs[@]}"; else sed "s/^{\"id\": \"/{\"id\": \"r$i-/" "${inputs[@]}"; fi
    done >"$pipe"
}

# The questions with every copy of an answer judged an answer (r2-ID ... rSCALE-ID beside ID), into $1: the
# copies are the same passage, so which of them ranks first is a tie, not a relevance difference.
judged_at_scale() {
    local file="$1" scale="$2"
    awk -v n="$scale" '{
        if (match($0, /"positive_ids": \[[^]]*\]/)) {
            inner = substr($0, RSTART + 17, RLENGTH - 18)
            k = split(inner, ids, /, */)
            all = inner
            for (c = 2; c <= n; c++) {
                for (i = 1; i <= k; i++) { id = ids[i]; sub(/^"/, "\"r" c "-", id); all = all ", " id }
            }
            $0 = substr($0, 1, RSTART - 1) "\"positive_ids\": [" all "]" substr($0, RSTART + RLENGTH)
        }
        print
    }' "$queries" >"$file"
}

# row SCALE ENGINE INDEX_S PASSAGES PEAK_KB INDEX_BYTES QUERY_LINE; stops the run when the engine did not
# answer every question.
row() {
    local scale="$1" engine="$2" seconds="$3" passages="$4" peak_kb="$5" size="$6" line="$7"
    local mb answered
    answered=$(awk -v line="$line" 'BEGIN { if (match(line, /queries [0-9]+/)) print substr(line, RSTART + 8, RLENGTH - 8) }')
    if [[ "$answered" != "$expected_queries" ]]; then
        echo "e2e: $engine answered ${answered:-no} questions, not $expected_queries: $line" >&2
        exit 1
    fi
    mb=$(awk -v b="$bytes_once" -v s="$scale" 'BEGIN { printf "%.1f", b * s / 1e6 }')
    awk -v s="$scale" -v e="$engine" -v mb="$mb" -v t="$seconds" -v n="$passages" -v kb="$peak_kb" -v size="$size" \
        -v line="$line" 'BEGIN {
            split(line, f, "\t"); p50 = p95 = p99 = qps = mrr = 0
            for (i in f) {
                if (f[i] ~ /^p50 /) { split(f[i], x, " "); p50 = x[2] }
                if (f[i] ~ /^p95 /) { split(f[i], x, " "); p95 = x[2] }
                if (f[i] ~ /^p99 /) { split(f[i], x, " "); p99 = x[2] }
                if (f[i] ~ /queries\/s$/) { split(f[i], x, " "); qps = x[1] }
                if (f[i] ~ /^MRR@10 /) { split(f[i], x, " "); mrr = x[2] }
            }
            printf "%s\t%s\t%s\t%.1f\t%.2f\t%d\t%.0f\t%.0f\t%.1f\t%.2f\t%.3f\t%.3f\t%.3f\t%.0f\t%.4f\n", s, e, mb, t, mb / t, n,
                   n / t, kb / 1024, size / 1e6, size / (mb * 1e6), p50, p95, p99, qps, mrr }' | tee -a "$tsv"
}

# Our query line for row(): bench-retrieval on the index $1 with the questions $2, facets on, and any other
# options given ("--snippets": the top 10 whole, with snippets).
our_queries() {
    local db="$1" judged="$2"
    shift 2
    build/bin/bench-retrieval --db "$db" --queries "$judged" --first "$first" --warmup "$first" --facets 10 "$@" --json |
        awk '/"p50"/{gsub(",","");p50=$2} /"p95"/{gsub(",","");p95=$2} /"p99"/{gsub(",","");p99=$2}
             /"queries_per_second"/{gsub(",","");q=$2} /"mrr_at_k"/{gsub(",","");m=$2}
             /"queries":/{gsub(",","");n=$2}
             END{printf "queries %s\tMRR@10 %s\tp50 %s ms\tp95 %s ms\tp99 %s ms\t%s queries/s", n, m, p50, p95, p99, q}'
}

for scale in "${scales[@]}"; do
    judged="$out/queries-x$scale.jsonl"
    judged_at_scale "$judged" "$scale"
    db="$out/ours-x$scale.db"
    pipe="$out/corpus-x$scale.jsonl"
    rm -rf "$db" "$pipe"
    mkfifo "$pipe"
    feed "$pipe" "$scale" &
    /usr/bin/time -f "%e %M" -o "$out/time" build/bin/indexer --db "$db" --quiet "$pipe" >"$out/indexer.out"
    wait
    rm -f "$pipe"
    read -r seconds peak <"$out/time"
    passages=$(sed -n 's/.*(\([0-9]*\) passages).*/\1/p' "$out/indexer.out")
    expected_queries=$(head -n "$first" "$judged" | wc -l)
    row "$scale" ours "$seconds" "$passages" "$peak" "$(du -sb "$db" | cut -f1)" "$(our_queries "$db" "$judged")"
    row "$scale" ours-snippets "$seconds" "$passages" "$peak" "$(du -sb "$db" | cut -f1)" \
        "$(our_queries "$db" "$judged" --snippets)"
    # The searcher's default: the top 10 whole, one passage an article.
    row "$scale" ours-per-article "$seconds" "$passages" "$peak" "$(du -sb "$db" | cut -f1)" \
        "$(our_queries "$db" "$judged" --snippets --per-article 1)"
    # Completion latency on prefixes of the same questions, and the index size once compacted.
    build/bin/bench-complete --db "$db" --queries "$queries" --first "$first" |
        awk -v s="$scale" '{ printf "%s\t%s\t%s\t%s\t%s\t%s\n", s, $1, $2, $5, $8, $11 }' >>"$run/complete.tsv"
    compact_start=$(date +%s.%N)
    xapian-compact "$db" "$out/ours-compacted.db" >/dev/null
    compact_s=$(awk -v a="$compact_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
    echo -e "$scale\t$(du -sb "$db" | cut -f1)\t$(du -sb "$out/ours-compacted.db" | cut -f1)\t$((bytes_once * scale))\t$compact_s" >>"$run/compacted.tsv"
    rm -rf "$out/ours-compacted.db"

    # A row per line of queries the peer printed after its indexing line: the second line is ENGINE's, a later
    # one (another mode on the same index) is named by its first field.
    peer() {  # peer ENGINE OUTPUT COMMAND...
        local engine="$1" output="$2"
        shift 2
        /usr/bin/time -f "%e %M" -o "$out/time" "$@" >"$out/peer.out"
        local indexed size query_line
        indexed=$(awk -F'\t' 'NR==1 { split($2, x, " "); print x[5] }' "$out/peer.out")
        # Every engine must have indexed every passage ours holds: a figure over fewer is no comparison.
        local count
        count=$(awk -F'\t' 'NR==1 { split($2, x, " "); print x[2] }' "$out/peer.out")
        if [[ "$count" != "$passages" ]]; then
            echo "e2e: $engine indexed ${count:-no} passages, ours $passages ($out/peer.out)" >&2
            exit 1
        fi
        size=$(du -sb "$output" | cut -f1)
        read -r _ peak <"$out/time"
        row "$scale" "$engine" "$indexed" "$passages" "$peak" "$size" "$(sed -n 2p "$out/peer.out")"
        tail -n +3 "$out/peer.out" | while IFS= read -r query_line; do
            row "$scale" "${query_line%%$'\t'*}" "$indexed" "$passages" "$peak" "$size" "$query_line"
        done
    }
    peer stock-xapian "$out/xapian-x$scale.db" build/bin/stock-xapian-peer --from-index "$db" \
        --db "$out/xapian-x$scale.db" --queries "$judged" --first "$first"
    for tokenizer in unicode61 trigram; do
        peer "fts5-$tokenizer" "$out/fts5-$tokenizer-x$scale.sqlite" build/bin/sqlite-fts5-peer --from-index "$db" \
            --out "$out/fts5-$tokenizer-x$scale.sqlite" --tokenizer "$tokenizer" --queries "$judged" --first "$first"
    done
    build/bin/export-passages --from-index "$db" --out "$out/passages-x$scale.tsv" >/dev/null
    # Nori answers with snippets too, on the same index: lucene-nori-snippets.
    for lucene in "nori --snippets-too" "cjk"; do
        read -r analyzer snippets <<<"$lucene"
        engine="lucene-$analyzer"
        rm -rf "$out/$engine-x$scale"
        peer "$engine" "$out/$engine-x$scale" java -cp "$lucene_classpath" LucenePeer --analyzer "$analyzer" \
            --passages "$out/passages-x$scale.tsv" --index "$out/$engine-x$scale" --queries "$judged" --first "$first" \
            $snippets
        rm -rf "$out/$engine-x$scale"
    done
    rm -f "$out/passages-x$scale.tsv"
    rm -rf "$out/xapian-x$scale.db" "$out"/fts5-*-x"$scale".sqlite
done

bench/plot-e2e.sh "$tsv" "$run"
echo "results: $run"
