package dev.guidepost.engine;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent per rule during one run: the slowest rule is named in the summary of a slow run, and
 * with the system property {@code guidepost.profile} set the costliest rules are printed (for
 * docs/performance.md). Prefilters are counted apart, and so is parsing, under {@code (parse) first needed by
 * <rule>} (the rule whose prefilter let the file through first), so a rule's own figure is its matching time.
 */
final class RuleCosts {

    static final String PARSE = "(parse)";
    private static final int SHOWN = 10;

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    /** Per {@code (parse) first needed by <rule>}: the files parsed and their characters. */
    private final Map<String, LongAdder> parsedFiles = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> parsedChars = new ConcurrentHashMap<>();
    /** Whether the costs are printed ({@code -Dguidepost.profile}): what only the print shows is measured only then. */
    private final boolean profiled = System.getProperty("guidepost.profile") != null;
    /** The time of each file rule's prefilter, apart from its matching time (measured when {@link #profiled}). */
    private final Map<String, LongAdder> prefilterNanos = new ConcurrentHashMap<>();
    /** The workspace rules among them: all printed, since each has a budget of its own (issue #10, goal 5). */
    private final Map<String, LongAdder> workspaceNanos = new ConcurrentHashMap<>();

    /** What the workers' resources counted (see {@link WorkerState.Counting}), summed. */
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    /** Costs for a new run. */
    static RuleCosts forRun() {
        return new RuleCosts();
    }

    /** The rule with the most matching time (parsing not counted), summed over the workers. */
    java.util.Optional<RuleTime> slowest() {
        return nanos.entrySet().stream()
                .filter(e -> !e.getKey().startsWith(PARSE))
                .max(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(e -> new RuleTime(e.getKey(), java.time.Duration.ofNanos(e.getValue().sum())));
    }

    void add(String ruleId, long elapsed) {
        nanos.computeIfAbsent(ruleId, id -> new LongAdder()).add(elapsed);
    }

    /** {@code files} parses of {@code chars} characters in all, first needed by {@code ruleId}. */
    void addParses(String ruleId, long elapsed, int files, long chars) {
        String key = PARSE + " first needed by " + ruleId;
        add(key, elapsed);
        parsedFiles.computeIfAbsent(key, id -> new LongAdder()).add(files);
        parsedChars.computeIfAbsent(key, id -> new LongAdder()).add(chars);
    }

    /** Whether the costs will be printed: the prefilters are timed only then (two clock reads per rule and file). */
    boolean profiled() {
        return profiled;
    }

    /** Adds the time the prefilter of {@code ruleId} took on a file (searches shared with other rules' counted once). */
    void addPrefilter(String ruleId, long elapsed) {
        prefilterNanos.computeIfAbsent(ruleId, id -> new LongAdder()).add(elapsed);
    }

    /** Adds the cost of a workspace rule (it runs once, on one worker). */
    void addWorkspace(String ruleId, long elapsed) {
        add(ruleId, elapsed);
        workspaceNanos.computeIfAbsent(ruleId, id -> new LongAdder()).add(elapsed);
    }

    /** Adds {@code count} to the run's count called {@code name}. */
    void addCount(String name, long count) {
        counts.computeIfAbsent(name, id -> new LongAdder()).add(count);
    }

    /**
     * Prints the costliest rules (CPU time summed over the workers) to standard error: the ten with
     * the most matching time, then the ten whose prefilters let through the most parsing, then every
     * workspace rule, then the workers' counts.
     */
    void print() {
        if (!profiled) {
            return;
        }
        print(false, "rule");
        print(true, "parse");
        prefilterNanos.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(SHOWN)
                .forEach(e -> System.err.printf("guidepost profile: prefilter of %-45s %6.0f ms%n", e.getKey(),
                        e.getValue().sum() / 1e6));
        workspaceNanos.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> System.err.printf("guidepost profile: workspace rule %-42s %6.0f ms%n", e.getKey(),
                        e.getValue().sum() / 1e6));
        counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.err.printf("guidepost profile: count %-60s %6d%n", e.getKey(), e.getValue().sum()));
    }

    private void print(boolean parses, String label) {
        nanos.entrySet().stream()
                .filter(e -> e.getKey().startsWith(PARSE) == parses)
                .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
                .limit(SHOWN)
                .forEach(e -> System.err.printf("guidepost profile: %s %-52s %6.0f ms%s%n", label,
                        e.getKey().replace(PARSE + " ", ""), e.getValue().sum() / 1e6, parses
                                ? String.format(" (%d files, %.1f MB of text)", count(parsedFiles, e.getKey()),
                                        count(parsedChars, e.getKey()) / 1e6)
                                : ""));
    }

    private static long count(Map<String, LongAdder> counts, String key) {
        LongAdder adder = counts.get(key);
        return adder == null ? 0 : adder.sum();
    }
}
