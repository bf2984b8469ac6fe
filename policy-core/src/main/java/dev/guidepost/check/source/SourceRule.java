package dev.guidepost.check.source;

import dev.guidepost.engine.Prefilter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compiled {@code target: source} rule body for one language: finds the nodes of a
 * {@link SyntaxTree} that match it. Immutable and thread-safe.
 *
 * <p>Matches are reported for named nodes only, once per node, in document order; a node and a
 * node inside it can both match. When the rule uses a native {@code query}, the tree must have
 * been parsed with {@link #nativeQueries()} (see {@link TreeSitterParser#parse(String, SourceLanguage,
 * java.util.Collection)}).
 */
public final class SourceRule {

    private static final Comparator<SyntaxNode> DOCUMENT_ORDER = Comparator.comparingInt(SyntaxNode::startOffset)
            .thenComparing(Comparator.comparingInt(SyntaxNode::endOffset).reversed());

    private final SourceLanguage language;
    private final RuleMatcher matcher;
    private final Prefilter prefilter;
    private final Set<String> rootKinds;
    private final Parent parent;
    private final List<NativeQuery> nativeQueries;
    private final dev.guidepost.facts.ProjectFacts.Demand demand;

    /**
     * What a matching node's parent must be ({@code inside} without {@code stopBy}): a node of one of
     * {@code kinds}, the matching node standing in {@code field} of it (null: any place).
     */
    record Parent(Set<String> kinds, String field) {
        Parent {
            kinds = Set.copyOf(kinds);
        }
    }

    /**
     * @param rootKinds the kinds a matching node can have (null: any)
     * @param parent what its parent must be (null: nothing known); the candidates are then the
     *     children of the tree's nodes of those kinds instead of every node of the root kinds
     */
    SourceRule(SourceLanguage language, RuleMatcher matcher, Prefilter prefilter, Set<String> rootKinds,
            Parent parent, List<NativeQuery> nativeQueries, dev.guidepost.facts.ProjectFacts.Demand demand) {
        this.demand = demand;
        this.language = language;
        this.matcher = matcher;
        this.prefilter = prefilter;
        this.rootKinds = rootKinds == null ? null : Set.copyOf(rootKinds);
        this.parent = parent;
        this.nativeQueries = List.copyOf(nativeQueries);
    }

    public SourceLanguage language() {
        return language;
    }

    /**
     * A test on a file's text that every file holding a match passes (derived from the rule's
     * pattern words, regexes and how they combine); files it rejects need not be parsed.
     */
    public Prefilter prefilter() {
        return prefilter;
    }

    /** What the rule asks of the project facts ({@code facts:} tests and their {@code mentions} patterns). */
    public dev.guidepost.facts.ProjectFacts.Demand factDemand() {
        return demand;
    }

    /** The kinds a matching node can have, whose nodes alone are tried (null: every named node). */
    Set<String> rootKinds() {
        return rootKinds;
    }

    /** Native queries to run while parsing files for this rule (empty for most rules). */
    public List<NativeQuery> nativeQueries() {
        return nativeQueries;
    }

    /** Every match in the tree, in document order, without project facts (every {@code facts:} test fails). */
    public List<SourceMatch> find(SyntaxTree tree) {
        return find(tree, dev.guidepost.facts.ProjectFacts.NONE);
    }

    /** Every match in the tree, in document order; {@code facts:} tests ask {@code facts}. */
    public List<SourceMatch> find(SyntaxTree tree, dev.guidepost.facts.ProjectFacts facts) {
        Map<NativeQuery, Map<SyntaxNode, SyntaxTree.QueryHit>> hits = new HashMap<>();
        for (NativeQuery query : nativeQueries) {
            if (!tree.ranQuery(query)) {
                throw new IllegalArgumentException("the tree was parsed without this rule's native queries");
            }
            Map<SyntaxNode, SyntaxTree.QueryHit> byNode = new IdentityHashMap<>();
            tree.queryHits(query).forEach(hit -> byNode.putIfAbsent(hit.node(), hit));
            hits.put(query, byNode);
        }
        List<SourceMatch> matches = new ArrayList<>();
        Map<Object, Map<SyntaxNode, Boolean>> memos = new IdentityHashMap<>();
        // one set of bindings, cleared for each candidate (most candidates fail: nothing to allocate for them)
        Captures captures = new Captures(hits, memos, facts, tree);
        List<SyntaxNode> candidates = candidates(tree);
        for (int i = 0, n = candidates.size(); i < n; i++) {
            SyntaxNode node = candidates.get(i);
            captures.clear();
            if (matcher.test(node, captures)) {
                matches.add(new SourceMatch(node, captures.toMap()));
            }
        }
        return matches;
    }

    private List<SyntaxNode> candidates(SyntaxTree tree) {
        if (parent != null) {
            return children(tree);
        }
        return rootKinds == null ? tree.namedNodes() : nodesOfKinds(tree, rootKinds);
    }

    /** The tree's named nodes of {@code kinds}, in document order. */
    private static List<SyntaxNode> nodesOfKinds(SyntaxTree tree, Set<String> kinds) {
        if (kinds.size() == 1) {
            return tree.nodesOfKind(kinds.iterator().next());
        }
        List<SyntaxNode> nodes = new ArrayList<>();
        kinds.forEach(kind -> nodes.addAll(tree.nodesOfKind(kind)));
        nodes.sort(DOCUMENT_ORDER);
        return nodes;
    }

    /**
     * The named children (in the parent's field, of the root kinds) of the tree's nodes of the
     * parent's kinds, in document order: every node that can match, as {@link #candidates} would
     * try them. A child of two such parents cannot occur; the sort is stable, so a child spanning
     * the same text as its own child comes first, as in the tree's order.
     */
    private List<SyntaxNode> children(SyntaxTree tree) {
        List<SyntaxNode> nodes = new ArrayList<>();
        for (SyntaxNode p : nodesOfKinds(tree, parent.kinds())) {
            for (int i = 0, n = p.childCount(); i < n; i++) {
                SyntaxNode child = p.child(i);
                if (child.isNamed() && (parent.field() == null || parent.field().equals(child.field()))
                        && (rootKinds == null || rootKinds.contains(child.kind()))) {
                    nodes.add(child);
                }
            }
        }
        nodes.sort(DOCUMENT_ORDER);
        return nodes;
    }
}
