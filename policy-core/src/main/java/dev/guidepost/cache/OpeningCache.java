package dev.guidepost.cache;

import dev.guidepost.engine.FileResults;
import dev.guidepost.workspace.WorkspaceFile;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A {@link ResultCache} being opened on a thread of its own: its key (a digest of the policy and of
 * every project fact) is computed and its file read while the engine prepares its prefilters and
 * word index, and the first question a file worker asks waits until it is open. Before, a run with
 * the cache on did both first, on the thread every later step waited for.
 */
public final class OpeningCache implements FileResults {

    private final CompletableFuture<ResultCache> opening;

    private OpeningCache(CompletableFuture<ResultCache> opening) {
        this.opening = opening;
    }

    /** Starts {@code open} on a new thread. */
    public static OpeningCache start(Supplier<ResultCache> open) {
        return new OpeningCache(CompletableFuture.supplyAsync(open, runnable -> {
            Thread thread = new Thread(runnable, "guidepost-cache-open");
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** The cache, once open; a failure to open it is thrown here as it was thrown there. */
    public ResultCache cache() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public Optional<Recorded> byStat(WorkspaceFile file) {
        return cache().byStat(file);
    }

    @Override
    public Optional<Recorded> byContent(WorkspaceFile file, byte[] hash) {
        return cache().byContent(file, hash);
    }

    @Override
    public void record(WorkspaceFile file, byte[] hash, Recorded results) {
        cache().record(file, hash, results);
    }

    @Override
    public byte[] hash(byte[] content) {
        return cache().hash(content);
    }
}
