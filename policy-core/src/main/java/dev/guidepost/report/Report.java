package dev.guidepost.report;

import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.policy.Severity;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a run: every finding in a stable order, the rules that were active, and notes.
 * Immutable; the same input always gives an equal report.
 *
 * @param toolVersion the Guidepost version that made it
 * @param policyName the name of the active policy
 * @param rules the active rules, sorted by id
 * @param filesScanned how many files of the repository were considered
 * @param fingerprints the {@link Fingerprint} of each finding; findings missing from it get one
 *     computed from their message (those of {@link Fingerprint#lazily} are made when first asked for)
 * @param suppressed how many findings inline suppressions removed
 * @param baseline what the baseline did, when the run used one
 * @param excerpts the text of the lines a finding is at (from its start line, at most
 *     {@value #EXCERPT_LINES} lines), for reports that show code; findings without a line, or whose
 *     file could not be read, have none (those of {@link #excerpts(List, java.util.function.Function)}
 *     are made when first asked for)
 */
public record Report(String toolVersion, String policyName, List<RuleDefinition> rules, List<Finding> findings,
        List<Note> notes, int filesScanned, Map<Finding, String> fingerprints, int suppressed,
        Optional<BaselineSummary> baseline, Map<Finding, List<String>> excerpts) {

    /** The most lines an excerpt holds. */
    public static final int EXCERPT_LINES = 5;

    public Report {
        rules = rules.stream().sorted(java.util.Comparator.comparing(RuleDefinition::id)).toList();
        findings = findings.stream().sorted().toList();
        notes = notes.stream().sorted().distinct().toList();
        // maps made on first use (Fingerprint.lazily, excerpts(...)) are immutable, and lazily's cover every finding
        if (!(fingerprints instanceof MadeOnFirstUse)) {
            if (!fingerprints.keySet().containsAll(findings)) {
                Map<Finding, String> complete = new HashMap<>(Fingerprint.assign(findings, path -> Optional.empty()));
                complete.putAll(fingerprints);
                fingerprints = complete;
            }
            fingerprints = Map.copyOf(fingerprints);
        }
        if (!(excerpts instanceof MadeOnFirstUse)) {
            excerpts = Map.copyOf(excerpts);
        }
    }

    /** A report without excerpts. */
    public Report(String toolVersion, String policyName, List<RuleDefinition> rules, List<Finding> findings,
            List<Note> notes, int filesScanned, Map<Finding, String> fingerprints, int suppressed,
            Optional<BaselineSummary> baseline) {
        this(toolVersion, policyName, rules, findings, notes, filesScanned, fingerprints, suppressed, baseline,
                Map.of());
    }

    /**
     * Excerpts made when a report first shows one (only the HTML report does).
     *
     * @param excerpt the lines a finding is at, empty when it has none; called from the common pool
     */
    public static Map<Finding, List<String>> excerpts(List<Finding> findings,
            java.util.function.Function<Finding, Optional<List<String>>> excerpt) {
        List<Finding> all = List.copyOf(findings);
        return new MadeOnFirstUse<>(() -> {
            // each finding's excerpt on every core (the lines are read already)
            List<Optional<List<String>>> shown = all.parallelStream().map(excerpt).toList();
            Map<Finding, List<String>> out = new HashMap<>();
            for (int i = 0; i < all.size(); i++) {
                Finding finding = all.get(i);
                shown.get(i).ifPresent(lines -> out.put(finding, lines));
            }
            return out;
        });
    }

    /** The lines a finding is at, empty when the report has none for it. */
    public List<String> excerpt(Finding finding) {
        return excerpts.getOrDefault(finding, List.of());
    }

    /** The active rule with this id, if any. */
    public Optional<RuleDefinition> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** A report without suppressions or baseline, fingerprints computed from the messages. */
    public Report(String toolVersion, String policyName, List<RuleDefinition> rules, List<Finding> findings,
            List<Note> notes, int filesScanned) {
        this(toolVersion, policyName, rules, findings, notes, filesScanned, Map.of(), 0, Optional.empty());
    }

    /** The fingerprint of one of this report's findings. */
    public String fingerprint(Finding finding) {
        String fingerprint = fingerprints.get(finding);
        if (fingerprint == null) {
            throw new IllegalArgumentException("not a finding of this report: " + finding);
        }
        return fingerprint;
    }

    /** How many findings there are of each severity (every severity present as a key). */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    /**
     * True when every check ran to its end; false when a rule failed on some file (see the notes
     * with {@link Note#failedRule()}), so findings may be missing.
     */
    public boolean complete() {
        return notes.stream().noneMatch(Note::isFailure);
    }

    /** How many checks failed (notes with a {@link Note#failedRule()}). */
    public int failedChecks() {
        return (int) notes.stream().filter(Note::isFailure).count();
    }

    /** True when a finding is at or above {@code threshold}. */
    public boolean hasFindingsAtOrAbove(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }
}
