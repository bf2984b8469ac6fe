package dev.guidepost.check.source;

import com.google.re2j.Pattern;
import dev.guidepost.engine.NodeRegexFilter;
import dev.guidepost.engine.Prefilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One compiled operator of the source rule language, tested against a node. A test may bind
 * metavariables in {@link Captures}; a failed test leaves the bindings it made to its caller to roll back.
 */
sealed interface RuleMatcher {

    boolean test(SyntaxNode node, Captures captures);

    /** {@code pattern}. */
    record PatternMatcher(CodePattern pattern) implements RuleMatcher {
        @Override
        public boolean test(SyntaxNode node, Captures captures) {
            return pattern.matches(node, captures);
        }
    }

    /** {@code kind}. */
    record KindMatcher(String kind) implements RuleMatcher {
        @Override
        public boolean test(SyntaxNode node, Captures captures) {
            return node.kind().equals(kind);
        }
    }

    /**
     * {@code regex}: RE2 search (unanchored) in the node's text. A regex that is only a literal,
     * optionally anchored at either end, or an anchored alternation of literals ({@code ^(a|b)$}) is
     * compared with the node's text in place instead (same result, no substring, no automaton).
     */
    record RegexMatcher(Pattern regex, LiteralRegex literal, Prefilter required) implements RuleMatcher {
        // equals and hashCode written out in the records of this file: a record's own are built from
        // method handles on first use, which costs a short run more than it saves (docs/performance.md)
        @Override
        public boolean equals(Object other) {
            return other instanceof RegexMatcher o && Objects.equals(regex, o.regex) && Objects.equals(literal, o.literal)
                    && Objects.equals(required, o.required);
        }

        @Override
        public int hashCode() {
            return (Objects.hashCode(regex) * 31 + Objects.hashCode(literal)) * 31 + Objects.hashCode(required);
        }

        static RegexMatcher of(Pattern regex) {
            LiteralRegex literal = LiteralRegex.of(regex).orElse(null);
            return new RegexMatcher(regex, literal, literal != null ? Prefilter.always()
                    : NodeRegexFilter.requiredWords(regex));
        }

        @Override
        public boolean test(SyntaxNode node, Captures captures) {
            if (literal != null) {
                return literal.find(node.sourceText(), node.startOffset(), node.endOffset());
            }
            return find(node.text());
        }

        /**
         * Whether the regex finds a match in {@code text}; the literal words every match contains are
         * looked for first, so most texts never reach the automaton.
         */
        boolean find(String text) {
            if (literal != null) {
                return literal.find(text, 0, text.length());
            }
            return required.mayMatch(text) && regex.matcher(text).find();
        }
    }

    /** {@code query}: the node is a hit of a native query that ran during the parse; binds its captures. */
    record QueryMatcher(NativeQuery query) implements RuleMatcher {
        @Override
        public boolean test(SyntaxNode node, Captures captures) {
            SyntaxTree.QueryHit hit = captures.queryHit(query, node);
            if (hit == null) {
                return false;
            }
            hit.captures().forEach(captures::bind);
            return true;
        }
    }

    /** {@code all}: every part matches, in order, sharing bindings. Also a mapping with several keys. */
    record All(List<RuleMatcher> parts) implements RuleMatcher {
        @Override
        public boolean test(SyntaxNode node, Captures captures) {
            // by index: an iterator would be allocated on every test (C1 does not remove it)
            for (int i = 0, n = parts.size(); i < n; i++) {
                if (!parts.get(i).test(node, captures)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code any}: the first part that matches, with its bindings. */
    record Any(List<RuleMatcher> parts) implements RuleMatcher {
        @Override
        public boolean test(SyntaxNode node, Captures captures) {
            int mark = captures.mark();
            for (int i = 0, n = parts.size(); i < n; i++) {
                if (parts.get(i).test(node, captures)) {
                    return true;
                }
                captures.reset(mark);
            }
            return false;
        }
    }

    /** {@code not}: the part does not match; never binds. */
    record Not(RuleMatcher part) implements RuleMatcher {
        @Override
        public boolean equals(Object other) {
            return other instanceof Not o && Objects.equals(part, o.part);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(part);
        }

        @Override
        public boolean test(SyntaxNode node, Captures captures) {
            int mark = captures.mark();
            boolean matched = part.test(node, captures);
            captures.reset(mark);
            return !matched;
        }
    }

    /**
     * {@code where}: constraints on metavariables bound by the rest of the rule. A single-node binding
     * must match the constraint rule; a sequence binding matches a {@code regex} by its whole text and
     * any other rule when each of its nodes does. An unbound metavariable fails the constraint.
     */
    /**
     * {@code facts:}: the project class the node names passes every test. A class definition names
     * its class; any other node names the class its text spells ({@code serializers.OrderSerializer}),
     * resolved through the file's imports, and a node whose text is not a dotted name names none.
     */
    record Facts(List<dev.guidepost.facts.FactTest> tests) implements RuleMatcher {
        @Override
        public boolean test(SyntaxNode node, Captures captures) {
            SyntaxNode named = node.kind().equals("class_definition") ? node.childByField("name") : node;
            if (named == null) {
                return false;
            }
            String name = named.text().strip();
            if (!name.matches("[\\w.]+")) {
                return false;
            }
            dev.guidepost.facts.ProjectFacts facts = captures.facts();
            // a class definition is the class defined on its line; another name resolves through the file's imports
            List<dev.guidepost.facts.ClassFact> candidates = node != named ? facts.definedHere(name, node.startLine())
                    : facts.resolveHere(name);
            return dev.guidepost.facts.FactTest.allHold(tests, candidates, facts);
        }
    }

    record Where(Map<String, RuleMatcher> constraints) implements RuleMatcher {
        @Override
        public boolean test(SyntaxNode node, Captures captures) {
            for (Map.Entry<String, RuleMatcher> constraint : constraints.entrySet()) {
                List<SyntaxNode> bound = captures.get(constraint.getKey());
                if (bound == null) {
                    return false;
                }
                RuleMatcher rule = constraint.getValue();
                if (bound.size() != 1 && rule instanceof RegexMatcher regex) {
                    if (!regex.find(Captures.text(bound))) {
                        return false;
                    }
                    continue;
                }
                for (int i = 0, n = bound.size(); i < n; i++) {
                    if (!rule.test(bound.get(i), captures)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /**
     * {@code matches}: the node matches the named utility rule. The utility rule runs with its own
     * metavariables (it sees none of the caller's and binds none for it), so a utility rule may call
     * itself, e.g. to follow a chain of base classes; beyond {@link #MAX_DEPTH} nested calls the test fails.
     *
     * <p>Because it sees no binding of the caller's, its answer depends on the node alone: it is
     * remembered per node for one {@link SourceRule#find} over a tree, shared by every place that
     * calls the same utility rule (a rule asking "is the enclosing class a model?" for each statement
     * of a class body asks once). An answer that hit the depth limit is not remembered.
     */
    record Matches(String name, UtilityRules rules) implements RuleMatcher {
        @Override
        public boolean equals(Object other) {
            return other instanceof Matches o && Objects.equals(name, o.name) && Objects.equals(rules, o.rules);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(name) * 31 + Objects.hashCode(rules);
        }

        static final int MAX_DEPTH = 32;

        @Override
        public boolean test(SyntaxNode node, Captures captures) {
            if (captures.depth() >= MAX_DEPTH) {
                captures.cutOff();
                return false;
            }
            RuleMatcher rule = rules.get(name);
            Map<SyntaxNode, Boolean> known = captures.memo(rule);
            if (known == null) {
                return rule.test(node, captures.nested());
            }
            Boolean result = known.get(node);
            if (result == null) {
                int cutoffs = captures.cutoffs();
                result = rule.test(node, captures.nested());
                if (captures.cutoffs() == cutoffs) {
                    known.put(node, result);
                }
            }
            return result;
        }
    }

    /** How far a relational search goes. */
    sealed interface StopBy {
        /** Direct children / parent / adjacent sibling only. */
        record Neighbor() implements StopBy {
            @Override
            public boolean equals(Object other) {
                return other instanceof Neighbor;
            }

            @Override
            public int hashCode() {
                return 1;
            }
        }

        /** The whole subtree / all ancestors / all siblings on that side. */
        record End() implements StopBy {
        }

        /** Until (and including) the first node that matches the rule. */
        record Until(RuleMatcher rule) implements StopBy {
        }
    }

    /**
     * {@code has}: a named descendant (direct child by default; comments never count) matches;
     * {@code field} names the field of the direct child the search starts from (then anonymous children count too).
     */
    record Has(RuleMatcher inner, String field, StopBy stopBy, Set<String> kinds) implements RuleMatcher {
        @Override
        public boolean equals(Object other) {
            return other instanceof Has o && Objects.equals(inner, o.inner) && Objects.equals(field, o.field)
                    && Objects.equals(stopBy, o.stopBy) && Objects.equals(kinds, o.kinds);
        }

        @Override
        public int hashCode() {
            return ((Objects.hashCode(inner) * 31 + Objects.hashCode(field)) * 31 + Objects.hashCode(stopBy))
                    * 31 + Objects.hashCode(kinds);
        }

        /**
         * A subtree spanning fewer chars is walked node by node; a larger one with {@code stopBy: end}
         * is searched through the tree's nodes of the inner rule's kinds (see {@link #indexed}).
         */
        static final int INDEXED_SPAN = 512;

        /** Document order, which is the order of a depth-first walk (an outer node before the nodes inside it). */
        static final java.util.Comparator<SyntaxNode> WALK_ORDER = java.util.Comparator
                .comparingInt(SyntaxNode::startOffset)
                .thenComparing(java.util.Comparator.comparingInt(SyntaxNode::endOffset).reversed());

        /** @param kinds the kinds a node the inner rule matches can have, or null when any */
        public Has {
            kinds = kinds == null ? null : Set.copyOf(kinds);
        }

        @Override
        public boolean test(SyntaxNode node, Captures captures) {
            int mark = captures.mark();
            if (field == null && indexable(node, captures)) {
                // the children and what lies below them in one search: a module's many small
                // statements are not each walked node by node
                return RuleMatcher.indexed(this, node, captures, mark);
            }
            for (int i = 0; i < node.childCount(); i++) {
                SyntaxNode child = node.child(i);
                if (field != null ? !field.equals(child.field()) : !child.isNamed() || child.isTrivia()) {
                    continue;
                }
                if (inner.test(child, captures)) {
                    return true;
                }
                captures.reset(mark);
                if (!(stopBy instanceof StopBy.Neighbor) && descendants(child, captures, mark)) {
                    return true;
                }
            }
            return false;
        }

        private boolean descendants(SyntaxNode start, Captures captures, int mark) {
            if (stopBy instanceof StopBy.Until until && stops(until, start, captures, mark)) {
                return false;
            }
            if (indexable(start, captures)) {
                return RuleMatcher.indexed(this, start, captures, mark);
            }
            return walk(start, captures, mark);
        }

        /** Whether the search below {@code start} goes through the tree's nodes of the inner rule's kinds. */
        private boolean indexable(SyntaxNode start, Captures captures) {
            return kinds != null && stopBy instanceof StopBy.End && captures.tree() != null
                    && start.endOffset() - start.startOffset() >= INDEXED_SPAN;
        }

        /** Every descendant the search reaches, depth first, each tested in turn. */
        private boolean walk(SyntaxNode start, Captures captures, int mark) {
            java.util.ArrayDeque<SyntaxNode> stack = new java.util.ArrayDeque<>();
            for (int i = start.childCount() - 1; i >= 0; i--) {
                stack.push(start.child(i));
            }
            while (!stack.isEmpty()) {
                SyntaxNode node = stack.pop();
                if (!node.isNamed() || node.isTrivia()) {
                    continue;
                }
                if (inner.test(node, captures)) {
                    return true;
                }
                captures.reset(mark);
                if (stopBy instanceof StopBy.Until until && stops(until, node, captures, mark)) {
                    continue;
                }
                for (int i = node.childCount() - 1; i >= 0; i--) {
                    stack.push(node.child(i));
                }
            }
            return false;
        }
    }

    /**
     * The same search as the walk in {@link Has}, for {@code stopBy: end} and an inner rule that
     * only matches nodes of known kinds: the tree's nodes of those kinds inside {@code start} (found
     * by offset), in the order the walk would reach them, each tested once it is known that the walk
     * would reach it (every node between it and {@code start} named and not trivia). A module's
     * imports are then found without visiting its every node.
     */
    private static boolean indexed(Has has, SyntaxNode start, Captures captures, int mark) {
        Set<String> kinds = has.kinds();
        int lists = kinds.size();
        @SuppressWarnings("unchecked")
        List<SyntaxNode>[] ofKinds = new List[lists];
        int[] at = new int[lists];
        int filled = 0;
        for (String kind : kinds) {
            ofKinds[filled] = captures.tree().nodesOfKind(kind);
            at[filled] = firstStartingAt(ofKinds[filled], start.startOffset());
            filled++;
        }
        // the kinds' nodes inside start merged in walk order, each tested as it comes: the search
        // ends at the first match, as the walk does
        while (true) {
            int best = -1;
            SyntaxNode next = null;
            for (int i = 0; i < lists; i++) {
                SyntaxNode head = insideHead(ofKinds[i], at, i, start);
                if (head != null && (next == null || Has.WALK_ORDER.compare(head, next) < 0)) {
                    next = head;
                    best = i;
                }
            }
            if (next == null) {
                return false;
            }
            at[best]++;
            if (lists > 1 && spanTaken(next, ofKinds, at, start)) {
                // another node of the same span: only the eager search (and the walk) knows the order
                return eager(has, start, captures, mark);
            }
            if (reached(next, start)) {
                if (has.inner().test(next, captures)) {
                    return true;
                }
                captures.reset(mark);
            }
        }
    }

    /** The first node of {@code nodes} from {@code at[i]} on that lies inside {@code start} (null: none left). */
    private static SyntaxNode insideHead(List<SyntaxNode> nodes, int[] at, int i, SyntaxNode start) {
        while (at[i] < nodes.size()) {
            SyntaxNode node = nodes.get(at[i]);
            if (node.startOffset() > start.endOffset()) {
                at[i] = nodes.size();
                return null;
            }
            if (node != start && node.endOffset() <= start.endOffset()) {
                return node;
            }
            at[i]++;
        }
        return null;
    }

    /** Whether a node still to come in any of the lists spans exactly what {@code node} spans. */
    private static boolean spanTaken(SyntaxNode node, List<SyntaxNode>[] ofKinds, int[] at, SyntaxNode start) {
        for (int i = 0; i < ofKinds.length; i++) {
            for (int j = at[i]; j < ofKinds[i].size(); j++) {
                SyntaxNode other = ofKinds[i].get(j);
                if (other.startOffset() != node.startOffset()) {
                    break;
                }
                if (other != start && other.endOffset() == node.endOffset()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@link #indexed}'s search with every candidate found and ordered first (for nodes that share a span). */
    private static boolean eager(Has has, SyntaxNode start, Captures captures, int mark) {
        List<SyntaxNode> candidates = null;
        for (String kind : has.kinds()) {
            List<SyntaxNode> ofKind = captures.tree().nodesOfKind(kind);
            int from = firstStartingAt(ofKind, start.startOffset());
            for (int i = from; i < ofKind.size() && ofKind.get(i).startOffset() <= start.endOffset(); i++) {
                SyntaxNode node = ofKind.get(i);
                if (node != start && node.endOffset() <= start.endOffset() && reached(node, start)) {
                    if (candidates == null) {
                        candidates = new ArrayList<>();
                    }
                    candidates.add(node);
                }
            }
        }
        if (candidates == null) {
            return false;
        }
        if (has.kinds().size() > 1) {
            candidates.sort(Has.WALK_ORDER);
            for (int i = 1; i < candidates.size(); i++) {
                SyntaxNode a = candidates.get(i - 1);
                SyntaxNode b = candidates.get(i);
                if (a.startOffset() == b.startOffset() && a.endOffset() == b.endOffset()) {
                    return has.walk(start, captures, mark); // same span, two kinds: only the walk knows the order
                }
            }
        }
        for (SyntaxNode node : candidates) {
            if (has.inner().test(node, captures)) {
                return true;
            }
            captures.reset(mark);
        }
        return false;
    }

    /** The index of the first node of {@code nodes} (in document order) starting at or after {@code offset}. */
    private static int firstStartingAt(List<SyntaxNode> nodes, int offset) {
        int low = 0;
        int high = nodes.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (nodes.get(mid).startOffset() < offset) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** Whether the walk below {@code start} reaches {@code node}: it is inside, with only named non-trivia nodes on the way. */
    private static boolean reached(SyntaxNode node, SyntaxNode start) {
        for (SyntaxNode at = node; at != null; at = at.parent()) {
            if (at == start) {
                return true;
            }
            if (!at.isNamed() || at.isTrivia()) {
                return false;
            }
        }
        return false;
    }

    /** {@code inside}: an ancestor (the parent by default) matches; {@code field}: the field this side of it. */
    record Inside(RuleMatcher inner, String field, StopBy stopBy) implements RuleMatcher {
        @Override
        public boolean equals(Object other) {
            return other instanceof Inside o && Objects.equals(inner, o.inner) && Objects.equals(field, o.field)
                    && Objects.equals(stopBy, o.stopBy);
        }

        @Override
        public int hashCode() {
            return (Objects.hashCode(inner) * 31 + Objects.hashCode(field)) * 31 + Objects.hashCode(stopBy);
        }

        @Override
        public boolean test(SyntaxNode node, Captures captures) {
            int mark = captures.mark();
            SyntaxNode below = node;
            for (SyntaxNode ancestor = node.parent(); ancestor != null; below = ancestor, ancestor = ancestor.parent()) {
                if ((field == null || field.equals(below.field())) && inner.test(ancestor, captures)) {
                    return true;
                }
                captures.reset(mark);
                if (stopBy instanceof StopBy.Neighbor
                        || stopBy instanceof StopBy.Until until && stops(until, ancestor, captures, mark)) {
                    return false;
                }
            }
            return false;
        }
    }

    /** {@code follows} (after = false) / {@code precedes} (after = true): a named sibling on that side matches. */
    record Sibling(RuleMatcher inner, boolean after, StopBy stopBy) implements RuleMatcher {
        @Override
        public boolean equals(Object other) {
            return other instanceof Sibling o && Objects.equals(inner, o.inner) && after == o.after
                    && Objects.equals(stopBy, o.stopBy);
        }

        @Override
        public int hashCode() {
            return (Objects.hashCode(inner) * 31 + Boolean.hashCode(after)) * 31 + Objects.hashCode(stopBy);
        }

        @Override
        public boolean test(SyntaxNode node, Captures captures) {
            SyntaxNode parent = node.parent();
            if (parent == null) {
                return false;
            }
            int mark = captures.mark();
            int step = after ? 1 : -1;
            for (int i = node.indexInParent() + step; i >= 0 && i < parent.childCount(); i += step) {
                SyntaxNode sibling = parent.child(i);
                if (!sibling.isNamed() || sibling.isTrivia()) {
                    continue;
                }
                if (inner.test(sibling, captures)) {
                    return true;
                }
                captures.reset(mark);
                if (stopBy instanceof StopBy.Neighbor
                        || stopBy instanceof StopBy.Until until && stops(until, sibling, captures, mark)) {
                    return false;
                }
            }
            return false;
        }
    }

    /**
     * A far-reaching search ({@code has}/{@code follows}/{@code precedes} with {@code stopBy} end or
     * a rule) whose outcome depends only on the node: it binds no metavariable and reads none. Its
     * result is remembered per node for the length of one {@link SourceRule#find} over a tree, so a
     * rule that asks the same question of the same node for many candidates (is there a module-level
     * {@code pytestmark}?) searches once. Same results, by construction.
     */
    record Memo(RuleMatcher inner) implements RuleMatcher {
        @Override
        public boolean test(SyntaxNode node, Captures captures) {
            Map<SyntaxNode, Boolean> known = captures.memo(this);
            if (known == null) {
                return inner.test(node, captures);
            }
            Boolean result = known.get(node);
            if (result == null) {
                int mark = captures.mark();
                int cutoffs = captures.cutoffs();
                result = inner.test(node, captures);
                captures.reset(mark);
                if (captures.cutoffs() == cutoffs) {
                    known.put(node, result);
                }
            }
            return result;
        }

        /**
         * Whether a matcher's result depends on the node alone: no pattern, query or where anywhere in
         * it (a utility rule called with {@code matches} sees none of the caller's bindings, so it counts
         * as pure whatever it holds).
         */
        static boolean pure(RuleMatcher matcher) {
            if (matcher instanceof KindMatcher || matcher instanceof RegexMatcher || matcher instanceof Matches) {
                return true;
            }
            if (matcher instanceof Memo) {
                return true;
            }
            if (matcher instanceof All all) {
                return all.parts().stream().allMatch(Memo::pure);
            }
            if (matcher instanceof Any any) {
                return any.parts().stream().allMatch(Memo::pure);
            }
            if (matcher instanceof Not not) {
                return pure(not.part());
            }
            if (matcher instanceof Has has) {
                return pure(has.inner()) && pureStop(has.stopBy());
            }
            if (matcher instanceof Inside inside) {
                return pure(inside.inner()) && pureStop(inside.stopBy());
            }
            if (matcher instanceof Sibling sibling) {
                return pure(sibling.inner()) && pureStop(sibling.stopBy());
            }
            return false;
        }

        private static boolean pureStop(StopBy stopBy) {
            return !(stopBy instanceof StopBy.Until until) || pure(until.rule());
        }
    }

    private static boolean stops(StopBy.Until until, SyntaxNode node, Captures captures, int mark) {
        boolean stop = until.rule().test(node, captures);
        captures.reset(mark);
        return stop;
    }
}
