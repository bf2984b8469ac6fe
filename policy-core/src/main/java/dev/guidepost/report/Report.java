package dev.guidepost.report;

import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.policy.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a run: every finding in a stable order, the rules that were active, and notes.
 * Immutable; the same input always gives an equal report.
 *
 * @param toolVersion the Guidepost version that made it
 * @param policyName the name of the active policy
 * @param rules the active rules, sorted by id
 * @param filesScanned how many files of the repository were considered
 */
public record Report(String toolVersion, String policyName, List<RuleDefinition> rules, List<Finding> findings,
        List<Note> notes, int filesScanned) {

    public Report {
        rules = rules.stream().sorted(java.util.Comparator.comparing(RuleDefinition::id)).toList();
        findings = findings.stream().sorted().toList();
        notes = notes.stream().sorted().distinct().toList();
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

    /** True when a finding is at or above {@code threshold}. */
    public boolean hasFindingsAtOrAbove(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }
}
