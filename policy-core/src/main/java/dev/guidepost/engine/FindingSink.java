package dev.guidepost.engine;

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
}
