package org.treesitter;

/**
 * Reads a node's symbol, byte range and missing flag with one native call each, for the tree
 * conversion in {@code dev.guidepost.check.source.TreeSitterParser}.
 *
 * <p>The binding's own {@link TSNode} getters first ask the native side whether the node is null
 * (a second JNI crossing that unmarshals the node again): on the corpus that check was a third of
 * the conversion's cost. This class lives in the binding's package only to reach its
 * package-visible natives (no reflection; a binding change that drops them fails to compile).
 * SHARP EDGE: the argument must be a non-null node of a tree that is still reachable (e.g. the
 * cursor's current node while its tree is referenced); a null node or a freed tree crashes the JVM.
 */
public final class UncheckedNodeReads {

    private UncheckedNodeReads() {
    }

    /** The node's symbol id (its kind, after aliasing). */
    public static int symbol(TSNode node) {
        return TSParser.ts_node_symbol(node);
    }

    /** The UTF-8 byte offset where the node starts. */
    public static int startByte(TSNode node) {
        return TSParser.ts_node_start_byte(node);
    }

    /** The UTF-8 byte offset just after the node. */
    public static int endByte(TSNode node) {
        return TSParser.ts_node_end_byte(node);
    }

    /** Whether the parser inserted the node for a token the text lacks. */
    public static boolean isMissing(TSNode node) {
        return TSParser.ts_node_is_missing(node);
    }
}
