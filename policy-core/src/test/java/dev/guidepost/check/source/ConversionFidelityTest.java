package dev.guidepost.check.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;
import org.treesitter.TreeSitterPython;

/** Our tree must have the native tree's nodes, kinds and exact text ranges (offsets of inner nodes are derived). */
class ConversionFidelityTest {

    @ParameterizedTest
    @ValueSource(strings = {"MODULE", "  \n# c\nx = (1 +\n  # z\n 2)  \n\n", "def f(:\n  pass\nprint(1",
            "é😀 = 'ü'\nprint('\u0000')\n", "", "x = [1, 2\ny = f(a=1, *b, **c)[0]\n",
            "m = 'it\\'s ' + \"a\\tb\" + f'{x}\\n'\n",
            "class A(B, metaclass=M):\n    @d\n    async def f(self) -> int: return await g(x if y else z)\n"})
    void convertedTreeAgreesWithTheNativeTree(String sample) {
        String text = sample.equals("MODULE") ? ParseSpeedTest.djangoModule(20) : sample;
        TSParser nativeParser = new TSParser();
        nativeParser.setLanguage(new TreeSitterPython());
        TSTree nativeTree = nativeParser.parseString(null, text);
        SyntaxTree ours;
        try (TreeSitterParser parser = new TreeSitterParser()) {
            ours = parser.parse(text, SourceLanguage.PYTHON);
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
