#!/usr/bin/env bash
# Where jianbao's time and memory go on a large archive: Flight Recorder samples of full builds.
#
#   bench/profile.sh [SIZES…] [--runs N] [--seed S] [--keep]
#
# SIZES are numbers of articles (default: 5000 20000). Each size is built --runs times (default 2)
# with JFR on (5 ms execution sampling, allocation samples, every JIT compilation) and -XX:+CITime;
# the recordings of one size are summarised together by bench/src/JfrSummary.java. Archives are
# those of bench/run.sh (same generator, same seed); output goes under $BENCH_DIR (default
# /dev/shm/jianbao-bench-profile), recordings stay in $BENCH_DIR/jfr when --keep is given.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/bench"
SIZES=()
RUNS=2
SEED=2024
KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    [0-9]*) SIZES+=("$1"); shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[ ${#SIZES[@]} -gt 0 ] || SIZES=(5000 20000)

. "$BENCH/lib.sh"
need_time
fresh_jar
JAR="$ROOT/target/jianbao.jar"

WORK="${BENCH_DIR:-/dev/shm/jianbao-bench-profile}"
mkdir -p "$WORK/jfr"
trap 'rm -rf "$WORK/out" "$WORK"/.out.*; [ "$KEEP" -eq 1 ] || rm -rf "$WORK"' EXIT

JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
JFC="$WORK/jfr/sampling.jfc"
sed -e '/name="jdk.ExecutionSample"/,/<\/event>/ s/>10 ms</>5 ms</' \
    -e '/name="jdk.Compilation"/,/<\/event>/ s/>100 ms</>0 ms</' \
    -e '/name="jdk.ThreadCPULoad"/,/<\/event>/ s/>10 s</>100 ms</' \
    -e '/name="jdk.CPULoad"/,/<\/event>/ s/>1000 ms</>100 ms</' \
    "$JAVA_HOME/lib/jfr/profile.jfc" >"$JFC"

echo "jianbao $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?'); $(java -version 2>&1 | head -1); $(nproc) cores"
starts=()
for i in 1 2 3; do
  s=$(date +%s%N); java -jar "$JAR" --version >/dev/null; starts+=($(( ($(date +%s%N) - s) / 1000000 )))
done
echo "JVM start + picocli (java -jar jianbao.jar --version), median of 3: $(printf '%s\n' "${starts[@]}" | sort -n | sed -n 2p) ms"

for size in "${SIZES[@]}"; do
  archive="$WORK/archive-$size-$SEED"
  [ -f "$archive/site.yaml" ] || java "$BENCH/src/ArchiveGenerator.java" "$archive" "$size" "$SEED" >/dev/null
  recordings=()
  echo
  echo "=============== $size articles: $RUNS profiled build(s); uptime:$(uptime)"
  for ((r = 1; r <= RUNS; r++)); do
    rm -rf "$WORK/out"
    jfr="$WORK/jfr/build-$size-$r.jfr"
    /usr/bin/time -v -o "$WORK/time.txt" java ${JAVA_OPTS:-} -XX:+UnlockDiagnosticVMOptions -XX:+CITime \
        -XX:FlightRecorderOptions:stackdepth=512 "-XX:StartFlightRecording=filename=$jfr,settings=$JFC" \
        -jar "$JAR" build --content "$archive" --output "$WORK/out" --base-url http://localhost:8000/ --quiet \
        >"$WORK/build.log" 2>&1 || { tail -20 "$WORK/build.log"; exit 1; }
    recordings+=("$jfr")
    awk '/Elapsed/ { wall = $NF } /User time/ { u = $NF } /System time/ { s = $NF } /Maximum resident/ { rss = $NF }
         END { printf "run %s: wall %s, CPU user %s s + sys %s s, peak RSS %.0f MiB\n", "'"$r"'", wall, u, s, rss / 1024 }' "$WORK/time.txt"
    awk '/Accumulated compiler times|C1 Compile Time|C2 Compile Time|Total compilation time/ { sub(/^ +/, ""); print "  " $0 }' "$WORK/build.log" | head -4
  done
  echo
  java "$BENCH/src/JfrSummary.java" --top 25 "${recordings[@]}"
done
