#!/usr/bin/env bash
# Draws the pictures of bench/e2e.sh from its table: scale.png (index time and p50 latency against corpus
# size, per engine) and latency.png (p50/p95/p99 per engine at 1x).
#   bench/plot-e2e.sh E2E.TSV OUTPUT_DIR
set -euo pipefail
tsv="$1"
out="$2"
if ! command -v gnuplot >/dev/null; then
    echo "plot-e2e: gnuplot is not installed (Debian package gnuplot-nox); no pictures" >&2
    exit 0
fi
# Every engine of the table, in the order of its first row.
engines=$(awk -F'\t' 'NR > 1 && !seen[$2]++ { printf "%s ", $2 }' "$tsv")
gnuplot <<GNUPLOT
set terminal pngcairo size 1000,420 font ",10"
set datafile separator "\t"
set key top left
engine(e) = sprintf("< awk -F'\t' '\$2 == \"%s\"' $tsv", e)
set output "$out/scale.png"
set multiplot layout 1,2 title "Scale: index time and median query latency with facets (first 1,000 korquad dev questions)"
set xlabel "corpus size (MB)"; set ylabel "index time (s)"; set logscale xy
plot for [e in "$engines"] engine(e) using 3:4 with linespoints title e
set ylabel "p50 latency (ms)"
plot for [e in "$engines"] engine(e) using 3:11 with linespoints title e
unset multiplot
set output "$out/latency.png"
unset logscale; set logscale y; unset xlabel
set style data histogram; set style histogram clustered; set style fill solid 0.8; set boxwidth 0.9
set title "Query latency at 1x (ms, log scale): p50, p95, p99"
set ylabel "ms"
plot "< awk -F'\t' 'NR > 1 && \$1 == 1' $tsv" using 11:xtic(2) title "p50", '' using 12 title "p95", '' using 13 title "p99"
GNUPLOT
