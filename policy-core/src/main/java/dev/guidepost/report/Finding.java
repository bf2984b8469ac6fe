package dev.guidepost.report;

import dev.guidepost.policy.Severity;
import java.util.Comparator;

/**
 * One violation of one rule.
 *
 * @param fix a hint on how to fix it, "" when the rule has none
 * @param project the folder of the sub-project the finding belongs to ("." for the root), ""
 *     when it lies outside every project
 */
public record Finding(String ruleId, Severity severity, Location location, String message, String fix, String project)
        implements Comparable<Finding> {

    /** Trailing line ends (as a YAML block scalar leaves them) are dropped from the message and the fix. */
    public Finding {
        message = message.stripTrailing();
        fix = fix.stripTrailing();
    }

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message)
            .thenComparing(Finding::project);

    /**
     * True when the finding's place lies outside the project it belongs to, as when a root
     * CLAUDE.md fails to answer for a project below it; reports then name the project.
     */
    public boolean placedOutsideItsProject() {
        String path = location.path();
        return !project.isEmpty() && !project.equals(".") && !path.equals(project) && !path.startsWith(project + "/");
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
