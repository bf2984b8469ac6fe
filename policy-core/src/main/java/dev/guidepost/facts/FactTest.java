package dev.guidepost.facts;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Objects;

/**
 * One question a rule asks about a class of the project, by name (the {@code facts:} key of a
 * source rule body). A name is resolved through the imports of the module that writes it
 * ({@link ProjectFacts#resolve}); a test holds when it holds for one of the classes the name stands for.
 */
public sealed interface FactTest {

    /** The keys of {@code facts:}, in the order they are documented. */
    List<String> KEYS = List.of("extends", "external-bases", "sets", "defines", "mentions", "has-relations",
            "renders-relations", "subclassed", "routes", "attribute", "ancestor", "leaf", "not");

    /** Does this test hold for {@code c}? */
    boolean holds(ClassFact c, ProjectFacts facts);

    /** Does every test hold for one of {@code candidates}? */
    static boolean allHold(List<FactTest> tests, List<ClassFact> candidates, ProjectFacts facts) {
        for (ClassFact c : candidates) {
            if (tests.stream().allMatch(t -> t.holds(c, facts))) {
                return true;
            }
        }
        return false;
    }

    /** {@code not: {facts}}: the inner tests do not all hold for the class. */
    record Not(List<FactTest> tests) implements FactTest {
        public Not {
            tests = List.copyOf(tests);
        }

        @Override
        public boolean holds(ClassFact c, ProjectFacts facts) {
            return !tests.stream().allMatch(t -> t.holds(c, facts));
        }
    }

    /**
     * {@code extends: REGEX}: a base outside the project (a framework's or a library's class),
     * reached from the class through the project's own classes, matches as written (searched). A
     * project class that happens to share a framework class's name ({@code ViewSet}) does not count.
     */
    record Extends(Pattern regex) implements FactTest {
        // equals and hashCode written out in the records of this file: a record's own are built from
        // method handles on first use, which costs a short run more than it saves (docs/performance.md)
        @Override
        public boolean equals(Object other) {
            return other instanceof Extends o && Objects.equals(regex, o.regex);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(regex);
        }

        @Override
        public boolean holds(ClassFact c, ProjectFacts facts) {
            return facts.externalBases(c).stream().anyMatch(b -> regex.matcher(b).find());
        }
    }

    /** {@code external-bases: REGEX}: every base of the lineage the project does not define matches. */
    record ExternalBases(Pattern regex) implements FactTest {
        @Override
        public boolean equals(Object other) {
            return other instanceof ExternalBases o && Objects.equals(regex, o.regex);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(regex);
        }

        @Override
        public boolean holds(ClassFact c, ProjectFacts facts) {
            return facts.externalBases(c).stream().allMatch(b -> regex.matcher(b).find());
        }
    }

    /** {@code sets: REGEX}: the class or a project ancestor assigns a class attribute whose whole name matches. */
    record Sets(Pattern regex) implements FactTest {
        @Override
        public boolean holds(ClassFact c, ProjectFacts facts) {
            return facts.attribute(c, regex).isPresent();
        }
    }

    /** {@code defines: REGEX}: the class or a project ancestor defines a method whose whole name matches. */
    record Defines(Pattern regex) implements FactTest {
        @Override
        public boolean holds(ClassFact c, ProjectFacts facts) {
            return facts.lineage(c).stream().anyMatch(k -> k.methods().keySet().stream()
                    .anyMatch(m -> regex.matcher(m).matches()));
        }
    }

    /** {@code mentions: REGEX}: the source of the class or of a project ancestor matches (searched). */
    record Mentions(String regex) implements FactTest {
        @Override
        public boolean holds(ClassFact c, ProjectFacts facts) {
            return facts.lineage(c).stream().anyMatch(k -> k.mentioned().contains(regex));
        }
    }

    /** {@code has-relations: true}: a model with relations, or a class whose {@code Meta.model} has some. */
    record HasRelations() implements FactTest {
        @Override
        public boolean holds(ClassFact c, ProjectFacts facts) {
            return facts.hasRelations(c);
        }
    }

    /** {@code renders-relations: true}: a serializer or table that reads relations per row. */
    record RendersRelations() implements FactTest {
        @Override
        public boolean holds(ClassFact c, ProjectFacts facts) {
            return facts.rendersRelations(c);
        }
    }

    /**
     * {@code ancestor: {facts}}: one of the project classes the class extends (directly or further
     * up, followed across files; not the class itself) passes every inner test.
     */
    record Ancestor(List<FactTest> tests) implements FactTest {
        public Ancestor {
            tests = List.copyOf(tests);
        }

        @Override
        public boolean holds(ClassFact c, ProjectFacts facts) {
            List<ClassFact> lineage = facts.lineage(c);
            return allHold(tests, lineage.subList(Math.min(1, lineage.size()), lineage.size()), facts);
        }
    }

    /**
     * {@code leaf: {facts}}: one of the project classes below the class (extending it directly or
     * further down) that no project class extends in turn passes the inner tests. {@code not: {leaf:
     * {not: …}}} asks that every endpoint below a base has something.
     */
    record Leaf(List<FactTest> tests) implements FactTest {
        public Leaf {
            tests = List.copyOf(tests);
        }

        @Override
        public boolean holds(ClassFact c, ProjectFacts facts) {
            return allHold(tests, facts.leaves(c), facts);
        }
    }

    /** {@code subclassed: true}: another project class names this one as a base (a base view, not an endpoint). */
    record Subclassed() implements FactTest {
        @Override
        public boolean holds(ClassFact c, ProjectFacts facts) {
            return facts.subclassed(c);
        }
    }

    /**
     * {@code routes: REGEX}: the URL configuration wires to the class itself an action whose whole
     * name matches ({@code as_view({"get": "list"})} wires {@code list}; a router registration every
     * action a router generates). A class no route names fails, whatever the regex.
     */
    record Routes(Pattern regex) implements FactTest {
        @Override
        public boolean holds(ClassFact c, ProjectFacts facts) {
            return facts.routedActions(c).stream().anyMatch(a -> regex.matcher(a).matches());
        }
    }

    /**
     * {@code attribute: {NAME-REGEX: {facts}}}: the nearest attribute of the lineage whose whole
     * name matches is set, to a name of a project class with these facts (no facts: set at all); the
     * name is resolved from the module of the class that sets the attribute.
     */
    record Attribute(Pattern name, List<FactTest> tests) implements FactTest {
        public Attribute {
            tests = List.copyOf(tests);
        }

        @Override
        public boolean holds(ClassFact c, ProjectFacts facts) {
            return facts.assigned(c, name).map(a -> tests.isEmpty()
                    || allHold(tests, facts.classesNamed(a), facts)).orElse(false);
        }
    }
}
