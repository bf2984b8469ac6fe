#!/usr/bin/env bash
# Guidepost vs ast-grep, whole processes, side by side (method and numbers: docs/performance.md).
#
#   bench/compare.sh [--astgrep-config DIR] [CORPUS...]
#
# CORPUS            a repository to scan (default: /work/corpus/saleor and /work/corpus/django32,
#                   whichever exist); the repositories measured on stay outside this repository
# --astgrep-config  the folder holding the ast-grep sgconfig.yml with the ten rules (default
#                   /work/shared/bench/astgrep; it is read, never copied)
# Environment:
#   AST_GREP   the ast-grep binary (default: ast-grep on PATH). Install:
#              npm install @ast-grep/cli@0.51.1, then, when install scripts are blocked,
#              node node_modules/@ast-grep/cli/postinstall.js; AST_GREP=node_modules/.bin/ast-grep
#   GUIDEPOST  the Guidepost command, split into words (default: ./guidepost, the launcher with
#              tuned JVM flags; e.g. GUIDEPOST="java -jar /path/to/other.jar" for another build)
#   NO_CACHE   the flag that bypasses the result cache in the cold runs. Default: --no-cache when
#              `guidepost check --help` lists it, else nothing (older builds have no cache).
#              Set NO_CACHE= (empty) to force no flag.
#   RUNS (default 5), WARMUP (default 1), OUT (a folder for hyperfine's exports; default a
#   temporary folder), FINDINGS=1 also counts each tool's findings (one more run each).
#
# For each corpus, in one hyperfine sitting (so that the ratios hold on a shared machine):
#   ast-grep     ast-grep scan with the ten rules (left out, with a note, when not installed)
#   ten          Guidepost, bench/astgrep-equivalent.yaml (the ten equivalent rules), cold
#   ten-nopre    the same with -Dguidepost.prefilter=off (every file parsed, as ast-grep does)
#   full         Guidepost, the full builtin:django pack, cold
#   rerun        the full pack again on the unchanged tree with the result cache warm (hyperfine's
#                warm-up run fills it)
# then prints each median and its ratio to ast-grep's median.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
config=/work/shared/bench/astgrep
while [ $# -gt 0 ]; do
  case $1 in
    --astgrep-config) config=$2; shift 2 ;;
    -h|--help) sed -n '2,30p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
corpora=("$@")
if [ ${#corpora[@]} -eq 0 ]; then
  for c in /work/corpus/saleor /work/corpus/django32; do
    [ -d "$c" ] && corpora+=("$c")
  done
fi
[ ${#corpora[@]} -gt 0 ] || { echo "no corpus given and none found under /work/corpus" >&2; exit 2; }
for c in "${corpora[@]}"; do
  [ -d "$c" ] || { echo "no corpus at $c" >&2; exit 2; }
done
runs=${RUNS:-5}
warmup=${WARMUP:-1}
[ "$warmup" -ge 1 ] || { echo "WARMUP must be at least 1 (the warm-up run fills the cache for 'rerun')" >&2; exit 2; }
out=${OUT:-$(mktemp -d)}
mkdir -p "$out"
guidepost=${GUIDEPOST:-$here/guidepost}
policy="$here/bench/astgrep-equivalent.yaml"
command -v hyperfine >/dev/null 2>&1 || { echo "hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }

sg=${AST_GREP:-$(command -v ast-grep || true)}
if [ -n "$sg" ] && [ -x "$sg" ] && [ -f "$config/sgconfig.yml" ]; then
  echo "ast-grep: $("$sg" --version) with $config"
else
  [ -f "$config/sgconfig.yml" ] || echo "no sgconfig.yml in $config" >&2
  echo "ast-grep: NOT INSTALLED or no config; it is left out and no ratios are printed" \
    "(npm install @ast-grep/cli@0.51.1, then set AST_GREP)"
  sg=
fi

# build the jar and the class-data archive once, outside the measurements
$guidepost --version >/dev/null

# ---- cache switch -------------------------------------------------------------------------
# The cold runs must not read the result cache. A build whose `check` has --no-cache gets it;
# an older build has no cache and gets nothing. Override with NO_CACHE.
if [ -z "${NO_CACHE+set}" ]; then
  if $guidepost check --help 2>/dev/null | grep -q -- '--no-cache'; then
    NO_CACHE=--no-cache
  else
    NO_CACHE=
  fi
fi
# ------------------------------------------------------------------------------------------
echo "guidepost: $($guidepost --version) ($guidepost)   $(java -version 2>&1 | head -n 1)"
echo "cold runs with: ${NO_CACHE:-(no cache flag: this build has no result cache, so 'rerun' is cold too)}"
echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

summary=()
for corpus in "${corpora[@]}"; do
  label=$(basename "$corpus")
  echo
  echo "== $corpus: $(find "$corpus" -name '*.py' | wc -l) .py files"
  if [ "${FINDINGS:-0}" = 1 ]; then
    count() { grep -o '"ruleId"' | wc -l; }
    [ -n "$sg" ] && echo "findings: ast-grep $("$sg" scan -c "$config/sgconfig.yml" --json=compact "$corpus" 2>/dev/null | count)"
    echo "findings: guidepost ten rules $($guidepost check "$corpus" --fail-on never -p "$policy" -f json $NO_CACHE 2>/dev/null | count)," \
      "full pack $($guidepost check "$corpus" --fail-on never -f json $NO_CACHE 2>/dev/null | count)"
  fi
  names=()
  commands=()
  if [ -n "$sg" ]; then
    names+=(ast-grep); commands+=("$sg scan -c $config/sgconfig.yml $corpus")
  fi
  names+=(ten); commands+=("$guidepost check $corpus --fail-on never -p $policy $NO_CACHE")
  names+=(ten-nopre)
  commands+=("env JAVA_TOOL_OPTIONS=-Dguidepost.prefilter=off $guidepost check $corpus --fail-on never -p $policy $NO_CACHE")
  names+=(full); commands+=("$guidepost check $corpus --fail-on never $NO_CACHE")
  names+=(rerun); commands+=("$guidepost check $corpus --fail-on never")
  args=()
  for i in "${!names[@]}"; do
    args+=(-n "${names[$i]}" "${commands[$i]}")
  done
  hyperfine -N -i --warmup "$warmup" --runs "$runs" --export-markdown "$out/$label.md" \
    --export-json "$out/$label.json" "${args[@]}" | grep -E 'Benchmark|Time|User' || true
  # medians, in the order of the commands (hyperfine's JSON keeps it)
  mapfile -t medians < <(grep -o '"median": *[0-9.eE+-]*' "$out/$label.json" | sed 's/.*: *//')
  base=
  [ -n "$sg" ] && base=${medians[0]}
  echo
  printf '%-10s %10s %12s\n' run median "vs ast-grep"
  for i in "${!names[@]}"; do
    ratio=-
    [ -n "$base" ] && ratio=$(awk -v a="${medians[$i]}" -v b="$base" 'BEGIN { printf "%.2fx", a / b }')
    line=$(printf '%-10s %9.3fs %12s' "${names[$i]}" "${medians[$i]}" "$ratio")
    echo "$line"
    summary+=("$label  $line")
  done
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "summary (median wall time, ratio to ast-grep's median on the same corpus):"
printf '  %s\n' "${summary[@]}"
echo "exports in $out"
