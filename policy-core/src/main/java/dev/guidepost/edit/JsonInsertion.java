package dev.guidepost.edit;

import dev.guidepost.edit.JsonSpans.ArrayNode;
import dev.guidepost.edit.JsonSpans.MemberNode;
import dev.guidepost.edit.JsonSpans.Node;
import dev.guidepost.edit.JsonSpans.ObjectNode;
import dev.guidepost.edit.JsonSpans.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends strings to a list inside a JSON document by inserting text only: every character of the
 * original stays where it was relative to its neighbours, so formatting, key order, comments-free
 * layout and unrelated members are untouched. New text follows the file's own layout: its line
 * ends, its indentation step, the indentation of the list's last element, its separator after
 * commas and colons, and one element per line unless the list is written on one line.
 */
public final class JsonInsertion {

    private JsonInsertion() {
    }

    /**
     * {@code text} with {@code values} appended, in order, to the list at {@code path} (object keys
     * from the root). Missing objects and the list itself are added as the last member of their
     * parent object.
     *
     * @param text a well-formed JSON document
     * @throws JsonEditException when a value on the path is not an object, or the target is not a list
     */
    public static String appendStrings(String text, List<String> path, List<String> values) throws JsonEditException {
        return appendValues(text, path, values.stream().map(JsonStrings::quote).toList());
    }

    /**
     * As {@link #appendStrings}, for values given as JSON text (an object written on one line, a
     * number, a quoted string), each inserted as written.
     *
     * @param values well-formed JSON values, each on one line
     */
    public static String appendValues(String text, List<String> path, List<String> values) throws JsonEditException {
        if (values.isEmpty()) {
            return text;
        }
        Node node = JsonSpans.read(text);
        Layout layout = Layout.of(text, node);
        List<String> quoted = List.copyOf(values);
        for (int i = 0; i < path.size(); i++) {
            if (!(node instanceof ObjectNode object)) {
                throw new JsonEditException(node.start(), where(path, i) + " is " + typeOf(node) + ", not an object");
            }
            var member = object.member(path.get(i));
            if (member.isEmpty()) {
                String indent = childIndent(text, layout, object.start(), spans(object));
                boolean multiline = multiline(text, layout, object.start(), object.end(), !object.members().isEmpty());
                String value = render(path.subList(i + 1, path.size()), quoted, indent, multiline, layout);
                return insert(text, layout, object.start(), object.end(), spans(object),
                        List.of(JsonStrings.quote(path.get(i)) + layout.colon + value));
            }
            node = member.get().value();
        }
        if (!(node instanceof ArrayNode array)) {
            throw new JsonEditException(node.start(), where(path, path.size()) + " is " + typeOf(node) + ", not a list");
        }
        List<int[]> items = array.items().stream().map(n -> new int[] {n.start(), n.end()}).toList();
        return insert(text, layout, array.start(), array.end(), items, quoted);
    }

    private static String where(List<String> path, int depth) {
        return depth == 0 ? "the document" : "'" + String.join(".", path.subList(0, depth)) + "'";
    }

    private static String typeOf(Node node) {
        if (node instanceof ObjectNode) {
            return "an object";
        }
        if (node instanceof ArrayNode) {
            return "a list";
        }
        String text = ((ScalarNode) node).text();
        return switch (text) {
            case "true", "false" -> "a boolean";
            case "null" -> "null";
            default -> text.isEmpty() || Character.isDigit(text.charAt(0)) || text.charAt(0) == '-' ? "a number" : "a string";
        };
    }

    private static List<int[]> spans(ObjectNode object) {
        return object.members().stream().map(m -> new int[] {m.keyStart(), m.value().end()}).toList();
    }

    /** A new value for the rest of a path: nested objects around a list of {@code quoted} strings. */
    private static String render(List<String> rest, List<String> quoted, String indent, boolean multiline, Layout layout) {
        String inner = indent + layout.unit;
        if (rest.isEmpty()) {
            return multiline
                    ? "[" + layout.newline + inner + String.join("," + layout.newline + inner, quoted) + layout.newline + indent + "]"
                    : "[" + String.join(layout.comma, quoted) + "]";
        }
        String value = render(rest.subList(1, rest.size()), quoted, inner, multiline, layout);
        String member = JsonStrings.quote(rest.get(0)) + layout.colon + value;
        return multiline ? "{" + layout.newline + inner + member + layout.newline + indent + "}" : "{" + member + "}";
    }

    /**
     * Inserts {@code children} (rendered elements or members) at the end of the container from
     * {@code start} to {@code end} whose existing children span {@code existing}.
     */
    private static String insert(String text, Layout layout, int start, int end, List<int[]> existing, List<String> children) {
        int close = end - 1;
        boolean multiline = multiline(text, layout, start, end, !existing.isEmpty());
        String indent = childIndent(text, layout, start, existing);
        StringBuilder added = new StringBuilder();
        int at;
        if (!existing.isEmpty()) {
            at = existing.get(existing.size() - 1)[1];
            String separator = multiline ? "," + layout.newline + indent : inlineSeparator(text, existing, layout);
            children.forEach(child -> added.append(separator).append(child));
        } else if (!multiline) {
            at = close;
            added.append(String.join(layout.comma, children));
        } else {
            int newline = text.lastIndexOf('\n', close);
            if (newline > start) {
                // an empty list already spread over lines: new elements go before its last line break
                at = newline > 0 && text.charAt(newline - 1) == '\r' ? newline - 1 : newline;
                for (int i = 0; i < children.size(); i++) {
                    added.append(i == 0 ? "" : ",").append(layout.newline).append(indent).append(children.get(i));
                }
            } else {
                at = close;
                added.append(layout.newline).append(indent)
                        .append(String.join("," + layout.newline + indent, children))
                        .append(layout.newline).append(lineIndent(text, start));
            }
        }
        return text.substring(0, at) + added + text.substring(at);
    }

    /** A container is laid out over lines when it already is, or, when empty, when the document is. */
    private static boolean multiline(String text, Layout layout, int start, int end, boolean hasChildren) {
        boolean spread = text.substring(start, end).indexOf('\n') >= 0;
        return spread || (!hasChildren && layout.multiline);
    }

    /** Between two inline elements: what the list already uses after its first element, else the file's own. */
    private static String inlineSeparator(String text, List<int[]> existing, Layout layout) {
        if (existing.size() >= 2) {
            String between = text.substring(existing.get(0)[1], existing.get(1)[0]);
            if (between.indexOf('\n') < 0) {
                return between;
            }
        }
        return layout.comma;
    }

    /** The indentation of a new child: that of the last child when it starts its line, else one step more than the container's line. */
    private static String childIndent(String text, Layout layout, int start, List<int[]> existing) {
        if (!existing.isEmpty()) {
            int last = existing.get(existing.size() - 1)[0];
            int lineStart = text.lastIndexOf('\n', last - 1) + 1;
            String before = text.substring(lineStart, last);
            if (before.isBlank() && lineStart > start) {
                return before;
            }
        }
        return lineIndent(text, start) + layout.unit;
    }

    /** The leading blanks of the line holding {@code offset}. */
    private static String lineIndent(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(lineStart, Math.min(i, offset));
    }

    /** The document's conventions: line end, indentation step, separators. */
    private record Layout(String newline, String unit, String colon, String comma, boolean multiline) {

        static Layout of(String text, Node root) {
            String newline = text.contains("\r\n") ? "\r\n" : "\n";
            boolean multiline = text.substring(root.start(), root.end()).indexOf('\n') >= 0;
            String colon = ": ";
            String comma = ", ";
            List<Node> pending = new ArrayList<>(List.of(root));
            boolean colonFound = false;
            boolean commaFound = false;
            while (!pending.isEmpty() && !(colonFound && commaFound)) {
                Node node = pending.remove(0);
                if (node instanceof ObjectNode object) {
                    for (MemberNode member : object.members()) {
                        if (!colonFound) {
                            int keyEnd = text.indexOf(':', member.keyStart() + quotedLength(text, member.keyStart()));
                            colon = text.substring(keyEnd, member.value().start());
                            colonFound = colon.indexOf('\n') < 0;
                            colon = colonFound ? colon : ": ";
                        }
                        pending.add(member.value());
                    }
                } else if (node instanceof ArrayNode array) {
                    if (!commaFound && array.items().size() >= 2) {
                        String between = text.substring(array.items().get(0).end(), array.items().get(1).start());
                        if (between.indexOf('\n') < 0) {
                            comma = between;
                            commaFound = true;
                        }
                    }
                    pending.addAll(array.items());
                }
            }
            return new Layout(newline, unit(text), colon, comma, multiline);
        }

        /** The leading blanks of the first indented line: the step the file indents by (two spaces when none is). */
        private static String unit(String text) {
            for (String line : text.split("\n", -1)) {
                int i = 0;
                while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                    i++;
                }
                if (i > 0 && i < line.length() && line.charAt(i) != '\r') {
                    return line.charAt(0) == '\t' ? "\t" : line.substring(0, i);
                }
            }
            return "  ";
        }

        private static int quotedLength(String text, int start) {
            int i = start + 1;
            while (i < text.length() && text.charAt(i) != '"') {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            return i + 1 - start;
        }
    }
}
