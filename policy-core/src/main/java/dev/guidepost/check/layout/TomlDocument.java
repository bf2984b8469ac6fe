package dev.guidepost.check.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables, strings and arrays of a TOML file such as {@code pyproject.toml} or {@code Pipfile}.
 * Reads the whole TOML syntax that such files use (dotted and quoted keys, all four string forms,
 * nested and multi-line arrays, inline tables, array tables); numbers, booleans and dates are kept
 * as their text. A file it cannot read yields what was read before the mistake, so a damaged file
 * never stops a check.
 */
public final class TomlDocument {

    private final Map<String, Object> root;

    private TomlDocument(Map<String, Object> root) {
        this.root = root;
    }

    /** Reads {@code text}; never throws. */
    public static TomlDocument parse(String text) {
        Map<String, Object> root = new LinkedHashMap<>();
        try {
            new Reader(text, root).document();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // keep what was read so far
        }
        return new TomlDocument(root);
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

    private static final class Reader {
        private final String text;
        private final Map<String, Object> root;
        private int pos;

        Reader(String text, Map<String, Object> root) {
            this.text = text;
            this.root = root;
        }

        void document() {
            Map<String, Object> table = root;
            while (true) {
                skipBlankAndComments();
                if (pos >= text.length()) {
                    return;
                }
                if (text.charAt(pos) == '[') {
                    boolean arrayTable = text.startsWith("[[", pos);
                    pos += arrayTable ? 2 : 1;
                    List<String> keys = keyPath();
                    expect(arrayTable ? "]]" : "]");
                    table = arrayTable ? appendTable(keys) : descend(root, keys);
                } else {
                    List<String> keys = keyPath();
                    expect("=");
                    Object value = value();
                    Map<String, Object> target = descend(table, keys.subList(0, keys.size() - 1));
                    target.put(keys.get(keys.size() - 1), value);
                }
                skipSpaces();
                if (pos < text.length() && text.charAt(pos) == '#') {
                    skipToLineEnd();
                }
            }
        }

        private Map<String, Object> appendTable(List<String> keys) {
            Map<String, Object> parent = descend(root, keys.subList(0, keys.size() - 1));
            Object existing = parent.get(keys.get(keys.size() - 1));
            List<Object> list;
            if (existing instanceof List<?>) {
                @SuppressWarnings("unchecked")
                List<Object> l = (List<Object>) existing;
                list = l;
            } else {
                list = new ArrayList<>();
                parent.put(keys.get(keys.size() - 1), list);
            }
            Map<String, Object> table = new LinkedHashMap<>();
            list.add(table);
            return table;
        }

        private static Map<String, Object> descend(Map<String, Object> from, List<String> keys) {
            Map<String, Object> current = from;
            for (String key : keys) {
                Object next = current.get(key);
                if (next instanceof List<?> list && !list.isEmpty() && list.get(list.size() - 1) instanceof Map<?, ?> m) {
                    current = cast(m);
                    continue;
                }
                if (!(next instanceof Map<?, ?>)) {
                    next = new LinkedHashMap<String, Object>();
                    current.put(key, next);
                }
                current = cast(next);
            }
            return current;
        }

        private List<String> keyPath() {
            List<String> keys = new ArrayList<>();
            while (true) {
                skipSpaces();
                char c = text.charAt(pos);
                if (c == '"' || c == '\'') {
                    keys.add(string());
                } else {
                    int start = pos;
                    while (pos < text.length() && isBareKeyChar(text.charAt(pos))) {
                        pos++;
                    }
                    if (start == pos) {
                        throw new IllegalArgumentException("key expected at " + pos);
                    }
                    keys.add(text.substring(start, pos));
                }
                skipSpaces();
                if (pos < text.length() && text.charAt(pos) == '.') {
                    pos++;
                } else {
                    return keys;
                }
            }
        }

        private static boolean isBareKeyChar(char c) {
            return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_');
        }

        private Object value() {
            skipSpaces();
            char c = text.charAt(pos);
            if (c == '"' || c == '\'') {
                return string();
            }
            if (c == '[') {
                pos++;
                List<Object> items = new ArrayList<>();
                while (true) {
                    skipBlankAndComments();
                    if (text.charAt(pos) == ']') {
                        pos++;
                        return items;
                    }
                    items.add(value());
                    skipBlankAndComments();
                    if (text.charAt(pos) == ',') {
                        pos++;
                    } else if (text.charAt(pos) != ']') {
                        throw new IllegalArgumentException("',' or ']' expected at " + pos);
                    }
                }
            }
            if (c == '{') {
                pos++;
                Map<String, Object> table = new LinkedHashMap<>();
                while (true) {
                    skipBlankAndComments();
                    if (text.charAt(pos) == '}') {
                        pos++;
                        return table;
                    }
                    List<String> keys = keyPath();
                    expect("=");
                    Object value = value();
                    descend(table, keys.subList(0, keys.size() - 1)).put(keys.get(keys.size() - 1), value);
                    skipBlankAndComments();
                    if (text.charAt(pos) == ',') {
                        pos++;
                    }
                }
            }
            int start = pos;
            while (pos < text.length() && ",]}#\n\r".indexOf(text.charAt(pos)) < 0) {
                pos++;
            }
            String raw = text.substring(start, pos).strip();
            if (raw.isEmpty()) {
                throw new IllegalArgumentException("value expected at " + start);
            }
            return raw;
        }

        private String string() {
            char quote = text.charAt(pos);
            boolean multi = text.startsWith(String.valueOf(quote).repeat(3), pos);
            pos += multi ? 3 : 1;
            if (multi && pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            } else if (multi && text.startsWith("\r\n", pos)) {
                pos += 2;
            }
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(pos);
                if (multi ? text.startsWith(String.valueOf(quote).repeat(3), pos) : c == quote) {
                    pos += multi ? 3 : 1;
                    while (multi && pos < text.length() && text.charAt(pos) == quote) {
                        out.append(quote);
                        pos++;
                    }
                    return out.toString();
                }
                if (!multi && c == '\n') {
                    throw new IllegalArgumentException("unterminated string at " + pos);
                }
                if (c == '\\' && quote == '"') {
                    char e = text.charAt(pos + 1);
                    pos += 2;
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.appendCodePoint(Integer.parseInt(text.substring(pos, pos + 4), 16));
                            pos += 4;
                        }
                        case 'U' -> {
                            out.appendCodePoint(Integer.parseInt(text.substring(pos, pos + 8), 16));
                            pos += 8;
                        }
                        case '\n', '\r', ' ', '\t' -> {
                            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                                pos++;
                            }
                        }
                        default -> out.append(e);
                    }
                    continue;
                }
                out.append(c);
                pos++;
            }
        }

        private void expect(String token) {
            skipSpaces();
            if (!text.startsWith(token, pos)) {
                throw new IllegalArgumentException("'" + token + "' expected at " + pos);
            }
            pos += token.length();
        }

        private void skipSpaces() {
            while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
                pos++;
            }
        }

        private void skipBlankAndComments() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '#') {
                    skipToLineEnd();
                } else if (Character.isWhitespace(c)) {
                    pos++;
                } else {
                    return;
                }
            }
        }

        private void skipToLineEnd() {
            while (pos < text.length() && text.charAt(pos) != '\n') {
                pos++;
            }
        }
    }
}
