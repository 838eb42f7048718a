#!/usr/bin/env bash
# One command from a fresh clone to ranked Korean search results:
# installs what is missing, builds, indexes corpus/ and runs example searches.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh

db=build/demo.db
rm -rf "$db"
build/bin/indexer --db "$db" corpus/

search() {
    echo
    echo "\$ searcher --db $db --limit 3 $*"  # the command exactly as run, to copy
    build/bin/searcher --db "$db" --limit 3 "$@" || true
}
search 인재 영입 전쟁
search 메타
search '"초지능 팀"'
search 알트만 복귀 --all
search 이사회 --person 올트먼 --facets 5
