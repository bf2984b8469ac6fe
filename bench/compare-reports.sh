#!/usr/bin/env bash
# Findings unchanged? Writes the reports of one Guidepost build and compares them byte for byte with
# another build's, or with checksums recorded earlier (docs/performance.md, Round 3). For engine and
# refactoring work that must not change behaviour (issue #10, goal 7).
#
#   bench/compare-reports.sh [--jar JAR] [--checksums FILE] [--keep DIR] [BASELINE_JAR] [REPOSITORY...]
#
# --jar JAR     the build under test (default: this checkout's policy-cli/target/guidepost.jar;
#               build it first: mvn -q -B -DskipTests -pl policy-cli -am package)
# BASELINE_JAR  the build to compare with (e.g. one built from main); every report must be the same
# --checksums   a file of "SHA256  NAME" lines (as this script prints them): every report of JAR
#               named there must have the recorded checksum
# --keep DIR    write JAR's reports into DIR/new (kept) instead of a temporary folder
# REPOSITORY    real repositories to check (default: CORPORA, else /work/corpus/saleor and
#               /work/corpus/django32, whichever exist)
# With neither BASELINE_JAR nor --checksums, the reports are written and their checksums printed
# (to record a baseline).
#
# Reports: every REPOSITORY with -p builtin:django (json); every samples/* folder with
# -p builtin:django (json) and with its own default policy (json, text, sarif). PREFILTER_OFF=1
# adds each repository with -Dguidepost.prefilter=off, which must give the same report.
# The text report's "Took N s" timing line is left out of the comparison.
# Names: <folder>.<builtin|default>[.prefilter-off].<json|txt|sarif>, samples as sample-<name>.
# A build that has --no-cache gets it, so every report is computed afresh. The baseline's reports
# are kept in $OUT (default /tmp/guidepost-compare) keyed by the jar's checksum, so a large
# repository is checked by the same baseline only once.
# Exit code: 0 all the same (or only written), 1 a difference, 2 a usage error or a failed run.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

jar="$here/policy-cli/target/guidepost.jar"
checksums=
keep=
while [ $# -gt 0 ]; do
  case $1 in
    --jar) jar=$2; shift 2 ;;
    --checksums) checksums=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -h|--help) sed -n '2,27p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
baseline=
case ${1:-} in *.jar) baseline=$1; shift ;; esac
repositories=("$@")
if [ ${#repositories[@]} -eq 0 ]; then
  for corpus in ${CORPORA:-/work/corpus/saleor /work/corpus/django32}; do
    if [ -d "$corpus" ]; then repositories+=("$corpus"); else echo "note: no corpus at $corpus, skipped" >&2; fi
  done
fi
for j in "$jar" $baseline; do
  [ -f "$j" ] || { echo "no jar at $j" >&2; exit 2; }
done
for r in "${repositories[@]}"; do
  [ -d "$r" ] || { echo "no repository at $r" >&2; exit 2; }
done
[ -z "$checksums" ] || [ -f "$checksums" ] || { echo "no checksum file at $checksums" >&2; exit 2; }

out=${keep:-$(mktemp -d)}
mkdir -p "$out"

# name|folder|policy argument|java property|formats, one per line
targets() {
  for repository in "${repositories[@]}"; do
    name=$(basename "$repository")
    echo "$name.builtin|$repository|builtin:django||json"
    if [ "${PREFILTER_OFF:-0}" = 1 ]; then
      echo "$name.builtin.prefilter-off|$repository|builtin:django|-Dguidepost.prefilter=off|json"
    fi
  done
  for sample in "$here"/samples/*/; do
    name=$(basename "$sample")
    [ "$name" = expected ] && continue
    [ -f "$sample/pom.xml" ] && continue # samples/embedding is a library user, not a repository to check
    echo "sample-$name.builtin|${sample%/}|builtin:django||json"
    echo "sample-$name.default|${sample%/}|||json text sarif"
  done
}

# writes the reports of one jar into DIR (those already there are kept when REUSE=1)
write_reports() {
  local jar=$1 dir=$2 reuse=$3 cache_flag=
  mkdir -p "$dir"
  if java -jar "$jar" check --help 2>/dev/null | grep -q -- '--no-cache'; then
    cache_flag=--no-cache
  fi
  targets | while IFS='|' read -r name folder policy property formats; do
    for format in $formats; do
      local file="$dir/$name.${format/text/txt}" status=0
      [ "$reuse" = 1 ] && [ -s "$file" ] && continue
      # shellcheck disable=SC2086 # empty words are dropped on purpose
      (cd "$folder" && java $property -jar "$jar" check "$folder" --fail-on never $cache_flag \
        ${policy:+-p "$policy"} --format "$format=$file" >/dev/null 2>"$file.stderr") || status=$?
      if [ "$status" -ne 0 ]; then
        echo "FAILED ($status): $name ($format) with $jar, see $file.stderr" >&2
        rm -f "$file"
        exit 2
      fi
    done
  done
}

echo "reports in $out"
write_reports "$jar" "$out/new" 0
(cd "$out/new" && sha256sum -- *.json *.txt *.sarif) >"$out/new.sha256"

status=0
if [ -n "$baseline" ]; then
  old="${OUT:-/tmp/guidepost-compare}/baseline-$(sha256sum "$baseline" | cut -c1-16)"
  write_reports "$baseline" "$old" 1
  for report in "$out"/new/*.json "$out"/new/*.txt "$out"/new/*.sarif; do
    name=$(basename "$report")
    if [ ! -f "$old/$name" ]; then
      echo "MISSING    $name (not written by $baseline)"; status=1
    elif cmp -s <(grep -v '^Took [0-9.]* s' "$report" || true) <(grep -v '^Took [0-9.]* s' "$old/$name" || true); then
      echo "same       $name ($(wc -c <"$report") bytes)"
    else
      echo "DIFFERENT  $name: diff $old/$name $report"; status=1
      diff -u "$old/$name" "$report" | head -n 40 || true
    fi
  done
fi
if [ -n "$checksums" ]; then
  while read -r sum name; do
    [ -n "$name" ] || continue
    if [ ! -f "$out/new/$name" ]; then
      echo "not written: $name (recorded in $checksums)"
    elif [ "$(sha256sum <"$out/new/$name" | cut -d' ' -f1)" = "$sum" ]; then
      echo "as recorded  $name"
    else
      echo "CHANGED      $name"; status=1
    fi
  done <"$checksums"
fi
if [ -z "$baseline" ] && [ -z "$checksums" ]; then
  cat "$out/new.sha256"
else
  if [ "$status" -eq 0 ]; then echo "findings unchanged"; else echo "findings CHANGED"; fi
fi
exit "$status"
