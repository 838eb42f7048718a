#!/usr/bin/env bash
# Installs what bench/e2e.sh needs beyond scripts/install-deps.sh: Java and Debian's Lucene 8 (core, the Nori
# Korean analyzer, facets, highlighter, query parser) for the Lucene peer.
set -euo pipefail
"$(dirname "$0")/install-packages.sh" openjdk-17-jdk-headless liblucene8-java
