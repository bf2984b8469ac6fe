package dev.guidepost.check.layout;

import dev.guidepost.policy.OptionReader;
import dev.guidepost.policy.Problems;
import dev.guidepost.policy.Suggestion;
import dev.guidepost.policy.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the condition language of layout rules: a mapping with {@code exists}, {@code depends-on},
 * {@code contains}, {@code pytest-option}, {@code uses}, {@code all}, {@code any} or {@code not}; several keys in one
 * mapping must all hold. Problems are added with their places.
 */
final class ConditionReader {

    static final Set<String> KEYS = Set.of("exists", "contains", "depends-on", "pytest-option", "uses", "all", "any", "not");

    private final Set<String> placeholders;
    private final Problems problems;

    ConditionReader(Set<String> placeholders, Problems problems) {
        this.placeholders = placeholders;
        this.problems = problems;
    }

    /** The condition written at {@code node}, or empty after adding a problem. */
    Optional<Condition> read(YamlNode node) {
        if (!(node instanceof YamlNode.Mapping mapping) || mapping.entries().isEmpty()) {
            problems.add(node.position(), "expected a condition (a mapping with one of " + String.join(", ",
                    new TreeSet<>(KEYS)) + "), found " + node.describe());
            return Optional.empty();
        }
        List<Condition> parts = new ArrayList<>();
        boolean ok = true;
        for (YamlNode.Entry entry : mapping.entries().values()) {
            Optional<Condition> part = readKey(entry);
            ok &= part.isPresent();
            part.ifPresent(parts::add);
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(parts.size() == 1 ? parts.get(0) : new Condition.All(parts));
    }

    private Optional<Condition> readKey(YamlNode.Entry entry) {
        YamlNode value = entry.value();
        int before = problems.size();
        switch (entry.key()) {
            case "exists" -> {
                List<PathTemplate> paths = new ArrayList<>();
                for (YamlNode.Scalar scalar : scalars(entry)) {
                    PathTemplate.compile(scalar.text(), placeholders, scalar.position(), problems).ifPresent(paths::add);
                }
                return problems.size() == before ? Optional.of(new Condition.Exists(paths)) : Optional.empty();
            }
            case "contains" -> {
                if (!(value instanceof YamlNode.Mapping mapping)) {
                    problems.add(value.position(), "expected a mapping with 'path' and 'regex' for 'contains', found "
                            + value.describe());
                    return Optional.empty();
                }
                OptionReader reader = new OptionReader(mapping, problems);
                reader.allowOnly(Set.of("path", "regex"), "'contains'");
                List<PathTemplate> paths = new ArrayList<>();
                for (YamlNode.Scalar scalar : reader.scalars("path")) {
                    PathTemplate.compile(scalar.text(), placeholders, scalar.position(), problems).ifPresent(paths::add);
                }
                if (paths.isEmpty() || !reader.has("regex")) {
                    problems.add(mapping.position(), "'contains' needs 'path' (glob) and 'regex'");
                    return Optional.empty();
                }
                Optional<com.google.re2j.Pattern> regex = reader.regex("regex")
                        .map(p -> com.google.re2j.Pattern.compile(p.pattern(), com.google.re2j.Pattern.MULTILINE));
                return problems.size() == before && regex.isPresent()
                        ? Optional.of(new Condition.Contains(paths, regex.get())) : Optional.empty();
            }
            case "depends-on" -> {
                List<String> names = new ArrayList<>();
                for (YamlNode.Scalar scalar : scalars(entry)) {
                    Optional<String> name = RequirementName.ofRequirement(scalar.text())
                            .filter(n -> n.length() == scalar.text().strip().length());
                    if (name.isEmpty()) {
                        problems.add(scalar.position(), "expected a distribution name (as on PyPI), found '"
                                + scalar.text() + "'");
                    }
                    name.ifPresent(names::add);
                }
                return problems.size() == before ? Optional.of(new Condition.DependsOn(names)) : Optional.empty();
            }
            case "pytest-option" -> {
                if (value instanceof YamlNode.Scalar scalar && !scalar.isNull()
                        && scalar.text().matches("[A-Za-z_][A-Za-z0-9_-]*")) {
                    return Optional.of(new Condition.PytestOption(scalar.text()));
                }
                problems.add(value.position(), "expected the name of a pytest ini option for 'pytest-option', found "
                        + value.describe());
                return Optional.empty();
            }
            case "uses" -> {
                YamlNode.Mapping body;
                if (value instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                    body = new YamlNode.Mapping(java.util.Map.of("pattern",
                            new YamlNode.Entry("pattern", scalar.position(), scalar)), scalar.position());
                } else if (value instanceof YamlNode.Mapping mapping) {
                    body = mapping;
                } else {
                    problems.add(value.position(), "expected a code pattern or a source rule body for 'uses', found "
                            + value.describe());
                    return Optional.empty();
                }
                var rule = dev.guidepost.check.source.SourceRuleCompiler.compile(body,
                        dev.guidepost.check.source.SourceLanguage.PYTHON, problems);
                if (rule == null) {
                    return Optional.empty();
                }
                if (!rule.nativeQueries().isEmpty()) {
                    problems.add(entry.keyPosition(), "'uses' does not support native 'query' rules; use pattern, kind,"
                            + " regex and the relational keys");
                    return Optional.empty();
                }
                return Optional.of(new Condition.Uses(rule));
            }
            case "all", "any" -> {
                if (!(value instanceof YamlNode.Sequence sequence) || sequence.items().isEmpty()) {
                    problems.add(value.position(), "expected a non-empty list of conditions for '" + entry.key()
                            + "', found " + value.describe());
                    return Optional.empty();
                }
                List<Condition> parts = new ArrayList<>();
                for (YamlNode item : sequence.items()) {
                    read(item).ifPresent(parts::add);
                }
                if (problems.size() != before) {
                    return Optional.empty();
                }
                return Optional.of(entry.key().equals("all") ? new Condition.All(parts) : new Condition.Any(parts));
            }
            case "not" -> {
                return read(value).map(Condition.Not::new);
            }
            default -> {
                problems.add(entry.keyPosition(), Suggestion.unknown("condition", entry.key(), new TreeSet<>(KEYS)));
                return Optional.empty();
            }
        }
    }

    private List<YamlNode.Scalar> scalars(YamlNode.Entry entry) {
        OptionReader reader = new OptionReader(new YamlNode.Mapping(java.util.Map.of(entry.key(), entry),
                entry.keyPosition()), problems);
        int before = problems.size();
        List<YamlNode.Scalar> scalars = reader.scalars(entry.key());
        if (scalars.isEmpty() && problems.size() == before) {
            problems.add(entry.value().position(), "expected a string or a list of strings for '" + entry.key() + "'");
        }
        return scalars;
    }
}
