package dev.guidepost.report;

import java.util.Comparator;
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

    private static final Comparator<Note> ORDER = Comparator.comparing(Note::path).thenComparing(Note::message)
            .thenComparing(n -> n.failedRule().orElse(""));

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

    @Override
    public int compareTo(Note other) {
        return ORDER.compare(this, other);
    }
}
