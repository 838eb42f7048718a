#!/usr/bin/env bash
# Configures and builds the project in build/ (Release unless BUILD_TYPE says otherwise; KS_WERROR=ON makes
# compiler warnings errors, as the test command does).
# With target names (indexer searcher), builds only those.
set -euo pipefail
cd "$(dirname "$0")/.."
# The Korean dictionary's folder (fetched once into the cache if it is not there yet).
dicdir=$(scripts/install-dictionary.sh)
# KS_WERROR only when set: a build for the demo keeps what the last test run configured (no rebuild).
cmake -S . -B build -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" -DKS_MECAB_DICDIR="$dicdir" \
    ${KS_WERROR:+-DKS_WERROR="$KS_WERROR"} >/dev/null
targets=()
for target in "$@"; do
    targets+=(--target "$target")
done
cmake --build build --parallel "$(nproc)" "${targets[@]}"
