package dev.guidepost.check.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterGo;
import org.treesitter.TreeSitterJava;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterTsx;
import org.treesitter.TreeSitterTypescript;

/**
 * Our tree (built from the flat array of either parser backend: Guidepost's own native library in one
 * crossing, or its fallback through the JNI binding) must have exactly the nodes, kinds, fields, flags
 * and text ranges that the independent JNI binding's tree has, for every language.
 */
class ConversionFidelityTest {

    private static final List<String> PYTHON_SAMPLES = List.of("MODULE", "  \n# c\nx = (1 +\n  # z\n 2)  \n\n",
            "def f(:\n  pass\nprint(1", "é😀 = 'ü'\nprint('\u0000')\n", "", "x = [1, 2\ny = f(a=1, *b, **c)[0]\n",
            "m = 'it\\'s ' + \"a\\tb\" + f'{x}\\n'\n",
            "class A(B, metaclass=M):\n    @d\n    async def f(self) -> int: return await g(x if y else z)\n");

    static Stream<Arguments> pythonSamples() {
        return Stream.of(TreeSitterBackend.LIBRARY, TreeSitterBackend.BINDING)
                .flatMap(backend -> PYTHON_SAMPLES.stream().map(sample -> Arguments.of(backend.name(), sample)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("pythonSamples")
    void convertedTreeAgreesWithTheNativeTree(String backend, String sample) {
        String text = sample.equals("MODULE") ? LargeModuleParseTest.djangoModule(20) : sample;
        agree(text, SourceLanguage.PYTHON, new TreeSitterPython(), backend(backend));
    }

    private static TreeSitterBackend backend(String name) {
        return name.equals(TreeSitterBackend.BINDING.name()) ? TreeSitterBackend.BINDING : TreeSitterBackend.LIBRARY;
    }

    static Stream<Arguments> samples() {
        return Stream.of(TreeSitterBackend.LIBRARY, TreeSitterBackend.BINDING)
                .flatMap(backend -> languageSamples().map(sample -> Arguments.of(backend.name(), sample.get()[0],
                        sample.get()[1])));
    }

    private static Stream<Arguments> languageSamples() {
        return Stream.of(
            Arguments.of("typescript", "const x: Map<string, number[]> = new Map(); export async function f<T>(a?: T): Promise<void> { await g(a!); }"),
            Arguments.of("typescript", "interface A { b: string; c?(): void } enum E { X = 1 } let y = <any>z; type U = A | `t${E}`;"),
            Arguments.of("tsx", "export const C = ({ a }: P) => <div className=\"x\">{a.map(i => <Item key={i} />)}</div>;"),
            Arguments.of("javascript", "import x from 'y'; class A extends B { #p = 1; static m() { return /re+/g.test(`a${b}`); } } f(...args"),
            Arguments.of("java", "package p; import java.util.*; public class A<T> { @Override public String toString() { return switch (x) { case 1 -> \"a\"; default -> \"b\"; }; } }"),
            Arguments.of("go", "package main\nimport \"fmt\"\nfunc main() { ch := make(chan int); go func() { ch <- 1 }(); fmt.Println(<-ch) }\n"),
            Arguments.of("go", "package p\nfunc (r *R) M[T any](x T) (int, error) { if x == nil { return 0, nil }; defer close("));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("samples")
    void everyLanguageAgreesWithTheBinding(String backend, String language, String sample) {
        SourceLanguage lang = SourceLanguage.byName(language).orElseThrow();
        TSLanguage grammar = switch (lang) {
            case PYTHON -> new TreeSitterPython();
            case TYPESCRIPT -> new TreeSitterTypescript();
            case TSX -> new TreeSitterTsx();
            case JAVASCRIPT -> new TreeSitterJavascript();
            case JAVA -> new TreeSitterJava();
            case GO -> new TreeSitterGo();
        };
        agree(sample.replace("\\n", "\n"), lang, grammar, backend(backend));
    }

    private static void agree(String text, SourceLanguage language, TSLanguage grammar, TreeSitterBackend backend) {
        TSParser nativeParser = new TSParser();
        nativeParser.setLanguage(grammar);
        TSTree nativeTree = nativeParser.parseString(null, text);
        SyntaxTree ours;
        try (TreeSitterParser parser = new TreeSitterParser(backend)) {
            ours = parser.parse(text, language);
        }
        List<SyntaxNode> preorder = new ArrayList<>();
        Deque<SyntaxNode> stack = new ArrayDeque<>();
        stack.push(ours.root());
        while (!stack.isEmpty()) {
            SyntaxNode node = stack.pop();
            preorder.add(node);
            for (int i = node.childCount() - 1; i >= 0; i--) {
                stack.push(node.child(i));
            }
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        TSTreeCursor cursor = new TSTreeCursor(nativeTree.getRootNode());
        int index = 0;
        while (true) {
            TSNode node = cursor.currentNode();
            SyntaxNode mine = preorder.get(index++);
            String nativeText = new String(Arrays.copyOfRange(utf8, node.getStartByte(), node.getEndByte()),
                    StandardCharsets.UTF_8);
            assertThat(mine.kind()).isEqualTo(node.getType());
            assertThat(mine.text()).as("text of %s", mine.kind()).isEqualTo(nativeText);
            assertThat(mine.isNamed()).isEqualTo(node.isNamed());
            assertThat(mine.field()).as("field of %s", mine.kind()).isEqualTo(cursor.currentFieldName());
            assertThat(mine.isMissing()).as("missing flag of %s", mine.kind()).isEqualTo(node.isMissing());
            assertThat(mine.isError()).as("error flag of %s", mine.kind()).isEqualTo(node.isError());
            if (cursor.gotoFirstChild()) {
                continue;
            }
            boolean done = false;
            while (!cursor.gotoNextSibling()) {
                if (!cursor.gotoParent()) {
                    done = true;
                    break;
                }
            }
            if (done) {
                break;
            }
        }
        assertThat(index).isEqualTo(preorder.size());
    }
}
