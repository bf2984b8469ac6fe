package dev.guidepost.report;

import java.util.Objects;
import java.util.Optional;

/**
 * Something the run wants the user to know that is not a violation, such as a file that did not
 * parse, or a check that failed.
 *
 * @param path the file or folder the note is about ({@code .} for the repository)
 * @param message what happened
 * @param failedRule set when a rule's check failed on {@code path} (an exception inside the rule or
 *     its parser): the rule's findings there may be missing, so the run is incomplete
 */
public record Note(String path, String message, Optional<String> failedRule) implements Comparable<Note> {

    public Note {
        Objects.requireNonNull(path);
        Objects.requireNonNull(message);
        Objects.requireNonNull(failedRule);
    }

    /** A note that reports no failure. */
    public Note(String path, String message) {
        this(path, message, Optional.empty());
    }

    /** A note that the check of {@code ruleId} failed on {@code path}. */
    public static Note checkFailed(String path, String ruleId, String message) {
        return new Note(path, message, Optional.of(ruleId));
    }

    /** True when the note reports a failed check. */
    public boolean isFailure() {
        return failedRule.isPresent();
    }

    // compareTo, equals and hashCode written out, as Finding's: a record's own equals and hashCode are
    // linked through invokedynamic at their first call (a few milliseconds of method-handle set-up in a
    // short run, once a report has notes), and a chained comparator runs interpreted lambdas

    /** By path, then message, then the failed rule. */
    @Override
    public int compareTo(Note other) {
        int c = path.compareTo(other.path);
        if (c == 0) {
            c = message.compareTo(other.message);
        }
        if (c == 0) {
            c = failedRule.orElse("").compareTo(other.failedRule.orElse(""));
        }
        return c;
    }

    @Override
    public int hashCode() {
        return (path.hashCode() * 31 + message.hashCode()) * 31 + failedRule.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Note n && path.equals(n.path) && message.equals(n.message)
                && failedRule.equals(n.failedRule);
    }
}
