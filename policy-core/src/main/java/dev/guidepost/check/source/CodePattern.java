package dev.guidepost.check.source;


import com.google.re2j.Pattern;
import dev.guidepost.engine.Prefilter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A code snippet with metavariables, compiled into a shape that is compared with syntax nodes.
 *
 * <p>Comparison rules: node kinds must be equal (one exception: a Python {@code name = value}
 * assignment pattern also matches a {@code name=value} keyword argument); leaves compare by text;
 * comments and bracket/comma tokens are ignored, other anonymous tokens (operators, keywords)
 * must be equal; {@code $X} matches one named node and must match the same text wherever it
 * recurs; {@code $$$X} matches any run of sibling nodes (lazily, with backtracking); {@code $_}, {@code $$$}
 * and names starting with {@code _} never bind. In a Python argument list whose pattern has keyword
 * arguments, positional arguments match in order while keyword arguments match as a set (any order);
 * extra keyword arguments are only allowed when the pattern's argument list contains a {@code $$$}.
 */
final class CodePattern {

    static final String SINGLE = "__GPV_";
    static final String MULTI = "__GPM_";
    private static final Pattern MULTI_SYNTAX = Pattern.compile("\\$\\$\\$([A-Z_][A-Z0-9_]*)?");
    private static final Pattern SINGLE_SYNTAX = Pattern.compile("\\$([A-Z_][A-Z0-9_]*)");
    private static final Pattern WORD = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");

    private final Node root;
    private final String source;

    private CodePattern(Node root, String source) {
        this.root = root;
        this.source = source;
    }

    /** Replaces {@code $X}, {@code $$$X}, {@code $$$} by identifiers every grammar accepts. */
    static String encodeMetavariables(String pattern) {
        String multi = MULTI_SYNTAX.matcher(pattern).replaceAll(MULTI + "$1");
        return SINGLE_SYNTAX.matcher(multi).replaceAll(SINGLE + "$1");
    }

    /** Compiles the pattern rooted at {@code node} of a parsed snippet. */
    static CodePattern of(SyntaxNode node, String source) {
        return new CodePattern(compile(node), source);
    }

    private static Node compile(SyntaxNode node) {
        if (node.childCount() == 0) {
            Node placeholder = placeholder(node.text());
            if (placeholder != null) {
                return placeholder;
            }
            return new Shape(node.kind(), node.text(), List.of(), false);
        }
        List<Node> children = new ArrayList<>();
        for (int i = 0; i < node.childCount(); i++) {
            SyntaxNode child = node.child(i);
            if (!child.isTrivia()) {
                children.add(compile(child));
            }
        }
        if (node.kind().equals("expression_statement") && children.size() == 1
                && (children.get(0) instanceof Single || children.get(0) instanceof Multi)) {
            return children.get(0);
        }
        boolean keywordSet = children.stream().anyMatch(c -> c instanceof Shape s && s.kind.equals("keyword_argument"));
        return new Shape(node.kind(), null, List.copyOf(children), keywordSet);
    }

    private static Node placeholder(String text) {
        if (text.startsWith(MULTI)) {
            return new Multi(bindingName(text.substring(MULTI.length())));
        }
        if (text.startsWith(SINGLE)) {
            return new Single(bindingName(text.substring(SINGLE.length())));
        }
        return null;
    }

    private static String bindingName(String name) {
        return name.isEmpty() || name.startsWith("_") ? null : name;
    }

    /** The kind of node this pattern can match at its root, or null when any node can (a lone metavariable). */
    Set<String> rootKinds() {
        if (root instanceof Shape shape) {
            return shape.kind.equals("assignment") ? Set.of("assignment", "keyword_argument") : Set.of(shape.kind);
        }
        return null;
    }

    /**
     * A prefilter every file holding a match passes: each literal leaf of the pattern that is a word
     * must occur in the file, as a whole token when the leaf is an identifier or a keyword.
     */
    Prefilter prefilter() {
        List<Prefilter> words = new ArrayList<>();
        collectWords(root, words);
        return Prefilter.all(words);
    }

    private static void collectWords(Node node, List<Prefilter> words) {
        if (node instanceof Shape shape) {
            if (shape.text != null && WORD.matcher(shape.text).matches()) {
                boolean token = shape.kind.equals(shape.text) || shape.kind.endsWith("identifier");
                words.add(Prefilter.word(shape.text, token));
            }
            shape.children.forEach(child -> collectWords(child, words));
        }
    }

    String source() {
        return source;
    }

    /**
     * The metavariables this pattern binds. Every one of them is bound after a successful match
     * (each pattern node is matched by some node or run of nodes; a name bound before is compared instead).
     */
    Set<String> bindings() {
        Set<String> names = new HashSet<>();
        collectBindings(root, names);
        return names;
    }

    private static void collectBindings(Node node, Set<String> names) {
        if (node instanceof Single single && single.name != null) {
            names.add(single.name);
        } else if (node instanceof Multi multi && multi.name != null) {
            names.add(multi.name);
        } else if (node instanceof Shape shape) {
            shape.children.forEach(child -> collectBindings(child, names));
        }
    }

    boolean matches(SyntaxNode node, Captures captures) {
        int mark = captures.mark();
        Node top = root instanceof Multi multi ? new Single(multi.name) : root;
        if (matchNode(top, node, captures)) {
            return true;
        }
        captures.reset(mark);
        return false;
    }

    private static boolean matchNode(Node pattern, SyntaxNode node, Captures captures) {
        if (pattern instanceof Single single) {
            return node.isNamed() && bind(single.name, List.of(node), captures);
        }
        if (pattern instanceof Multi multi) {
            return bind(multi.name, List.of(node), captures);
        }
        Shape shape = (Shape) pattern;
        if (!shape.kind.equals(node.kind())
                && !(shape.kind.equals("assignment") && node.kind().equals("keyword_argument"))) {
            return false;
        }
        if (shape.text != null) {
            return node.text().equals(shape.text);
        }
        List<SyntaxNode> children = significantChildren(node);
        if (shape.keywordSet) {
            return matchArguments(shape.children, children, captures);
        }
        return matchSequence(shape.children, 0, children, 0, captures);
    }

    private static boolean bind(String name, List<SyntaxNode> nodes, Captures captures) {
        if (name == null) {
            return true;
        }
        List<SyntaxNode> bound = captures.get(name);
        if (bound != null) {
            return Captures.text(bound).equals(Captures.text(nodes));
        }
        captures.bind(name, nodes);
        return true;
    }

    static List<SyntaxNode> significantChildren(SyntaxNode node) {
        List<SyntaxNode> result = new ArrayList<>(node.childCount());
        for (int i = 0; i < node.childCount(); i++) {
            SyntaxNode child = node.child(i);
            if (!child.isTrivia()) {
                result.add(child);
            }
        }
        return result;
    }

    private static boolean matchSequence(List<Node> patterns, int p, List<SyntaxNode> nodes, int n,
            Captures captures) {
        if (p == patterns.size()) {
            return n == nodes.size();
        }
        Node pattern = patterns.get(p);
        int mark = captures.mark();
        if (pattern instanceof Multi multi) {
            int last = p == patterns.size() - 1 ? nodes.size() : n;
            for (int end = last; end <= nodes.size(); end++) {
                if (bind(multi.name, List.copyOf(nodes.subList(n, end)), captures)
                        && matchSequence(patterns, p + 1, nodes, end, captures)) {
                    return true;
                }
                captures.reset(mark);
            }
            return false;
        }
        if (n < nodes.size() && matchNode(pattern, nodes.get(n), captures)
                && matchSequence(patterns, p + 1, nodes, n + 1, captures)) {
            return true;
        }
        captures.reset(mark);
        return false;
    }

    /** Positional arguments in order, keyword arguments as a set. */
    private static boolean matchArguments(List<Node> patterns, List<SyntaxNode> nodes, Captures captures) {
        List<Node> positional = new ArrayList<>();
        List<Node> keywords = new ArrayList<>();
        boolean open = false;
        for (Node pattern : patterns) {
            if (pattern instanceof Shape s && s.kind.equals("keyword_argument")) {
                keywords.add(pattern);
            } else {
                positional.add(pattern);
                open |= pattern instanceof Multi;
            }
        }
        List<SyntaxNode> positionalNodes = new ArrayList<>();
        List<SyntaxNode> keywordNodes = new ArrayList<>();
        for (SyntaxNode node : nodes) {
            (node.kind().equals("keyword_argument") ? keywordNodes : positionalNodes).add(node);
        }
        if (!open && keywordNodes.size() != keywords.size()) {
            return false;
        }
        return matchKeywords(keywords, 0, keywordNodes, new boolean[keywordNodes.size()], positional,
                positionalNodes, captures);
    }

    private static boolean matchKeywords(List<Node> keywords, int k, List<SyntaxNode> nodes, boolean[] used,
            List<Node> positional, List<SyntaxNode> positionalNodes, Captures captures) {
        if (k == keywords.size()) {
            return matchSequence(positional, 0, positionalNodes, 0, captures);
        }
        int mark = captures.mark();
        for (int i = 0; i < nodes.size(); i++) {
            if (!used[i] && matchNode(keywords.get(k), nodes.get(i), captures)) {
                used[i] = true;
                if (matchKeywords(keywords, k + 1, nodes, used, positional, positionalNodes, captures)) {
                    return true;
                }
                used[i] = false;
            }
            captures.reset(mark);
        }
        return false;
    }

    @Override
    public String toString() {
        return source;
    }

    /** A compiled pattern node. */
    private sealed interface Node permits Single, Multi, Shape {
    }

    /** {@code $X}: one named node; name null when it never binds. */
    private record Single(String name) implements Node {
    }

    /** {@code $$$X}: any run of siblings. */
    private record Multi(String name) implements Node {
    }

    /** A concrete node: kind, text for leaves, significant children otherwise. */
    private record Shape(String kind, String text, List<Node> children, boolean keywordSet) implements Node {
    }

}
