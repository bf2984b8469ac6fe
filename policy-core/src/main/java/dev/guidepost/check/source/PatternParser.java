package dev.guidepost.check.source;

import java.util.List;

/**
 * Parses a pattern snippet into a {@link CodePattern}: encodes metavariables as identifiers, tries
 * the language's wrappers (Go needs a function around statements, Java may need a {@code ;} or a
 * class) until one parses without errors, and finds the node the snippet spans, unwrapping
 * single-child wrappers such as {@code module > expression_statement > call}.
 */
final class PatternParser {

    private PatternParser() {
    }

    private record Wrapper(String prefix, String suffix) {
    }

    private static List<Wrapper> wrappers(SourceLanguage language) {
        return switch (language) {
            case PYTHON, TYPESCRIPT, TSX, JAVASCRIPT -> List.of(new Wrapper("", ""), new Wrapper("", ";"));
            case JAVA -> List.of(new Wrapper("", ""), new Wrapper("", ";"),
                    new Wrapper("class __GP_C {\n", "\n}"),
                    new Wrapper("class __GP_C {\nvoid __gp_m() {\n", "\n}\n}"),
                    new Wrapper("class __GP_C {\nvoid __gp_m() {\n", ";\n}\n}"));
            case GO -> List.of(new Wrapper("package __gp\nfunc __gp_f() {\n", "\n}"),
                    new Wrapper("package __gp\n", "\n"));
        };
    }

    /** The compiled pattern, or null when no wrapper gives a single error-free node (or no {@code selector} node). */
    static CodePattern parse(TreeSitterParser parser, SourceLanguage language, String text, String selector) {
        String encoded = CodePattern.encodeMetavariables(text.strip());
        for (Wrapper wrapper : wrappers(language)) {
            SyntaxTree tree = parser.parse(wrapper.prefix + encoded + wrapper.suffix, language);
            if (tree.hasSyntaxErrors()) {
                continue;
            }
            SyntaxNode node = locate(tree.root(), wrapper.prefix.length(), wrapper.prefix.length() + encoded.length());
            if (node == null) {
                continue;
            }
            if (selector != null) {
                node = first(node, selector);
                if (node == null) {
                    return null;
                }
            }
            return CodePattern.of(node, text);
        }
        return null;
    }

    /** The outermost node spanning exactly [start, end) (or plus a trailing {@code ;}), unwrapped. */
    private static SyntaxNode locate(SyntaxNode root, int start, int end) {
        SyntaxNode node = root;
        while (!spans(node, start, end)) {
            SyntaxNode next = null;
            for (SyntaxNode child : node.children()) {
                if (child.startOffset() <= start && child.endOffset() >= end) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            node = next;
        }
        while (true) {
            List<SyntaxNode> significant = CodePattern.significantChildren(node);
            if (significant.size() == 1 && significant.get(0).isNamed() && spans(significant.get(0), start, end)) {
                node = significant.get(0);
            } else {
                return node;
            }
        }
    }

    private static boolean spans(SyntaxNode node, int start, int end) {
        if (node.startOffset() != start) {
            return false;
        }
        int nodeEnd = node.endOffset();
        return nodeEnd == end || nodeEnd == end + 1 && node.sourceText().charAt(end) == ';'
                || nodeEnd > end && node.sourceText().substring(end, nodeEnd).isBlank();
    }

    private static SyntaxNode first(SyntaxNode node, String kind) {
        if (node.kind().equals(kind)) {
            return node;
        }
        for (SyntaxNode child : node.children()) {
            SyntaxNode found = first(child, kind);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
