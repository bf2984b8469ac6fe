package dev.guidepost.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML value as written in a policy file, with the place it was written. Built by
 * {@link YamlReader}; never holds objects that YAML tags could construct.
 */
public sealed interface YamlNode {

    SourcePosition position();

    /** A word for the kind of value, used in "expected a list, found a string" messages. */
    String describe();

    /** A scalar: string, number, boolean or null, kept as its text. */
    record Scalar(String text, boolean quoted, SourcePosition position) implements YamlNode {
        public boolean isNull() {
            return !quoted && (text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null")
                    || text.equals("NULL"));
        }

        @Override
        public String describe() {
            if (isNull()) {
                return "nothing";
            }
            if (!quoted && (text.equals("true") || text.equals("false"))) {
                return "a boolean";
            }
            if (!quoted && text.matches("-?[0-9]+(\\.[0-9]+)?")) {
                return "a number";
            }
            return "a string";
        }
    }

    /** A sequence. */
    record Sequence(List<YamlNode> items, SourcePosition position) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A mapping with string keys, in the order written; each entry keeps its key's place. */
    record Mapping(Map<String, Entry> entries, SourcePosition position) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Optional<YamlNode> get(String key) {
            Entry entry = entries.get(key);
            return entry == null ? Optional.empty() : Optional.of(entry.value());
        }

        public boolean has(String key) {
            return entries.containsKey(key);
        }

        /** A copy without the given keys, for handing the remaining keys to another reader. */
        public Mapping without(java.util.Collection<String> keys) {
            Map<String, Entry> rest = new LinkedHashMap<>(entries);
            keys.forEach(rest::remove);
            return new Mapping(rest, position);
        }

        /** A copy where the entries of {@code other} replace or add to these. */
        public Mapping mergedWith(Mapping other) {
            Map<String, Entry> merged = new LinkedHashMap<>(entries);
            merged.putAll(other.entries);
            return new Mapping(merged, position);
        }

        @Override
        public String describe() {
            return "a mapping";
        }

        /** An empty mapping placed at {@code position}. */
        public static Mapping empty(SourcePosition position) {
            return new Mapping(Map.of(), position);
        }
    }

    /** A key with its place and its value. */
    record Entry(String key, SourcePosition keyPosition, YamlNode value) {
    }
}
