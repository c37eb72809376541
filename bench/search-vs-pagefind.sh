#!/usr/bin/env bash
# Search benchmark: jianbao's search against Pagefind on the same synthetic archive.
#
#   bench/search-vs-pagefind.sh [ARTICLES] [QUERIES]      (defaults: 5000 articles, 300 recall queries)
#
# 1. generates a deterministic 《上街信息》 archive as jianbao content with bench/src/ArchiveGenerator.java,
#    the generator bench/run.sh uses too;
# 2. builds it with jianbao (which writes its search index) three times, median wall time;
# 3. installs Pagefind from npm into bench/.pagefind/ and indexes the same built article pages
#    (root selector article.article) three times, median wall time;
# 4. runs bench/search/SearchBench.java, which serves the site on 127.0.0.1 with gzip and drives
#    headless Chromium: bytes and latency of first queries, and recall on random Chinese substrings
#    for both engines, and prints the comparison table.
# Needs: JDK 17, Maven, npm, Debian's chromium and chromium-driver. Output goes to /dev/shm
# (override with BENCH_WORK), as disk writes on this machine vary too much to time.
# PAGEFIND=0 measures jianbao alone (Pagefind need not join at 100,000 articles); BUILD_RUNS sets
# the number of timed builds (default 3); JIANBAO_HEAP is passed to bin/jianbao.
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${1:-5000}
QUERIES=${2:-300}
WORK=${BENCH_WORK:-/dev/shm/jianbao-search-bench}
PAGEFIND_VERSION=1.6.0

rm -rf "$WORK"
mkdir -p "$WORK"
mvn -q -B -DskipTests package
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
CP="target/classes:target/test-classes:$(cat "$WORK/classpath.txt")"

java bench/src/ArchiveGenerator.java "$WORK/content" "$ARTICLES" 45

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
seconds() { awk -v s="$1" -v e="$(date +%s%N)" 'BEGIN { printf "%.2f\n", (e - s) / 1e9 }'; }

for run in $(seq "${BUILD_RUNS:-3}"); do
  start=$(date +%s%N)
  bin/jianbao build -q -c "$WORK/content" -o "$WORK/site" --base-url http://127.0.0.1/
  seconds "$start"
done > "$WORK/jianbao-times.txt"
JIANBAO_BUILD=$(median < "$WORK/jianbao-times.txt")

PAGEFIND_BUILD=-
if [ "${PAGEFIND:-1}" != 0 ]; then
  if [ ! -x bench/.pagefind/node_modules/.bin/pagefind ] \
     || ! bench/.pagefind/node_modules/.bin/pagefind --version | grep -q "$PAGEFIND_VERSION"; then
    mkdir -p bench/.pagefind
    npm install --prefix bench/.pagefind --no-audit --no-fund --no-save "pagefind@$PAGEFIND_VERSION" >/dev/null
  fi
  for run in 1 2 3; do
    rm -rf "$WORK/site/pagefind"
    start=$(date +%s%N)
    bench/.pagefind/node_modules/.bin/pagefind --site "$WORK/site" --glob "issues/*/*/*/index.html" \
      --root-selector "article.article" --quiet
    seconds "$start"
  done > "$WORK/pagefind-times.txt"
  PAGEFIND_BUILD=$(median < "$WORK/pagefind-times.txt")
fi

java -Xmx${BENCH_HEAP:-4g} -cp "$CP" bench/search/SearchBench.java "$WORK/content" "$WORK/site" "$QUERIES" "$JIANBAO_BUILD" "$PAGEFIND_BUILD" \
  2> >(grep -v SLF4J >&2)
