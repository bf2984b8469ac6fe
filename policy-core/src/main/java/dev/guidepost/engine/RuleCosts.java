package dev.guidepost.engine;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent per rule during one run, kept only when the system property {@code guidepost.profile}
 * is set (for docs/performance.md). Parsing is counted apart, under {@code (parse) first needed by
 * <rule>} (the rule whose prefilter let the file through first), so a rule's own figure is its matching time.
 */
final class RuleCosts {

    static final String PARSE = "(parse)";
    private static final int SHOWN = 10;

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    /** Costs for a new run, or null when profiling is off (callers then skip all timing). */
    static RuleCosts forRun() {
        return System.getProperty("guidepost.profile") != null ? new RuleCosts() : null;
    }

    void add(String ruleId, long elapsed) {
        nanos.computeIfAbsent(ruleId, id -> new LongAdder()).add(elapsed);
    }

    /**
     * Prints the costliest rules (CPU time summed over the workers) to standard error: the ten with
     * the most matching time, then the ten whose prefilters let through the most parsing.
     */
    void print() {
        print(false, "rule");
        print(true, "parse");
    }

    private void print(boolean parses, String label) {
        nanos.entrySet().stream()
                .filter(e -> e.getKey().startsWith(PARSE) == parses)
                .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
                .limit(SHOWN)
                .forEach(e -> System.err.printf("guidepost profile: %s %-52s %6.0f ms%n", label,
                        e.getKey().replace(PARSE + " ", ""), e.getValue().sum() / 1e6));
    }
}
