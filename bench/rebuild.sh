#!/usr/bin/env bash
# How long serve takes to rebuild a large archive after one issue changed, and whether the result is
# exactly what a full build writes.
#
#   bench/rebuild.sh [ARTICLES] [--rounds N] [--seed S] [--keep]
#
# Generates the archive of bench/run.sh (default 100,000 articles, seed 2024), starts
# `bin/jianbao serve` on it with the output in $BENCH_DIR (default /dev/shm/jianbao-bench-rebuild),
# waits for the first build, then --rounds times (default 10) changes one sentence of one article of a
# different issue and waits for serve's report of the rebuild. Prints each rebuild's time as serve
# reports it (from reading the content to the last file written), their median, and the issues
# parsed, pages rendered and files changed. At the end it builds the same content with
# `bin/jianbao build` and compares the two folders byte for byte (`diff -r`): the script fails if
# they differ.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ARTICLES=100000
ROUNDS=10
SEED=2024
KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    [0-9]*) ARTICLES="$1"; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

. "$ROOT/bench/lib.sh"
fresh_jar

WORK="${BENCH_DIR:-/dev/shm/jianbao-bench-rebuild}"
rm -rf "$WORK"
mkdir -p "$WORK"
SERVER=""
cleanup() {
  [ -z "$SERVER" ] || kill "$SERVER" 2>/dev/null || true
  [ "$KEEP" -eq 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT

echo "jianbao $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?'); $(nproc) cores; $(uptime)"
java "$ROOT/bench/src/ArchiveGenerator.java" "$WORK/content" "$ARTICLES" "$SEED" >/dev/null
echo "archive: $ARTICLES articles, $(find "$WORK/content/issues" -name '*.md' | wc -l) issue files, $(du -sh "$WORK/content" | cut -f1)"

LOG="$WORK/serve.log"
"$ROOT/bin/jianbao" serve --content "$WORK/content" --output "$WORK/live" --port 0 >"$LOG" 2>&1 &
SERVER=$!

# Waits until serve has reported $1 builds (a line ending in 用时 … 秒。), or fails if it stopped.
reports() { grep -c '用时 .* 秒。$' "$LOG" || true; }
await() {
  while [ "$(reports)" -lt "$1" ]; do
    kill -0 "$SERVER" 2>/dev/null || { echo "serve stopped:"; cat "$LOG"; exit 1; }
    sleep 0.05
  done
}
await 1
echo "first build: $(grep '用时' "$LOG" | tail -1)"

mapfile -t FILES < <(find "$WORK/content/issues" -name '*.md' | sort)
times=()
for ((round = 1; round <= ROUNDS; round++)); do
  # A different issue each round, spread over the archive; the first 一是 of it gains two characters.
  file="${FILES[$(( (round * 7919) % ${#FILES[@]} ))]}"
  sed -i '0,/一是/s//一是认真/' "$file"
  await $((round + 1))
  line=$(grep '用时' "$LOG" | tail -1)
  seconds=$(echo "$line" | sed 's/.*用时 \([0-9.]*\) 秒。$/\1/')
  times+=("$seconds")
  echo "round $round: ${file#"$WORK/content/"}: $line"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')
echo "rebuild after one issue changed, median of $ROUNDS: $median s (all: ${times[*]})"

kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""
# serve publishes under its own address: the full build is given the same one.
url=$(sed -n 's/^预览地址：\([^ ]*\).*/\1/p' "$LOG" | head -1)
"$ROOT/bin/jianbao" build --content "$WORK/content" --output "$WORK/full" --base-url "$url" --quiet
if diff -r "$WORK/live" "$WORK/full" >"$WORK/diff.txt"; then
  echo "byte-equal: the live folder after $ROUNDS rebuilds holds exactly the files of a full build ($(find "$WORK/full" -type f | wc -l) files)"
else
  echo "DIFFERENT from a full build:"; head -20 "$WORK/diff.txt"; exit 1
fi
