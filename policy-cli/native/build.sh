#!/usr/bin/env bash
# Builds the launcher's native replay (policy-cli/src/main/native/guidepost_replay.c: an unchanged
# re-run of `guidepost check` answered from the run memo without a JVM) for the platforms the
# launcher runs on, and puts it where the jar takes it from:
# policy-cli/src/main/resources/dev/guidepost/cli/replay/<platform>/guidepost-replay.
# The built programs are committed, so neither the Maven build nor a user needs a C compiler.
#
#   policy-cli/native/build.sh [PLATFORM...]     default: all four
#
# Platforms: linux-x86_64 linux-aarch64 (static, with musl: they run on any Linux), macos-x86_64
# macos-aarch64. All are built with zig (ZIG=/path/to/zig, default: zig on the PATH), which carries
# the C libraries of every target, so the programs come out the same on any build machine.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=$(cd "$here/.." && pwd)
source="$cli/src/main/native/guidepost_replay.c"
out_root="$cli/src/main/resources/dev/guidepost/cli/replay"
zig=${ZIG:-zig}

build() {
  local platform=$1 target
  case "$platform" in
    linux-x86_64) target=x86_64-linux-musl ;;
    linux-aarch64) target=aarch64-linux-musl ;;
    macos-x86_64) target=x86_64-macos ;;
    macos-aarch64) target=aarch64-macos ;;
    *) echo "unknown platform $platform" >&2; exit 2 ;;
  esac
  local extra=()
  case "$platform" in linux-*) extra=(-static) ;; esac
  mkdir -p "$out_root/$platform"
  "$zig" cc -target "$target" -O2 -std=c11 -Wall -Wextra -Werror -s "${extra[@]}" -pthread \
      -o "$out_root/$platform/guidepost-replay" "$source"
  rm -f "$out_root/$platform/guidepost-replay.o"
  echo "built $out_root/$platform/guidepost-replay"
}

if [ $# -eq 0 ]; then
  set -- linux-x86_64 linux-aarch64 macos-x86_64 macos-aarch64
fi
for platform in "$@"; do
  build "$platform"
done
