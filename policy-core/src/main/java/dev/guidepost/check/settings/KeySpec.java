package dev.guidepost.check.settings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one settings key accepts, as read from {@code settings-keys.json}: its JSON types, allowed
 * values, and for objects and arrays the specs of what they contain.
 *
 * @param types   allowed JSON types ("integer" also accepts whole numbers); empty = any
 * @param values  allowed values (strings, as written) or empty for any
 * @param pattern an RE2J pattern a string may match instead of being one of {@code values}
 * @param keys    the known keys of an object
 * @param closed  true when an object accepts no other keys
 * @param mapValues spec of the values of an object's other keys (free-key maps), if any
 * @param items   spec of an array's items, if any
 * @param required keys an object must have
 * @param variants for an object whose shape depends on one key (hook entries on {@code type}):
 *                 the spec of each shape
 * @param bounds   the range a number must lie in
 * @param tolerance what Claude Code does with a value that breaks this spec
 */
public record KeySpec(Set<String> types, List<String> values, Optional<String> pattern,
        Map<String, KeySpec> keys, boolean closed, Optional<KeySpec> mapValues, Optional<KeySpec> items,
        List<String> required, Optional<Variants> variants, Bounds bounds, Tolerance tolerance) {

    public KeySpec {
        types = Set.copyOf(types);
        values = List.copyOf(values);
        keys = Map.copyOf(keys);
        required = List.copyOf(required);
    }

    /** What Claude Code does with a settings file whose value breaks the spec of a key. */
    public enum Tolerance {
        /** It ignores the whole file (its schema check fails). */
        FILE,
        /** It drops this key and keeps the rest of the file. */
        KEY,
        /** It loads the value as it is (it does not check this key). */
        ACCEPTED
    }

    /**
     * The shapes of an object told apart by the value of one key.
     *
     * @param key    the key whose value picks the shape (e.g. {@code type})
     * @param shapes the spec of each shape by that value
     */
    public record Variants(String key, Map<String, KeySpec> shapes) {
        public Variants {
            shapes = Map.copyOf(shapes);
        }
    }

    /**
     * The range of a number; each bound is optional.
     *
     * @param minimum          the smallest allowed value
     * @param exclusiveMinimum a value the number must be greater than
     * @param maximum          the largest allowed value
     */
    public record Bounds(Optional<BigDecimal> minimum, Optional<BigDecimal> exclusiveMinimum,
            Optional<BigDecimal> maximum) {

        /** No bounds. */
        public static final Bounds NONE = new Bounds(Optional.empty(), Optional.empty(), Optional.empty());

        /** The bound {@code number} breaks, as a phrase ("at least 1"), or empty when it is in range. */
        public Optional<String> broken(BigDecimal number) {
            if (minimum.isPresent() && number.compareTo(minimum.get()) < 0) {
                return Optional.of("at least " + minimum.get().toPlainString());
            }
            if (exclusiveMinimum.isPresent() && number.compareTo(exclusiveMinimum.get()) <= 0) {
                return Optional.of("greater than " + exclusiveMinimum.get().toPlainString());
            }
            if (maximum.isPresent() && number.compareTo(maximum.get()) > 0) {
                return Optional.of("at most " + maximum.get().toPlainString());
            }
            return Optional.empty();
        }
    }

    /** True when {@code value} has one of the allowed types. */
    public boolean acceptsType(JsonValue value) {
        if (types.isEmpty()) {
            return true;
        }
        if (value instanceof JsonValue.JsonNumber number) {
            return types.contains("number") || (types.contains("integer") && isWhole(number));
        }
        return types.contains(value.typeName());
    }

    private static boolean isWhole(JsonValue.JsonNumber number) {
        return number.integral() || number.value().stripTrailingZeros().scale() <= 0;
    }

    /** The allowed types as a phrase for messages, e.g. "a string or a boolean". */
    public String typesPhrase() {
        StringBuilder text = new StringBuilder();
        List<String> ordered = types.stream()
                .sorted(java.util.Comparator.comparingInt(KeySpec::typeRank)).toList();
        for (int i = 0; i < ordered.size(); i++) {
            if (i > 0) {
                text.append(i == ordered.size() - 1 ? " or " : ", ");
            }
            text.append(article(ordered.get(i)));
        }
        return text.toString();
    }

    static String article(String type) {
        return switch (type) {
            case "object", "array", "integer" -> "an " + type;
            case "null" -> "null";
            default -> "a " + type;
        };
    }

    private static int typeRank(String type) {
        return List.of("object", "array", "string", "integer", "number", "boolean", "null").indexOf(type);
    }
}
