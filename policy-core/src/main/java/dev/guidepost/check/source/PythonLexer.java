package dev.guidepost.check.source;

import java.util.Arrays;

/**
 * Splits Python source into the tokens tree-sitter-python 0.23.4 sees, in the same order and with
 * the same ranges: the grammar's own tokens, its external scanner's (newline, indent and dedent as
 * zero-width tokens where the scanner puts them, string starts, contents and ends) and the extras
 * (comments, line continuations), which the tree writer places afterwards.
 *
 * <p>Works on a well-formed UTF-16 char array, so every offset is a char offset as in the native
 * parse. Gives up ({@link PythonParser.GiveUp}) on anything whose tokens it cannot be sure of:
 * non-ASCII outside strings and comments, tabs mixed into odd indentation, unterminated strings.
 */
final class PythonLexer {

    static final int NAME = 1;
    static final int INTEGER = 2;
    static final int FLOAT = 3;
    static final int OP = 4;
    static final int STRING_START = 5;
    static final int STRING_END = 6;
    /** Hidden string content (tree-sitter's {@code _string_content}). */
    static final int CONTENT = 7;
    static final int ESCAPE = 8;
    /** A backslash that starts no escape sequence (hidden). */
    static final int NOT_ESCAPE = 9;
    static final int ESCAPE_INTERPOLATION = 10;
    static final int TYPE_CONVERSION = 11;
    /** Hidden text of a format specifier. */
    static final int FORMAT_TEXT = 12;
    static final int NEWLINE = 13;
    static final int INDENT = 14;
    static final int DEDENT = 15;
    static final int COMMENT = 16;
    static final int CONTINUATION = 17;
    static final int END = 18;

    /** A flag of a NEWLINE's code: a comment line less indented than its block follows. */
    static final int DEDENTED_COMMENT = 1;
    /**
     * A flag of a NEWLINE's code: the line ends with a comma outside brackets. tree-sitter ends the
     * statement there only when what came before cannot be an assignment's targets ({@code f(x),}
     * ends; {@code a,} reads on, {@code a, / b = 1} being one assignment): the parser decides.
     */
    static final int AFTER_COMMA = 2;

    /** Operators and punctuation, longest first within each leading char. */
    static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "<>",
        "+=", "-=", "*=", "/=", "@=", "%=", "&=", "^=", "|=",
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}",
        ",", ":", ".", ";", "=",
    };

    private static final int COLON = operatorIndex(":");
    private static final int COMMA = operatorIndex(",");
    private static final int DOT = operatorIndex(".");
    private static final int LEFT_BRACE = operatorIndex("{");
    private static final int RIGHT_BRACE = operatorIndex("}");

    /** Operator indexes by length: three-char ones, two-char ones by their chars, one-char ones by their char. */
    private static final int[] THREE_CHAR = operatorsOfLength(3);
    private static final int[] TWO_CHAR = charTable(2, 128 * 128);
    private static final int[] ONE_CHAR = charTable(1, 128);

    private final char[] text;
    private final PythonParser.GiveUp giveUp;
    int count;
    int[] type;
    int[] start;
    int[] end;
    /** For OP: index into {@link #OPERATORS}; for NAME: keyword index + 1 or 0. */
    int[] code;

    private int[] indents;
    private int indentDepth = 1;
    private int lastEnd;

    /** What {@link #scanLines} found: the indent, the first comment's indent (or -1), the next line's start. */
    private final int[] scan = new int[3];

    /**
     * A lexer that writes its tokens into the arrays of {@code spent} (null: new ones), a lexer of
     * the same thread done with: a thread that lexes file after file then allocates no arrays once
     * they have grown to its largest file.
     */
    PythonLexer(char[] text, PythonParser.GiveUp giveUp, PythonLexer spent) {
        this.text = text;
        this.giveUp = giveUp;
        boolean reuse = spent != null;
        type = reuse ? spent.type : new int[256];
        start = reuse ? spent.start : new int[256];
        end = reuse ? spent.end : new int[256];
        code = reuse ? spent.code : new int[256];
        indents = reuse ? spent.indents : new int[16]; // [0] stays 0: the module's indent
    }

    private void add(int kind, int from, int to, int c) {
        if (count == type.length) {
            int grown = count * 2;
            type = Arrays.copyOf(type, grown);
            start = Arrays.copyOf(start, grown);
            end = Arrays.copyOf(end, grown);
            code = Arrays.copyOf(code, grown);
        }
        type[count] = kind;
        start[count] = from;
        end[count] = to;
        code[count] = c;
        count++;
        lastEnd = to;
    }

    private void zeroWidth(int kind) {
        add(kind, lastEnd, lastEnd, 0);
    }

    /** Lexes the whole text. */
    void run() {
        int i = 0;
        int n = text.length;
        int depth = 0;
        boolean lineHasCode = false;
        boolean afterFrom = false;
        int lastReal = -1;
        int bracketLine = -1;
        while (true) {
            // whitespace and line ends
            while (i < n) {
                char c = text[i];
                if (c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\uFEFF' || c == '\u2060' || c == '\u200B') {
                    i++;
                } else if (c == '\n' && (depth > 0 || !lineHasCode)) {
                    i++;
                    if (depth > 0) {
                        bracketLine = i;
                    }
                } else {
                    break;
                }
            }
            if (bracketLine >= 0 && i < n) {
                checkBracketLine(bracketLine, i, lastReal);
                bracketLine = -1;
            }
            if (i >= n || text[i] == '\n') {
                if (depth > 0) {
                    throw giveUp;
                }
                if (lineHasCode) {
                    boolean header = lastReal >= 0 && type[lastReal] == OP && code[lastReal] == COLON;
                    i = lineEnd(header, lastReal >= 0 && type[lastReal] == OP && code[lastReal] == COMMA);
                    lineHasCode = false;
                    afterFrom = false;
                    continue;
                }
                if (i >= n) {
                    while (indentDepth > 1) {
                        indentDepth--;
                        zeroWidth(DEDENT);
                    }
                    add(END, n, n, 0);
                    return;
                }
            }
            char c = text[i];
            if (c == '#') {
                int e = i;
                e = commentEnd(e);
                add(COMMENT, i, e, 0);
                i = e;
                continue;
            }
            if (c == '\\') {
                int e = i + 1;
                if (e < n && text[e] == '\r') {
                    e++;
                }
                if (e < n && text[e] == '\n') {
                    add(CONTINUATION, i, e + 1, 0);
                    i = e + 1;
                    if (!lineHasCode || continuesNothing(i)) {
                        throw giveUp;
                    }
                    continue;
                }
                throw giveUp;
            }
            lineHasCode = true;
            int from = i;
            if (isNameStart(c)) {
                int e = i + 1;
                while (e < n && isNamePart(text[e])) {
                    e++;
                }
                if (e < n && (text[e] == '\'' || text[e] == '"') && isStringPrefix(i, e)) {
                    i = string(i, e);
                    lastReal = count - 1;
                    afterFrom = false;
                    continue;
                }
                if (e < n && text[e] > 0x7F) {
                    throw giveUp;
                }
                int keyword = PythonKeywords.code(text, i, e);
                add(NAME, i, e, keyword);
                afterFrom = keyword == PythonKeywords.FROM;
                lastReal = count - 1;
                i = e;
                continue;
            }
            if (c == '\'' || c == '"') {
                i = string(i, i);
                lastReal = count - 1;
                afterFrom = false;
                continue;
            }
            if (c >= '0' && c <= '9' || c == '.' && i + 1 < n && text[i + 1] >= '0' && text[i + 1] <= '9') {
                i = number(i);
                lastReal = count - 1;
                afterFrom = false;
                continue;
            }
            if (c > 0x7F || c == '`' || c == '$' || c == '?' || c == '!' && (i + 1 >= n || text[i + 1] != '=')) {
                throw giveUp;
            }
            int op = operator(i);
            if (op < 0) {
                throw giveUp;
            }
            String opText = OPERATORS[op];
            if (afterFrom && opText.equals("...")) {
                op = DOT;
                opText = ".";
            }
            if (opText.equals("<>")) {
                throw giveUp;
            }
            add(OP, from, from + opText.length(), op);
            lastReal = count - 1;
            i = from + opText.length();
            char first = opText.charAt(0);
            if (opText.length() == 1 && (first == '(' || first == '[' || first == '{')) {
                depth++;
            } else if (opText.length() == 1 && (first == ')' || first == ']' || first == '}')) {
                depth--;
                if (depth < 0) {
                    throw giveUp;
                }
            }
            if (!(afterFrom && first == '.')) {
                afterFrom = false;
            }
        }
    }

    /**
     * Whether the line a continuation leads to is blank, a comment or the end: tree-sitter's scanner
     * then ends the statement before the continuation, which lands outside it.
     */
    private boolean continuesNothing(int at) {
        int n = text.length;
        int i = at;
        while (i < n && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f')) {
            i++;
        }
        return i >= n || text[i] == '\n' || text[i] == '\r' || text[i] == '#' || text[i] == '\\';
    }

    /**
     * A line inside brackets that starts at {@code lineStart} with its first token at {@code at}:
     * if it is less indented than the block, tree-sitter's scanner makes a dedent there (an error)
     * unless a closing bracket may follow the previous token in some reading of the text, or a
     * string starts. Which readings are alive is not known here, so such a line is given up, but
     * for a string after an opening bracket or a comma.
     */
    private void checkBracketLine(int lineStart, int at, int previous) {
        int indent = 0;
        for (int k = lineStart; k < at; k++) {
            char c = text[k];
            indent = c == ' ' ? indent + 1 : c == '\t' ? indent + 8 : c == '\n' || c == '\r' || c == '\f' ? 0 : indent;
        }
        if (indent >= indents[indentDepth - 1]) {
            return;
        }
        boolean string = text[at] == '\'' || text[at] == '"';
        if (string && previous >= 0 && type[previous] == OP && "([{,".contains(OPERATORS[code[previous]])) {
            return;
        }
        throw giveUp;
    }

    /**
     * The scanner's work at the end of a logical line that has code: newline or indent, then the
     * dedents, with comment lines between them placed as the scanner places them. Returns the
     * position of the next line's first token (or the end).
     */
    private int lineEnd(boolean header, boolean afterComma) {
        int n = text.length;
        int pos = lastEnd;
        int[] scan = scanLines(pos);
        int indent = scan[0];
        int current = indents[indentDepth - 1];
        if (header) {
            if (indent <= current || scan[2] >= n) {
                throw giveUp;
            }
            pushIndent(indent);
            zeroWidth(INDENT);
            // comments before the first statement of the block, then its first token
            return commentsThenCode(pos);
        }
        zeroWidth(NEWLINE);
        int newline = count - 1;
        if (afterComma) {
            code[newline] = AFTER_COMMA;
        }
        if (scan[1] >= 0 && scan[1] < current && indent >= current) {
            // a comment line less indented than the block, the block going on after it: fine between
            // statements, an error to tree-sitter after a decorator
            code[newline] |= DEDENTED_COMMENT;
        }
        // the look ahead depends only on the position: it is made again only when a comment moves it
        while (true) {
            indent = scan[0];
            int firstComment = scan[1];
            current = indents[indentDepth - 1];
            if (indentDepth > 1 && indent < current && firstComment < current) {
                indentDepth--;
                zeroWidth(DEDENT);
                continue;
            }
            if (indent > current) {
                throw giveUp;
            }
            if (indent < current) {
                // the next comment line belongs to the block that is still open
                pos = oneComment(pos);
                scan = scanLines(pos);
                continue;
            }
            return commentsThenCode(pos);
        }
    }

    /** Lexes the comment lines from {@code pos} up to the next code line; returns that line's first char. */
    private int commentsThenCode(int pos) {
        int n = text.length;
        int i = pos;
        while (true) {
            while (i < n && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f' || text[i] == '\r' || text[i] == '\n')) {
                i++;
            }
            if (i < n && text[i] == '#') {
                int e = commentEnd(i);
                add(COMMENT, i, e, 0);
                i = e;
                continue;
            }
            if (i < n && text[i] == '\\') {
                throw giveUp;
            }
            return i;
        }
    }

    /** Lexes the next comment after {@code pos} (there is one); returns its end. */
    private int oneComment(int pos) {
        int n = text.length;
        int i = pos;
        while (i < n && text[i] != '#') {
            i++;
        }
        int e = commentEnd(i);
        add(COMMENT, i, e, 0);
        return e;
    }

    /** The end of the comment from {@code at}; a NUL (the end of input to tree-sitter's lexer) gives up. */
    private int commentEnd(int at) {
        int n = text.length;
        int e = at;
        while (e < n && text[e] != '\n') {
            if (text[e] == 0) {
                throw giveUp;
            }
            e++;
        }
        return e;
    }

    /**
     * The scanner's look ahead from {@code pos} over blank and comment lines: the indentation of
     * the next code line (0 at the end), the indentation of the first comment line on the way (-1
     * if none) and the position of that code.
     */
    private int[] scanLines(int pos) {
        int n = text.length;
        int i = pos;
        int indent = 0;
        int firstComment = -1;
        boolean foundEnd = false;
        while (true) {
            if (i >= n) {
                indent = 0;
                foundEnd = true;
                break;
            }
            char c = text[i];
            if (c == '\n') {
                foundEnd = true;
                indent = 0;
                i++;
            } else if (c == ' ') {
                indent++;
                i++;
            } else if (c == '\r' || c == '\f') {
                indent = 0;
                i++;
            } else if (c == '\t') {
                indent += 8;
                i++;
            } else if (c == '#') {
                if (!foundEnd) {
                    throw giveUp;
                }
                if (firstComment == -1) {
                    firstComment = indent;
                }
                i = commentEnd(i);
                i++;
                indent = 0;
            } else if (c == '\\' || c > 0x7F) {
                throw giveUp;
            } else {
                break;
            }
        }
        if (!foundEnd) {
            throw giveUp;
        }
        scan[0] = indent;
        scan[1] = firstComment;
        scan[2] = i;
        return scan;
    }

    private void pushIndent(int indent) {
        if (indentDepth == indents.length) {
            indents = Arrays.copyOf(indents, indentDepth * 2);
        }
        indents[indentDepth++] = indent;
    }

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isNamePart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9';
    }

    private boolean isStringPrefix(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if ("fFrRbBuU".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int[] operatorsOfLength(int length) {
        return java.util.stream.IntStream.range(0, OPERATORS.length).filter(i -> OPERATORS[i].length() == length).toArray();
    }

    private static int[] charTable(int length, int size) {
        int[] table = new int[size];
        Arrays.fill(table, -1);
        for (int i : operatorsOfLength(length)) {
            String op = OPERATORS[i];
            table[length == 1 ? op.charAt(0) : op.charAt(0) * 128 + op.charAt(1)] = i;
        }
        return table;
    }

    static int operatorIndex(String op) {
        for (int i = 0; i < OPERATORS.length; i++) {
            if (OPERATORS[i].equals(op)) {
                return i;
            }
        }
        throw new IllegalArgumentException(op);
    }

    /** The operator at {@code at} (longest match), as an index into {@link #OPERATORS}, or -1. */
    private int operator(int at) {
        int n = text.length;
        char c = text[at];
        if (c >= 128) {
            return -1;
        }
        if (at + 2 < n && (c == '*' || c == '/' || c == '<' || c == '>' || c == '.')) {
            for (int k : THREE_CHAR) {
                String op = OPERATORS[k];
                if (op.charAt(0) == c && op.charAt(1) == text[at + 1] && op.charAt(2) == text[at + 2]) {
                    return k;
                }
            }
        }
        if (at + 1 < n && text[at + 1] < 128) {
            int two = TWO_CHAR[c * 128 + text[at + 1]];
            if (two >= 0) {
                return two;
            }
        }
        return ONE_CHAR[c];
    }

    // ---- numbers: tree-sitter-python's integer and float tokens, longest match

    private int number(int at) {
        int n = text.length;
        int intEnd = integerEnd(at);
        int floatEnd = floatEnd(at);
        if (floatEnd > intEnd) {
            if (floatEnd < n && (isNamePart(text[floatEnd]) || text[floatEnd] > 0x7F)) {
                throw giveUp;
            }
            add(FLOAT, at, floatEnd, 0);
            return floatEnd;
        }
        if (intEnd <= at) {
            throw giveUp;
        }
        if (intEnd < n && (isNamePart(text[intEnd]) || text[intEnd] > 0x7F)) {
            throw giveUp;
        }
        add(INTEGER, at, intEnd, 0);
        return intEnd;
    }

    private int integerEnd(int at) {
        int n = text.length;
        if (at + 1 < n && text[at] == '0' && "xXoObB".indexOf(text[at + 1]) >= 0) {
            char kind = Character.toLowerCase(text[at + 1]);
            int i = at + 2;
            int groups = 0;
            while (true) {
                int j = i;
                if (j < n && text[j] == '_') {
                    j++;
                }
                int k = j;
                while (k < n && digitOf(kind, text[k])) {
                    k++;
                }
                if (k == j) {
                    break;
                }
                i = k;
                groups++;
            }
            if (groups == 0) {
                return at;
            }
            if (i < n && (text[i] == 'l' || text[i] == 'L')) {
                i++;
            }
            return i;
        }
        int i = digits(at);
        if (i == at) {
            return at;
        }
        if (i < n && (text[i] == 'l' || text[i] == 'L' || text[i] == 'j' || text[i] == 'J')) {
            i++;
        }
        return i;
    }

    private static boolean digitOf(char kind, char c) {
        return switch (kind) {
            case 'x' -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            case 'o' -> c >= '0' && c <= '7';
            default -> c == '0' || c == '1';
        };
    }

    /** {@code repeat1(/[0-9]+_?/)}: the end of the digits from {@code at}, or {@code at}. */
    private int digits(int at) {
        int n = text.length;
        int i = at;
        while (i < n && text[i] >= '0' && text[i] <= '9') {
            while (i < n && text[i] >= '0' && text[i] <= '9') {
                i++;
            }
            if (i < n && text[i] == '_') {
                i++;
            }
        }
        return i;
    }

    private int floatEnd(int at) {
        int n = text.length;
        int i = digits(at);
        boolean hadDigits = i > at;
        boolean dot = false;
        if (i < n && text[i] == '.') {
            int afterDot = digits(i + 1);
            boolean fraction = afterDot > i + 1;
            if (!hadDigits && !fraction) {
                return at;
            }
            dot = true;
            i = afterDot;
        }
        int withExponent = exponent(i);
        if (!dot && withExponent == i) {
            return at;
        }
        if (!hadDigits && !dot) {
            return at;
        }
        i = withExponent;
        if (i < n && (text[i] == 'j' || text[i] == 'J')) {
            i++;
        }
        return i;
    }

    private int exponent(int at) {
        int n = text.length;
        if (at < n && (text[at] == 'e' || text[at] == 'E')) {
            int i = at + 1;
            if (i < n && (text[i] == '+' || text[i] == '-')) {
                i++;
            }
            int e = digits(i);
            if (e > i) {
                return e;
            }
        }
        return at;
    }

    // ---- strings: the external scanner's string start, content and end, and the grammar's escapes

    private static final int SINGLE = 1;
    private static final int DOUBLE = 2;
    private static final int RAW = 8;
    private static final int FORMAT = 16;
    private static final int TRIPLE = 32;
    private static final int BYTES = 64;

    /** Lexes a string whose prefix starts at {@code from} and whose quote is at {@code quote}; returns its end. */
    private int string(int from, int quote) {
        int n = text.length;
        int flags = 0;
        for (int i = from; i < quote; i++) {
            char c = text[i];
            if (c == 'f' || c == 'F') {
                flags |= FORMAT;
            } else if (c == 'r' || c == 'R') {
                flags |= RAW;
            } else if (c == 'b' || c == 'B') {
                flags |= BYTES;
            }
        }
        char q = text[quote];
        flags |= q == '\'' ? SINGLE : DOUBLE;
        int i = quote + 1;
        if (i + 1 < n && text[i] == q && text[i + 1] == q) {
            flags |= TRIPLE;
            i += 2;
        }
        // the scanner, which finds the string start, skips line continuations before it as whitespace
        while (count > 0 && type[count - 1] == CONTINUATION) {
            count--;
        }
        add(STRING_START, from, i, 0);
        return stringBody(i, flags);
    }

    /** Lexes a string's content after its start; returns the position after its end. */
    private int stringBody(int at, int flags) {
        int n = text.length;
        int i = at;
        char q = (flags & SINGLE) != 0 ? '\'' : '"';
        boolean format = (flags & FORMAT) != 0;
        while (true) {
            if (i >= n) {
                throw giveUp;
            }
            char c = text[i];
            if (format && (c == '{' || c == '}')) {
                if (i + 1 < n && text[i + 1] == c) {
                    add(ESCAPE_INTERPOLATION, i, i + 2, 0);
                    i += 2;
                    continue;
                }
                if (c == '}') {
                    throw giveUp;
                }
                i = interpolation(i, flags);
                continue;
            }
            int scanned = content(i, flags, q);
            if (scanned >= 0) {
                i = scanned;
                if (type[count - 1] == STRING_END) {
                    return i;
                }
                continue;
            }
            // no content here: the grammar's own tokens
            if (c == '\\') {
                i = escape(i);
                continue;
            }
            throw giveUp;
        }
    }

    /**
     * The scanner's string content loop from {@code at}: adds a content or string-end token and
     * returns its end, or returns -1 when the scanner returns no token.
     */
    private int content(int at, int flags, char q) {
        int n = text.length;
        boolean format = (flags & FORMAT) != 0;
        boolean raw = (flags & RAW) != 0;
        boolean bytes = (flags & BYTES) != 0;
        boolean triple = (flags & TRIPLE) != 0;
        boolean hasContent = false;
        int i = at;
        while (i < n) {
            char c = text[i];
            if (format && (c == '{' || c == '}')) {
                if (!hasContent) {
                    return -1;
                }
                add(CONTENT, at, i, 0);
                return i;
            }
            if (c == '\\') {
                if (raw) {
                    i++;
                    if (i < n && (text[i] == q || text[i] == '\\')) {
                        i++;
                    }
                    if (i < n && text[i] == '\r') {
                        i++;
                        if (i < n && text[i] == '\n') {
                            i++;
                        }
                    } else if (i < n && text[i] == '\n') {
                        i++;
                    }
                    continue;
                }
                if (bytes && i + 1 < n && (text[i + 1] == 'N' || text[i + 1] == 'u' || text[i + 1] == 'U')) {
                    throw giveUp;
                }
                if (!hasContent) {
                    return -1;
                }
                add(CONTENT, at, i, 0);
                return i;
            }
            if (c == q) {
                if (triple) {
                    if (i + 1 < n && text[i + 1] == q) {
                        if (i + 2 < n && text[i + 2] == q) {
                            if (hasContent) {
                                add(CONTENT, at, i, 0);
                                return i;
                            }
                            add(STRING_END, at, i + 3, 0);
                            return i + 3;
                        }
                        add(CONTENT, at, i + 2, 0);
                        return i + 2;
                    }
                    add(CONTENT, at, i + 1, 0);
                    return i + 1;
                }
                if (hasContent) {
                    add(CONTENT, at, i, 0);
                    return i;
                }
                add(STRING_END, at, i + 1, 0);
                return i + 1;
            }
            if (c == '\n' && hasContent && !triple) {
                return -1;
            }
            if (c == 0) {
                throw giveUp;
            }
            i++;
            hasContent = true;
        }
        throw giveUp;
    }

    /** tree-sitter-python's escape_sequence at a backslash, or the lone backslash token. */
    private int escape(int at) {
        int n = text.length;
        int i = at + 1;
        if (i >= n) {
            throw giveUp;
        }
        char c = text[i];
        int e = -1;
        if (c == 'u') {
            e = hex(i + 1, 4);
        } else if (c == 'U') {
            e = hex(i + 1, 8);
        } else if (c == 'x') {
            e = hex(i + 1, 2);
        } else if (c >= '0' && c <= '9') {
            e = i + 1;
            while (e < n && e < i + 3 && text[e] >= '0' && text[e] <= '9') {
                e++;
            }
        } else if (c == '\r') {
            e = i + 1 < n && text[i + 1] == '\n' ? i + 2 : -1;
        } else if (c == '\n') {
            e = i + 1;
        } else if ("'\"abfrntv\\".indexOf(c) >= 0) {
            e = i + 1;
        } else if (c == 'N' && i + 1 < n && text[i + 1] == '{') {
            int k = i + 2;
            while (k < n && text[k] != '}' && text[k] != '\n') {
                k++;
            }
            if (k < n && text[k] == '}' && k > i + 2) {
                e = k + 1;
            } else {
                throw giveUp;
            }
        }
        if (e < 0) {
            add(NOT_ESCAPE, at, at + 1, 0);
            return at + 1;
        }
        add(ESCAPE, at, e, 0);
        return e;
    }

    private int hex(int at, int digits) {
        int n = text.length;
        if (at + digits > n) {
            return -1;
        }
        for (int k = at; k < at + digits; k++) {
            char c = text[k];
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return -1;
            }
        }
        return at + digits;
    }

    /**
     * An f-string interpolation from its brace: the expression's tokens, an optional {@code =},
     * conversion and format specifier (with nested interpolations), the closing brace.
     */
    private int interpolation(int at, int flags) {
        int n = text.length;
        boolean triple = (flags & TRIPLE) != 0;
        add(OP, at, at + 1, LEFT_BRACE);
        int i = at + 1;
        int depth = 0;
        while (true) {
            while (i < n && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f' || text[i] == '\r'
                    || text[i] == '\n' && triple)) {
                i++;
            }
            if (i >= n || text[i] == '\n' || text[i] == '#' || text[i] == '\\') {
                throw giveUp;
            }
            char c = text[i];
            if (depth == 0 && c == '}') {
                add(OP, i, i + 1, RIGHT_BRACE);
                return i + 1;
            }
            if (depth == 0 && c == '!' && i + 1 < n && text[i + 1] != '=') {
                if (i + 2 < n && text[i + 1] >= 'a' && text[i + 1] <= 'z') {
                    add(TYPE_CONVERSION, i, i + 2, 0);
                    i += 2;
                    continue;
                }
                throw giveUp;
            }
            if (depth == 0 && c == ':' && !(i + 1 < n && text[i + 1] == '=')) {
                add(OP, i, i + 1, COLON);
                return formatSpecifier(i + 1, flags);
            }
            if (isNameStart(c)) {
                int e = i + 1;
                while (e < n && isNamePart(text[e])) {
                    e++;
                }
                if (e < n && (text[e] == '\'' || text[e] == '"') && isStringPrefix(i, e)) {
                    i = nestedString(i, e, flags);
                    continue;
                }
                if (e < n && text[e] > 0x7F) {
                    throw giveUp;
                }
                add(NAME, i, e, PythonKeywords.code(text, i, e));
                i = e;
                continue;
            }
            if (c == '\'' || c == '"') {
                i = nestedString(i, i, flags);
                continue;
            }
            if (c >= '0' && c <= '9' || c == '.' && i + 1 < n && text[i + 1] >= '0' && text[i + 1] <= '9') {
                i = number(i);
                continue;
            }
            if (c > 0x7F || c == '`' || c == '$' || c == '?' || c == '!') {
                throw giveUp;
            }
            int op = operator(i);
            if (op < 0) {
                throw giveUp;
            }
            String opText = OPERATORS[op];
            if (opText.equals("<>")) {
                throw giveUp;
            }
            add(OP, i, i + opText.length(), op);
            i += opText.length();
            if (opText.equals("(") || opText.equals("[") || opText.equals("{")) {
                depth++;
            } else if (opText.equals(")") || opText.equals("]") || opText.equals("}")) {
                depth--;
                if (depth < 0) {
                    throw giveUp;
                }
            }
        }
    }

    /** A string inside an interpolation: must not use the enclosing string's quote. */
    private int nestedString(int from, int quote, int outerFlags) {
        char outer = (outerFlags & SINGLE) != 0 ? '\'' : '"';
        if (text[quote] == outer) {
            throw giveUp;
        }
        return string(from, quote);
    }

    /** The text and nested interpolations of a format specifier, up to and including the closing brace. */
    private int formatSpecifier(int at, int flags) {
        int n = text.length;
        int i = at;
        while (true) {
            if (i >= n) {
                throw giveUp;
            }
            char c = text[i];
            if (c == '}') {
                add(OP, i, i + 1, RIGHT_BRACE);
                return i + 1;
            }
            if (c == '{') {
                i = interpolation(i, flags);
                continue;
            }
            if (c == '\n') {
                throw giveUp;
            }
            int e = i;
            while (e < n && text[e] != '{' && text[e] != '}' && text[e] != '\n') {
                e++;
            }
            add(FORMAT_TEXT, i, e, 0);
            i = e;
        }
    }
}
