#!/usr/bin/env bash
# What the language check finds and what it costs a full build.
#
#   bench/language-check.sh [CONTENT…] [--articles N] [--runs N]
#
# Each CONTENT folder (default: the sample's content/ and a generated archive of --articles articles,
# default 5000, written by bench/src/ArchiveGenerator.java) is checked once, and its findings are
# counted per kind. Then the archive is built --runs times (default 5) with the check as site.yaml sets
# it and --runs times with every kind off, alternating, through bin/jianbao; the medians of wall and
# CPU time (user + sys) of both are printed, and their difference is what the check adds to a build.
# On a shared machine the figures move with the load of others: the load average is printed too.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ARTICLES=5000
RUNS=5
FOLDERS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) ARTICLES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) FOLDERS+=("$1"); shift ;;
  esac
done
WORK="${BENCH_DIR:-/dev/shm/jianbao-language}"
mkdir -p "$WORK"
. "$ROOT/bench/lib.sh"
fresh_jar
need_time

archive="$WORK/archive-$ARTICLES"
if [ ! -f "$archive/site.yaml" ]; then
  rm -rf "$archive"
  java "$ROOT/bench/src/ArchiveGenerator.java" "$archive" "$ARTICLES" 2024 >/dev/null
fi
[ ${#FOLDERS[@]} -gt 0 ] || FOLDERS=("$ROOT/content" "$archive")

# Findings per kind, told apart by the words of their messages.
count() {
  local out="$1" words="$2"
  grep -cE "$words" "$out" || true
}
echo "| content | articles | latin_words | mistaken_forms | standard_expressions | punctuation | later_dates |"
echo "|---|---|---|---|---|---|---|"
for folder in "${FOLDERS[@]}"; do
  out="$WORK/check.txt"
  "$ROOT/bin/jianbao" check --content "$folder" >"$WORK/summary.txt" 2>"$out" || true
  articles=$(grep -o '[0-9]* 条信息' "$WORK/summary.txt" "$out" | head -1 | grep -o '^[^ ]*' | grep -o '[0-9]*$' || echo '?')
  echo "| ${folder#$ROOT/} | $articles | $(count "$out" '中文里夹着外文') | $(count "$out" '是错别字或不规范的写法') | $(count "$out" '与规范表述') | $(count "$out" '半角的|配对|重复了，请删去|全角空格') | $(count "$out" '晚于本期的出刊日期') |"
done

# Full builds with and without the check.
off="$WORK/archive-off"
rm -rf "$off" && cp -r "$archive" "$off"
printf 'language_check: {latin_words: off, mistaken_forms: off, standard_expressions: off, punctuation: off, later_dates: off}\n' >>"$off/site.yaml"
measure() {
  local content="$1" site="$WORK/site" times="$WORK/time.txt"
  rm -rf "$site"
  /usr/bin/time -f '%e %U %S' -o "$times" "$ROOT/bin/jianbao" build --quiet --content "$content" --output "$site" >/dev/null 2>&1 || true
  awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$times"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
: >"$WORK/on.txt"; : >"$WORK/off.txt"
for _ in $(seq "$RUNS"); do
  measure "$archive" >>"$WORK/on.txt"
  measure "$off" >>"$WORK/off.txt"
done
on_wall=$(cut -d' ' -f1 "$WORK/on.txt" | median); on_cpu=$(cut -d' ' -f2 "$WORK/on.txt" | median)
off_wall=$(cut -d' ' -f1 "$WORK/off.txt" | median); off_cpu=$(cut -d' ' -f2 "$WORK/off.txt" | median)
echo
echo "build of $ARTICLES articles, median of $RUNS runs each: with the check ${on_wall} s wall, ${on_cpu} s CPU;" \
  "without ${off_wall} s wall, ${off_cpu} s CPU; the check adds $(echo "$on_wall - $off_wall" | bc) s wall," \
  "$(echo "$on_cpu - $off_cpu" | bc) s CPU"
echo "all runs (wall CPU), with: $(tr '\n' ';' <"$WORK/on.txt") without: $(tr '\n' ';' <"$WORK/off.txt")"
echo "uptime:$(uptime)"
