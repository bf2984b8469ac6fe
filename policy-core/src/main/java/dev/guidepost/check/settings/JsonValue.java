package dev.guidepost.check.settings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An immutable JSON value that remembers where it starts in its file (1-based line and column),
 * so that a finding can point at the exact array element or object key.
 */
public sealed interface JsonValue {

    /** 1-based line of the value's first character. */
    int line();

    /** 1-based column of the value's first character. */
    int column();

    /** The JSON type name used in messages: object, array, string, number, boolean, null. */
    String typeName();

    /**
     * An object; every member is kept in file order, duplicates included (the last one is the one
     * Claude Code sees, as {@code JSON.parse} keeps the last).
     */
    record JsonObject(List<Member> members, int line, int column) implements JsonValue {
        public JsonObject {
            members = List.copyOf(members);
        }

        /** The value of the last member named {@code key}, as a JSON reader would keep it. */
        public Optional<JsonValue> get(String key) {
            for (int i = members.size() - 1; i >= 0; i--) {
                if (members.get(i).key().equals(key)) {
                    return Optional.of(members.get(i).value());
                }
            }
            return Optional.empty();
        }

        /** The last member named {@code key}. */
        public Optional<Member> member(String key) {
            for (int i = members.size() - 1; i >= 0; i--) {
                if (members.get(i).key().equals(key)) {
                    return Optional.of(members.get(i));
                }
            }
            return Optional.empty();
        }

        @Override
        public String typeName() {
            return "object";
        }
    }

    /** One key and its value, with the key's own position. */
    record Member(String key, int line, int column, JsonValue value) {
    }

    /** An array. */
    record JsonArray(List<JsonValue> items, int line, int column) implements JsonValue {
        public JsonArray {
            items = List.copyOf(items);
        }

        @Override
        public String typeName() {
            return "array";
        }
    }

    /** A string; the position is that of its opening quote. */
    record JsonString(String value, int line, int column) implements JsonValue {
        @Override
        public String typeName() {
            return "string";
        }
    }

    /** A number; {@code integral} is true when it was written without fraction or exponent. */
    record JsonNumber(BigDecimal value, boolean integral, int line, int column) implements JsonValue {
        @Override
        public String typeName() {
            return "number";
        }
    }

    /** {@code true} or {@code false}. */
    record JsonBoolean(boolean value, int line, int column) implements JsonValue {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    /** {@code null}. */
    record JsonNull(int line, int column) implements JsonValue {
        @Override
        public String typeName() {
            return "null";
        }
    }
}
