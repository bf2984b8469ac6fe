package dev.guidepost.check.settings;

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
 */
public record KeySpec(Set<String> types, List<String> values, Optional<String> pattern,
        Map<String, KeySpec> keys, boolean closed, Optional<KeySpec> mapValues, Optional<KeySpec> items) {

    public KeySpec {
        types = Set.copyOf(types);
        values = List.copyOf(values);
        keys = Map.copyOf(keys);
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
