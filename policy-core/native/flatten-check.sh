#!/usr/bin/env bash
# Checks that the native glue's flatten() (policy-core/src/main/native/guidepost_ts.c), which walks
# tree-sitter's subtrees directly, writes for every file exactly the array that tree-sitter's public
# cursor API gives (flatten-check.c). Run it on large real trees whenever the runtime or a grammar
# changes version (sources.sh pins both), before building the libraries.
#
#   policy-core/native/flatten-check.sh DIR...
#
# Every .py, .ts, .tsx, .js, .java and .go file under the folders is parsed with its grammar (and,
# to exercise error recovery, the .ts files with the TSX grammar and the .py files with the
# TypeScript grammar too). Exit status 1 when any file differs. Needs gcc; the sources are fetched
# as for build.sh (sources.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 1 ] || { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
# shellcheck source=sources.sh
. "$here/sources.sh"
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
i=0
for dir in "${grammar_dirs[@]}"; do
  gcc -O2 -w -I"$dir" -c "$dir/parser.c" -o "$work/parser$i.o"
  [ ! -f "$dir/scanner.c" ] || gcc -O2 -w -I"$dir" -c "$dir/scanner.c" -o "$work/scanner$i.o"
  i=$((i + 1))
done
gcc -O2 -w -I"$lib/include" -I"$lib/src" -c "$lib/src/lib.c" -o "$work/lib.o"
gcc -O2 -Wall -Wno-unused-function -I"$java_home/include" -I"$java_home/include/linux" -I"$lib/include" \
  -I"$lib/src" "$here/flatten-check.c" "$work"/*.o -o "$work/flatten-check"
status=0
check() { # LANGUAGE PATTERN DIR...
  local language=$1 pattern=$2
  shift 2
  find "$@" -type f -name "$pattern" | "$work/flatten-check" "$language" || status=1
}
check python '*.py' "$@"
check typescript '*.ts' "$@"
check tsx '*.tsx' "$@"
check javascript '*.js' "$@"
check java '*.java' "$@"
check go '*.go' "$@"
check tsx '*.ts' "$@"
check typescript '*.py' "$@"
exit $status
