package dev.guidepost.check.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The order in which the parts of an {@code all} (or of a mapping with several keys) are tested.
 * Parts run in the written order, except that a part whose answer depends on the node alone
 * ({@link RuleMatcher.Memo#pure}: it binds no metavariable and reads none) moves ahead of costlier
 * parts: such a test commutes with every other, so the conjunction's answer and its bindings stay
 * the same, while a cheap test that fails ("is the parent a class body?") spares a costly one
 * ("does any earlier sibling define a method?"). Parts that bind or read metavariables keep their
 * relative order, so bindings still exist before they are used.
 */
final class TestOrder {

    private static final int CHEAP = 1;
    private static final int PATTERN = 4;
    private static final int NEIGHBOUR = 8;
    private static final int UTILITY = 64;
    private static final int FAR = 256;
    private static final int SELECTIVITY = 8;

    private TestOrder() {
    }

    /** The parts in the order to test them (the same list when nothing moves). */
    static List<RuleMatcher> cheapFirst(List<RuleMatcher> parts) {
        List<RuleMatcher> ordered = new ArrayList<>(parts.size());
        for (RuleMatcher part : parts) {
            if (!RuleMatcher.Memo.pure(part)) {
                ordered.add(part);
            }
        }
        for (RuleMatcher part : parts) {
            if (RuleMatcher.Memo.pure(part)) {
                int cost = cost(part);
                int at = 0;
                while (at < ordered.size() && cost(ordered.get(at)) <= cost) {
                    at++;
                }
                ordered.add(at, part);
            }
        }
        return ordered.equals(parts) ? parts : List.copyOf(ordered);
    }

    /**
     * A rough cost class of one test on one node: comparing the node's kind or text is cheap, a
     * pattern walks a small subtree, a relation to neighbours tests a few nodes, a utility rule is
     * unknown (and may search far), a search to the end of a subtree, the ancestors or the siblings may
     * test many nodes. An alternative costs all its branches (a failing one tries each).
     */
    static int cost(RuleMatcher matcher) {
        if (matcher instanceof RuleMatcher.KindMatcher || matcher instanceof RuleMatcher.RegexMatcher
                || matcher instanceof RuleMatcher.QueryMatcher) {
            return CHEAP;
        }
        if (matcher instanceof RuleMatcher.PatternMatcher || matcher instanceof RuleMatcher.Where) {
            return PATTERN;
        }
        if (matcher instanceof RuleMatcher.Matches) {
            return UTILITY;
        }
        if (matcher instanceof RuleMatcher.Memo memo) {
            return cost(memo.inner());
        }
        if (matcher instanceof RuleMatcher.Not not) {
            return cost(not.part());
        }
        if (matcher instanceof RuleMatcher.All all) {
            return conjunction(all.parts());
        }
        if (matcher instanceof RuleMatcher.Any any) {
            return sum(any.parts());
        }
        if (matcher instanceof RuleMatcher.Has has) {
            return relation(has.stopBy(), has.inner());
        }
        if (matcher instanceof RuleMatcher.Inside inside) {
            return relation(inside.stopBy(), inside.inner());
        }
        if (matcher instanceof RuleMatcher.Sibling sibling) {
            return relation(sibling.stopBy(), sibling.inner());
        }
        return FAR;
    }

    private static int relation(RuleMatcher.StopBy stopBy, RuleMatcher inner) {
        int reach = stopBy instanceof RuleMatcher.StopBy.Neighbor ? NEIGHBOUR : FAR;
        return saturated((long) reach + cost(inner));
    }

    /**
     * A conjunction costs its first test, and the rest only when that passes: most candidates fail
     * early, so the rest is counted at an eighth.
     */
    private static int conjunction(List<RuleMatcher> parts) {
        long rest = 0;
        for (int i = 1; i < parts.size(); i++) {
            rest += cost(parts.get(i));
        }
        return saturated(cost(parts.get(0)) + rest / SELECTIVITY);
    }

    private static int sum(List<RuleMatcher> parts) {
        long total = 0;
        for (RuleMatcher part : parts) {
            total += cost(part);
        }
        return saturated(total);
    }

    private static int saturated(long cost) {
        return (int) Math.min(cost, Integer.MAX_VALUE / 2);
    }
}
