package dev.guidepost.check.layout;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables, strings and arrays of a TOML file such as {@code pyproject.toml} or {@code Pipfile}.
 * Parsed with Jackson's TOML module; a damaged file reads as empty, so it never stops a check.
 *
 * <p>The values are read from the module's token stream into maps, lists, strings, numbers and
 * booleans, as an {@code ObjectMapper} would bind them to a {@code Map}, but without one: a mapper is
 * costly to set up (nothing else in a check needs one), and a layout rule reads one or two files.
 */
public final class TomlDocument {

    private static final TomlFactory FACTORY = new TomlFactory();

    private final Map<String, Object> root;

    private TomlDocument(Map<String, Object> root) {
        this.root = root;
    }

    /** Reads {@code text}; never throws: a file that is not valid TOML reads as empty. */
    public static TomlDocument parse(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new TomlDocument(Map.of());
            }
            return new TomlDocument(value(parser) instanceof Map<?, ?> map ? cast(map) : Map.of());
        } catch (IOException | RuntimeException e) {
            return new TomlDocument(Map.of());
        }
    }

    /** The value starting at the parser's current token, its end token consumed. */
    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> table = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    table.put(key, value(parser));
                }
                return table;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getNumberValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            case VALUE_EMBEDDED_OBJECT -> {
                return parser.getEmbeddedObject();
            }
            default -> throw new IOException("unexpected " + token);
        }
    }

    /** The whole document: its top-level table. */
    Map<String, Object> root() {
        return root;
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
