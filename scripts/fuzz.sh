#!/usr/bin/env bash
# Fuzzes the query path and the article parser with libFuzzer under AddressSanitizer and
# UndefinedBehaviorSanitizer: scripts/fuzz.sh [SECONDS per target, default 60] [TARGET...]
# Targets: query, article (default: both, one after the other). Builds with clang in build-fuzz/; each target's
# corpus grows in build-fuzz/corpus/TARGET from fuzz/seeds/TARGET; a crash is saved as
# build-fuzz/crash-TARGET-* and ends the run with exit 1.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(query article)

scripts/install-deps.sh >/dev/null
if ! command -v clang++ >/dev/null; then  # libFuzzer comes with Debian's clang
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang >/dev/null
    else
        echo "fuzz: clang is needed: sudo apt-get install -y clang" >&2
        exit 2
    fi
fi
mkdir -p build-fuzz
sanitize="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g"
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="$sanitize -fsanitize=fuzzer-no-link" -DCMAKE_EXE_LINKER_FLAGS="$sanitize" \
    -DKS_FUZZ=ON -DKS_BUILD_TESTS=OFF -DKS_BUILD_BENCH=OFF >build-fuzz/build.log 2>&1 ||
    { tail -n 20 build-fuzz/build.log; exit 2; }
cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]/#/fuzz_}" >>build-fuzz/build.log 2>&1 ||
    { tail -n 30 build-fuzz/build.log; exit 2; }

status=0
for target in "${targets[@]}"; do
    corpus=build-fuzz/corpus/$target
    mkdir -p "$corpus"
    echo "fuzz: $target for ${seconds} s"
    if ! build-fuzz/bin/fuzz_"$target" -max_total_time="$seconds" -print_final_stats=1 -max_len=4096 \
        -artifact_prefix=build-fuzz/crash-"$target"- "$corpus" fuzz/seeds/"$target" 2>build-fuzz/"$target".log; then
        status=1
    fi
    grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY)" \
        build-fuzz/"$target".log | sed "s/^/  /" || true
    echo "  corpus: $(ls "$corpus" | wc -l) inputs; crashes: $(ls build-fuzz/crash-"$target"-* 2>/dev/null | wc -l)"
done
exit $status
