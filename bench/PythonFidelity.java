package dev.guidepost.check.source;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Differential check of {@link PythonParser} on real code: every {@code .py} file (at most 2 MB,
 * valid UTF-8) under the given folders is parsed by tree-sitter (Guidepost's native library, no
 * queries) and by the Java front end, and the two flat arrays must be identical wherever the Java
 * parser does not give up. Prints each file that differs with its first differing node (both
 * records decoded, the native node's ancestors and its source line), then the counts, the
 * thread-CPU time of each parser over the files both parsed, and the differences grouped by the
 * first differing node's kinds. Exits 1 on any difference. Run with bench/python-fidelity.sh; it
 * lives in the parser's package because the parser is package-private.
 */
public final class PythonFidelity {

    private static final int N = TreeSitterNative.NODE_INTS;
    private static final int EXAMPLES = 3;

    private final String[] kinds;
    private final String[] fields;
    private final boolean summaryOnly;
    private final Map<String, List<String>> categories = new LinkedHashMap<>();
    private final Map<String, Integer> categoryCounts = new LinkedHashMap<>();

    private PythonFidelity(TreeSitterNative.Tables tables, boolean summaryOnly) {
        this.kinds = tables.kinds();
        this.fields = tables.fields();
        this.summaryOnly = summaryOnly;
    }

    public static void main(String[] args) throws Exception {
        boolean summaryOnly = args.length > 0 && args[0].equals("--summary");
        List<String> folders = Arrays.asList(args).subList(summaryOnly ? 1 : 0, args.length);
        if (folders.isEmpty()) {
            System.err.println("usage: python-fidelity.sh [--summary] FOLDER...");
            System.exit(2);
        }
        TreeSitterBackend backend = TreeSitterBackend.LIBRARY;
        TreeSitterNative.Tables tables = backend.tables(SourceLanguage.PYTHON);
        TreeSitterBackend.LanguageParser tree = backend.newParser(SourceLanguage.PYTHON);
        PythonParser java = new PythonParser(tables, text -> tree.parse(text, List.of()));
        PythonFidelity check = new PythonFidelity(tables, summaryOnly);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long files = 0;
        long byJava = 0;
        long givenUp = 0;
        long different = 0;
        long chars = 0;
        long bothChars = 0;
        long nativeNanos = 0;
        long javaNanos = 0;
        for (String folder : folders) {
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(Path.of(folder))) {
                paths = walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
            }
            for (Path path : paths) {
                if (Files.size(path) > 2 * 1024 * 1024) {
                    continue;
                }
                String text;
                try {
                    text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
                } catch (CharacterCodingException e) {
                    continue;
                }
                char[] wellFormed = TreeSitterParser.wellFormed(text);
                files++;
                chars += wellFormed.length;
                long started = cpu.getCurrentThreadCpuTime();
                int[] expected = tree.parse(wellFormed.clone(), List.of());
                long nativeTime = cpu.getCurrentThreadCpuTime() - started;
                started = cpu.getCurrentThreadCpuTime();
                int[] actual;
                try {
                    actual = java.parse(wellFormed.clone());
                } catch (RuntimeException e) {
                    different++;
                    check.report(path, wellFormed, "threw " + e, "java parser throws", -1);
                    continue;
                }
                long javaTime = cpu.getCurrentThreadCpuTime() - started;
                if (actual == null) {
                    if (!summaryOnly) {
                        System.out.println("given up " + path + " (" + wellFormed.length + " chars)");
                    }
                    givenUp++;
                    continue;
                }
                byJava++;
                bothChars += wellFormed.length;
                nativeNanos += nativeTime;
                javaNanos += javaTime;
                int[] tree0 = Arrays.copyOf(expected, 2 + expected[0] * N);
                if (!Arrays.equals(tree0, actual)) {
                    different++;
                    check.difference(path, wellFormed, tree0, actual);
                }
            }
        }
        tree.close();
        System.out.printf("%d files (%.1f MB of text): %d parsed by Java, %d given up, %d DIFFERENT%n", files,
                chars / 1e6, byJava, givenUp, different);
        System.out.printf("over the %d files both parsed (%.1f MB): tree-sitter %.0f ms (%.1f MB/s), Java %.0f ms (%.1f MB/s)%n",
                byJava, bothChars / 1e6, nativeNanos / 1e6, mbPerSecond(bothChars, nativeNanos), javaNanos / 1e6,
                mbPerSecond(bothChars, javaNanos));
        check.printCategories();
        System.exit(different == 0 ? 0 : 1);
    }

    private static double mbPerSecond(long chars, long nanos) {
        return nanos == 0 ? 0 : chars / 1e6 / (nanos / 1e9);
    }

    /** Reports the first node at which {@code actual} (Java) leaves {@code expected} (tree-sitter). */
    private void difference(Path path, char[] text, int[] expected, int[] actual) {
        if (actual.length < 2) {
            report(path, text, "java array has no header", "java array has no header", -1);
            return;
        }
        int count = Math.min(expected[0], actual[0]);
        int index = 0;
        while (index < count && Arrays.equals(expected, 2 + index * N, 2 + index * N + N, actual, 2 + index * N, 2 + index * N + N)) {
            index++;
        }
        int[] parents = parents(expected);
        String parent = index < expected[0] && parents[index] >= 0 ? kind(expected, parents[index]) : "-";
        String category;
        String detail;
        if (index == count && expected[0] == actual[0]) {
            report(path, text, "error flag " + expected[1] + " (tree-sitter) vs " + actual[1] + " (java), same nodes",
                    "error flag only (tree-sitter " + expected[1] + ")", -1);
            return;
        }
        if (index == count) {
            category = parent + " > " + (expected[0] > count ? "java tree ends early" : "java tree has more nodes");
            detail = "node counts " + expected[0] + " (tree-sitter) vs " + actual[0] + " (java); first extra: "
                    + (expected[0] > count ? "tree-sitter " + record(expected, count, text) : "java " + record(actual, count, text));
        } else {
            detail = "node " + index + "\n    tree-sitter " + record(expected, index, text) + "\n    java        "
                    + record(actual, index, text);
            // a parent whose child count differs comes first in pre-order: the node that differs is further on
            int node = index;
            while (node < count && Arrays.equals(expected, 2 + node * N, 2 + node * N + 4, actual, 2 + node * N, 2 + node * N + 4)) {
                node++;
            }
            if (node > index && node < count) {
                detail += "\n  first node that differs in more than its child count: " + node + "\n    tree-sitter "
                        + record(expected, node, text) + "\n    java        " + record(actual, node, text);
                index = node;
                parent = parents[index] >= 0 ? kind(expected, parents[index]) : "-";
            }
            String nativeKind = kind(expected, index);
            String javaKind = kind(actual, index);
            category = parent + " > " + (nativeKind.equals(javaKind) ? nativeKind + " (" + what(expected, actual, index) + ")"
                    : nativeKind + " vs java " + javaKind);
        }
        int at = index < expected[0] ? expected[2 + index * N + 2] : text.length;
        StringBuilder ancestors = new StringBuilder();
        for (int p = index < expected[0] ? parents[index] : -1; p >= 0; p = parents[p]) {
            ancestors.insert(0, kind(expected, p) + (ancestors.length() == 0 ? "" : " > "));
        }
        report(path, text, detail + "\n    ancestors   " + ancestors + "\n    source      " + line(text, at).strip(),
                category, at);
    }

    private String what(int[] expected, int[] actual, int index) {
        int e = 2 + index * N;
        List<String> parts = new ArrayList<>();
        if (expected[e] != actual[e]) {
            parts.add("flags");
        }
        if (expected[e + 1] != actual[e + 1]) {
            parts.add("field");
        }
        if (expected[e + 2] != actual[e + 2] || expected[e + 3] != actual[e + 3]) {
            parts.add("range");
        }
        if (expected[e + 4] != actual[e + 4]) {
            parts.add("children");
        }
        return String.join(", ", parts);
    }

    private void report(Path path, char[] text, String detail, String category, int at) {
        String where = at < 0 ? path.toString() : path + ":" + lineNumber(text, at);
        if (!summaryOnly) {
            System.out.println("DIFFERENT " + where + ": " + detail);
        }
        categoryCounts.merge(category, 1, Integer::sum);
        List<String> examples = categories.computeIfAbsent(category, c -> new ArrayList<>());
        if (examples.size() < EXAMPLES) {
            examples.add(where + (at < 0 ? "" : "\n" + snippet(text, at)));
        }
    }

    private void printCategories() {
        categoryCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> {
                    System.out.println("== " + e.getValue() + "x " + e.getKey());
                    for (String example : categories.get(e.getKey())) {
                        System.out.println("  " + example.replace("\n", "\n      | "));
                    }
                });
    }

    /** Each node's parent index in a flat array (-1 for the root). */
    private static int[] parents(int[] flat) {
        int count = flat[0];
        int[] parents = new int[count];
        int[] open = new int[count + 1];
        int[] left = new int[count + 1];
        int depth = 0;
        for (int i = 0; i < count; i++) {
            parents[i] = depth == 0 ? -1 : open[depth - 1];
            if (depth > 0) {
                left[depth - 1]--;
            }
            int children = flat[2 + i * N + 4];
            if (children > 0) {
                open[depth] = i;
                left[depth] = children;
                depth++;
            } else {
                while (depth > 0 && left[depth - 1] == 0) {
                    depth--;
                }
            }
        }
        return parents;
    }

    private String kind(int[] flat, int index) {
        int symbol = flat[2 + index * N] & 0xFFFF;
        return symbol < kinds.length ? kinds[symbol] : "ERROR";
    }

    private String record(int[] flat, int index, char[] text) {
        int e = 2 + index * N;
        int flags = flat[e] >>> 16;
        int field = flat[e + 1];
        String fieldName = field <= 0 ? "" : (field < fields.length ? fields[field] : "#" + field) + ": ";
        String kind = kind(flat, index);
        boolean named = (flags & TreeSitterNative.FLAG_NAMED) != 0;
        return fieldName + (named ? kind : "\"" + kind + "\"") + " #" + (flat[e] & 0xFFFF)
                + ((flags & TreeSitterNative.FLAG_MISSING) != 0 ? " MISSING" : "")
                + ((flags & TreeSitterNative.FLAG_ERROR) != 0 ? " ERROR" : "")
                + " [" + position(text, flat[e + 2]) + "-" + position(text, flat[e + 3]) + ") " + flat[e + 4] + " children";
    }

    private static String position(char[] text, int offset) {
        int line = 1;
        int column = 0;
        for (int i = 0; i < Math.min(offset, text.length); i++) {
            if (text[i] == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        return line + ":" + column;
    }

    private static int lineNumber(char[] text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length); i++) {
            if (text[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String line(char[] text, int offset) {
        int start = Math.max(0, Math.min(offset, text.length));
        while (start > 0 && text[start - 1] != '\n') {
            start--;
        }
        int end = Math.min(offset, text.length);
        while (end < text.length && text[end] != '\n') {
            end++;
        }
        String line = new String(text, start, end - start).replace("\0", "\\0").replace("\r", "\\r");
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }

    /** The line at {@code offset} with the one before and after. */
    private static String snippet(char[] text, int offset) {
        int start = Math.max(0, Math.min(offset, text.length));
        while (start > 0 && text[start - 1] != '\n') {
            start--;
        }
        List<String> lines = new ArrayList<>();
        if (start > 0) {
            lines.add(line(text, start - 1));
        }
        lines.add(line(text, offset));
        int end = Math.min(offset, text.length);
        while (end < text.length && text[end] != '\n') {
            end++;
        }
        if (end + 1 < text.length) {
            lines.add(line(text, end + 1));
        }
        return String.join("\n", lines);
    }
}
