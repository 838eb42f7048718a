#!/usr/bin/env bash
# One command from a fresh clone to a passing test suite: installs what is missing, builds, runs ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
KS_WERROR=ON scripts/build.sh  # a compiler warning fails the run
cd build
ctest --output-on-failure --parallel "$(nproc)"
