package dev.guidepost.check.source;

import java.util.List;
import java.util.Map;

/**
 * A parsed source file as a tree of {@link SyntaxNode}s, independent of the native parser that
 * built it: holds no native memory and may be shared between threads once built.
 *
 * <p>Also keeps an index of named nodes by kind (so a rule that starts from a kind visits only
 * those nodes) and the hits of the native tree-sitter queries that were run during the parse.
 */
public final class SyntaxTree {

    private final SyntaxNode root;
    private final SourceText source;
    private final SourceLanguage language;
    private final List<SyntaxNode> namedNodes;
    private final Map<String, List<SyntaxNode>> byKind;
    private final Map<NativeQuery, List<QueryHit>> queryHits;

    SyntaxTree(SyntaxNode root, SourceText source, SourceLanguage language, List<SyntaxNode> namedNodes,
            Map<String, List<SyntaxNode>> byKind, Map<NativeQuery, List<QueryHit>> queryHits) {
        this.root = root;
        this.source = source;
        this.language = language;
        this.namedNodes = namedNodes;
        this.byKind = byKind;
        this.queryHits = queryHits;
    }

    public SyntaxNode root() {
        return root;
    }

    public String text() {
        return source.text();
    }

    public SourceLanguage language() {
        return language;
    }

    /** Whether the parser had to recover from syntax errors; the intact parts of the tree are still matched. */
    public boolean hasSyntaxErrors() {
        return root.hasError();
    }

    /** The first error or missing node in document order, for a report note, or null. */
    public SyntaxNode firstError() {
        for (SyntaxNode node = root; node != null && node.hasError();) {
            if (node.isError() || node.isMissing()) {
                return node;
            }
            SyntaxNode next = null;
            for (int i = 0; i < node.childCount(); i++) {
                if (node.child(i).hasError()) {
                    next = node.child(i);
                    break;
                }
            }
            node = next;
        }
        return null;
    }

    /** All named nodes in document (pre-)order. */
    public List<SyntaxNode> namedNodes() {
        return namedNodes;
    }

    /** The named nodes of one kind in document order (empty if none). */
    public List<SyntaxNode> nodesOfKind(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** Whether the hits of {@code query} were recorded during the parse. */
    boolean ranQuery(NativeQuery query) {
        return queryHits.containsKey(query);
    }

    List<QueryHit> queryHits(NativeQuery query) {
        return queryHits.getOrDefault(query, List.of());
    }

    /** One match of a native query: the matched node and the node of every capture. */
    record QueryHit(SyntaxNode node, Map<String, List<SyntaxNode>> captures) {
    }
}
