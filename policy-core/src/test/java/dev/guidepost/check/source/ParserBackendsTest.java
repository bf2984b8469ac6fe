package dev.guidepost.check.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JNI binding backend (the fallback where Guidepost's library does not load) must give exactly
 * what the library gives: the same grammar tables, the same flat parse array with query hits, and
 * the same compiled query metadata and errors.
 */
class ParserBackendsTest {

    private static final TreeSitterBackend LIBRARY = TreeSitterBackend.LIBRARY;
    private static final TreeSitterBackend BINDING = TreeSitterBackend.BINDING;

    /** Queries run with every parse of a language, so query hits are compared too. */
    private static List<String> queries(SourceLanguage language) {
        return switch (language) {
            case PYTHON -> List.of("(call function: (identifier) @f) @match",
                    "((string) @s (#match? @s \"é|x\"))",
                    "(function_definition name: (identifier) @n body: (block . (expression_statement (string))? @doc))");
            case JAVA -> List.of("(method_invocation name: (identifier) @m) @match");
            case GO -> List.of("(call_expression function: (_) @f) @match");
            default -> List.of("(call_expression function: (_) @f arguments: (arguments) @a) @match",
                    "((identifier) @i (#any-of? @i \"x\" \"y\"))");
        };
    }

    @ParameterizedTest
    @EnumSource(SourceLanguage.class)
    void grammarTablesAreIdentical(SourceLanguage language) {
        TreeSitterNative.Tables library = LIBRARY.tables(language);
        TreeSitterNative.Tables binding = BINDING.tables(language);
        assertThat(binding.kinds()).containsExactly(library.kinds());
        assertThat(binding.types()).containsExactly(library.types());
        assertThat(binding.fields()).containsExactly(library.fields());
    }

    static Stream<Arguments> sourceFiles() throws IOException {
        List<Arguments> files = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("../samples"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).sorted().forEach(file -> SourceLanguage.forPath(file.toString())
                        .ifPresent(language -> files.add(Arguments.of(root.relativize(file).toString(), file, language))));
            }
        }
        assertThat(files).hasSizeGreaterThan(400);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sourceFiles")
    void everyFixtureAndSampleFileGivesTheSameArray(String name, Path file, SourceLanguage language) throws IOException {
        assertSameArray(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "x", "\uFEFFimport os\r\nprint(os)\r\n", "é😀 = 'ü'\nprint('\u0000')\n",
        "s = '\uD800' + '\uDC00x' + '😀'\n", "def f(:\n  pass\nprint(1", "x = [1, 2\ny = f(a=1, *b, **c)[0]\n",
        "class A(B, metaclass=M):\n    @d\n    async def f(self) -> int: return await g(x if y else z)\n",
        "\"\"\"doc é\"\"\"\ndef g():\n    \"\"\"x\"\"\"\n    return call(x, 'é')\n"})
    void edgeCasesGiveTheSameArray(String text) {
        assertSameArray(text, SourceLanguage.PYTHON);
    }

    @Test
    void textAcrossTheBindingsReadChunksGivesTheSameArray() {
        // the binding reads 8,192 chars per chunk: surrogate pairs and tokens cut at every boundary
        StringBuilder text = new StringBuilder();
        for (int line = 0; text.length() < 20_000; line++) {
            text.append("v").append(line).append(" = f('").append("é😀".repeat(line % 7)).append("', x)\n");
        }
        for (int shift = 0; shift < 2; shift++) {
            assertSameArray("#".repeat(shift) + "\n" + text, SourceLanguage.PYTHON);
        }
        String pairAtBoundary = "x".repeat(8191) + "😀" + "\ny = 1\n";
        assertSameArray("s = '" + pairAtBoundary.substring(5) + "'\n", SourceLanguage.PYTHON);
    }

    static Stream<Arguments> otherLanguages() {
        return Stream.of(
                Arguments.of(SourceLanguage.TYPESCRIPT, "const x: Map<string, number[]> = new Map(); f(x, 'é😀'); let y = <any>z;"),
                Arguments.of(SourceLanguage.TSX, "export const C = ({ a }: P) => <div className=\"x\">{a.map(i => <Item key={i} />)}</div>;"),
                Arguments.of(SourceLanguage.JAVASCRIPT, "import x from 'y'; class A extends B { #p = 1; static m() { return /re+/g.test(`a${b}`); } } f(...args"),
                Arguments.of(SourceLanguage.JAVA, "class A { String s = \"😀\"; void m() { s.length(); foo(1, } }"),
                Arguments.of(SourceLanguage.GO, "package p\nfunc (r *R) M[T any](x T) (int, error) { fmt.Println(\"é\"); defer close("));
    }

    @ParameterizedTest
    @MethodSource("otherLanguages")
    void everyLanguageGivesTheSameArray(SourceLanguage language, String text) {
        assertSameArray(text, language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"((identifier) @x (#eq? @x \"é😀\"))", "(call (identifier) @f (#not-eq? @f \"print\")) @match",
        "[(string) (integer)] @v ((identifier) @i (#any-of? @i \"a\" \"b\" \"c\"))",
        "((comment) @c (#match? @c \"^# é\") (#not-match? @c \"x\"))"})
    void compiledQueriesHaveTheSameMetadata(String text) {
        TreeSitterBackend.CompiledQuery library = LIBRARY.compile(SourceLanguage.PYTHON, text, utf8(text), new int[2]);
        TreeSitterBackend.CompiledQuery binding = BINDING.compile(SourceLanguage.PYTHON, text, utf8(text), new int[2]);
        try {
            assertThat(binding.captureNames()).isEqualTo(library.captureNames());
            assertThat(binding.stringValues()).isEqualTo(library.stringValues());
            assertThat(binding.patternCount()).isEqualTo(library.patternCount());
            for (int p = 0; p < library.patternCount(); p++) {
                assertThat(binding.predicateSteps(p)).containsExactly(library.predicateSteps(p));
            }
        } finally {
            library.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"(call", "(call (nonsense_kind))", "(call nonsense: (identifier))",
        "((identifier) @x (#eq? @y \"a\"))", "(call (identifier) (identifier) . (string) @s . . )",
        "((string) @s (#eq? @s \"é😀\")) (call (nonsense))", "((string) @s (#eq? @s \"é😀\u0000\")) (call"})
    void invalidQueriesFailAtTheSamePlaceWithTheSameReason(String text) {
        int[] libraryError = new int[2];
        int[] bindingError = new int[2];
        assertThat(LIBRARY.compile(SourceLanguage.PYTHON, text, utf8(text), libraryError)).isNull();
        assertThat(BINDING.compile(SourceLanguage.PYTHON, text, utf8(text), bindingError)).isNull();
        assertThat(bindingError).containsExactly(libraryError);
        String libraryMessage = messageOf(text, LIBRARY);
        assertThat(messageOf(text, BINDING)).isEqualTo(libraryMessage).contains("line 1");
    }

    @Test
    void aQueryRunsOnlyOnParsersOfItsOwnBackend() {
        NativeQuery query = NativeQuery.compile("(identifier) @match", SourceLanguage.PYTHON, BINDING);
        try (TreeSitterParser parser = new TreeSitterParser(LIBRARY)) {
            assertThatThrownBy(() -> parser.parse("x = 1\n", SourceLanguage.PYTHON, List.of(query)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("binding");
        }
        try (TreeSitterParser parser = new TreeSitterParser(BINDING)) {
            assertThat(parser.parse("x = 1\n", SourceLanguage.PYTHON, List.of(query)).queryHits(query)).hasSize(1);
        }
    }

    private static String messageOf(String text, TreeSitterBackend backend) {
        try {
            NativeQuery.compile(text, SourceLanguage.PYTHON, backend);
            return "compiled";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Both backends' arrays for {@code text} (made well-formed as {@link TreeSitterParser} does) are equal. */
    static void assertSameArray(String text, SourceLanguage language) {
        char[] chars = TreeSitterParser.wellFormed(text);
        List<String> queryTexts = queries(language);
        int[] library = parse(LIBRARY, chars, language, queryTexts);
        int[] binding = parse(BINDING, chars, language, queryTexts);
        assertThat(library[0]).as("node count").isPositive();
        assertThat(binding).as("flat array of the binding backend").containsExactly(library);
    }

    private static int[] parse(TreeSitterBackend backend, char[] chars, SourceLanguage language, List<String> texts) {
        List<NativeQuery> queries = new ArrayList<>();
        for (String text : texts) {
            queries.add(COMPILED.computeIfAbsent(backend.name() + " " + language + " " + text,
                    k -> NativeQuery.compile(text, language, backend)));
        }
        TreeSitterBackend.LanguageParser parser = backend.newParser(language);
        try {
            return parser.parse(chars, queries.stream().map(q -> q.compiledFor(backend)).toList());
        } finally {
            parser.close();
        }
    }

    /** Queries compiled once per backend (compiling one takes milliseconds). */
    private static final Map<String, NativeQuery> COMPILED = new ConcurrentHashMap<>();
}
