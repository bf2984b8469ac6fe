package dev.guidepost.check.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * On random mutations of the repository's real Python files (lines and tokens deleted, duplicated
 * and swapped; brackets, quotes, punctuation, keywords, indentation, tabs, CRLF, comments and
 * backslashes inserted), {@link PythonParser} never throws, never hangs, and gives up or returns
 * exactly tree-sitter's array.
 */
class PythonParserProperties {

    /** The biggest file the mutations start from, so each try stays fast. */
    private static final int MUTATED_MAX_CHARS = 6_000;

    private static final List<String> INSERTS = List.of("(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "=", "'", "\"",
            "'''", "\"\"\"", "f'", "rb\"", "#", "# c\n", "\\", "\\\n", "\n", "\r\n", "\t", "    ", "  ", "\n    ", "\n\t",
            "@", "*", "**", "->", ":=", "lambda", "not", "in", "is", "async ", "await ", "yield", "print ", "match ",
            "case ", "type ", "{x!r:>{w}}", "\\N{DASH}", "é", "😀", "0x_1", "1_0.5e-3j", "...", "\u000c", "\u0000");

    @Property(tries = 600)
    void mutatedRealFilesGiveUpOrAgree(@ForAll("mutated") String text) {
        boolean parsed = PythonParserTest.assertGivesUpOrAgrees(text);
        // enough of the mutants must still be parsed by Java, or the property tests only giving up
        Statistics.collect(parsed ? "parsed by java" : "given up");
        Statistics.coverage(coverage -> coverage.check("parsed by java").percentage(p -> p >= 15));
    }

    @Provide
    Arbitrary<String> mutated() {
        List<PythonParserTest.PythonFile> small = PythonParserTest.files().stream()
                .filter(f -> f.text().length() <= MUTATED_MAX_CHARS)
                .toList();
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(MutationKind.class),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.of(INSERTS)).as(Mutation::new);
        return Combinators.combine(Arbitraries.of(small), mutation.list().ofMinSize(1).ofMaxSize(6))
                .as((file, mutations) -> {
                    String text = file.text();
                    for (Mutation m : mutations) {
                        text = m.applyTo(text);
                    }
                    return text;
                });
    }

    private enum MutationKind {
        DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, DELETE_TOKEN, DUPLICATE_TOKEN, SWAP_TOKENS, INSERT, INDENT_LINE,
        CRLF, COMMENT_LINE, TABS
    }

    /** One edit of a text; {@code a} and {@code b} pick positions (modulo the text's lines or tokens). */
    record Mutation(MutationKind kind, int a, int b, String insert) {

        private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");

        String applyTo(String text) {
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("(?<=\n)", -1)));
            int i = a % lines.size();
            int j = b % lines.size();
            switch (kind) {
                case DELETE_LINE -> lines.remove(i);
                case DUPLICATE_LINE -> lines.add(i, lines.get(i));
                case SWAP_LINES -> {
                    String line = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, line);
                }
                case INDENT_LINE -> lines.set(i, (b % 2 == 0 ? "    " : " ") + lines.get(i));
                case COMMENT_LINE -> lines.add(i, "# " + insert + "\n");
                case TABS -> lines.set(i, lines.get(i).replace("    ", "\t"));
                case CRLF -> {
                    for (int k = i; k < lines.size() && k <= i + b % 8; k++) {
                        lines.set(k, lines.get(k).replaceAll("(?<!\r)\n$", "\r\n"));
                    }
                }
                case INSERT -> {
                    int at = text.isEmpty() ? 0 : b % (text.length() + 1);
                    return text.substring(0, at) + insert + text.substring(at);
                }
                default -> {
                    return tokenEdit(text);
                }
            }
            return String.join("", lines);
        }

        private String tokenEdit(String text) {
            List<int[]> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                tokens.add(new int[] {m.start(), m.end()});
            }
            if (tokens.isEmpty()) {
                return text;
            }
            int[] first = tokens.get(a % tokens.size());
            int[] second = tokens.get(b % tokens.size());
            String token = text.substring(first[0], first[1]);
            return switch (kind) {
                case DELETE_TOKEN -> text.substring(0, first[0]) + text.substring(first[1]);
                case DUPLICATE_TOKEN -> text.substring(0, first[1]) + (b % 2 == 0 ? " " : "") + token + text.substring(first[1]);
                default -> {
                    int[] low = first[0] <= second[0] ? first : second;
                    int[] high = low == first ? second : first;
                    if (low == high || low[1] > high[0]) {
                        yield text;
                    }
                    yield text.substring(0, low[0]) + text.substring(high[0], high[1]) + text.substring(low[1], high[0])
                            + text.substring(low[0], low[1]) + text.substring(high[1]);
                }
            };
        }
    }
}
