package dev.guidepost.fix;

import dev.guidepost.engine.Parser;
import dev.guidepost.engine.RunOptions;
import dev.guidepost.engine.WorkerState;
import dev.guidepost.engine.WorkspaceSubject;
import dev.guidepost.policy.PathSelector;
import dev.guidepost.unit.Units;
import dev.guidepost.workspace.FileText;
import dev.guidepost.workspace.Workspace;
import dev.guidepost.workspace.WorkspaceFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The workspace as one rule sees it while fixes are planned: the same view the engine gives a
 * workspace rule (its selector, the run's options, texts and parses read once), on one thread.
 */
final class FixSubject implements WorkspaceSubject {

    /** Texts, parses and units shared by the subjects of one fix run. */
    static final class Shared implements AutoCloseable {
        private final Workspace workspace;
        private final RunOptions options;
        private final Map<String, Optional<String>> texts = new HashMap<>();
        private final dev.guidepost.engine.WorkspaceParses parses = new dev.guidepost.engine.WorkspaceParses();
        private final Map<Object, AutoCloseable> resources = new HashMap<>();
        private final Map<String, String> overlay;
        private final Units units;

        Shared(Workspace workspace, RunOptions options) {
            this(workspace, options, Map.of());
        }

        private Shared(Workspace workspace, RunOptions options, Map<String, String> overlay) {
            this.workspace = workspace;
            this.options = options;
            this.overlay = Map.copyOf(overlay);
            this.units = new Units(workspace, this::text);
        }

        /** The same workspace with some files' texts replaced: what the rules would see after an edit. */
        Shared withOverlay(Map<String, String> texts) {
            return new Shared(workspace, options, texts);
        }

        Optional<String> text(WorkspaceFile file) {
            String replaced = overlay.get(file.path());
            if (replaced != null) {
                return Optional.of(replaced);
            }
            return texts.computeIfAbsent(file.path(), p -> FileText.read(file).text());
        }

        FixSubject subject(PathSelector selector) {
            return new FixSubject(this, selector);
        }

        Workspace workspace() {
            return workspace;
        }

        /** The resources of the one thread fixes are planned on (a native parser, for example). */
        WorkerState worker() {
            return new WorkerState() {
                @Override
                @SuppressWarnings("unchecked")
                public <T extends AutoCloseable> T get(Object key, Supplier<T> factory) {
                    return (T) resources.computeIfAbsent(key, k -> factory.get());
                }
            };
        }

        @Override
        public void close() {
            for (AutoCloseable resource : resources.values()) {
                try {
                    resource.close();
                } catch (Exception e) {
                    // nothing left to release
                }
            }
        }
    }

    private final Shared shared;
    private final PathSelector selector;

    private FixSubject(Shared shared, PathSelector selector) {
        this.shared = shared;
        this.selector = selector;
    }

    @Override
    public Workspace workspace() {
        return shared.workspace;
    }

    @Override
    public PathSelector selector() {
        return selector;
    }

    @Override
    public Optional<String> text(WorkspaceFile file) {
        return shared.text(file);
    }

    @Override
    public <T> Optional<T> parsed(WorkspaceFile file, Parser<T> parser) {
        return shared.parses.parsed(file, text(file), parser, worker());
    }

    @Override
    public WorkerState worker() {
        return shared.worker();
    }

    @Override
    public void note(String path, String message) {
        // the check run that precedes every fix reports the same notes
    }

    @Override
    public RunOptions options() {
        return shared.options;
    }

    @Override
    public Units units() {
        return shared.units;
    }
}
