#!/usr/bin/env bash
# One command from a fresh clone to ranked Korean search results:
# installs what is missing, builds the two programs, indexes corpus/ and runs example searches.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
mkdir -p build
log=build/demo-build.log
echo "building indexer and searcher (log: $log)..."
if ! scripts/build.sh indexer searcher >"$log" 2>&1; then
    tail -n 30 "$log"
    echo "demo: the build failed; the whole log is in $log" >&2
    exit 2
fi

db=build/demo.db
rm -rf "$db"
build/bin/indexer --db "$db" corpus/

# An argument as a shell reads it back: quoted when it holds a space or a character the shell treats specially.
shell_word() {
    case "$1" in
        *[[:space:]\'\"\$\`\\\*\?\[\]\(\)\<\>\|\&\;\~\#\!]* | '') printf "'%s'" "${1//\'/\'\\\'\'}" ;;
        *) printf '%s' "$1" ;;
    esac
}

search() {
    local shown="searcher --db $db --limit 3"
    for arg in "$@"; do
        shown+=" $(shell_word "$arg")"
    done
    echo
    echo "\$ $shown"  # the command as run, to paste into a shell
    build/bin/searcher --db "$db" --limit 3 "$@" || true
}
search 인재 영입 전쟁
search 메타
search '"초지능 팀"'
search 알트만 복귀 --all
search 이사회 --person 올트먼 --facets 5
