package dev.guidepost.engine;

import java.util.function.Supplier;

/**
 * Resources owned by one worker thread for the length of one run, such as a native parser.
 * Never shared between threads; everything in it is closed when the run ends.
 */
public interface WorkerState {

    /** The resource kept under {@code key}, created by {@code factory} on first use. */
    <T extends AutoCloseable> T get(Object key, Supplier<T> factory);
}
