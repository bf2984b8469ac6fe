package dev.guidepost.report;

import dev.guidepost.policy.Severity;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One violation of one rule.
 *
 * @param fix a hint on how to fix it, "" when the rule has none
 * @param project the folder of the sub-project the finding belongs to ("." for the root), ""
 *     when it lies outside every project
 * @param properties structured details a check gives beside the message, for tools that act on a
 *     finding (for example {@code commands}: every command a settings finding concerns), by key in
 *     alphabetical order; empty for most findings
 */
public record Finding(String ruleId, Severity severity, Location location, String message, String fix, String project,
        Map<String, List<String>> properties) implements Comparable<Finding> {

    /** Trailing line ends (as a YAML block scalar leaves them) are dropped from the message and the fix. */
    public Finding {
        message = message.stripTrailing();
        fix = fix.stripTrailing();
        properties = copy(properties);
    }

    /** A finding without properties. */
    public Finding(String ruleId, Severity severity, Location location, String message, String fix, String project) {
        this(ruleId, severity, location, message, fix, project, Map.of());
    }

    /** An immutable copy of {@code properties} ({@code null}: none), keys in alphabetical order. */
    public static Map<String, List<String>> copy(Map<String, List<String>> properties) {
        if (properties == null || properties.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> sorted = new TreeMap<>();
        properties.forEach((key, values) -> sorted.put(key, List.copyOf(values)));
        return Collections.unmodifiableMap(sorted);
    }

    /**
     * True when the finding's place lies outside the project it belongs to, as when a root
     * CLAUDE.md fails to answer for a project below it; reports then name the project.
     */
    public boolean placedOutsideItsProject() {
        String path = location.path();
        return !project.isEmpty() && !project.equals(".") && !path.equals(project) && !path.startsWith(project + "/");
    }

    // written out, as Location's: findings key the report's maps of fingerprints and excerpts
    @Override
    public int hashCode() {
        return ((ruleId.hashCode() * 31 + location.hashCode()) * 31 + message.hashCode()) * 31 + project.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Finding f && location.equals(f.location) && ruleId.equals(f.ruleId)
                && severity == f.severity && message.equals(f.message) && fix.equals(f.fix) && project.equals(f.project)
                && properties.equals(f.properties);
    }

    @Override
    public int compareTo(Finding other) {
        // by place, then rule, message and project; written out rather than chained comparators, which
        // a short run interprets for most of the sorts it makes (thousands of findings, several sorts)
        int c = location.compareTo(other.location);
        if (c == 0) {
            c = ruleId.compareTo(other.ruleId);
        }
        if (c == 0) {
            c = message.compareTo(other.message);
        }
        if (c == 0) {
            c = project.compareTo(other.project);
        }
        return c;
    }
}
