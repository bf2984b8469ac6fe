#!/usr/bin/env sh
# Installs this Guidepost distribution into a prefix:
#   PREFIX/lib/guidepost/   the jar, the launcher, the training sample and (after the first run) the
#                           class-data archive and the native replay next to it
#   PREFIX/bin/guidepost    a link to the launcher, so PREFIX/bin on the PATH is enough
#
#   ./install.sh [--prefix DIR]     default: /usr/local as root, else ~/.local
#
# An earlier installation in the same prefix is replaced. Needs only a POSIX shell; Java 17 or later
# is needed to run Guidepost (and is used here once, to prepare the class-data archive).
set -e
prefix=""
while [ $# -gt 0 ]; do
  case $1 in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown argument '$1' (usage: install.sh [--prefix DIR])" >&2; exit 2 ;;
  esac
done
if [ -z "$prefix" ]; then
  if [ "$(id -u)" = 0 ]; then prefix=/usr/local; else prefix=${HOME:?HOME is not set; give --prefix}/.local; fi
fi
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$prefix/bin" "$prefix/lib"
prefix=$(cd "$prefix" && pwd)
target=$prefix/lib/guidepost
staging=$prefix/lib/.guidepost.$$
rm -rf "$staging"
mkdir -p "$staging"
cp -R "$here/bin" "$here/lib" "$staging/"
[ -f "$here/README.md" ] && cp "$here/README.md" "$staging/"
[ -d "$here/docs" ] && cp -R "$here/docs" "$staging/"
rm -f "$staging/lib/guidepost.jsa" "$staging/lib/guidepost.jsa.java" "$staging/lib/guidepost.jsa.replay"
rm -rf "$target"
mv "$staging" "$target"
ln -sf "$target/bin/guidepost" "$prefix/bin/guidepost"
# the first run prepares the class-data archive (lib/guidepost.jsa), so that later runs start fast;
# a failure here (no Java yet) is reported but leaves the installation in place
if version=$("$prefix/bin/guidepost" --version 2>&1); then
  echo "Installed $version: $prefix/bin/guidepost"
else
  echo "Installed Guidepost in $target, but it does not run yet:" >&2
  echo "$version" >&2
fi
case ":${PATH:-}:" in
  *":$prefix/bin:"*) ;;
  *) echo "Add $prefix/bin to your PATH to run 'guidepost' from any folder." ;;
esac
