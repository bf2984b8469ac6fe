package dev.guidepost.check.source;

/**
 * The words tree-sitter-python lexes as keywords where the grammar expects them: a NAME token's
 * code is the word's index here plus one, or 0 for a plain identifier.
 */
final class PythonKeywords {

    static final String[] WORDS = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "exec", "finally", "for", "from", "global", "if", "import", "in", "is",
        "lambda", "nonlocal", "not", "or", "pass", "print", "raise", "return", "try", "while", "with", "yield",
        "match", "case", "type", "__future__",
    };

    static final int FALSE = code("False");
    static final int NONE = code("None");
    static final int TRUE = code("True");
    static final int AND = code("and");
    static final int AS = code("as");
    static final int ASSERT = code("assert");
    static final int ASYNC = code("async");
    static final int AWAIT = code("await");
    static final int BREAK = code("break");
    static final int CLASS = code("class");
    static final int CONTINUE = code("continue");
    static final int DEF = code("def");
    static final int DEL = code("del");
    static final int ELIF = code("elif");
    static final int ELSE = code("else");
    static final int EXCEPT = code("except");
    static final int EXEC = code("exec");
    static final int FINALLY = code("finally");
    static final int FOR = code("for");
    static final int FROM = code("from");
    static final int GLOBAL = code("global");
    static final int IF = code("if");
    static final int IMPORT = code("import");
    static final int IN = code("in");
    static final int IS = code("is");
    static final int LAMBDA = code("lambda");
    static final int NONLOCAL = code("nonlocal");
    static final int NOT = code("not");
    static final int OR = code("or");
    static final int PASS = code("pass");
    static final int PRINT = code("print");
    static final int RAISE = code("raise");
    static final int RETURN = code("return");
    static final int TRY = code("try");
    static final int WHILE = code("while");
    static final int WITH = code("with");
    static final int YIELD = code("yield");
    static final int MATCH = code("match");
    static final int CASE = code("case");
    static final int TYPE = code("type");
    static final int FUTURE = code("__future__");

    private static final char[][] CHARS = chars();
    /** Keyword indexes by length and first char ({@code length * 128 + first}). */
    private static final int[][] BY_LENGTH_AND_FIRST = byLengthAndFirst();

    private PythonKeywords() {
    }

    private static int code(String word) {
        for (int i = 0; i < WORDS.length; i++) {
            if (WORDS[i].equals(word)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(word);
    }

    private static int[][] byLengthAndFirst() {
        int[][] table = new int[11 * 128][];
        for (int k = 0; k < WORDS.length; k++) {
            String word = WORDS[k];
            int slot = word.length() * 128 + word.charAt(0);
            int[] known = table[slot];
            int[] grown = known == null ? new int[1] : java.util.Arrays.copyOf(known, known.length + 1);
            grown[grown.length - 1] = k;
            table[slot] = grown;
        }
        return table;
    }

    private static char[][] chars() {
        char[][] result = new char[WORDS.length][];
        for (int i = 0; i < WORDS.length; i++) {
            result[i] = WORDS[i].toCharArray();
        }
        return result;
    }

    /** The keyword code of {@code text[from, to)}, or 0. */
    static int code(char[] text, int from, int to) {
        int length = to - from;
        char first = text[from];
        if (length < 2 || length > 10 || first >= 128) {
            return 0;
        }
        int[] candidates = BY_LENGTH_AND_FIRST[length * 128 + first];
        if (candidates == null) {
            return 0;
        }
        for (int k : candidates) {
            char[] word = CHARS[k];
            int j = 1;
            while (j < length && word[j] == text[from + j]) {
                j++;
            }
            if (j == length) {
                return k + 1;
            }
        }
        return 0;
    }

    /** Words that are never an identifier (Python's hard keywords as tree-sitter-python has them). */
    static boolean reserved(int code) {
        return code != 0 && code != PRINT && code != EXEC && code != ASYNC && code != AWAIT && code != MATCH
                && code != CASE && code != TYPE && code != FUTURE;
    }
}
