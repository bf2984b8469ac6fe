package dev.guidepost.check.source;

import java.util.Arrays;

/**
 * The tree the Python parser builds, the way an LR parser builds it: tokens and finished nodes are
 * pushed onto a stack of pending children, and finishing a node takes the pending children from a
 * mark. Hidden tokens (newlines, indents, dedents, string pieces) are children like any other, so
 * ranges and the placement of extras come out as in tree-sitter; they are left out when the tree is
 * written as the native parse's flat array.
 *
 * <p>Extras (comments, line continuations) are not pushed: {@link #write} puts each into the
 * deepest node that has a child token before it and one after it, as tree-sitter's reductions do.
 */
final class PythonTree {

    /** A node's item id is its index; a token's is {@code ~tokenIndex}. */
    private int nodeCount;
    private int[] nodeSymbol;
    private int[] nodeFirstChild;
    private int[] nodeChildCount;
    private int[] nodeFirstToken;
    private int[] nodeLastToken;

    private int childCount;
    private int[] childItem;
    private int[] childField;

    private int pending;
    private int[] pendingItem;
    private int[] pendingField;

    /** Where {@link #write} writes before the flat array is cut to its length. */
    private int[] out;

    private final PythonLexer tokens;
    private final int[] tokenSymbol;

    /**
     * @param tokenSymbol per token, its record's first int (symbol and flags) when it is a visible
     *     child, or -1 for hidden tokens; node symbols passed to {@link #finish} carry their flags too
     * @param spent a tree of the same thread done with, whose arrays this one takes over (null: new
     *     arrays), so that a thread that parses file after file stops allocating them
     */
    PythonTree(PythonLexer tokens, int[] tokenSymbol, PythonTree spent) {
        this.tokens = tokens;
        this.tokenSymbol = tokenSymbol;
        boolean reuse = spent != null;
        nodeSymbol = reuse ? spent.nodeSymbol : new int[256];
        nodeFirstChild = reuse ? spent.nodeFirstChild : new int[256];
        nodeChildCount = reuse ? spent.nodeChildCount : new int[256];
        nodeFirstToken = reuse ? spent.nodeFirstToken : new int[256];
        nodeLastToken = reuse ? spent.nodeLastToken : new int[256];
        childItem = reuse ? spent.childItem : new int[1024];
        childField = reuse ? spent.childField : new int[1024];
        pendingItem = reuse ? spent.pendingItem : new int[256];
        pendingField = reuse ? spent.pendingField : new int[256];
        out = reuse ? spent.out : new int[0];
    }

    int mark() {
        return pending;
    }

    /** Pushes token {@code index} as the next pending child. */
    void token(int index) {
        push(~index, 0);
    }

    /** Sets the field of the last pending child. */
    void field(int field) {
        pendingField[pending - 1] = field;
    }

    /** Sets the field of the pending child at {@code mark}. */
    void fieldAt(int mark, int field) {
        pendingField[mark] = field;
    }

    /** The item of the last pending child. */
    int last() {
        return pendingItem[pending - 1];
    }

    int itemAt(int mark) {
        return pendingItem[mark];
    }

    /** Finishes a node of {@code symbol} from the pending children since {@code mark}; it becomes pending. */
    int finish(int symbol, int mark) {
        int count = pending - mark;
        if (count == 0) {
            throw new PythonParser.GiveUp();
        }
        if (nodeCount == nodeSymbol.length) {
            int grown = nodeCount * 2;
            nodeSymbol = Arrays.copyOf(nodeSymbol, grown);
            nodeFirstChild = Arrays.copyOf(nodeFirstChild, grown);
            nodeChildCount = Arrays.copyOf(nodeChildCount, grown);
            nodeFirstToken = Arrays.copyOf(nodeFirstToken, grown);
            nodeLastToken = Arrays.copyOf(nodeLastToken, grown);
        }
        if (childCount + count > childItem.length) {
            int grown = Math.max(childItem.length * 2, childCount + count);
            childItem = Arrays.copyOf(childItem, grown);
            childField = Arrays.copyOf(childField, grown);
        }
        System.arraycopy(pendingItem, mark, childItem, childCount, count);
        System.arraycopy(pendingField, mark, childField, childCount, count);
        int node = nodeCount++;
        nodeSymbol[node] = symbol;
        nodeFirstChild[node] = childCount;
        nodeChildCount[node] = count;
        nodeFirstToken[node] = count == 0 ? -1 : firstToken(pendingItem[mark]);
        nodeLastToken[node] = count == 0 ? -1 : lastToken(pendingItem[pending - 1]);
        childCount += count;
        pending = mark;
        push(node, 0);
        return node;
    }

    /** Drops the pending children since {@code mark} (the parser backtracks). */
    void reset(int mark) {
        pending = mark;
    }

    /** Changes the kind of a finished node (an expression that turns out to be an assignment target). */
    void relabel(int node, int symbol) {
        nodeSymbol[node] = symbol;
    }

    int symbol(int node) {
        return nodeSymbol[node];
    }

    int childCountOf(int node) {
        return nodeChildCount[node];
    }

    int childOf(int node, int index) {
        return childItem[nodeFirstChild[node] + index];
    }

    private void push(int item, int field) {
        if (pending == pendingItem.length) {
            pendingItem = Arrays.copyOf(pendingItem, pending * 2);
            pendingField = Arrays.copyOf(pendingField, pending * 2);
        }
        pendingItem[pending] = item;
        pendingField[pending] = field;
        pending++;
    }

    private int firstToken(int item) {
        return item < 0 ? ~item : nodeFirstToken[item];
    }

    private int lastToken(int item) {
        return item < 0 ? ~item : nodeLastToken[item];
    }

    /**
     * Writes the tree under {@code root} (the module) as the native parse's flat array: root range
     * from its first token (or the end of an empty text) to the end of the text.
     */
    int[] write(int root, int textLength, int commentSymbol, int continuationSymbol) {
        int most = 2 + PythonParser.NODE_INTS * (nodeCount + tokens.count);
        if (out.length < most) {
            out = new int[Math.max(most, out.length * 3 / 2)];
        }
        int[] at = {2};
        int rootStart = tokens.type[0] == PythonLexer.END ? textLength : tokens.start[0];
        int count = writeNode(out, at, root, 0, rootStart, textLength, true, commentSymbol, continuationSymbol, 0);
        out[0] = count;
        out[1] = 0;
        return Arrays.copyOf(out, at[0]);
    }

    private int writeNode(int[] out, int[] at, int node, int field, int start, int end, boolean root,
            int commentSymbol, int continuationSymbol, int depth) {
        if (depth > 1000) {
            throw new PythonParser.GiveUp();
        }
        int record = at[0];
        at[0] += PythonParser.NODE_INTS;
        out[record] = nodeSymbol[node];
        out[record + 1] = field;
        out[record + 2] = start;
        out[record + 3] = end;
        int written = 1;
        int children = 0;
        int first = nodeFirstChild[node];
        int count = nodeChildCount[node];
        int previousLast = root ? -1 : nodeFirstToken[node] - 1;
        for (int k = 0; k < count; k++) {
            int item = childItem[first + k];
            int itemFirst = firstToken(item);
            // extras between the previous child and this one
            if (k > 0 || root) {
                for (int t = previousLast + 1; t < itemFirst; t++) {
                    written += writeExtra(out, at, t, commentSymbol, continuationSymbol);
                    children++;
                }
            }
            if (item < 0) {
                int t = ~item;
                int symbol = tokenSymbol[t];
                if (symbol >= 0) {
                    int r = at[0];
                    at[0] += PythonParser.NODE_INTS;
                    out[r] = symbol;
                    out[r + 1] = childField[first + k];
                    out[r + 2] = tokens.start[t];
                    out[r + 3] = tokens.end[t];
                    out[r + 4] = 0;
                    written++;
                    children++;
                }
            } else {
                written += writeNode(out, at, item, childField[first + k], tokens.start[nodeFirstToken[item]],
                        tokens.end[nodeLastToken[item]], false, commentSymbol, continuationSymbol, depth + 1);
                children++;
            }
            previousLast = lastToken(item);
        }
        if (root) {
            for (int t = previousLast + 1; t < tokens.count; t++) {
                if (tokens.type[t] == PythonLexer.COMMENT || tokens.type[t] == PythonLexer.CONTINUATION) {
                    written += writeExtra(out, at, t, commentSymbol, continuationSymbol);
                    children++;
                }
            }
        }
        out[record + 4] = children;
        return written;
    }

    private int writeExtra(int[] out, int[] at, int t, int commentSymbol, int continuationSymbol) {
        int type = tokens.type[t];
        if (type != PythonLexer.COMMENT && type != PythonLexer.CONTINUATION) {
            // a token the parser did not take: never expected, but never a wrong tree either
            throw new PythonParser.GiveUp();
        }
        int r = at[0];
        at[0] += PythonParser.NODE_INTS;
        out[r] = type == PythonLexer.COMMENT ? commentSymbol : continuationSymbol;
        out[r + 1] = 0;
        out[r + 2] = tokens.start[t];
        out[r + 3] = tokens.end[t];
        out[r + 4] = 0;
        return 1;
    }
}
