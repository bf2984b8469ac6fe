#!/usr/bin/env bash
# Findings unchanged? Writes the JSON reports of builtin:django with one Guidepost jar and compares
# them byte for byte with another jar's, or with checksums recorded earlier (docs/performance.md).
#
#   bench/compare-reports.sh [--checksums FILE] [--keep DIR] JAR [OTHER_JAR]
#
# JAR          the jar under test (e.g. policy-cli/target/guidepost.jar)
# OTHER_JAR    the jar to compare with (e.g. a baseline built from main); its reports are written
#              the same way and every report must be byte for byte the same
# --checksums  a file of "SHA256  NAME" lines (as this script prints them); every report of JAR
#              must have the recorded checksum
# --keep DIR   write the reports into DIR (kept) instead of a temporary folder
# With JAR alone and no --checksums, the reports are written and their checksums printed (to
# record a baseline).
#
# Targets: CORPORA (space-separated folders; default /work/corpus/saleor /work/corpus/django32,
# each skipped with a note when absent) and every folder of samples/ (except samples/expected),
# each with -p builtin:django; the samples also with their own default policy (their
# guidepost.yaml, else builtin:django). PREFILTER_OFF=1 adds a run of every corpus with
# -Dguidepost.prefilter=off, which must give the same report as the normal run.
# Result caches: a jar that has --no-cache gets it, so every report is computed afresh.
# Exit code: 0 all identical (or only written), 1 a difference, 2 a usage error or a failed run.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

checksums=
keep=
while [ $# -gt 0 ]; do
  case $1 in
    --checksums) checksums=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: $0 [--checksums FILE] [--keep DIR] JAR [OTHER_JAR]" >&2; exit 2; }
jar=$1
other=${2:-}
for j in "$jar" $other; do
  [ -f "$j" ] || { echo "no jar at $j" >&2; exit 2; }
done
[ -z "$checksums" ] || [ -f "$checksums" ] || { echo "no checksum file at $checksums" >&2; exit 2; }

out=${keep:-$(mktemp -d)}
mkdir -p "$out"

# name|folder|extra arguments, one per line
targets() {
  for corpus in ${CORPORA:-/work/corpus/saleor /work/corpus/django32}; do
    if [ -d "$corpus" ]; then
      name=$(basename "$corpus")
      echo "$name.builtin|$corpus|-p builtin:django"
      [ "${PREFILTER_OFF:-0}" = 1 ] && echo "$name.builtin.prefilter-off|$corpus|-p builtin:django -Dguidepost.prefilter=off"
    else
      echo "note: no corpus at $corpus, skipped" >&2
    fi
  done
  for sample in "$here"/samples/*/; do
    name=$(basename "$sample")
    [ "$name" = expected ] && continue
    echo "sample-$name.builtin|${sample%/}|-p builtin:django"
    echo "sample-$name.default|${sample%/}|"
  done
}

# writes the reports of one jar into DIR
write_reports() {
  local jar=$1 dir=$2 cache_flag=
  mkdir -p "$dir"
  if java -jar "$jar" check --help 2>/dev/null | grep -q -- '--no-cache'; then
    cache_flag=--no-cache
  fi
  targets | while IFS='|' read -r name folder extra; do
    local props= args=
    for word in $extra; do
      case $word in
        -D*) props="$props $word" ;;
        *) args="$args $word" ;;
      esac
    done
    local status=0
    # shellcheck disable=SC2086 # the words are split on purpose
    java $props -jar "$jar" check "$folder" --fail-on never $cache_flag $args \
      --format "json=$dir/$name.json" >/dev/null 2>"$dir/$name.stderr" || status=$?
    if [ "$status" -ne 0 ]; then
      echo "FAILED ($status): $name with $jar, see $dir/$name.stderr" >&2
      exit 2
    fi
  done
}

echo "reports in $out"
write_reports "$jar" "$out/new"
(cd "$out/new" && sha256sum -- *.json) >"$out/new.sha256"

status=0
if [ -n "$other" ]; then
  write_reports "$other" "$out/old"
  for report in "$out"/new/*.json; do
    name=$(basename "$report")
    if [ ! -f "$out/old/$name" ]; then
      echo "MISSING in $other: $name"; status=1
    elif cmp -s "$report" "$out/old/$name"; then
      echo "identical  $name"
    else
      echo "DIFFERENT  $name"; status=1
      diff -u "$out/old/$name" "$report" | head -n 40 || true
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
if [ -z "$other" ] && [ -z "$checksums" ]; then
  cat "$out/new.sha256"
fi
if [ -n "$other" ] || [ -n "$checksums" ]; then
  if [ "$status" -eq 0 ]; then echo "findings unchanged"; else echo "findings CHANGED"; fi
fi
exit "$status"
