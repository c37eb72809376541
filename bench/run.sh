#!/usr/bin/env bash
# Full builds of the same synthetic archive with jianbao and with Hugo, side by side.
#
#   bench/run.sh [SIZES…] [--runs N] [--seed S] [--smoke] [--no-sample] [--wait-idle] [--hugo-bare] [--keep]
#
# SIZES are numbers of articles (default: 500 5000 20000). Each build runs --runs times
# (default 3) and the median of each measure is printed. --smoke is 500 articles, 1 run.
# On a shared machine, --wait-idle waits (up to 3 minutes) before each build until the other
# processes leave at least 70 % of the CPUs idle; the CPU others used during each build is shown.
# --hugo-bare gives Hugo bare layouts (title and text only, as shared/ANCHORS.md measured) instead
# of the layouts that render the same pages as jianbao's default theme.
# Everything is written under $BENCH_DIR (default /dev/shm/jianbao-bench): output to memory,
# so that the disk's speed does not decide the result. jianbao runs through its launcher bin/jianbao,
# as users run it; extra JVM flags can go in $JIANBAO_JAVA_OPTS.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/bench"
SIZES=()
RUNS=3
SEED=2024
SAMPLE=1
KEEP=0
WAIT_IDLE=0
HUGO_LAYOUTS="$BENCH/hugo/layouts"
BASE_URL="http://localhost:8000/"

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --runs=*) RUNS="${1#*=}"; shift ;;
    --seed) SEED="$2"; shift 2 ;;
    --seed=*) SEED="${1#*=}"; shift ;;
    --smoke) SIZES=(500); RUNS=1; shift ;;
    --no-sample) SAMPLE=0; shift ;;
    --keep) KEEP=1; shift ;;
    --wait-idle) WAIT_IDLE=1; shift ;;
    --hugo-bare) HUGO_LAYOUTS="$BENCH/hugo/bare-layouts"; shift ;;
    -h|--help) usage 0 ;;
    [0-9]*) SIZES+=("$1"); shift ;;
    *) echo "unknown argument: $1" >&2; usage 2 ;;
  esac
done
[ ${#SIZES[@]} -gt 0 ] || SIZES=(500 5000 20000)
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "--runs needs a positive number" >&2; exit 2; }

# --- tools ------------------------------------------------------------------------------------
. "$BENCH/lib.sh"
need_time
command -v hugo >/dev/null || { echo "installing hugo…" >&2; apt_install hugo; }
fresh_jar
JAR="$ROOT/target/jianbao.jar"

WORK="${BENCH_DIR:-/dev/shm/jianbao-bench}"
if [ -z "${BENCH_DIR:-}" ] && [ ! -d /dev/shm ]; then
  WORK="${TMPDIR:-/tmp}/jianbao-bench"
  echo "warning: no /dev/shm; writing to $WORK on disk, timings will vary more" >&2
fi
mkdir -p "$WORK"
cleanup() {
  rm -rf "$WORK/out-jianbao" "$WORK/out-hugo" "$WORK"/.out-jianbao.* "$WORK/time.txt"
  [ "$KEEP" -eq 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT

# --- measuring --------------------------------------------------------------------------------
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# busy_seconds: CPU seconds the whole machine has spent busy since boot (all cores)
busy_seconds() { awk -v hz="$(getconf CLK_TCK)" '/^cpu / { print ($2 + $3 + $4 + $7 + $8 + $9) / hz; exit }' /proc/stat; }

# wait_idle: with --wait-idle, waits until at least 70 % of the CPUs stay idle for a second (3 minutes at most)
wait_idle() {
  [ "$WAIT_IDLE" -eq 1 ] || return 0
  local cores waited=0 b0 b1
  cores=$(nproc)
  while [ "$waited" -lt 180 ]; do
    b0=$(busy_seconds); sleep 1; b1=$(busy_seconds); waited=$((waited + 1))
    awk -v d="$(echo "$b1 - $b0" | bc -l)" -v c="$cores" 'BEGIN { exit !(d <= 0.3 * c) }' && return 0
  done
  echo "  (machine still busy after 3 minutes of waiting; measuring anyway)" >&2
}

# measure NAME OUT_DIR CMD…: one full build into an emptied OUT_DIR;
# appends "wall user sys rss_kib others_cpu" to $WORK/NAME.runs (others_cpu: CPU seconds other processes used meanwhile)
measure() {
  local name="$1" out="$2"; shift 2
  rm -rf "$out" "$WORK"/.out-jianbao.*
  wait_idle
  local start end status=0 busy0 busy1
  busy0=$(busy_seconds)
  start=$(date +%s.%N)
  /usr/bin/time -v -o "$WORK/time.txt" "$@" >"$WORK/$name.log" 2>&1 || status=$?
  end=$(date +%s.%N)
  busy1=$(busy_seconds)
  if [ "$status" -ne 0 ]; then
    echo "$name build failed (exit $status):" >&2
    tail -20 "$WORK/$name.log" >&2
    exit 1
  fi
  awk -v wall="$(echo "$end - $start" | bc -l)" -v busy="$(echo "$busy1 - $busy0" | bc -l)" '
    /User time/ { user = $NF } /System time/ { sys = $NF } /Maximum resident set size/ { rss = $NF }
    END { others = busy - user - sys; if (others < 0) others = 0
          printf "%.3f %.2f %.2f %d %.2f\n", wall, user, sys, rss, others }' "$WORK/time.txt" >>"$WORK/$name.runs"
}

# outputs NAME OUT_DIR: "files html bytes" of a finished build
outputs() {
  local out="$2"
  echo "$(find "$out" -type f | wc -l) $(find "$out" -type f -name '*.html' | wc -l) $(du -sb "$out" | cut -f1)" >"$WORK/$1.out"
}

col() { awk -v c="$2" '{ print $c }' "$WORK/$1.runs" | median; }

# compare LABEL CONTENT_DIR HUGO_DIR: builds both RUNS times, alternating which goes first, and prints the block
compare() {
  local label="$1" content="$2" hugo_site="$3"
  rm -f "$WORK"/*.runs
  local jb=("$ROOT/bin/jianbao" build --content "$content" --output "$WORK/out-jianbao" --base-url "$BASE_URL" --quiet)
  local hg=(hugo --source "$hugo_site" --destination "$WORK/out-hugo" --quiet)
  local load_before load_after
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  for ((r = 1; r <= RUNS; r++)); do
    if ((r % 2)); then
      measure jianbao "$WORK/out-jianbao" "${jb[@]}"; measure hugo "$WORK/out-hugo" "${hg[@]}"
    else
      measure hugo "$WORK/out-hugo" "${hg[@]}"; measure jianbao "$WORK/out-jianbao" "${jb[@]}"
    fi
  done
  outputs jianbao "$WORK/out-jianbao"
  outputs hugo "$WORK/out-hugo"
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)

  local jw jc ju js jr hw hc hu hs hr
  jw=$(col jianbao 1); ju=$(col jianbao 2); js=$(col jianbao 3); jr=$(col jianbao 4)
  hw=$(col hugo 1); hu=$(col hugo 2); hs=$(col hugo 3); hr=$(col hugo 4)
  jc=$(awk '{ print $2 + $3 }' "$WORK/jianbao.runs" | median)
  hc=$(awk '{ print $2 + $3 }' "$WORK/hugo.runs" | median)
  read -r jf jh jb_bytes <"$WORK/jianbao.out"
  read -r hf hh hg_bytes <"$WORK/hugo.out"

  echo
  echo "== $label — median of $RUNS run(s); load average before $load_before, after $load_after"
  printf '%-26s %14s %14s %10s\n' "" "jianbao" "Hugo" "jianbao/Hugo"
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "–" }'; }
  printf '%-26s %14.2f %14.2f %10s\n' "wall time (s)" "$jw" "$hw" "$(ratio "$jw" "$hw")"
  printf '%-26s %14.2f %14.2f %10s\n' "  best run (s)" "$(awk '{ print $1 }' "$WORK/jianbao.runs" | sort -g | head -1)" \
    "$(awk '{ print $1 }' "$WORK/hugo.runs" | sort -g | head -1)" ""
  printf '%-26s %14.2f %14.2f %10s\n' "CPU user+sys (s)" "$jc" "$hc" "$(ratio "$jc" "$hc")"
  printf '%-26s %14s %14s\n' "  user / sys (s)" "$ju / $js" "$hu / $hs"
  printf '%-26s %14.0f %14.0f %10s\n' "peak RSS (MiB)" "$(echo "$jr / 1024" | bc -l)" "$(echo "$hr / 1024" | bc -l)" "$(ratio "$jr" "$hr")"
  printf '%-26s %14d %14d\n' "files written" "$jf" "$hf"
  printf '%-26s %14d %14d\n' "  of which .html" "$jh" "$hh"
  printf '%-26s %14.1f %14.1f\n' "output size (MiB)" "$(echo "$jb_bytes / 1048576" | bc -l)" "$(echo "$hg_bytes / 1048576" | bc -l)"
  printf '%-26s %14.2f %14.2f\n' "others' CPU meanwhile (s)" "$(col jianbao 5)" "$(col hugo 5)"
  printf '%-26s %s\n' "all runs, jianbao" "$(tr '\n' ';' <"$WORK/jianbao.runs" | sed 's/;$//; s/;/; /g')  (wall user sys rss_kib others_cpu)"
  printf '%-26s %s\n' "all runs, Hugo" "$(tr '\n' ';' <"$WORK/hugo.runs" | sed 's/;$//; s/;/; /g')"

  SUMMARY+=("| $label | $jw s | $hw s | $jc s | $hc s | $(printf '%.0f' "$(echo "$jr / 1024" | bc -l)") MiB | $(printf '%.0f' "$(echo "$hr / 1024" | bc -l)") MiB | $jf / $jh | $hf / $hh | $(printf '%.1f' "$(echo "$jb_bytes / 1048576" | bc -l)") MiB | $(printf '%.1f' "$(echo "$hg_bytes / 1048576" | bc -l)") MiB |")
}

# hugo_site CONTENT_DIR HUGO_DIR: the equivalent Hugo site, layouts and static files included
hugo_site() {
  rm -rf "$2"
  java "$BENCH/src/HugoSiteConverter.java" "$1" "$2" "$BASE_URL"
  cp -r "$HUGO_LAYOUTS" "$2/layouts"
  mkdir -p "$2/static/assets"
  cp -r "$ROOT/themes/default/static/." "$2/static/assets/"
}

command -v bc >/dev/null || apt_install bc

echo "jianbao $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?') vs $(hugo version | cut -d' ' -f1-2), layouts ${HUGO_LAYOUTS#$ROOT/}"
echo "$(java -version 2>&1 | head -1); $(nproc) cores; $(free -m | awk '/Mem:/ { print $2 " MiB memory" }'); output under $WORK"
echo "uptime:$(uptime)"
SUMMARY=()

if [ "$SAMPLE" -eq 1 ]; then
  hugo_site "$ROOT/content" "$WORK/hugo-sample"
  compare "sample site (issue 45)" "$ROOT/content" "$WORK/hugo-sample"
fi

for size in "${SIZES[@]}"; do
  archive="$WORK/archive-$size-$SEED"
  if [ ! -f "$archive/site.yaml" ]; then
    rm -rf "$archive"
    java "$BENCH/src/ArchiveGenerator.java" "$archive" "$size" "$SEED" >/dev/null
  fi
  issues=$(find "$archive/issues" -name '*.md' | wc -l)
  hugo_site "$archive" "$WORK/hugo-$size-$SEED"
  compare "$(printf "%'d" "$size") articles ($issues issues)" "$archive" "$WORK/hugo-$size-$SEED"
done

echo
echo "| build | jianbao wall | Hugo wall | jianbao CPU | Hugo CPU | jianbao peak RSS | Hugo peak RSS | jianbao files / html | Hugo files / html | jianbao output | Hugo output |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${SUMMARY[@]}"
echo "uptime:$(uptime)"
