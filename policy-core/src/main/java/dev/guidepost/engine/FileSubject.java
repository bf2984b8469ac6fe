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

    /** Adds a note to the report about this file (for example, that it has syntax errors). */
    void note(String message);
}
