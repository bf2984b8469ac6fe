package dev.guidepost.check.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Python files are parsed by the Java front end unless a native query needs tree-sitter's tree,
 * {@code -Dguidepost.python=tree-sitter} asks for tree-sitter, or the Java parser gives up; the
 * parser counts which way each file went.
 */
class PythonFrontEndTest {

    private static final String CODE = "import os\n\n\nclass A(B):\n    def f(self, x: int = 1) -> str:\n"
            + "        # note\n        return f'{x!r:>10}' + \"\"\"doc\"\"\"\n";

    @Test
    void theJavaFrontEndIsTheDefaultAndTreeSitterCanBeAskedFor() {
        assertThat(PythonFrontEnd.choose("")).isEqualTo(PythonFrontEnd.JAVA);
        assertThat(PythonFrontEnd.choose("java")).isEqualTo(PythonFrontEnd.JAVA);
        assertThat(PythonFrontEnd.choose("unknown")).isEqualTo(PythonFrontEnd.JAVA);
        assertThat(PythonFrontEnd.choose(" Tree-Sitter ")).isEqualTo(PythonFrontEnd.TREE_SITTER);
    }

    @Test
    void bothFrontEndsGiveTheSameTree() {
        try (TreeSitterParser java = new TreeSitterParser(TreeSitterBackend.selected(), PythonFrontEnd.JAVA);
                TreeSitterParser treeSitter = new TreeSitterParser(TreeSitterBackend.selected(), PythonFrontEnd.TREE_SITTER)) {
            SyntaxTree ours = java.parse(CODE, SourceLanguage.PYTHON);
            SyntaxTree theirs = treeSitter.parse(CODE, SourceLanguage.PYTHON);
            assertThat(ours.root().toSexp()).isEqualTo(theirs.root().toSexp());
            assertThat(nodes(ours.root())).isEqualTo(nodes(theirs.root()));
            assertThat(ours.nodesOfKind("comment")).hasSize(1);
            assertThat(counts(java)).containsEntry("python files parsed by the Java front end", 1L);
        }
    }

    @Test
    void countsWhichParserTookEachPythonFile() {
        try (TreeSitterParser parser = new TreeSitterParser(TreeSitterBackend.selected(), PythonFrontEnd.JAVA)) {
            parser.parse(CODE, SourceLanguage.PYTHON);
            parser.parse("x = 1\n", SourceLanguage.PYTHON);
            SyntaxTree broken = parser.parse("def f(:\n    pass\n", SourceLanguage.PYTHON);
            NativeQuery query = NativeQuery.compile("(identifier) @match", SourceLanguage.PYTHON, TreeSitterBackend.selected());
            SyntaxTree queried = parser.parse("x = 1\n", SourceLanguage.PYTHON, List.of(query));
            parser.parse("let x = 1;\n", SourceLanguage.TYPESCRIPT);

            assertThat(broken.hasSyntaxErrors()).isTrue();
            assertThat(queried.queryHits(query)).hasSize(1);
            assertThat(counts(parser)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "python files parsed by the Java front end", 2L,
                    "python files the Java front end gave up on (tree-sitter)", 1L,
                    "python files parsed by tree-sitter alone", 1L));
        }
    }

    @Test
    void treeSitterAloneTakesEveryPythonFileWhenAskedTo() {
        try (TreeSitterParser parser = new TreeSitterParser(TreeSitterBackend.selected(), PythonFrontEnd.TREE_SITTER)) {
            parser.parse(CODE, SourceLanguage.PYTHON);
            parser.parse("x = 1\n", SourceLanguage.PYTHON);
            assertThat(counts(parser)).containsEntry("python files parsed by tree-sitter alone", 2L)
                    .containsEntry("python files parsed by the Java front end", 0L);
        }
    }

    /** Every node in document order, with its kind, field and range. */
    private static List<String> nodes(SyntaxNode root) {
        List<String> nodes = new ArrayList<>();
        Deque<SyntaxNode> stack = new ArrayDeque<>(List.of(root));
        while (!stack.isEmpty()) {
            SyntaxNode node = stack.pop();
            nodes.add(node.kind() + " " + node.field() + " " + node.startOffset() + "-" + node.endOffset());
            List<SyntaxNode> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return nodes;
    }

    private static Map<String, Long> counts(TreeSitterParser parser) {
        Map<String, Long> counts = new TreeMap<>();
        parser.countsTo(counts::put);
        return counts;
    }
}
