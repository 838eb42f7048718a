#!/usr/bin/env bash
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer (GCC), built in build-asan/:
#   scripts/sanitize.sh [ctest options...]     e.g. scripts/sanitize.sh -R search
# Not part of scripts/test.sh: the sanitized build and run take about four times as long as the test command
# (build and suite, two cores). jemalloc is left out (AddressSanitizer brings its own allocator), the Python
# module too (its tests would load the sanitizer runtime into python3), and so is the installed-package test.
# Any error the sanitizers find ends the test that met it, and the run exits nonzero.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh >/dev/null
dicdir=$(scripts/install-dictionary.sh)
sanitize="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
mkdir -p build-asan
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKS_MECAB_DICDIR="$dicdir" -DKS_USE_JEMALLOC=OFF \
    -DKS_BUILD_PYTHON=OFF -DCMAKE_CXX_FLAGS="$sanitize" -DCMAKE_EXE_LINKER_FLAGS="$sanitize" \
    -DCMAKE_SHARED_LINKER_FLAGS="$sanitize" -DKS_BUILD_BENCH=OFF >build-asan/configure.log 2>&1 ||
    { tail -n 20 build-asan/configure.log; exit 2; }
cmake --build build-asan --parallel "$(nproc)"
cd build-asan
# Leaks are reported by the tests' own processes too; ICU and MeCab keep caches for the process's life.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --output-on-failure --parallel "$(nproc)" -E "installed package" "$@"
