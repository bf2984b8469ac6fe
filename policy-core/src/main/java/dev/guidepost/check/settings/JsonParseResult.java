package dev.guidepost.check.settings;

import java.util.Optional;

/**
 * The outcome of reading a JSON text: either a value, or the syntax error the parser stopped at
 * (its 1-based line and column and a one-line message without parser internals).
 */
public record JsonParseResult(Optional<JsonValue> value, Optional<SyntaxError> error) {

    /** Where and why a JSON text is malformed. */
    public record SyntaxError(int line, int column, String message) {
    }

    static JsonParseResult ok(JsonValue value) {
        return new JsonParseResult(Optional.of(value), Optional.empty());
    }

    static JsonParseResult failed(int line, int column, String message) {
        return new JsonParseResult(Optional.empty(), Optional.of(new SyntaxError(line, column, message)));
    }

    /** True when the text parsed. */
    public boolean isValid() {
        return value.isPresent();
    }
}
