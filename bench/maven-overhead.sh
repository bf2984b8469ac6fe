#!/usr/bin/env bash
# Maven overhead (issue #10 goal 6: the check goal adds at most 2 s to a build of a saleor-sized
# repository): `mvn -o -q validate` on a copy of a repository with a minimal pom, without the plugin
# and with the check goal bound to validate, cold and warm. Method and numbers: docs/performance.md.
#
#   bench/maven-overhead.sh SRC [COPY]
#
# SRC    the repository to build (e.g. /work/corpus/saleor); copied once to COPY (default SRC-mvn),
#        where pom-without.xml and pom-with.xml are written. Keep both outside this repository.
# Environment:
#   REPO_LOCAL  the Maven local repository holding policy-maven-plugin (default: ~/.m2/repository).
#               Install the plugin there from this checkout first, e.g. into a separate one:
#               cp -r ~/.m2/repository DIR && mvn -B -q -o install -DskipTests -Dinvoker.skip \
#               -Dmaven.repo.local=DIR
#   RUNS        hyperfine runs per command (default 5)
#   JAVA_HOME   the JDK for Maven, as usual
#   JVM_CONFIG  written to COPY/.mvn/jvm.config when set (e.g. "-XX:TieredStopAtLevel=1
#               -XX:+UseSerialGC"), removed when unset
# Runs with hyperfine: without the plugin; with it and cache=false (cold, like --no-cache); with
# the cache folder removed before each run (cold, cache written); and unchanged re-runs (warm), each
# 2 s after the one before (see below).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
src=${1:?usage: bench/maven-overhead.sh SRC [COPY]}
copy=${2:-${src%/}-mvn}
runs=${RUNS:-5}
repo_local=${REPO_LOCAL:-$HOME/.m2/repository}
command -v hyperfine >/dev/null || { echo "hyperfine is needed" >&2; exit 2; }
version=$(sed -n "s:.*<version>\(.*\)</version>.*:\1:p" "$here/pom.xml" | head -n 1)

if [ ! -d "$copy" ]; then
  cp -r "$src" "$copy"
fi
cat >"$copy/pom-with.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench.guidepost</groupId>
  <artifactId>maven-overhead</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.guidepost</groupId>
        <artifactId>policy-maven-plugin</artifactId>
        <version>$version</version>
        <executions>
          <execution>
            <phase>validate</phase>
            <goals><goal>check</goal></goals>
          </execution>
        </executions>
        <configuration>
          <failOn>never</failOn>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
EOF
sed -e '/<build>/,/<\/build>/d' "$copy/pom-with.xml" >"$copy/pom-without.xml"
if [ -n "${JVM_CONFIG:-}" ]; then
  mkdir -p "$copy/.mvn" && printf '%s\n' "$JVM_CONFIG" >"$copy/.mvn/jvm.config"
else
  rm -f "$copy/.mvn/jvm.config"
fi

cache="$copy.guidepost-cache"
mvn=(mvn -o -q "-Dmaven.repo.local=$repo_local" "-Dguidepost.cacheDirectory=$cache")
echo "maven: $(mvn -v 2>/dev/null | head -n 1 | sed 's/\x1b\[[0-9;]*m//g'); java: ${JAVA_HOME:-$(command -v java)}"
echo "jvm.config: ${JVM_CONFIG:-(none)}; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cd "$copy"
"${mvn[@]}" -f pom-with.xml validate >/dev/null # classes into the page cache, the class-data archive made
hyperfine --runs "$runs" --export-json "$copy.hyperfine.json" \
  -n without -n "with, cache=false" -n "with, cache cleared" \
  --prepare true --prepare true --prepare "rm -rf $cache" \
  "${mvn[*]} -f pom-without.xml validate" \
  "${mvn[*]} -f pom-with.xml validate -Dguidepost.cache=false" \
  "${mvn[*]} -f pom-with.xml validate"
# Unchanged re-runs, each 2 s after the one before: a run memo is kept only of a build whose inputs
# had not changed for 2 s when it started (RunMemo.RECENT_NANOS), and the report folder the build
# before rewrote is one of them; back to back, each build would miss the memo and rewrite the reports
# for the next. The warm-up build makes the memo the measured ones answer from.
hyperfine --runs "$runs" --warmup 1 --export-json "$copy.hyperfine-warm.json" \
  -n "with, warm" --prepare "sleep 2" \
  "${mvn[*]} -f pom-with.xml validate"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
