package dev.guidepost.engine;

import dev.guidepost.workspace.WorkspaceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files workspace rules had parsed in one run, by file and parser: each is parsed once however
 * many rules ask ({@link WorkspaceSubject#parsed}). Safe to share between threads; two threads that
 * parse the same file at once keep the first result.
 */
public final class WorkspaceParses {

    private final Map<List<Object>, Optional<Object>> parses = new ConcurrentHashMap<>();

    /** The file parsed by {@code parser} from {@code text}, parsed now when no rule asked before. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> parsed(WorkspaceFile file, Optional<String> text, Parser<T> parser, WorkerState worker) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<Object> key = List.of(file.path(), parser);
        Optional<Object> cached = parses.get(key);
        if (cached == null) {
            cached = Optional.ofNullable(parser.parse(file, text.get(), worker));
            Optional<Object> raced = parses.putIfAbsent(key, cached);
            if (raced != null) {
                cached = raced;
            }
        }
        return (Optional<T>) cached;
    }
}
