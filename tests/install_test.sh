#!/usr/bin/env bash
# Installs the build into a fresh prefix, builds examples/embed against the installed package as an outside
# project would, runs it, and checks that it indexed and found its article; then runs examples/python with the
# installed Python module.
#   install_test.sh BUILD_DIR SOURCE_DIR PYTHON
set -euo pipefail
build="$1"
source="$2"
python="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/prefix" >/dev/null
# Only the facade's headers are installed; the layers behind it stay private.
headers="$(cd "$work/prefix/include" && find . -type f | sort | tr '\n' ' ')"
[[ "$headers" == "./ks/korean_search.h ./ks/types.h " ]] || { echo "installed headers: $headers" >&2; exit 1; }
cmake -S "$source/examples/embed" -B "$work/embed" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/embed" >/dev/null
out="$("$work/embed/embed_example" "$work/index")"
echo "$out"
grep -q '^1\. memo#1 ' <<<"$out"
grep -q '^person: 샘 알트만 (1)$' <<<"$out"
for binary in indexer searcher bench-retrieval; do
    "$work/prefix/bin/$binary" --help >/dev/null
done

# The Python module where python3 finds it under a prefix (for /usr/local, with no PYTHONPATH at all).
out="$(PYTHONPATH="$work/prefix/lib/python3/dist-packages" "$python" "$source/examples/python/search_folder.py" \
    "$source/corpus" "$work/python.db" 메타 인재)"
echo "$out"
grep -q '^1\. [a-z-]*#[0-9]* ' <<<"$out"
grep -q '^person: .*샘 알트만' <<<"$out"
# Completion for each binary, and man pages when help2man was there at build time.
for binary in indexer searcher bench-retrieval; do
    test -e "$work/prefix/share/bash-completion/completions/$binary"
done
if command -v help2man >/dev/null; then
    for binary in indexer searcher bench-retrieval; do
        grep -q '^\.SH EXAMPLES\|Examples:' "$work/prefix/share/man/man1/$binary.1"
    done
fi
