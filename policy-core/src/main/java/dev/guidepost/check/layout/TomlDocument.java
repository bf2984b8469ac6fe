package dev.guidepost.check.layout;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables, strings and arrays of a TOML file such as {@code pyproject.toml} or {@code Pipfile}.
 * Parsed with Jackson's TOML module; a damaged file reads as empty, so it never stops a check.
 */
public final class TomlDocument {

    private static final TomlMapper MAPPER = new TomlMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final Map<String, Object> root;

    private TomlDocument(Map<String, Object> root) {
        this.root = root;
    }

    /** Reads {@code text}; never throws: a file that is not valid TOML reads as empty. */
    public static TomlDocument parse(String text) {
        try {
            Map<String, Object> root = MAPPER.readValue(text, MAP);
            return new TomlDocument(root == null ? Map.of() : root);
        } catch (java.io.IOException | RuntimeException e) {
            return new TomlDocument(Map.of());
        }
    }

    /** The table at a dotted path of bare keys ({@code tool.poetry.dependencies}). */
    public Optional<Map<String, Object>> table(String dottedPath) {
        Object value = value(dottedPath).orElse(null);
        return value instanceof Map<?, ?> ? Optional.of(cast(value)) : Optional.empty();
    }

    /** The value at a dotted path: a String, a List or a Map. */
    public Optional<Object> value(String dottedPath) {
        Object current = root;
        for (String key : dottedPath.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            current = map.get(key);
        }
        return Optional.ofNullable(current);
    }

    /** The strings of an array value (others left out); a string value is a list of one. */
    public static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
