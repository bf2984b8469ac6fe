#!/usr/bin/env bash
# Scale: the full builtin:django pack on generated monorepos of 1k, 10k and 100k files (goal: at
# most 1 GiB peak RSS, and 10k -> 100k files at most 11x the time). Method and numbers:
# docs/performance.md.
#
#   bench/scale.sh [DIR] [SIZE...]
#
# DIR    where the trees are generated, one folder per size (default /work/corpus/monorepo; made
#        with bench/GenerateMonorepo.java when missing, kept for later runs)
# SIZE   the sizes to run (default: 1k 10k 100k)
# Environment:
#   GUIDEPOST  the Guidepost command, split into words (default: ./guidepost, the launcher with
#              tuned JVM flags; e.g. GUIDEPOST="java -jar /path/to/other.jar" for another build)
#   POLICY     a policy for -p (default: the default policy, builtin:django)
#   NO_CACHE   the flag that bypasses the result cache. Default: --no-cache when
#              `guidepost check --help` lists it, else nothing. Set NO_CACHE= to force no flag.
#   RUNS       runs per size (default 1); every run is printed, the summary uses the median
#   THREADS    passed as --threads when set
# Prints per run the wall time, user and system CPU, and the peak RSS from /usr/bin/time -v.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-/work/corpus/monorepo}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1k 10k 100k)
runs=${RUNS:-1}
guidepost=${GUIDEPOST:-$here/guidepost}
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 2; }

$guidepost --version >/dev/null
# ---- cache switch (see bench/compare.sh) ---------------------------------------------------
if [ -z "${NO_CACHE+set}" ]; then
  if $guidepost check --help 2>/dev/null | grep -q -- '--no-cache'; then NO_CACHE=--no-cache; else NO_CACHE=; fi
fi
# ------------------------------------------------------------------------------------------
extra=()
[ -n "${POLICY:-}" ] && extra+=(-p "$POLICY")
[ -n "${THREADS:-}" ] && extra+=(--threads "$THREADS")
[ -n "$NO_CACHE" ] && extra+=("$NO_CACHE")

echo "guidepost: $($guidepost --version) ($guidepost)   $(java -version 2>&1 | head -n 1)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo);" \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg); extra arguments: ${extra[*]:-(none)}"

declare -A median_wall median_rss
for size in "${sizes[@]}"; do
  tree="$dir/$size"
  if [ ! -f "$tree.generated" ]; then
    rm -rf "$tree"
    echo "generating $tree ..."
    java "$here/bench/GenerateMonorepo.java" "$tree" "$size"
    touch "$tree.generated"
  fi
  walls=()
  rsss=()
  for ((run = 1; run <= runs; run++)); do
    log=$(mktemp)
    status=0
    /usr/bin/time -v $guidepost check "$tree" --fail-on never "${extra[@]}" >/dev/null 2>"$log" || status=$?
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
    user=$(awk -F': ' '/User time/ { print $2 }' "$log")
    sys=$(awk -F': ' '/System time/ { print $2 }' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
    printf '%-5s run %d: %8.2f s wall  %8.2f s user  %6.2f s sys  %7.0f MiB peak RSS  exit %d\n' \
      "$size" "$run" "$wall" "$user" "$sys" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$status"
    if [ "$status" -gt 1 ]; then
      grep -v -E '^\s+(Command|Average|Exit|Swaps|File system|Socket|Signals|Page size|Minor|Major|Voluntary|Involuntary|Percent|Elapsed|User|System|Maximum)' "$log" | tail -n 20 >&2
    fi
    rm -f "$log"
    walls+=("$wall")
    rsss+=("$rss")
  done
  median_wall[$size]=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  median_rss[$size]=$(printf '%s\n' "${rsss[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
done

echo
echo "summary (median of $runs run(s); goal: peak RSS <= 1024 MiB, 10k -> 100k at most 11x):"
for size in "${sizes[@]}"; do
  rss_mib=$(awk -v k="${median_rss[$size]}" 'BEGIN { printf "%.0f", k / 1024 }')
  verdict=ok
  [ "$rss_mib" -le 1024 ] || verdict="ABOVE 1 GiB"
  printf '  %-5s %8.2f s  %6s MiB  %s\n' "$size" "${median_wall[$size]}" "$rss_mib" "$verdict"
done
if [ -n "${median_wall[10k]:-}" ] && [ -n "${median_wall[100k]:-}" ]; then
  awk -v a="${median_wall[100k]}" -v b="${median_wall[10k]}" \
    'BEGIN { r = a / b; printf "  10k -> 100k: %.2fx the time (%s)\n", r, r <= 11 ? "ok" : "ABOVE 11x" }'
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
