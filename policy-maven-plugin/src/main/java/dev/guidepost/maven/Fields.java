package dev.guidepost.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text form of what the goal hands to its forked JVM and gets back: a list of strings, each
 * written as its length, a colon, the string and a line end. Any string fits (line ends, colons), and
 * a file cut short or of another kind is told from a whole one: it does not split.
 */
final class Fields {

    private Fields() {
    }

    static String join(List<String> fields) {
        StringBuilder text = new StringBuilder();
        for (String field : fields) {
            text.append(field.length()).append(':').append(field).append('\n');
        }
        return text.toString();
    }

    /** The fields of {@code text}; empty when it is not a whole list of fields. */
    static Optional<List<String>> split(String text) {
        List<String> fields = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int colon = text.indexOf(':', at);
            if (colon <= at || colon - at > 10) {
                return Optional.empty();
            }
            int length;
            try {
                length = Integer.parseInt(text.substring(at, colon));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            int end = colon + 1 + length;
            if (length < 0 || end >= text.length() || text.charAt(end) != '\n') {
                return Optional.empty();
            }
            fields.add(text.substring(colon + 1, end));
            at = end + 1;
        }
        return Optional.of(fields);
    }

    /**
     * A reader of the fields of {@code text}, past its first, when {@code text} is one whole record
     * whose first field is {@code format}; empty otherwise.
     */
    static Optional<Reader> record(String text, String format) {
        Optional<List<String>> fields = split(text);
        if (fields.isEmpty() || fields.get().isEmpty() || !fields.get().get(0).equals(format)) {
            return Optional.empty();
        }
        Reader in = new Reader(fields.get());
        in.next();
        return Optional.of(in);
    }

    /** Reads fields in order; any misstep (too few, a bad number) is an {@link IllegalArgumentException}. */
    static final class Reader {
        private final List<String> fields;
        private int next;

        Reader(List<String> fields) {
            this.fields = fields;
        }

        String next() {
            if (next >= fields.size()) {
                throw new IllegalArgumentException("too few fields");
            }
            return fields.get(next++);
        }

        int count() {
            int n = Integer.parseInt(next());
            if (n < 0 || n > fields.size() - next) {
                throw new IllegalArgumentException("bad count " + n);
            }
            return n;
        }

        List<String> list() {
            int n = count();
            List<String> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                items.add(next());
            }
            return items;
        }

        /** A value written by {@link Writer#optional}. */
        Optional<String> optional() {
            String field = next();
            if (field.equals("-")) {
                return Optional.empty();
            }
            if (!field.startsWith("+")) {
                throw new IllegalArgumentException("not an optional value: " + field);
            }
            return Optional.of(field.substring(1));
        }

        boolean done() {
            return next == fields.size();
        }
    }

    /** Collects fields in order. */
    static final class Writer {
        private final List<String> fields = new ArrayList<>();

        Writer add(String field) {
            fields.add(field);
            return this;
        }

        Writer list(List<String> items) {
            fields.add(String.valueOf(items.size()));
            fields.addAll(items);
            return this;
        }

        Writer optional(Optional<?> value) {
            fields.add(value.map(v -> "+" + v).orElse("-"));
            return this;
        }

        List<String> fields() {
            return List.copyOf(fields);
        }

        String text() {
            return join(fields);
        }
    }
}
