#!/usr/bin/env bash
# Fails, naming the files, when a C++ source differs from what clang-format makes of it with the project's
# .clang-format (tables laid out by hand are fenced with "// clang-format off" and "// clang-format on").
# Fix with: clang-format -i FILE...
set -euo pipefail
cd "$(dirname "$0")/.."
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
    mapfile -t files < <(find api common indexer searcher tools bench tests examples fuzz python -name '*.cpp' -o -name '*.h')
fi
unformatted=()
for file in "${files[@]}"; do
    [[ -f "$file" ]] || continue
    clang-format --dry-run --Werror "$file" >/dev/null 2>&1 || unformatted+=("$file")
done
if [[ ${#unformatted[@]} -gt 0 ]]; then
    echo "not formatted as .clang-format says (fix with: clang-format -i FILE...):" >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    exit 1
fi
echo "${#files[@]} files formatted as .clang-format says"
