package dev.guidepost.suppress;

import dev.guidepost.policy.RuleDefinition;
import dev.guidepost.policy.Severity;
import dev.guidepost.policy.Suggestion;
import dev.guidepost.report.Finding;
import dev.guidepost.report.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Applies inline suppressions to the findings of a run: a finding is dropped when a suppression
 * in its file names its rule and covers its start line (the comment's own line, or the next line
 * for a comment alone on its line). Findings about a whole file or folder cannot be suppressed
 * inline. Malformed suppressions, unknown rule ids and ids that suppress nothing become
 * {@value SuppressionRules#UNUSED} findings; a suppression without a reason still applies and
 * becomes a {@value SuppressionRules#WITHOUT_REASON} finding.
 */
public final class Suppressor {

    private final Set<String> knownRules;
    private final Function<String, String> projectOf;
    private final BiPredicate<String, String> judged;

    /**
     * @param knownRules the ids of the active rules
     * @param projectOf the project folder of a path, for the findings this step adds
     */
    public Suppressor(Set<String> knownRules, Function<String, String> projectOf) {
        this(knownRules, projectOf, (path, ruleId) -> true);
    }

    /**
     * @param judged whether this run may call a suppression in a file (a path) of a rule (an id,
     *     "" for a malformed comment) unused or wrong: only when it ran that rule on that file, as
     *     a run narrowed to some files, or one shard of a split run, did not
     */
    public Suppressor(Set<String> knownRules, Function<String, String> projectOf, BiPredicate<String, String> judged) {
        this.knownRules = Set.copyOf(knownRules);
        this.projectOf = projectOf;
        this.judged = judged;
    }

    /** What suppressing did. */
    public record Outcome(List<Finding> findings, int suppressed) {
        public Outcome {
            findings = List.copyOf(findings);
        }
    }

    /** Applies {@code suppressions} (by path) to {@code findings}. */
    public Outcome apply(List<Finding> findings, Map<String, List<Suppression>> suppressions) {
        Set<List<Object>> used = new HashSet<>();
        List<Finding> kept = new ArrayList<>();
        int suppressed = 0;
        for (Finding finding : findings) {
            Suppression match = match(finding, suppressions.getOrDefault(finding.location().path(), List.of()));
            if (match == null) {
                kept.add(finding);
            } else {
                used.add(List.of(match, finding.ruleId()));
                suppressed++;
            }
        }
        List<Suppression> all = suppressions.values().stream().flatMap(List::stream).toList();
        for (Suppression suppression : all) {
            Location at = new Location(suppression.path(), suppression.line(), suppression.column(), suppression.line(),
                    suppression.column());
            if (!suppression.problem().isEmpty() && judged.test(suppression.path(), "")) {
                kept.add(finding(SuppressionRules.UNUSED, at, "Malformed suppression: " + suppression.problem(),
                        "Write the comment as " + "guidepost: ignore[rule-id] reason, or remove it"));
                continue;
            }
            if (!suppression.problem().isEmpty()) {
                continue;
            }
            for (String id : suppression.ruleIds()) {
                if (!judged.test(suppression.path(), knownRules.contains(id) ? id : "")) {
                    continue;
                }
                if (!knownRules.contains(id)) {
                    kept.add(finding(SuppressionRules.UNUSED, at, "Suppression names '" + id
                            + "', which is not an active rule" + Suggestion.hint(id, knownRules),
                            "Correct the rule id or remove it from the comment"));
                } else if (!used.contains(List.of(suppression, id))) {
                    kept.add(finding(SuppressionRules.UNUSED, at, "Suppression of '" + id + "' matches no finding on "
                            + (suppression.ownLine() ? "the next line" : "its line"), "Remove '" + id + "' from the comment"));
                }
            }
            if (suppression.reason().isEmpty() && judged.test(suppression.path(), "")) {
                kept.add(finding(SuppressionRules.WITHOUT_REASON, at, "Suppression of "
                        + String.join(", ", suppression.ruleIds()) + " gives no reason", null));
            }
        }
        return new Outcome(kept, suppressed);
    }

    private static Suppression match(Finding finding, List<Suppression> candidates) {
        Location at = finding.location();
        if (!at.pointsAtText() || finding.ruleId().startsWith("guidepost/")) {
            return null;
        }
        for (Suppression suppression : candidates) {
            if (suppression.problem().isEmpty() && suppression.coveredLine() == at.startLine()
                    && suppression.ruleIds().contains(finding.ruleId())) {
                return suppression;
            }
        }
        return null;
    }

    private Finding finding(String ruleId, Location at, String message, String fix) {
        RuleDefinition rule = SuppressionRules.definitions().stream().filter(r -> r.id().equals(ruleId)).findFirst()
                .orElseThrow();
        return new Finding(ruleId, Severity.WARNING, at, message, fix == null ? rule.fix() : fix,
                projectOf.apply(at.path()));
    }
}
