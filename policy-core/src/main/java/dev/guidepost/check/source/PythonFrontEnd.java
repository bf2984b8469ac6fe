package dev.guidepost.check.source;

import java.util.Locale;

/**
 * Which parser turns Python files into trees: {@link PythonParser}, Guidepost's own front end,
 * with tree-sitter for the files it gives up on (the default), or tree-sitter for every file.
 * Chosen once per JVM by the system property {@code guidepost.python} ({@code java} or
 * {@code tree-sitter}), as a diagnostic switch. Files whose rules run native queries are always
 * parsed by tree-sitter, which runs the queries on its own tree.
 */
enum PythonFrontEnd {
    /** {@link PythonParser} first, tree-sitter where it gives up. */
    JAVA,
    /** tree-sitter only. */
    TREE_SITTER;

    /** The front end of this JVM. */
    static PythonFrontEnd selected() {
        return Selection.SELECTED;
    }

    /** {@code tree-sitter} (any case, spaces around it ignored) selects tree-sitter; anything else Java. */
    static PythonFrontEnd choose(String requested) {
        String name = requested.strip().toLowerCase(Locale.ROOT);
        return name.equals("tree-sitter") ? TREE_SITTER : JAVA;
    }

    /** The choice for this JVM, made on first use. */
    private static final class Selection {
        static final PythonFrontEnd SELECTED = choose(System.getProperty("guidepost.python", ""));

        private Selection() {
        }
    }
}
