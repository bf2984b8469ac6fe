package dev.guidepost.engine;

import dev.guidepost.policy.PathSelector;
import dev.guidepost.unit.Units;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import java.util.Optional;

/** The whole workspace as one workspace rule sees it. */
public interface WorkspaceSubject {

    Workspace workspace();

    /** The files the rule is limited to by its {@code files}, {@code exclude} and {@code in}. */
    PathSelector selector();

    /** The project facts of the run, as file rules see them; none unless a rule of the run asks for them. */
    default dev.guidepost.facts.ProjectFacts facts() {
        return dev.guidepost.facts.ProjectFacts.NONE;
    }

    /** The text of a file, read once per run; empty when it cannot be read as UTF-8 text. */
    Optional<String> text(WorkspaceFile file);

    /**
     * Whether {@code prefilter} accepts the text of a file; false too when the file cannot be read as
     * text. The engine answers from its {@link WordIndex} without reading the file where it can.
     */
    default boolean mayMatch(WorkspaceFile file, Prefilter prefilter) {
        return text(file).map(prefilter::mayMatch).orElse(false);
    }

    /** A file parsed by {@code parser}, parsed once per run however many rules ask. */
    <T> Optional<T> parsed(WorkspaceFile file, Parser<T> parser);

    WorkerState worker();

    void note(String path, String message);

    /**
     * Says that the rule's answer depends on a file outside the scanned files (its presence or
     * content; for example a CLAUDE.md import of an ignored file), so that a run memo notices when
     * it changes. The default forgets it.
     */
    default void dependsOn(java.nio.file.Path file) {
    }

    /**
     * The units of this run ({@code for-each}), worked out once per run for every rule. The
     * default works them out anew on each call.
     */
    default Units units() {
        return new Units(workspace(), this::text);
    }

    /** The request's inputs for this run (for example a user settings file). */
    default RunOptions options() {
        return RunOptions.NONE;
    }
}
