package dev.guidepost.check.layout;

import dev.guidepost.engine.NodeRegexFilter;
import dev.guidepost.engine.Prefilter;
import dev.guidepost.policy.Glob;
import dev.guidepost.unit.Unit;
import java.util.List;

/**
 * A condition of a layout rule ({@code when}, {@code ensure}), decided for one unit.
 */
sealed interface Condition {

    /** The condition that always holds (a rule without {@code when}). */
    Condition ALWAYS = new All(List.of());

    boolean holds(Unit unit, UnitFacts facts);

    /** True when the condition needs the project's Django settings. */
    default boolean usesSettings() {
        return false;
    }

    /** The prefilters the condition asks {@code WorkspaceSubject.mayMatch} about. */
    default List<Prefilter> prefilters() {
        return List.of();
    }

    /** Some file or folder matches one of the globs. */
    record Exists(List<PathTemplate> paths) implements Condition {
        @Override
        public boolean holds(Unit unit, UnitFacts facts) {
            var values = facts.placeholders(unit, usesSettings());
            for (PathTemplate path : paths) {
                var resolved = path.expand(unit.folder(), values);
                if (resolved.isEmpty()) {
                    continue;
                }
                if (resolved.get().path().isEmpty()) {
                    return true;
                }
                Glob glob = resolved.get().glob();
                if (facts.index().anyMatch(glob, resolved.get().literalPrefix())) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean usesSettings() {
            return paths.stream().anyMatch(p -> p.placeholders().contains("settings"));
        }
    }

    /**
     * Some file matching one of the globs has text in which the regex (multi-line mode) finds a match.
     *
     * @param literals the literal words every match contains ({@link NodeRegexFilter#literals}), searched
     *     before the regex: RE2J is slow on long texts, and such a condition can read every test module
     *     of every app
     */
    record Contains(List<PathTemplate> paths, com.google.re2j.Pattern regex, Prefilter literals) implements Condition {

        Contains(List<PathTemplate> paths, com.google.re2j.Pattern regex) {
            this(paths, regex, NodeRegexFilter.literals(regex));
        }

        @Override
        public List<Prefilter> prefilters() {
            return List.of(literals);
        }

        @Override
        public boolean holds(Unit unit, UnitFacts facts) {
            var values = facts.placeholders(unit, usesSettings());
            for (PathTemplate path : paths) {
                var resolved = path.expand(unit.folder(), values);
                if (resolved.isEmpty() || resolved.get().path().isEmpty()) {
                    continue;
                }
                Glob glob = resolved.get().glob();
                for (String found : facts.index().outermostMatches(glob, resolved.get().literalPrefix())) {
                    for (var file : facts.index().filesUnder(found).isEmpty()
                            ? facts.subject().workspace().file(found).stream().toList()
                            : facts.index().filesUnder(found)) {
                        if (facts.subject().mayMatch(file, literals)
                                && facts.subject().text(file).map(t -> regex.matcher(t).find()).orElse(false)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        @Override
        public boolean usesSettings() {
            return paths.stream().anyMatch(p -> p.placeholders().contains("settings"));
        }
    }

    /**
     * A source rule body finds a match in some Python file of the unit's project (test and
     * vendored folders included: a dependency used only by tests is still used).
     */
    record Uses(dev.guidepost.check.source.SourceRule rule) implements Condition {
        @Override
        public boolean holds(Unit unit, UnitFacts facts) {
            return facts.uses(this, unit.project());
        }

        @Override
        public List<Prefilter> prefilters() {
            return List.of(rule.prefilter());
        }

        // written out: the unit facts key their answers by this condition, and a record's own equals and
        // hashCode are linked through invokedynamic at their first call (milliseconds in a short run)
        @Override
        public int hashCode() {
            return rule.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Uses u && rule.equals(u.rule);
        }
    }

    /** The unit's project declares one of the distributions (normalised names). */
    record DependsOn(List<String> names) implements Condition {
        @Override
        public boolean holds(Unit unit, UnitFacts facts) {
            var declared = facts.dependencies(unit.project());
            return names.stream().anyMatch(declared::contains);
        }
    }

    /** The pytest configuration in effect for the unit's folder sets an ini option. */
    record PytestOption(String name) implements Condition {
        @Override
        public boolean holds(Unit unit, UnitFacts facts) {
            return facts.pytestConfig(unit.folder()).map(c -> c.sets(name)).orElse(false);
        }
    }

    record All(List<Condition> conditions) implements Condition {
        @Override
        public boolean holds(Unit unit, UnitFacts facts) {
            return conditions.stream().allMatch(c -> c.holds(unit, facts));
        }

        @Override
        public List<Prefilter> prefilters() {
            return conditions.stream().flatMap(c -> c.prefilters().stream()).toList();
        }

        @Override
        public boolean usesSettings() {
            return conditions.stream().anyMatch(Condition::usesSettings);
        }
    }

    record Any(List<Condition> conditions) implements Condition {
        @Override
        public boolean holds(Unit unit, UnitFacts facts) {
            return conditions.stream().anyMatch(c -> c.holds(unit, facts));
        }

        @Override
        public List<Prefilter> prefilters() {
            return conditions.stream().flatMap(c -> c.prefilters().stream()).toList();
        }

        @Override
        public boolean usesSettings() {
            return conditions.stream().anyMatch(Condition::usesSettings);
        }
    }

    record Not(Condition condition) implements Condition {
        @Override
        public boolean holds(Unit unit, UnitFacts facts) {
            return !condition.holds(unit, facts);
        }

        @Override
        public List<Prefilter> prefilters() {
            return condition.prefilters();
        }

        @Override
        public boolean usesSettings() {
            return condition.usesSettings();
        }
    }
}
