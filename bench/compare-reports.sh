#!/usr/bin/env sh
# Are two builds' reports byte-identical? For refactorings that must not change behaviour.
#
#   bench/compare-reports.sh BASELINE_JAR [REPOSITORY...]
#
# Runs `check --fail-on never` with the default policy (builtin:django unless the repository has a
# guidepost.yaml) through BASELINE_JAR and through this checkout's policy-cli/target/guidepost.jar
# (build it first: mvn -q -B -DskipTests -pl policy-cli -am package) on every samples/* folder and
# on each REPOSITORY given (json, text and sarif for the samples; json for the others, which may be
# large), and compares the outputs byte by byte. Prints one line per report (same / DIFFERENT) and exits 1 when any differs.
# Reports of the baseline jar are kept in $OUT (default /tmp/guidepost-compare), keyed by the jar's
# checksum, so a large repository is checked by the baseline only once.
# CURRENT_JAVA_OPTS adds JVM options to the current jar's runs only, e.g. to compare the parser
# backends of one jar: CURRENT_JAVA_OPTS="-Dguidepost.parser=binding -Dguidepost.cacheDir=/tmp/gp-binding-cache"
# with the same jar as BASELINE_JAR (a cache folder of its own, so the run cannot reuse the other's results).
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 1 ] || { echo "usage: $0 BASELINE_JAR [REPOSITORY...]" >&2; exit 2; }
baseline=$1
shift
current="$here/policy-cli/target/guidepost.jar"
[ -f "$baseline" ] || { echo "no jar at $baseline" >&2; exit 2; }
[ -f "$current" ] || { echo "no jar at $current (build it first)" >&2; exit 2; }
out=${OUT:-/tmp/guidepost-compare}
key=$(sha256sum "$baseline" | cut -c1-16)
mkdir -p "$out/baseline-$key" "$out/current"

report() { # jar, repository, format, file, JVM options
  # shellcheck disable=SC2086 # the options are words
  (cd "$2" && java $5 -jar "$1" check "$2" --fail-on never --format "$3" >"$4" 2>"$4.stderr") || {
    echo "check failed: $1 on $2 ($3), see $4.stderr" >&2
    return 1
  }
}

status=0
for repository in "$here"/samples/*/ "$@"; do
  [ -f "$repository/pom.xml" ] && continue   # samples/embedding is a library user, not a repository to check
  repository=${repository%/}
  [ "$(basename "$repository")" = expected ] && continue
  [ -d "$repository" ] || { echo "no repository at $repository" >&2; exit 2; }
  name=$(echo "$repository" | tr '/' '_')
  formats=json
  case "$repository" in "$here"/samples/*) formats="json text sarif" ;; esac
  for format in $formats; do
    old="$out/baseline-$key/$name.$format"
    new="$out/current/$name.$format"
    [ -s "$old" ] || report "$baseline" "$repository" "$format" "$old"
    report "$current" "$repository" "$format" "$new" "${CURRENT_JAVA_OPTS:-}"
    if [ "$format" = text ]; then
      grep -v '^Took [0-9.]* s' "$old" >"$old.compared" || true
      grep -v '^Took [0-9.]* s' "$new" >"$new.compared" || true
    else
      cp "$old" "$old.compared"
      cp "$new" "$new.compared"
    fi
    if cmp -s "$old.compared" "$new.compared"; then
      echo "same       $repository ($format, $(wc -c <"$new") bytes)"
    else
      echo "DIFFERENT  $repository ($format): diff $old $new"
      status=1
    fi
  done
done
exit $status
