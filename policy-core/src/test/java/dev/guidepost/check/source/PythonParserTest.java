package dev.guidepost.check.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guidepost's Java Python front end against tree-sitter: on every Python file of the repository
 * (test resources, the builtin pack's fixtures, samples, the CLI's and the Maven plugin's test
 * projects), {@link PythonParser} gives up or returns exactly the array of the native parse (the
 * backend this JVM selected), and it takes most of them itself. {@link PythonParserProperties} does
 * the same on random mutations of these files.
 */
class PythonParserTest {

    private static final Duration HANG = Duration.ofSeconds(5);
    private static final TreeSitterBackend BACKEND = TreeSitterBackend.selected();
    private static final TreeSitterNative.Tables TABLES = BACKEND.tables(SourceLanguage.PYTHON);
    private static final TreeSitterBackend.LanguageParser TREE_SITTER = BACKEND.newParser(SourceLanguage.PYTHON);
    private static final PythonParser JAVA = new PythonParser(TABLES, text -> TREE_SITTER.parse(text, List.of()));
    private static final List<PythonFile> FILES = pythonFiles();

    record PythonFile(String name, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<PythonFile> pythonFiles() {
        List<PythonFile> files = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("../samples"),
                Path.of("../policy-cli/src/test/resources"), Path.of("../policy-maven-plugin/src/it"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().forEach(p -> {
                    try {
                        files.add(new PythonFile(root.getFileName() + "/" + root.relativize(p),
                                Files.readString(p, StandardCharsets.UTF_8)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(p.toString(), e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(files);
    }

    static List<PythonFile> files() {
        return FILES;
    }

    @ParameterizedTest
    @MethodSource("files")
    void givesUpOrGivesTreeSittersArray(PythonFile file) {
        assertGivesUpOrAgrees(file.text());
    }

    // LEAD: check this one once the parser has landed. It asserts the Java front end really takes
    // the repository's own Python files (at least 90% of them), so a parser that gives up on
    // everything cannot pass the test above unnoticed.
    @Test
    void parsesMostFilesItself() {
        List<String> givenUp = new ArrayList<>();
        for (PythonFile file : FILES) {
            if (JAVA.parse(TreeSitterParser.wellFormed(file.text())) == null) {
                givenUp.add(file.name());
            }
        }
        assertThat(FILES).hasSizeGreaterThan(400);
        assertThat(givenUp.size()).as("files given up: %s", givenUp).isLessThanOrEqualTo(FILES.size() / 10);
    }

    @Test
    void givesUpOnSyntaxErrors() {
        for (String broken : List.of("def f(:\n    pass\n", "x = (1,\n", "if x\n    y\n")) {
            int[] expected = TREE_SITTER.parse(broken.toCharArray(), List.of());
            assertThat(expected[1]).as(broken).isEqualTo(1);
            assertThat(JAVA.parse(broken.toCharArray())).as(broken).isNull();
        }
    }

    /** Texts on which the mutation property once found the Java parser and tree-sitter apart. */
    @Test
    void agreesOnWhatTheMutationsFound() {
        for (String text : List.of("# \0\nx = 1\n", "x = \"a\0b\"\n", "x = 1  # a\0b\n", "return \"\\*\".join()\n",
                "x = \"\\ \\n\".join(parts)\n", "class A:\n    @property\n# c\n    def f(self):\n        pass\n",
                "class A:\n    def record(self, **\nkwargs):\n        pass\n", "if x:\n    pass\\\n",
                "if x:\n    pass\\\n\ny = 1\n")) {
            assertGivesUpOrAgrees(text);
        }
    }

    @Test
    void parsesTheEmptyFileAndBlankText() {
        for (String text : List.of("", "\n", "   \n\n", "# only a comment\n", "\r\n", "x = 1")) {
            assertGivesUpOrAgrees(text);
        }
        assertThat(JAVA.parse(new char[0])).isNotNull();
    }

    /**
     * Java gives up, or gives the native array (without query hits) int for int; in bounded time.
     * Returns whether Java parsed the text.
     */
    /**
     * A starred name with trailers or operators: tree-sitter reads it as a splat of the whole or as
     * an expression on a {@code *name} primary depending on where it stands; the Java parser takes
     * each of these (Django's ORM is full of {@code [*self.fields, ...]}) and builds the same tree.
     */
    @Test
    void takesStarredElementsWhereverTheyStand() {
        for (String text : List.of("x = [*a.b]\n", "x = [*a.b, c]\n", "x = [c, *a.b]\n", "x = [*a.b, *c.d]\n",
                "x = [*f(y)]\n", "x = [*a[1]]\n", "x = [*a + b]\n", "x = [*a.b for a in y]\n", "x = {*a.b}\n",
                "x = {*a.b, c}\n", "x = {c, *a.b}\n", "x = (*a.b, c)\n", "x = (c, *a.b)\n", "x = [*(a).b]\n",
                "x = [*a, b.c]\n", "f(*a.b, *c.d)\n", "x = *a, b\n")) {
            assertThat(assertGivesUpOrAgrees(text)).as("the Java parser takes %s", text).isTrue();
        }
        // unbracketed expression lists: tree-sitter's reading depends on more than the tokens around
        // the element, and *"s" is an error there; the Java parser may leave these to it
        for (String text : List.of("x = a, *b.c\n", "x = *a.b, c\n", "x = *a + b, c\n", "x = *a.b\n",
                "def f():\n    return *a.b, c\n", "def f():\n    return *a.b\n", "for x in *a.b, c:\n    pass\n",
                "for x in *a.b:\n    pass\n", "x = *\"s\"\n", "x = a, *\"s\"\n", "x = *\"s\", a\n",
                "class A:\n    name =* \"shop\"\n")) {
            assertGivesUpOrAgrees(text);
        }
    }

    /**
     * A line that ends with a comma outside brackets: tree-sitter ends the statement there when the
     * items cannot all be assignment targets, and always after an assignment's right side; the Java
     * parser takes those ({@code parser.add_argument(...),} in Django's tests, {@code self.select +=
     * col,} in its ORM). Items that could all be targets read on into an assignment on the next line
     * or not, as tree-sitter's readings fall: those it may leave.
     */
    @Test
    void takesTrailingCommasAtLineEnds() {
        for (String text : List.of("f(x),\ny = 2\n", "p(1),\np(2),\n", "p(1),  # c\n# d\np(2)\n",
                "class A:\n    def f(self):\n        p(1),\n        p(2),\n\n    def g(self):\n        pass\n",
                "a, f(x),\nb = 1\n", "\"s\", a,\nb = 1\n", "a = b,\nc = 1\n", "a += b,\nc()\n", "a = b.c,\nd = 1\n",
                "a = *b,\nc = 1\n", "x = a, b = c,\nd = 1\n", "x: int = a,\nb = 1\n", "a = (b),\n(c) = 1\n",
                "a = [b],\n[c] = 1\n", "if x:\n    f(x),\nelse:\n    g(x),\n", "f(x),")) {
            assertThat(assertGivesUpOrAgrees(text)).as("the Java parser takes %s", text).isTrue();
        }
        for (String text : List.of("a,\nb = 1\n", "a,\np(2)\n", "a.b,\nc = 1\n", "a[0],\nc = 1\n", "a, b,\nc.d\n",
                "a,\n\nc = 1\n", "a,\n# x\nc = 1\n", "print(x),\ny = 1\n", "return a,\nb = 1\n",
                "@d(x),\ndef f():\n    pass\n", "x = yield a,\nb = 1\n", "import a,\nb = 1\n", "del a,\nb = 1\n")) {
            assertGivesUpOrAgrees(text);
        }
    }

    static boolean assertGivesUpOrAgrees(String text) {
        char[] chars = TreeSitterParser.wellFormed(text);
        int[] actual = assertTimeoutPreemptively(HANG, () -> JAVA.parse(chars.clone()), "the Java parser hangs");
        if (actual == null) {
            return false;
        }
        int[] native_ = TREE_SITTER.parse(chars.clone(), List.of());
        int[] expected = Arrays.copyOf(native_, 2 + native_[0] * TreeSitterNative.NODE_INTS);
        if (!Arrays.equals(expected, actual)) {
            throw new AssertionError(firstDifference(expected, actual) + "\nin text:\n" + text);
        }
        return true;
    }

    /** The first node where the arrays part, both records decoded. */
    static String firstDifference(int[] expected, int[] actual) {
        if (actual.length < 2) {
            return "java array has no header";
        }
        int n = TreeSitterNative.NODE_INTS;
        int count = Math.min(expected[0], actual[0]);
        for (int i = 0; i < count; i++) {
            int at = 2 + i * n;
            if (!Arrays.equals(expected, at, at + n, actual, at, at + n)) {
                return "node " + i + ": tree-sitter " + record(expected, at) + ", java " + record(actual, at);
            }
        }
        return expected[0] != actual[0] ? "node counts: tree-sitter " + expected[0] + ", java " + actual[0]
                : "same nodes, error flag: tree-sitter " + expected[1] + ", java " + actual[1];
    }

    private static String record(int[] flat, int at) {
        int symbol = flat[at] & 0xFFFF;
        String kind = symbol < TABLES.kinds().length ? TABLES.kinds()[symbol] : "ERROR";
        int field = flat[at + 1];
        String fieldName = field > 0 && field < TABLES.fields().length ? TABLES.fields()[field] + ": " : "";
        return fieldName + kind + " #" + symbol + " flags " + (flat[at] >>> 16) + " [" + flat[at + 2] + ", " + flat[at + 3]
                + ") " + flat[at + 4] + " children";
    }
}
