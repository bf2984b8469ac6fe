package dev.guidepost;

import dev.guidepost.fix.FixPlan;
import dev.guidepost.report.Finding;
import dev.guidepost.report.Report;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code check --fix} did: the findings before, the edits, and the findings left.
 *
 * @param before the report of the check the fixes were planned from
 * @param plan the edits (one per file) and what could not be fixed
 * @param addressed the findings of {@code before} the edits set out to fix
 * @param written true when the edits were written; false for a preview ({@code --diff})
 * @param after the report of a check after writing (the same as {@code before} for a preview)
 */
public record FixResult(Report before, FixPlan plan, List<Finding> addressed, boolean written, Report after) {

    public FixResult {
        addressed = List.copyOf(addressed);
    }

    /**
     * How many findings the edits removed: for each rule and file, how many fewer findings the
     * check after writing reports (0 for a preview).
     */
    public int fixed() {
        if (!written) {
            return 0;
        }
        Map<List<String>, Integer> counts = new HashMap<>();
        for (Finding finding : before.findings()) {
            counts.merge(List.of(finding.ruleId(), finding.location().path()), 1, Integer::sum);
        }
        for (Finding finding : after.findings()) {
            counts.merge(List.of(finding.ruleId(), finding.location().path()), -1, Integer::sum);
        }
        return counts.values().stream().mapToInt(c -> Math.max(0, c)).sum();
    }

    /** The number of files the edits change. */
    public int filesChanged() {
        return (int) plan.changes().stream().filter(c -> !c.isNoop()).count();
    }
}
