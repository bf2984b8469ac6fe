#!/usr/bin/env bash
# The hook's speed: whole `guidepost hook` commands as Claude Code runs them (a shell, the event on
# standard input, JVM start included), through the repository's hook server (started and warmed
# first). Goal (docs/performance.md#the-hook): PostToolUse of one file at most 300 ms median and
# 600 ms p95; PreToolUse at most 200 ms median.
#
#   bench/hook.sh REPO FILE
#
# REPO   the repository (e.g. /work/corpus/saleor)
# FILE   a file of it, relative to REPO, for the PostToolUse runs (touched before each run, as an
#        edit leaves it: its modification time changes, so nothing remembered about it is reused)
# Environment:
#   GUIDEPOST  the launcher (default: guidepost on the PATH)
#   RUNS       runs per event (default 30), after 3 warm-up runs
# Needs hyperfine and python3. Prints the load average before each event and, per event, the
# median and 95th percentile in milliseconds (nearest-rank).
set -euo pipefail
repo=$(cd "$1" && pwd)
file=$2
runs=${RUNS:-30}
guidepost=${GUIDEPOST:-guidepost}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v hyperfine >/dev/null || { echo "hyperfine is needed" >&2; exit 2; }
[ -f "$repo/$file" ] || { echo "no file $repo/$file" >&2; exit 2; }

event() { # NAME JSON
  printf '%s\n' "$2" > "$work/$1.json"
}
event post "{\"session_id\":\"bench-hook\",\"cwd\":\"$repo\",\"hook_event_name\":\"PostToolUse\",\"tool_name\":\"Edit\",\"tool_input\":{\"file_path\":\"$repo/$file\",\"old_string\":\"a\",\"new_string\":\"a\"},\"tool_response\":{\"filePath\":\"$repo/$file\",\"success\":true}}"
event pre-deny "{\"session_id\":\"bench-hook\",\"cwd\":\"$repo\",\"hook_event_name\":\"PreToolUse\",\"tool_name\":\"Bash\",\"tool_input\":{\"command\":\"cd $repo && uv run python manage.py migrate\"}}"
event pre-allow "{\"session_id\":\"bench-hook\",\"cwd\":\"$repo\",\"hook_event_name\":\"PreToolUse\",\"tool_name\":\"Bash\",\"tool_input\":{\"command\":\"git status --short\"}}"

cd "$repo"
# the first call starts the server; give it time to compile the policy and warm up
"$guidepost" hook < "$work/pre-allow.json" >/dev/null
sleep 5

for name in post pre-deny pre-allow; do
  prepare=()
  [ "$name" = post ] && prepare=(--prepare "touch $repo/$file")
  echo "== $name ($(cut -d ' ' -f 1-3 /proc/loadavg) load)"
  hyperfine -N --warmup 3 --runs "$runs" "${prepare[@]}" --export-json "$work/$name.result.json" \
      "sh -c \"$guidepost hook < $work/$name.json\"" >/dev/null
  python3 - "$work/$name.result.json" <<'PY'
import json, math, sys
times = sorted(t * 1000 for t in json.load(open(sys.argv[1]))["results"][0]["times"])
n = len(times)
median = (times[(n - 1) // 2] + times[n // 2]) / 2
p95 = times[max(0, math.ceil(0.95 * n) - 1)]
print(f"   runs {n}  median {median:.0f} ms  p95 {p95:.0f} ms  min {times[0]:.0f} ms  max {times[-1]:.0f} ms")
PY
done
