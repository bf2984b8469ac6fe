package dev.guidepost.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each value of a well-formed JSON text starts and ends (character offsets), so that an edit
 * can insert text at an exact place and leave every other byte alone. Reads only text that a strict
 * JSON parser has accepted; anything else gives an {@link IllegalArgumentException}.
 */
public final class JsonSpans {

    /** A value: {@code start} is its first character, {@code end} the offset after its last. */
    public sealed interface Node {
        int start();

        int end();
    }

    /** An object with its members in file order (duplicates kept). */
    public record ObjectNode(int start, int end, List<MemberNode> members) implements Node {
        public ObjectNode {
            members = List.copyOf(members);
        }

        /** The last member named {@code key}, the one a JSON reader keeps. */
        public Optional<MemberNode> member(String key) {
            for (int i = members.size() - 1; i >= 0; i--) {
                if (members.get(i).key().equals(key)) {
                    return Optional.of(members.get(i));
                }
            }
            return Optional.empty();
        }
    }

    /** One member: the key's decoded text, where the key's opening quote is, and the value. */
    public record MemberNode(String key, int keyStart, Node value) {
    }

    /** An array. */
    public record ArrayNode(int start, int end, List<Node> items) implements Node {
        public ArrayNode {
            items = List.copyOf(items);
        }
    }

    /** A string (its decoded text), number, boolean or null. */
    public record ScalarNode(int start, int end, String text) implements Node {
    }

    private final String text;
    private int pos;

    private JsonSpans(String text) {
        this.text = text;
    }

    /** The root value of {@code text} (a leading byte-order mark is skipped). */
    public static Node read(String text) {
        JsonSpans reader = new JsonSpans(text);
        reader.pos = text.startsWith("\uFEFF") ? 1 : 0;
        reader.skipWhitespace();
        Node root = reader.value();
        reader.skipWhitespace();
        if (reader.pos != text.length()) {
            throw new IllegalArgumentException("content after the JSON value at offset " + reader.pos);
        }
        return root;
    }

    private Node value() {
        if (pos >= text.length()) {
            throw new IllegalArgumentException("unexpected end of JSON");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> {
                int start = pos;
                String decoded = string();
                yield new ScalarNode(start, pos, decoded);
            }
            default -> scalar();
        };
    }

    private ObjectNode object() {
        int start = pos++;
        List<MemberNode> members = new ArrayList<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return new ObjectNode(start, pos, members);
        }
        while (true) {
            skipWhitespace();
            int keyStart = pos;
            expect('"');
            String key = string();
            skipWhitespace();
            expect(':');
            pos++;
            skipWhitespace();
            members.add(new MemberNode(key, keyStart, value()));
            skipWhitespace();
            char next = peek();
            pos++;
            if (next == '}') {
                return new ObjectNode(start, pos, members);
            }
            if (next != ',') {
                throw new IllegalArgumentException("expected ',' or '}' at offset " + (pos - 1));
            }
        }
    }

    private ArrayNode array() {
        int start = pos++;
        List<Node> items = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return new ArrayNode(start, pos, items);
        }
        while (true) {
            skipWhitespace();
            items.add(value());
            skipWhitespace();
            char next = peek();
            pos++;
            if (next == ']') {
                return new ArrayNode(start, pos, items);
            }
            if (next != ',') {
                throw new IllegalArgumentException("expected ',' or ']' at offset " + (pos - 1));
            }
        }
    }

    private String string() {
        expect('"');
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = charAt(pos++);
            switch (escaped) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> out.append(escaped);
            }
        }
    }

    private ScalarNode scalar() {
        int start = pos;
        while (pos < text.length() && ",]}: \t\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        if (pos == start) {
            throw new IllegalArgumentException("expected a value at offset " + pos);
        }
        return new ScalarNode(start, pos, text.substring(start, pos));
    }

    private void skipWhitespace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private char peek() {
        return charAt(pos);
    }

    private char charAt(int i) {
        if (i >= text.length()) {
            throw new IllegalArgumentException("unexpected end of JSON");
        }
        return text.charAt(i);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalArgumentException("expected '" + c + "' at offset " + pos);
        }
    }
}
