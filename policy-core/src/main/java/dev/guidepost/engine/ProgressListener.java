package dev.guidepost.engine;

/**
 * Told how far a run's file checks are: called on worker threads, possibly concurrently, after
 * each file (with the number of files done so far and the number to check), so it must be cheap
 * and thread-safe. A front end renders it (the command line draws a progress line on a terminal).
 */
@FunctionalInterface
public interface ProgressListener {

    /** Listens to nothing. */
    ProgressListener NONE = (done, total) -> { };

    /** {@code done} of {@code total} files are checked. */
    void filesChecked(int done, int total);
}
