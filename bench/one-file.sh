#!/usr/bin/env bash
# check and build on one issue file holding many articles, timed.
#
#   bench/one-file.sh [ARTICLES…] [--jar JAR]
#
# ARTICLES default to 10000 20000. For each, the sample content/ is copied under $BENCH_DIR
# (default /dev/shm/jianbao-one-file) with one more issue, 2024/046.md, of that many articles
# (distinct headlines, each with a body and a department), and `check` then `build` run once on
# it with the jar (default target/jianbao.jar). Wall-clock seconds are printed per command.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/target/jianbao.jar"
SIZES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR="$2"; shift 2 ;;
    *) SIZES+=("$1"); shift ;;
  esac
done
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 20000)
WORK="${BENCH_DIR:-/dev/shm/jianbao-one-file}"

for n in "${SIZES[@]}"; do
  site="$WORK/$n"
  rm -rf "$site"
  mkdir -p "$site"
  cp -r "$ROOT/content" "$site/content"
  {
    printf -- '---\nnumber: 46\ndate: 2024-08-16\n---\n\n'
    for ((i = 1; i <= n; i++)); do
      printf '## 第%d条信息的标题\n\n一是做好第%d项工作，二是加强管理，三是完善制度。截至目前，完成任务 %d 项。（区财政局）\n\n' "$i" "$i" $((i % 97))
    done
  } > "$site/content/issues/2024/046.md"
  for command in check build; do
    args=("$command" --content "$site/content")
    [ "$command" = build ] && args+=(--output "$site/site")
    start=$(date +%s.%N)
    status=0
    java -jar "$JAR" "${args[@]}" > /dev/null 2>&1 || status=$?
    end=$(date +%s.%N)
    printf '%6d articles  %-5s  exit %d  %6.1f s\n' "$n" "$command" "$status" "$(echo "$end - $start" | bc)"
  done
done
rm -rf "$WORK"
