package dev.guidepost.engine;

import dev.guidepost.report.Location;
import dev.guidepost.workspace.WorkspaceFile;
import java.util.List;

/**
 * Told, on worker threads and possibly concurrently, of the text of every file a run reads and of
 * where the file rules flagged it, so that later steps need not read the file again.
 */
public interface TextObserver {

    /** No one listens. */
    TextObserver NONE = (file, text) -> { };

    /** {@code text} was read from {@code file} (possibly more than once). */
    void read(WorkspaceFile file, String text);

    /**
     * The file rules that checked {@code file}'s {@code text} reported findings at {@code places}
     * (after {@link #read} for the same text; not for files answered from the result cache).
     */
    default void flagged(WorkspaceFile file, String text, List<Location> places) {
    }
}
