#!/usr/bin/env sh
# The run step of action.yml: turns the action's inputs (INPUT_* variables) into one
# `guidepost check` command, runs it, and reports the SARIF file and the exit code as step outputs.
# GUIDEPOST is the launcher to run (the action's own ./guidepost, which builds itself on first use).
set -eu
set -f # inputs are split on white space, never expanded as globs
guidepost=${GUIDEPOST:?GUIDEPOST must name the guidepost launcher}
set -- check "${INPUT_PATH:-.}" --fail-on "${INPUT_FAIL_ON:-error}"
if [ -n "${INPUT_POLICY:-}" ]; then
  set -- "$@" --policy "$INPUT_POLICY"
fi
for format in ${INPUT_FORMATS:-}; do
  set -- "$@" --format "$format"
done
sarif=""
if [ "${INPUT_SARIF:-true}" = true ]; then
  sarif=${INPUT_SARIF_FILE:-guidepost.sarif}
  rm -f "$sarif"
  set -- "$@" --format "sarif=$sarif"
fi
if [ -n "${INPUT_BASELINE:-}" ]; then
  set -- "$@" --baseline "$INPUT_BASELINE"
fi
if [ -n "${INPUT_CHANGED_SINCE:-}" ]; then
  set -- "$@" --changed-since "$INPUT_CHANGED_SINCE"
fi
# shellcheck disable=SC2086 # the extra arguments are split on white space on purpose
set -- "$@" ${INPUT_ARGS:-}
code=0
"$guidepost" "$@" || code=$?
output=${GITHUB_OUTPUT:-/dev/null}
if [ -n "$sarif" ] && [ -f "$sarif" ]; then
  echo "sarif-file=$sarif" >>"$output"
fi
echo "exit-code=$code" >>"$output"
exit "$code"
