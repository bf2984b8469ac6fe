package dev.guidepost.policy;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, located access to the keys of a YAML mapping. Every mistake (missing key, wrong type,
 * bad regex) is added to the shared {@link Problems} with the place of the offending value, and
 * the getter answers as if the key were absent, so that reading goes on and all errors are found.
 */
public final class OptionReader {

    private final YamlNode.Mapping mapping;
    private final Problems problems;

    public OptionReader(YamlNode.Mapping mapping, Problems problems) {
        this.mapping = mapping;
        this.problems = problems;
    }

    public YamlNode.Mapping mapping() {
        return mapping;
    }

    public Problems problems() {
        return problems;
    }

    public boolean has(String key) {
        return mapping.has(key);
    }

    /** The place of the key, or of the mapping when the key is absent. */
    public SourcePosition position(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null ? mapping.position() : entry.keyPosition();
    }

    public Optional<YamlNode> node(String key) {
        return mapping.get(key);
    }

    public Optional<String> string(String key) {
        return mapping.get(key).flatMap(node -> scalarText(key, node, "a string"));
    }

    public String requiredString(String key) {
        if (!mapping.has(key)) {
            problems.add(mapping.position(), "missing required key '" + key + "'");
            return null;
        }
        return string(key).orElse(null);
    }

    public Optional<Boolean> bool(String key) {
        return mapping.get(key).flatMap(node -> {
            if (node instanceof YamlNode.Scalar scalar && !scalar.quoted()
                    && (scalar.text().equals("true") || scalar.text().equals("false"))) {
                return Optional.of(Boolean.parseBoolean(scalar.text()));
            }
            problems.add(node.position(), "expected true or false for '" + key + "', found " + node.describe());
            return Optional.empty();
        });
    }

    public Optional<Integer> integer(String key) {
        return mapping.get(key).flatMap(node -> {
            if (node instanceof YamlNode.Scalar scalar && !scalar.quoted() && scalar.text().matches("-?[0-9]{1,9}")) {
                return Optional.of(Integer.parseInt(scalar.text()));
            }
            problems.add(node.position(), "expected a whole number for '" + key + "', found " + node.describe());
            return Optional.empty();
        });
    }

    /** A list of strings; a single string is read as a list of one. */
    public List<String> strings(String key) {
        return mapping.get(key).map(node -> strings(key, node, problems)).orElse(List.of());
    }

    /** Reads a string or a list of strings from any node. */
    public static List<String> strings(String key, YamlNode node, Problems problems) {
        List<String> out = new ArrayList<>();
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            out.add(scalar.text());
        } else if (node instanceof YamlNode.Sequence sequence) {
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                    out.add(scalar.text());
                } else {
                    problems.add(item.position(), "expected a string in '" + key + "', found " + item.describe());
                }
            }
        } else if (!(node instanceof YamlNode.Scalar)) {
            problems.add(node.position(), "expected a string or a list of strings for '" + key + "', found "
                    + node.describe());
        }
        return out;
    }

    /** Each string of a string-or-list value with its own place. */
    public List<YamlNode.Scalar> scalars(String key) {
        List<YamlNode.Scalar> out = new ArrayList<>();
        mapping.get(key).ifPresent(node -> {
            if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                out.add(scalar);
            } else if (node instanceof YamlNode.Sequence sequence) {
                for (YamlNode item : sequence.items()) {
                    if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                        out.add(scalar);
                    } else {
                        problems.add(item.position(), "expected a string in '" + key + "', found " + item.describe());
                    }
                }
            } else if (!(node instanceof YamlNode.Scalar)) {
                problems.add(node.position(), "expected a string or a list of strings for '" + key + "', found "
                        + node.describe());
            }
        });
        return out;
    }

    public Optional<YamlNode.Mapping> mapping(String key) {
        return mapping.get(key).flatMap(node -> {
            if (node instanceof YamlNode.Mapping map) {
                return Optional.of(map);
            }
            problems.add(node.position(), "expected a mapping for '" + key + "', found " + node.describe());
            return Optional.empty();
        });
    }

    public Optional<YamlNode.Sequence> sequence(String key) {
        return mapping.get(key).flatMap(node -> {
            if (node instanceof YamlNode.Sequence sequence) {
                return Optional.of(sequence);
            }
            problems.add(node.position(), "expected a list for '" + key + "', found " + node.describe());
            return Optional.empty();
        });
    }

    /** A regular expression compiled with RE2J (linear time, safe on untrusted policies). */
    public Optional<Pattern> regex(String key) {
        return mapping.get(key).flatMap(node -> scalarText(key, node, "a regular expression")
                .flatMap(text -> compileRegex(text, node.position(), problems)));
    }

    /** Compiles a regex with RE2J, adding a located problem when it is invalid. */
    public static Optional<Pattern> compileRegex(String text, SourcePosition position, Problems problems) {
        try {
            return Optional.of(PolicyRegex.compile(text));
        } catch (PatternSyntaxException e) {
            problems.add(position, "invalid regular expression '" + text + "': " + e.getDescription()
                    + " (expected RE2 syntax: no backreferences or lookaround)");
            return Optional.empty();
        }
    }

    /** Reports every key not in {@code allowed}, with a did-you-mean. */
    public void allowOnly(Set<String> allowed, String where) {
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                problems.add(entry.keyPosition(), "unknown key '" + entry.key() + "' in " + where
                        + Suggestion.expectedOneOf(entry.key(), new java.util.TreeSet<>(allowed)));
            }
        }
    }

    private Optional<String> scalarText(String key, YamlNode node, String expected) {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            return Optional.of(scalar.text());
        }
        problems.add(node.position(), "expected " + expected + " for '" + key + "', found " + node.describe());
        return Optional.empty();
    }
}
