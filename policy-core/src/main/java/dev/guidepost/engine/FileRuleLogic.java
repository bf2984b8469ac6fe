package dev.guidepost.engine;

import java.util.Optional;
import dev.guidepost.workspace.WorkspaceFile;
import java.util.Set;

/**
 * Logic that looks at one file at a time. The engine selects files by the rule's
 * {@code files}/{@code exclude}/{@code in} first, then asks {@link #accepts}, reads the file, applies
 * the {@link #prefilter()}, and only then parses the file, once for all rules.
 */
public non-sealed interface FileRuleLogic extends RuleLogic {

    /** True when the file is of a kind this logic reads (for example, its language). */
    boolean accepts(WorkspaceFile file);

    /**
     * Words of which at least one must occur in a file's text for the rule to possibly report
     * there; the file is skipped otherwise. Empty means no prefilter. Must be sound.
     */
    default Set<String> requiredWords() {
        return Set.of();
    }

    /**
     * The test a file's text must pass for the rule to possibly report there; the file is skipped
     * otherwise. Must be sound. By default, one of {@link #requiredWords()} must occur.
     */
    default Prefilter prefilter() {
        return Prefilter.anyWord(requiredWords(), false);
    }

    void check(FileSubject subject, FindingSink sink);

    /**
     * Why this logic cannot run on this machine (for example, no native parser for the platform), or
     * empty. The engine then skips the rule and says so once in the report's notes.
     */
    default Optional<String> unavailable() {
        return Optional.empty();
    }
}
