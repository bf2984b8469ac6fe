# Sourced by build.sh and flatten-check.sh: the versions of the tree-sitter runtime and grammars the
# native library is built from, fetched from the npm registry (npm pack) into $src once; $lib is the
# runtime's source folder and grammar_dirs the grammars' (TypeScript's package holds two, TS and TSX).
#
# Versions: the grammars' must match what the rules were written against (node kinds and fields).
# The glue reads the runtime's internal subtree layout: after changing a version, run
# flatten-check.sh on large real trees before building.
RUNTIME=tree-sitter@0.25.1
GRAMMARS="tree-sitter-python@0.23.4 tree-sitter-typescript@0.23.2 tree-sitter-javascript@0.23.1 tree-sitter-java@0.23.4 tree-sitter-go@0.23.3"

src=${GUIDEPOST_NATIVE_SRC:-"${TMPDIR:-/tmp}/guidepost-native-src"}
mkdir -p "$src"
for package in $RUNTIME $GRAMMARS; do
  dir="$src/${package/@/-}"
  if [ ! -d "$dir/package" ]; then
    (cd "$src" && npm pack -q "$package" >/dev/null)
    mkdir -p "$dir" && tar -xzf "$src/${package/@/-}.tgz" -C "$dir"
  fi
done
lib="$src/${RUNTIME/@/-}/package/vendor/tree-sitter/lib"
grammar_dirs=()
for package in $GRAMMARS; do
  base="$src/${package/@/-}/package"
  case $package in
    tree-sitter-typescript@*) grammar_dirs+=("$base/typescript/src" "$base/tsx/src") ;;
    *) grammar_dirs+=("$base/src") ;;
  esac
done
