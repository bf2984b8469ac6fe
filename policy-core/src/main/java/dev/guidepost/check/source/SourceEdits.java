package dev.guidepost.check.source;

import dev.guidepost.engine.FileSubject;
import dev.guidepost.engine.RuleLogic;
import java.util.List;

/**
 * The replacements of a compiled source rule that declares {@code replace}, for
 * {@code check --fix --unsafe-fixes}: found by the same matching that reports the rule's findings.
 */
public final class SourceEdits {

    private SourceEdits() {
    }

    /** True for the logic of a source rule with a {@code replace}. */
    public static boolean replaces(RuleLogic logic) {
        return logic instanceof SourceCheck.SourceLogic source && source.replacement().isPresent();
    }

    /** The replacements of {@code logic}'s matches in the subject's file; none for other logic. */
    public static List<SourceEdit> of(RuleLogic logic, FileSubject subject) {
        return logic instanceof SourceCheck.SourceLogic source ? source.edits(subject) : List.of();
    }
}
