#!/usr/bin/env bash
# Parses every source file under the given folders with Guidepost and with the independent JNI
# binding and compares the trees node by node (bench/FidelityCheck.java). Needs a built policy-core
# (mvn -DskipTests package) and its test classpath (the binding is a test dependency).
#
#   bench/fidelity.sh FOLDER...
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cp_file=$(mktemp)
(cd "$here" && mvn -q -o -pl policy-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null)
classpath="$here/policy-core/target/classes:$(cat "$cp_file")"
rm -f "$cp_file"
exec java -XX:+UseSerialGC -cp "$classpath" "$here/bench/FidelityCheck.java" "$@"
