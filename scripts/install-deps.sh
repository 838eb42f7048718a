#!/usr/bin/env bash
# Installs the Debian packages the project needs, if any is missing (scripts/install-packages.sh), then the
# Korean dictionary (scripts/install-dictionary.sh, cached after the first run).
set -euo pipefail

packages=(
    cmake g++ make            # toolchain
    clang-format              # the suite checks that sources are formatted as .clang-format says
    libxapian-dev xapian-tools # index and search; xapian-tools serves remote shards
    libicu-dev                # normalization, word and sentence segmentation
    libcli11-dev              # command lines
    libjemalloc-dev           # the indexer's allocator (faster than glibc's for Xapian's posting maps)
    nlohmann-json3-dev        # .jsonl input, JSON output
    catch2                    # tests
    libbenchmark-dev          # microbenchmarks
    help2man                  # man pages from --help
    libsqlite3-dev gnuplot-nox # peers and plots in bench/e2e.sh
    time                      # peak memory in the benchmarks
    libmecab-dev              # the MeCab engine that reads the Korean dictionary (person and company facets)
    pybind11-dev python3-dev python3-pytest # the Python module korean_search and its tests
)
# npm fetches the dictionary once; a machine with Node.js already has it.
command -v npm >/dev/null || packages+=(npm)

"$(dirname "$0")/install-packages.sh" "${packages[@]}"
"$(dirname "$0")/install-dictionary.sh" >/dev/null
