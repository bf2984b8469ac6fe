package dev.guidepost.engine;

import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;

/** One file under check, with its text read once and its parsed forms kept for all rules. */
public interface FileSubject {

    WorkspaceFile file();

    Workspace workspace();

    String text();

    /** The file parsed by {@code parser}; parsed once however many rules ask. */
    <T> T parsed(Parser<T> parser);

    WorkerState worker();

    /**
     * The facts of the project's classes, computed once per run for all rules (empty unless a rule's
     * {@link RuleLogic#factDemand()} asks for them).
     */
    default dev.guidepost.facts.ProjectFacts facts() {
        return dev.guidepost.facts.ProjectFacts.NONE;
    }

    /** Adds a note to the report about this file (for example, that it has syntax errors). */
    void note(String message);
}
