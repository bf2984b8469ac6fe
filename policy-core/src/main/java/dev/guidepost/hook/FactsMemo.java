package dev.guidepost.hook;

import dev.guidepost.facts.ModuleFacts;
import dev.guidepost.facts.ProjectFacts;
import dev.guidepost.workspace.WorkspaceFile;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The project facts of each Python file, kept between the hook server's runs so that an event
 * reads only the files that changed: a file's classes are reused while the workspace scan finds it
 * with the same size and modification time (nanoseconds) as when they were read. A file modified
 * within {@value #RECENT_SECONDS} seconds of being read is not remembered (a second change within
 * the file system's timestamp granularity could otherwise go unseen), so the file an edit tool has
 * just written is always read again. Thread-safe; holds one entry per Python file of the
 * repositories the server answers for.
 */
public final class FactsMemo implements ProjectFacts.FileMemo {

    /** Files changed this recently before they are read are not remembered. */
    public static final int RECENT_SECONDS = 2;

    private static final long RECENT_NANOS = RECENT_SECONDS * 1_000_000_000L;

    private record Entry(long size, long modified, ProjectFacts.Demand demand, ModuleFacts module) {
    }

    private final ConcurrentHashMap<java.nio.file.Path, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public ModuleFacts module(WorkspaceFile file, ProjectFacts.Demand demand, Supplier<ModuleFacts> read) {
        Entry known = entries.get(file.absolutePath());
        if (known != null && file.modified() != 0 && known.size() == file.size() && known.modified() == file.modified()
                && known.demand().equals(demand)) {
            return known.module();
        }
        long now = System.currentTimeMillis() * 1_000_000L;
        ModuleFacts module = read.get();
        // the size and time are the scan's, taken before this read: a change after the scan shows as a newer time
        if (file.modified() != 0 && file.modified() < now - RECENT_NANOS) {
            entries.put(file.absolutePath(), new Entry(file.size(), file.modified(), demand, module));
        } else {
            entries.remove(file.absolutePath());
        }
        return module;
    }

    /** How many files are remembered. */
    public int size() {
        return entries.size();
    }
}
