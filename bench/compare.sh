#!/usr/bin/env sh
# Guidepost vs ast-grep, whole processes, side by side (method and numbers: docs/performance.md).
#
#   bench/compare.sh [CORPUS] [ASTGREP_CONFIG_DIR]
#
# CORPUS              the repository to scan (default /tmp/corpus)
# ASTGREP_CONFIG_DIR  folder holding the ast-grep sgconfig.yml with the ten rules
#                     (default /work/shared/bench/astgrep; it is read, never copied)
# Environment: AST_GREP (the ast-grep binary; default /tmp/sg/node_modules/.bin/ast-grep, installed
# there with npm when missing), RUNS (default 5), WARMUP (default 1), OUT (a folder for hyperfine's
# JSON/Markdown exports; default a temporary folder).
#
# Runs, for each of the corpus and the samples/django-broken sample:
#   (a) ast-grep scan with the shared config
#   (b) Guidepost with bench/astgrep-equivalent.yaml (our ten equivalent rules), through ./guidepost
#       (tuned JVM flags + class-data archive) and as plain `java -jar`
#   (c) Guidepost with the full builtin:django, same two ways
# Uses hyperfine when installed (apt-get install hyperfine), else a loop of /usr/bin/time.
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-/tmp/corpus}
config=${2:-/work/shared/bench/astgrep}
runs=${RUNS:-5}
warmup=${WARMUP:-1}
out=${OUT:-$(mktemp -d)}
mkdir -p "$out"
sg=${AST_GREP:-/tmp/sg/node_modules/.bin/ast-grep}
jar="$here/policy-cli/target/guidepost.jar"
policy="$here/bench/astgrep-equivalent.yaml"
sample="$here/samples/django-broken"

if [ ! -x "$sg" ]; then
  echo "installing @ast-grep/cli into /tmp/sg (npm)..." >&2
  npm install --silent --prefix /tmp/sg @ast-grep/cli >&2
  sg=/tmp/sg/node_modules/.bin/ast-grep
fi
[ -f "$config/sgconfig.yml" ] || { echo "no sgconfig.yml in $config" >&2; exit 2; }
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }

# build the jar and the class-data archive once, outside the measurements
"$here/guidepost" --version >/dev/null

echo "ast-grep: $("$sg" --version)   guidepost: $("$here/guidepost" --version)   $(java -version 2>&1 | head -n 1)"
echo "corpus: $corpus ($(find "$corpus" -name '*.py' | wc -l) .py files, $(find "$corpus" -name '*.py' -exec cat {} + | wc -l) lines)"
echo "machine: $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "findings: ast-grep $("$sg" scan -c "$config/sgconfig.yml" --json=compact "$corpus" 2>/dev/null | grep -o '"ruleId"' | wc -l)," \
  "guidepost ten rules $("$here/guidepost" check "$corpus" --fail-on never -p "$policy" -f json 2>/dev/null | grep -o '"ruleId"' | wc -l)"

bench() { # name, then commands
  name=$1
  shift
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N -i --warmup "$warmup" --runs "$runs" --export-markdown "$out/$name.md" --export-json "$out/$name.json" "$@" \
      | grep -E 'Benchmark|Time|User' || true
    cat "$out/$name.md"
  else
    for command in "$@"; do
      i=0
      while [ "$i" -lt "$runs" ]; do
        /usr/bin/time -f "%e s wall %U s user  $command" sh -c "$command >/dev/null 2>&1"
        i=$((i + 1))
      done
    done
  fi
}

for target in "$corpus" "$sample"; do
  label=$(basename "$target")
  echo
  echo "== $target"
  bench "$label" \
    "$sg scan -c $config/sgconfig.yml $target" \
    "$here/guidepost check $target --fail-on never -p $policy" \
    "java -jar $jar check $target --fail-on never -p $policy" \
    "$here/guidepost check $target --fail-on never" \
    "java -jar $jar check $target --fail-on never"
done
echo
echo "exports in $out"
