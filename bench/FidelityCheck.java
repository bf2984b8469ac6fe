import dev.guidepost.check.source.SourceLanguage;
import dev.guidepost.check.source.SyntaxNode;
import dev.guidepost.check.source.SyntaxTree;
import dev.guidepost.check.source.TreeSitterParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTreeCursor;

/**
 * Differential check of Guidepost's parser on real code: every source file under the given folders
 * is parsed by Guidepost (its own native library, one call per file) and by the independent
 * io.github.bonede JNI binding, and the two trees are compared node by node in document order
 * (kind, text, field, named, missing and error flags). Prints the files and nodes compared and
 * every disagreement; exits 1 on any. Run with bench/fidelity.sh.
 */
public final class FidelityCheck {

    public static void main(String[] args) throws Exception {
        long files = 0;
        long nodes = 0;
        int differences = 0;
        try (TreeSitterParser ours = new TreeSitterParser()) {
            for (String arg : args) {
                List<Path> paths;
                try (Stream<Path> walk = Files.walk(Path.of(arg))) {
                    paths = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path path : paths) {
                    var language = SourceLanguage.forPath(path.toString());
                    if (language.isEmpty() || Files.size(path) > 2 * 1024 * 1024) {
                        continue;
                    }
                    String text;
                    try {
                        text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
                    } catch (java.nio.charset.CharacterCodingException e) {
                        continue;
                    }
                    files++;
                    String problem = compare(ours.parse(text, language.get()), text, grammar(language.get()));
                    nodes += lastCount;
                    if (problem != null) {
                        differences++;
                        System.out.println("DIFFERENT " + path + ": " + problem);
                    }
                }
            }
        }
        System.out.printf("%d files, %d nodes compared, %d files differ%n", files, nodes, differences);
        System.exit(differences == 0 ? 0 : 1);
    }

    private static long lastCount;

    private static TSLanguage grammar(SourceLanguage language) {
        return switch (language) {
            case PYTHON -> new org.treesitter.TreeSitterPython();
            case TYPESCRIPT -> new org.treesitter.TreeSitterTypescript();
            case TSX -> new org.treesitter.TreeSitterTsx();
            case JAVASCRIPT -> new org.treesitter.TreeSitterJavascript();
            case JAVA -> new org.treesitter.TreeSitterJava();
            case GO -> new org.treesitter.TreeSitterGo();
        };
    }

    private static String compare(SyntaxTree ours, String text, TSLanguage grammar) {
        List<SyntaxNode> preorder = new ArrayList<>();
        Deque<SyntaxNode> stack = new ArrayDeque<>();
        stack.push(ours.root());
        while (!stack.isEmpty()) {
            SyntaxNode node = stack.pop();
            preorder.add(node);
            List<SyntaxNode> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        TSParser parser = new TSParser();
        parser.setLanguage(grammar);
        String wellFormed = wellFormed(text);
        var tree = parser.parseString(null, wellFormed);
        byte[] utf8 = wellFormed.getBytes(StandardCharsets.UTF_8);
        TSTreeCursor cursor = new TSTreeCursor(tree.getRootNode());
        int index = 0;
        while (true) {
            TSNode node = cursor.currentNode();
            if (index >= preorder.size()) {
                return "the binding has more nodes";
            }
            SyntaxNode mine = preorder.get(index++);
            String nativeText = new String(Arrays.copyOfRange(utf8, node.getStartByte(), node.getEndByte()),
                    StandardCharsets.UTF_8);
            String ourText = wellFormed(mine.text());
            if (!mine.kind().equals(node.getType()) || !ourText.equals(nativeText) || mine.isNamed() != node.isNamed()
                    || mine.isMissing() != node.isMissing() || mine.isError() != node.isError()
                    || !java.util.Objects.equals(mine.field(), cursor.currentFieldName())) {
                return "node " + index + " " + mine + " vs " + node.getType() + " '" + nativeText + "'";
            }
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
        lastCount = index;
        return index == preorder.size() ? null : "Guidepost has more nodes";
    }

    private static String wellFormed(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isHighSurrogate(chars[i]) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                i++;
            } else if (Character.isSurrogate(chars[i])) {
                chars[i] = '\uFFFD';
            }
        }
        return new String(chars);
    }
}
