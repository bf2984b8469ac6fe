package dev.guidepost.maven;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What one execution of the goal checks: the whole repository the module lives in, or the module alone. */
public enum Scope {
    /** The repository the module belongs to, checked once per build whatever the number of modules. */
    REPOSITORY,
    /** The module's own base directory, checked by every module that runs the goal. */
    MODULE;

    /** The lower-case name used in a pom and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code repository} or {@code module}, case-insensitively. */
    public static Optional<Scope> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.label().equals(wanted)).findFirst();
    }
}
