package dev.guidepost.engine;

import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/**
 * Resources owned by one worker thread for the length of one run, such as a native parser.
 * Never shared between threads; everything in it is closed when the run ends.
 */
public interface WorkerState {

    /** The resource kept under {@code key}, created by {@code factory} on first use. */
    <T extends AutoCloseable> T get(Object key, Supplier<T> factory);

    /**
     * A resource that counts what it did on its worker, such as which parser took each file. The
     * engine sums each count over the workers when the run ends and prints the sums with the profile
     * ({@code guidepost.profile}), so a resource counts in plain fields of its own thread.
     */
    interface Counting {
        /** Passes each count of this worker, by name, to {@code counts}. */
        void countsTo(ObjLongConsumer<String> counts);
    }
}
