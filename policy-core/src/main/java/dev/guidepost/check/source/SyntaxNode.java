package dev.guidepost.check.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One node of a {@link SyntaxTree}: our own, parser-independent view of a tree-sitter node.
 *
 * <p>Offsets are char offsets into the Java string of the file (not UTF-8 bytes); lines and columns
 * are 1-based, columns count UTF-16 chars, and the end column is exclusive (the column just after
 * the node's last char). A node is immutable once its tree is built and may be read from any thread.
 */
public final class SyntaxNode {

    private static final SyntaxNode[] NO_CHILDREN = new SyntaxNode[0];

    private final SourceText source;
    private final String kind;
    private final String field;
    private final boolean named;
    private final boolean error;
    private final boolean missing;
    private final boolean trivia;
    private int start;
    private int end;
    private final SyntaxNode parent;
    private final int index;
    private SyntaxNode[] children = NO_CHILDREN;
    private boolean hasError;

    SyntaxNode(SourceText source, String kind, String field, boolean named, boolean error, boolean missing,
            boolean trivia, SyntaxNode parent, int index) {
        this.source = source;
        this.kind = kind;
        this.field = field;
        this.named = named;
        this.error = error;
        this.missing = missing;
        this.trivia = trivia;
        this.parent = parent;
        this.index = index;
        this.hasError = error || missing;
    }

    /**
     * Called once by the tree builder when all children are known, with the node's own char range
     * from the parser. The range is not derived from the children: a node may begin or end with
     * tokens the grammar hides (Python's {@code string_content} around an escape sequence), which
     * are not among its children.
     */
    void complete(SyntaxNode[] list, int start, int end) {
        this.start = start;
        this.end = end;
        if (list != null && list.length > 0) {
            children = list;
            for (SyntaxNode child : children) {
                hasError |= child.hasError;
            }
        }
    }

    /** The grammar's name for this node, e.g. {@code call}, {@code identifier}, or the token text for anonymous nodes. */
    public String kind() {
        return kind;
    }

    /** The field this node fills in its parent ({@code function}, {@code arguments}, ...), or null. */
    public String field() {
        return field;
    }

    /** Whether the grammar names this node (false for punctuation, keywords and operators). */
    public boolean isNamed() {
        return named;
    }

    /** Whether this is an ERROR node the parser made from text it could not fit into the grammar. */
    public boolean isError() {
        return error;
    }

    /** Whether the parser inserted this (empty) node for a token that the text lacks. */
    public boolean isMissing() {
        return missing;
    }

    /** Whether this node or a node below it is an error or missing node. */
    public boolean hasError() {
        return hasError;
    }

    /** Comments, MISSING tokens and bracket/comma punctuation: ignored when patterns are compared. */
    boolean isTrivia() {
        return trivia;
    }

    public List<SyntaxNode> children() {
        return List.of(children);
    }

    int childCount() {
        return children.length;
    }

    SyntaxNode child(int i) {
        return children[i];
    }

    /** The named children, in order. */
    public List<SyntaxNode> namedChildren() {
        List<SyntaxNode> result = new ArrayList<>(children.length);
        for (SyntaxNode child : children) {
            if (child.named) {
                result.add(child);
            }
        }
        return result;
    }

    /** The first child in field {@code name}, or null. */
    public SyntaxNode childByField(String name) {
        for (SyntaxNode child : children) {
            if (name.equals(child.field)) {
                return child;
            }
        }
        return null;
    }

    /** The parent, null for the root. */
    public SyntaxNode parent() {
        return parent;
    }

    /** This node's position among its parent's children (0 for the root). */
    public int indexInParent() {
        return index;
    }

    public int startOffset() {
        return start;
    }

    public int endOffset() {
        return end;
    }

    public int startLine() {
        return source.line(start);
    }

    public int startColumn() {
        return source.column(start);
    }

    public int endLine() {
        return source.line(end);
    }

    public int endColumn() {
        return source.column(end);
    }

    /** The source text this node spans. */
    public String text() {
        return source.text().substring(start, end);
    }

    String sourceText() {
        return source.text();
    }

    /** An S-expression of the named structure, for debugging and tests. */
    public String toSexp() {
        StringBuilder out = new StringBuilder();
        sexp(out);
        return out.toString();
    }

    private void sexp(StringBuilder out) {
        out.append('(').append(kind);
        for (SyntaxNode child : children) {
            if (child.named) {
                out.append(' ');
                if (child.field != null) {
                    out.append(child.field).append(": ");
                }
                child.sexp(out);
            }
        }
        out.append(')');
    }

    @Override
    public String toString() {
        return kind + "@" + startLine() + ":" + startColumn() + (children.length == 0 ? " '" + text() + "'" : "")
                + (children.length > 0 ? " " + Arrays.stream(children).filter(c -> c.named).count() + " named" : "");
    }
}
