package dev.guidepost.engine;

import dev.guidepost.policy.Severity;
import dev.guidepost.report.Location;
import java.util.List;
import java.util.Map;

/** Where rule logic reports violations; the engine adds the rule id and severity. */
public interface FindingSink {

    /** Reports with the rule's own message and fix hint. */
    default void report(Location location) {
        report(location, null, null, null, null);
    }

    /** Reports with a specific message ({@code null}: the rule's message). */
    default void report(Location location, String message) {
        report(location, message, null, null, null);
    }

    /** Reports with a specific message and fix hint ({@code null}: the rule's own). */
    default void report(Location location, String message, String fix) {
        report(location, message, fix, null, null);
    }

    /**
     * Reports a finding that is less serious than the rule's own severity (for example a likely
     * typo found by an error-level validity rule). The engine uses the less severe of the two, so
     * a rule's severity stays the ceiling of its findings and a policy override still lowers them all.
     */
    default void report(Location location, String message, String fix, Severity severity) {
        report(location, message, fix, severity, null);
    }

    /**
     * Reports a finding in full.
     *
     * @param severity {@code null}: the rule's severity; otherwise capped by it
     * @param project the folder of the project the finding belongs to, as shown in reports ("." for
     *     the root), for findings placed in a file several projects share (a root CLAUDE.md
     *     answering for each Django project below it); {@code null}: the innermost project around
     *     the location
     */
    default void report(Location location, String message, String fix, Severity severity, String project) {
        report(location, message, fix, severity, project, Map.of());
    }

    /**
     * Reports a finding with structured details beside its message (see
     * {@link dev.guidepost.report.Finding#properties()}), such as every command one finding
     * about a settings folder concerns.
     */
    void report(Location location, String message, String fix, Severity severity, String project,
            Map<String, List<String>> properties);

    /** A sink that attributes every finding to {@code project} unless told otherwise. */
    default FindingSink inProject(String project) {
        FindingSink outer = this;
        return (location, message, fix, severity, given, properties) ->
                outer.report(location, message, fix, severity, given == null ? project : given, properties);
    }
}
