package dev.guidepost.engine;

import dev.guidepost.policy.Severity;
import dev.guidepost.report.Location;

/** Where rule logic reports violations; the engine adds the rule id, severity and project. */
public interface FindingSink {

    /** Reports with the rule's own message and fix hint. */
    default void report(Location location) {
        report(location, null, null);
    }

    /** Reports with a specific message ({@code null}: the rule's message). */
    default void report(Location location, String message) {
        report(location, message, null);
    }

    /** Reports with a specific message and fix hint ({@code null}: the rule's own). */
    void report(Location location, String message, String fix);

    /**
     * Reports a finding that is less serious than the rule's own severity (for example a likely
     * typo found by an error-level validity rule). The engine uses the less severe of the two, so
     * a rule's severity stays the ceiling of its findings and a policy override still lowers
     * them all. Sinks that do not track severity ignore it.
     */
    default void report(Location location, String message, String fix, Severity severity) {
        report(location, message, fix);
    }
}
