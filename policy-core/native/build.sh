#!/usr/bin/env bash
# Builds Guidepost's tree-sitter native library (policy-core/src/main/native/guidepost_ts.c, the
# tree-sitter runtime and the six grammars, optimised with -O2) for one or more platforms and puts it
# where the jar takes it from: policy-core/src/main/resources/dev/guidepost/native/<platform>/.
# The built libraries are committed, so neither the Maven build nor a user needs a C compiler.
#
#   policy-core/native/build.sh [PLATFORM...]     default: the host's platform with gcc
#
# Platforms: linux-x86_64 linux-aarch64 macos-x86_64 macos-aarch64 windows-x86_64 windows-aarch64.
# Cross builds use zig when it is there (ZIG=/path/to/zig, default: zig on PATH), else Debian's cross
# compilers: gcc-aarch64-linux-gnu for linux-aarch64, gcc-mingw-w64-x86-64 for windows-x86_64
# (macOS needs zig). USE_ZIG=1 builds the host's platform with zig too (to test zig's output where it
# can run, as docs/native-parser.md describes). The C sources of tree-sitter and the
# grammars come from the npm registry at the versions in sources.sh (npm pack), checked into nothing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
core=$(cd "$here/.." && pwd)
glue="$core/src/main/native/guidepost_ts.c"
out_root="$core/src/main/resources/dev/guidepost/native"

# shellcheck source=sources.sh
. "$here/sources.sh"
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}

host_platform() {
  local os arch
  case "$(uname -s)" in Linux) os=linux ;; Darwin) os=macos ;; *) os=windows ;; esac
  case "$(uname -m)" in x86_64|amd64) arch=x86_64 ;; aarch64|arm64) arch=aarch64 ;; *) arch=$(uname -m) ;; esac
  echo "$os-$arch"
}

build() {
  local platform=$1 cc jni_os file cflags=(-O2 -fPIC -fvisibility=hidden -std=c11 -D_DEFAULT_SOURCE)
  case "$platform" in
    linux-*) jni_os=linux; file=libguidepost-ts.so ;;
    macos-*) jni_os=darwin; file=libguidepost-ts.dylib ;;
    windows-*) jni_os=win32; file=guidepost-ts.dll ;;
  esac
  if [ "$platform" = "$(host_platform)" ] && [ "${USE_ZIG:-}" = "" ]; then
    cc=(gcc)
  elif ! command -v "${ZIG:-zig}" >/dev/null 2>&1 && [ "$platform" = linux-aarch64 ]; then
    cc=(aarch64-linux-gnu-gcc)
  elif ! command -v "${ZIG:-zig}" >/dev/null 2>&1 && [ "$platform" = windows-x86_64 ]; then
    cc=(x86_64-w64-mingw32-gcc)
    cflags=(-O2 -std=c11)
  else
    local target
    case "$platform" in
      linux-x86_64) target=x86_64-linux-gnu.2.17 ;;
      linux-aarch64) target=aarch64-linux-gnu.2.17 ;;
      macos-x86_64) target=x86_64-macos ;;
      macos-aarch64) target=aarch64-macos ;;
      windows-x86_64) target=x86_64-windows-gnu ;;
      windows-aarch64) target=aarch64-windows-gnu ;;
      *) echo "unknown platform $platform" >&2; exit 2 ;;
    esac
    cc=("${ZIG:-zig}" cc -target "$target")
  fi
  local work
  work=$(mktemp -d)
  # jni_md.h differs per OS only in the export attribute; the host's headers serve with the right define
  local incs=(-I"$java_home/include" -I"$java_home/include/$jni_os" -I"$java_home/include/linux" -I"$lib/include" -I"$lib/src")
  "${cc[@]}" "${cflags[@]}" "${incs[@]}" -c "$lib/src/lib.c" -o "$work/lib.o"
  "${cc[@]}" "${cflags[@]}" "${incs[@]}" -c "$glue" -o "$work/glue.o"
  local i=0
  for dir in "${grammar_dirs[@]}"; do
    "${cc[@]}" "${cflags[@]}" -I"$dir" -c "$dir/parser.c" -o "$work/parser$i.o"
    if [ -f "$dir/scanner.c" ]; then
      "${cc[@]}" "${cflags[@]}" -I"$dir" -c "$dir/scanner.c" -o "$work/scanner$i.o"
    fi
    i=$((i + 1))
  done
  mkdir -p "$out_root/$platform"
  local link=(-shared -O2 -s)
  case "$platform" in
    # no link time in the DLL's header (zig's linker has no such option: see below)
    windows-*) [ "${cc[0]}" = "${ZIG:-zig}" ] || link+=(-static-libgcc -Wl,--no-insert-timestamp) ;;
    # the library's own name, not the build folder's path, as its install name
    macos-*) link+=(-Wl,-install_name,"$file") ;;
  esac
  # linked in the work folder, which keeps what a linker writes beside the library (zig: an import library)
  "${cc[@]}" "${link[@]}" -o "$work/$file" "$work"/*.o
  case "$platform" in
    windows-*)
      # zig's linker writes the link time into the COFF header, and no option here stops it: zeroed, so
      # that the same sources give the same bytes (a DLL's loader does not read that field)
      local pe
      pe=$(od -An -tu4 -j60 -N4 "$work/$file" | tr -d ' ')
      printf '\0\0\0\0' | dd of="$work/$file" bs=1 seek=$((pe + 8)) conv=notrunc status=none ;;
  esac
  cp "$work/$file" "$out_root/$platform/$file"
  rm -rf "$work"
  # the loader finds an unpacked copy by this digest without reading the library
  printf '%s %s\n' "$(sha256sum "$out_root/$platform/$file" | cut -d' ' -f1)" "$(wc -c <"$out_root/$platform/$file" | tr -d ' ')" \
    >"$out_root/$platform/$file.sha256"
  echo "built $out_root/$platform/$file ($(wc -c <"$out_root/$platform/$file") bytes)"
}

platforms=("$@")
[ ${#platforms[@]} -gt 0 ] || platforms=("$(host_platform)")
for platform in "${platforms[@]}"; do
  build "$platform"
done
