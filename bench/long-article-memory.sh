#!/usr/bin/env bash
# Peak memory of the indexer on inputs of one very long article, against the bound docs/indexing.md states (about
# 450 MB plus twice the input file): a single-article .txt of SIZE MB (default 50) made of the project's
# corpus/ paragraphs, numbered so that no two repeat, and the same text as one line.
#
#   bench/long-article-memory.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-50}
[[ -x build/bin/indexer ]] || scripts/build.sh indexer
command -v /usr/bin/time >/dev/null || { echo "long-article-memory: needs GNU time (Debian package time)" >&2; exit 2; }
out=build/long-article
rm -rf "$out"
mkdir -p "$out"

# corpus/ paragraphs, each with a number of its own, until the file is SIZE MB.
grep -hv '^[[:space:]]*$' corpus/*.txt >"$out/paragraphs"
{
    printf '아주 긴 기록\n\n'
    LC_ALL=C awk -v limit=$((size_mb * 1000000)) '
        { paragraph[NR] = $0 }
        END {
            while (written < limit) {
                for (i = 1; i <= NR && written < limit; i++) {
                    line = ++n ". " paragraph[i] "\n\n"
                    printf "%s", line
                    written += length(line)
                }
            }
        }' "$out/paragraphs"
} >"$out/long.txt"
{ printf '한 줄 기록\n\n'; tail -n +3 "$out/long.txt" | tr '\n' ' '; } >"$out/one-line.txt"

for input in long.txt one-line.txt; do
    bytes=$(stat -c %s "$out/$input")
    /usr/bin/time -f "%e %M" -o "$out/time" build/bin/indexer --quiet --db "$out/$input.db" "$out/$input" >/dev/null
    read -r seconds peak_kb <"$out/time"
    bound_mb=$((450 + 2 * bytes / 1000000))
    printf '%-12s %4d MB of text: %5.1f s, peak %4d MB (bound %d MB)\n' "$input" $((bytes / 1000000)) "$seconds" \
        $((peak_kb / 1024)) "$bound_mb"
done
