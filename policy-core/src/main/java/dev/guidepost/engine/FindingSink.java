package dev.guidepost.engine;

import dev.guidepost.report.Location;

/** Where rule logic reports violations; the engine adds the rule id and severity. */
public interface FindingSink {

    /** Reports with the rule's own message and fix hint. */
    default void report(Location location) {
        report(location, null, null, null);
    }

    /** Reports with a specific message ({@code null}: the rule's message). */
    default void report(Location location, String message) {
        report(location, message, null, null);
    }

    /** Reports with a specific message and fix hint ({@code null}: the rule's own). */
    default void report(Location location, String message, String fix) {
        report(location, message, fix, null);
    }

    /**
     * Reports a finding that belongs to a given sub-project, for findings placed in a file that
     * several projects share (a root CLAUDE.md answering for each Django project below it).
     *
     * @param project the project folder as shown in reports ("." for the root); {@code null}: the
     *     innermost project around the location
     */
    void report(Location location, String message, String fix, String project);

    /** A sink that attributes every finding to {@code project} unless told otherwise. */
    default FindingSink inProject(String project) {
        FindingSink outer = this;
        return (location, message, fix, given) -> outer.report(location, message, fix, given == null ? project : given);
    }
}
