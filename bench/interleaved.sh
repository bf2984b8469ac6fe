#!/usr/bin/env bash
# Guidepost vs ast-grep, whole processes, in interleaved rounds (bench/Interleaved.java says why):
# ast-grep's rules (default: the ten), then Guidepost's policy (default: the full builtin:django pack,
# --no-cache) of each Guidepost given.
#
#   bench/interleaved.sh [-r ROUNDS] [-f] [-p POLICY] CORPUS [GUIDEPOST_JAR...]
#
# -p POLICY      Guidepost's policy (default: builtin:django); give ast-grep the same rules through
#                ASTGREP_CONFIG (e.g. -p bench/typescript/guidepost.yaml with
#                ASTGREP_CONFIG=bench/typescript/astgrep)
# -f             also a first run of each build: the cache on, in a cache folder emptied before
#                every run (what a new user's first check of a repository does)
# GUIDEPOST_JAR  builds to compare (default: this checkout's policy-cli/target/guidepost.jar); each
#                runs through this checkout's launcher with its own class-data archive in a
#                temporary folder, trained on samples/django-broken
# Environment: AST_GREP (default: ast-grep on the PATH; see bench/compare.sh to install it) and
# ASTGREP_CONFIG (default /work/shared/bench/astgrep, read, never copied).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
rounds=8
first_run=false
policy=builtin:django
while [ $# -gt 0 ]; do
  case $1 in
    -r) rounds=$2; shift 2 ;;
    -f) first_run=true; shift ;;
    -p) policy=$2; shift 2 ;;
    *) break ;;
  esac
done
[ $# -ge 1 ] || { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
case $policy in
  builtin:*) ;;
  *) [ -f "$policy" ] || { echo "no policy at $policy" >&2; exit 2; }
     policy=$(cd "$(dirname "$policy")" && pwd)/$(basename "$policy") ;;
esac
corpus=$1
shift
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=("$here/policy-cli/target/guidepost.jar")
sg=${AST_GREP:-$(command -v ast-grep || true)}
config=${ASTGREP_CONFIG:-/work/shared/bench/astgrep}
[ -n "$sg" ] && [ -x "$sg" ] || { echo "ast-grep is needed (AST_GREP)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
commands=("ast-grep=$sg scan -c $config/sgconfig.yml $corpus")
for i in "${!jars[@]}"; do
  jar=$(cd "$(dirname "${jars[$i]}")" && pwd)/$(basename "${jars[$i]}")
  [ -f "$jar" ] || { echo "no jar at $jar" >&2; exit 2; }
  commands+=("$i-$(basename "$jar" .jar)=env GUIDEPOST_JAR=$jar GUIDEPOST_CDS_ARCHIVE=$work/$i.jsa"`
      `" GUIDEPOST_TRAINING=$here/samples/django-broken $here/policy-cli/src/main/dist/bin/guidepost"`
      `" check -p $policy --fail-on never --no-cache -f json -o $work/$i.json $corpus")
  if $first_run; then
    # a script, since the cache folder is emptied before each run (Interleaved runs no shell)
    cat >"$work/first-run-$i.sh" <<SCRIPT
#!/bin/sh
rm -rf "$work/cache-$i"
exec env GUIDEPOST_JAR=$jar GUIDEPOST_CDS_ARCHIVE=$work/$i.jsa GUIDEPOST_TRAINING=$here/samples/django-broken \\
  $here/policy-cli/src/main/dist/bin/guidepost check -p $policy --fail-on never \\
  --cache-dir "$work/cache-$i" -f json -o "$work/$i-first.json" "$corpus"
SCRIPT
    chmod +x "$work/first-run-$i.sh"
    commands+=("$i-$(basename "$jar" .jar)-first-run=$work/first-run-$i.sh")
  fi
done
echo "$(basename "$corpus"): $rounds rounds; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java "$here/bench/Interleaved.java" "$rounds" "${commands[@]}"
