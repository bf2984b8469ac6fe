#!/usr/bin/env bash
# Parses every .py file under the given folders with tree-sitter (Guidepost's native library) and
# with the pure-Java PythonParser and compares the flat node arrays (bench/PythonFidelity.java).
# Needs built policy-core classes (mvn -DskipTests package); POLICY_CORE_CLASSES points elsewhere,
# e.g. at another worktree's policy-core/target/classes. --summary leaves out the per-file lines.
#
#   bench/python-fidelity.sh [--summary] FOLDER...
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
classes=${POLICY_CORE_CLASSES:-$here/policy-core/target/classes}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# compiled, not run as a source file: it must share the parser's class loader to reach its package
javac -nowarn -d "$out" -cp "$classes" "$here/bench/PythonFidelity.java"
java -XX:+UseSerialGC -cp "$out:$classes" dev.guidepost.check.source.PythonFidelity "$@"
