package dev.guidepost.engine;

import dev.guidepost.workspace.WorkspaceFile;
import java.util.List;
import java.util.Optional;

/**
 * The files workspace rules had parsed in one run, by file and parser: a file that several rules
 * ask for one after another is parsed once ({@link WorkspaceSubject#parsed}). Only the most recently
 * used parses are kept, up to a budget in characters of parsed text, so that a run over a large
 * repository does not hold every tree to its end; a parse given up is parsed again when asked.
 * Safe to share between threads; two threads that parse the same file at once keep the first result.
 */
public final class WorkspaceParses {

    /**
     * Characters of parsed text whose results are kept: a Python syntax tree takes some 30 times
     * its text, so this keeps about 30 MB of trees, hundreds of typical source files.
     */
    public static final long BUDGET_CHARS = 1_000_000;

    private final BoundedMemo<List<Object>, Parse> parses;

    /** Parses kept up to {@link #BUDGET_CHARS}. */
    public WorkspaceParses() {
        this(BUDGET_CHARS);
    }

    /** Parses kept up to {@code budgetChars} characters of parsed text. */
    public WorkspaceParses(long budgetChars) {
        this.parses = new BoundedMemo<>(budgetChars, Parse::weight);
    }

    /** The file parsed by {@code parser} from {@code text}, parsed now unless a rule asked just before. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> parsed(WorkspaceFile file, Optional<String> text, Parser<T> parser, WorkerState worker) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String source = text.get();
        Parse parse = parses.get(List.of(file.path(), parser),
                key -> new Parse(Optional.ofNullable(parser.parse(file, source, worker)), source.length()));
        return (Optional<T>) parse.result();
    }

    private record Parse(Optional<Object> result, long weight) {
    }
}
