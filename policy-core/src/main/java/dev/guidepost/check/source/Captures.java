package dev.guidepost.check.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metavariable bindings made while one candidate node is matched: an append-only log that can
 * be rolled back to a mark, so that failed alternatives undo their bindings cheaply.
 */
final class Captures {

    private final Map<NativeQuery, Map<SyntaxNode, SyntaxTree.QueryHit>> queryHits;
    private final Map<Object, Map<SyntaxNode, Boolean>> memos;
    private final dev.guidepost.facts.ProjectFacts facts;
    private final Cutoffs cutoffs;
    /** The tree matched in, for its nodes by kind (null: not known, every search walks the nodes). */
    private final SyntaxTree tree;
    private final List<String> names = new ArrayList<>(4);
    private final List<List<SyntaxNode>> values = new ArrayList<>(4);
    private final int depth;

    Captures() {
        this(Map.of(), null, dev.guidepost.facts.ProjectFacts.NONE, null);
    }

    /**
     * Bindings for matching in a tree whose native query hits are indexed by node.
     *
     * @param memos remembered results of {@link RuleMatcher.Memo} searches, shared by every candidate of
     *     one tree (null: nothing remembered)
     */
    Captures(Map<NativeQuery, Map<SyntaxNode, SyntaxTree.QueryHit>> queryHits,
            Map<Object, Map<SyntaxNode, Boolean>> memos, dev.guidepost.facts.ProjectFacts facts, SyntaxTree tree) {
        this(queryHits, memos, facts, new Cutoffs(), 0, tree);
    }

    private Captures(Map<NativeQuery, Map<SyntaxNode, SyntaxTree.QueryHit>> queryHits,
            Map<Object, Map<SyntaxNode, Boolean>> memos, dev.guidepost.facts.ProjectFacts facts, Cutoffs cutoffs,
            int depth, SyntaxTree tree) {
        this.tree = tree;
        this.queryHits = queryHits;
        this.memos = memos;
        this.facts = facts;
        this.cutoffs = cutoffs;
        this.depth = depth;
    }

    /**
     * Makes these bindings those of a new candidate: none, and no cut-off counted. The bindings of
     * the candidate before must have been copied out ({@link #toMap}) if wanted.
     */
    void clear() {
        names.clear();
        values.clear();
        cutoffs.count = 0;
    }

    /** Empty bindings for a utility rule called from here: same tree and memos, one level deeper. */
    Captures nested() {
        return new Captures(queryHits, memos, facts, cutoffs, depth + 1, tree);
    }

    /** The tree the candidate belongs to, or null when matching was started without one. */
    SyntaxTree tree() {
        return tree;
    }

    /** The facts of the project the tree belongs to (see {@link RuleMatcher.Facts}). */
    dev.guidepost.facts.ProjectFacts facts() {
        return facts;
    }

    /**
     * Records that a test failed only because utility rules nested too deeply; a result computed
     * while that happened depends on the depth it was asked at, so it is not remembered.
     */
    void cutOff() {
        cutoffs.count++;
    }

    /** How many depth cut-offs happened so far while matching this candidate (see {@link #cutOff}). */
    int cutoffs() {
        return cutoffs.count;
    }

    /** The cut-off count shared by a candidate's bindings and every utility rule's nested ones. */
    private static final class Cutoffs {
        private int count;
    }

    /** How many utility rules ({@code matches}) are being tested one inside the other. */
    int depth() {
        return depth;
    }

    /**
     * The remembered results of one memoised test in this tree ({@link RuleMatcher.Memo} or a
     * utility rule, keyed by identity), or null when none are kept.
     */
    Map<SyntaxNode, Boolean> memo(Object test) {
        return memos == null ? null : memos.computeIfAbsent(test, m -> new java.util.IdentityHashMap<>());
    }

    SyntaxTree.QueryHit queryHit(NativeQuery query, SyntaxNode node) {
        Map<SyntaxNode, SyntaxTree.QueryHit> hits = queryHits.get(query);
        return hits == null ? null : hits.get(node);
    }

    int mark() {
        return names.size();
    }

    void reset(int mark) {
        for (int i = names.size() - 1; i >= mark; i--) {
            names.remove(i);
            values.remove(i);
        }
    }

    List<SyntaxNode> get(String name) {
        for (int i = names.size() - 1; i >= 0; i--) {
            if (names.get(i).equals(name)) {
                return values.get(i);
            }
        }
        return null;
    }

    void bind(String name, List<SyntaxNode> nodes) {
        names.add(name);
        values.add(nodes);
    }

    Map<String, List<SyntaxNode>> toMap() {
        Map<String, List<SyntaxNode>> map = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.putIfAbsent(names.get(i), List.copyOf(values.get(i)));
        }
        return Map.copyOf(map);
    }

    /** The source text a list of sibling nodes spans (empty for no nodes). */
    static String text(List<SyntaxNode> nodes) {
        if (nodes.isEmpty()) {
            return "";
        }
        return nodes.get(0).sourceText().substring(nodes.get(0).startOffset(), nodes.get(nodes.size() - 1).endOffset());
    }
}
