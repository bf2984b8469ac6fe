package dev.guidepost.check.layout;

import dev.guidepost.engine.Parser;
import dev.guidepost.engine.WorkspaceSubject;
import dev.guidepost.unit.Unit;
import dev.guidepost.unit.Units;
import dev.guidepost.workspace.WorkspaceFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What layout rules ask about the units of one run: the paths that exist, the dependencies a
 * project declares, its pytest configuration and its Django settings. Each answer is worked out
 * once per project and run; declaration files are parsed through the engine, so several rules
 * share one parse. Used by one thread.
 */
final class UnitFacts {

    private static final Parser<Set<String>> DEPENDENCIES = (file, text, worker) ->
            DeclaredDependencies.read(file.path(), text);
    private static final Parser<Optional<PytestConfig>> PYTEST = (file, text, worker) ->
            PytestConfig.read(file.path(), text);

    private final WorkspaceSubject subject;
    private final PathIndex index;
    private final Map<String, Set<String>> dependencies = new HashMap<>();
    private final Map<String, Optional<PytestConfig>> pytest = new HashMap<>();
    private final Map<Condition.Uses, Map<String, Boolean>> uses = new HashMap<>();

    UnitFacts(WorkspaceSubject subject) {
        this.subject = subject;
        this.index = new PathIndex(subject.units());
    }

    PathIndex index() {
        return index;
    }

    WorkspaceSubject subject() {
        return subject;
    }

    /**
     * The normalised names a project declares: in the dependency files anywhere inside its folder
     * (test and vendored folders aside) and in those directly in the folders above it.
     */
    Set<String> dependencies(String project) {
        return dependencies.computeIfAbsent(project, p -> DeclaredDependencies.ofProject(subject.workspace(), p,
                file -> subject.parsed(file, DEPENDENCIES).orElse(Set.of())));
    }

    /** The pytest configuration in effect for a folder, found walking up as pytest does. */
    Optional<PytestConfig> pytestConfig(String folder) {
        return pytest.computeIfAbsent(folder, start -> PytestConfig.inEffect(subject.workspace(), start,
                file -> subject.parsed(file, PYTEST).flatMap(c -> c)));
    }

    /** True when the source rule of {@code condition} matches in a Python file of the project. */
    boolean uses(Condition.Uses condition, String project) {
        return uses.computeIfAbsent(condition, c -> new HashMap<>()).computeIfAbsent(project, p -> {
            var rule = condition.rule();
            for (WorkspaceFile file : subject.workspace().filesUnder(p)) {
                if (!file.language().equals("python")) {
                    continue;
                }
                if (!subject.mayMatch(file, rule.prefilter())) {
                    continue;
                }
                var tree = subject.parsed(file, LayoutLogic.PYTHON_TREES);
                if (tree.isPresent() && !rule.find(tree.get()).isEmpty()) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The settings path of the Django project at {@code project}, see {@link Units#settings}. */
    Optional<String> settings(String project) {
        return subject.units().settings(project);
    }

    /** The placeholder values of a unit, {@code {settings}} included when it is found. */
    Map<String, String> placeholders(Unit unit, boolean withSettings) {
        if (!withSettings) {
            return unit.placeholders();
        }
        Map<String, String> values = new HashMap<>(unit.placeholders());
        settings(unit.project()).ifPresent(s -> values.put("settings", s));
        return values;
    }

    /** The folder above, or null above the root. */
    static String parent(String folder) {
        if (folder.isEmpty()) {
            return null;
        }
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? "" : folder.substring(0, slash);
    }
}
