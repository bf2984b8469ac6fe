package dev.guidepost.check.source;

/**
 * Guidepost's own Python front end: parses Python source in Java into exactly the flat node array
 * that tree-sitter-python 0.23.4 gives through {@link TreeSitterNative#parse} (same node kinds,
 * fields, ranges and document order), or gives up (returns null) on anything it cannot reproduce
 * node for node, such as a syntax error, and the caller parses the file with tree-sitter.
 *
 * <p>Owned by one thread.
 */
final class PythonParser {

    PythonParser(TreeSitterNative.Tables tables) {
    }

    /**
     * The flat array (layout of {@link TreeSitterNative#parse}, no query hits) or null when this
     * parser does not reproduce tree-sitter's tree for {@code text} (well-formed UTF-16).
     */
    int[] parse(char[] text) {
        return null;
    }
}
