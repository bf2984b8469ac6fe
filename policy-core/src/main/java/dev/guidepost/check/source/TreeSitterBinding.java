package dev.guidepost.check.source;

import dev.guidepost.cache.CacheDirectory;
import java.lang.ref.Reference;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryException;
import org.treesitter.TSQueryMatch;
import org.treesitter.TSQueryPredicateStep;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;
import org.treesitter.TreeSitterGo;
import org.treesitter.TreeSitterJava;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterTsx;
import org.treesitter.TreeSitterTypescript;

/**
 * The one door to the {@code io.github.bonede} JNI binding of tree-sitter, the fallback where
 * Guidepost's own library ({@link TreeSitterNative}) cannot be loaded (macOS, or on request with
 * {@code -Dguidepost.parser=binding}). It produces exactly what the library's C glue produces: the
 * same grammar tables, the same flat parse array (see {@code guidepost_ts.c}) and the same query
 * metadata, so everything above it is one mechanism.
 *
 * <p>The binding has sharp edges, which this class alone handles: a call with a null or stale
 * handle kills the JVM, so only objects made here are passed back to it; its trees, cursors and
 * queries are freed by the garbage collector, so each stays strongly reachable until its last use
 * (reachability fences). The text is handed over as UTF-16LE through the binding's reader, so every
 * byte offset tree-sitter reports is twice a Java char offset, as in the library.
 */
final class TreeSitterBinding {

    /** Bytes handed to tree-sitter per read; the binding allocates a native buffer of this size. */
    private static final int CHUNK = 16 * 1024;
    /** TSQueryError names as the binding's message prints them: its table is shifted by one (a missing comma). */
    private static final String[] QUERY_ERRORS = {"", "TSQueryErrorNodeType", "TSQueryErrorField",
        "TSQueryErrorCapture", "TSQueryErrorStructure", "TSQueryErrorLanguage"};

    /** The binding's own system property for the folder it unpacks its natives into. */
    private static final String LIBRARY_FOLDER_PROPERTY = "tree-sitter-lib";

    /** Why the binding's runtime cannot be used here, or null. */
    private static final String FAILURE = probe();

    private TreeSitterBinding() {
    }

    static Optional<String> unavailable() {
        return Optional.ofNullable(FAILURE);
    }

    private static String probe() {
        try {
            if (System.getProperty(LIBRARY_FOLDER_PROPERTY) == null) {
                // the binding unpacks its natives into ~/.tree-sitter unless told otherwise: use our cache folder
                try {
                    System.setProperty(LIBRARY_FOLDER_PROPERTY,
                            CacheDirectory.forUser().resolve("native").resolve("bonede-tree-sitter").toString());
                } catch (InvalidPathException e) {
                    // keep the binding's default folder
                }
            }
            TSParser probe = new TSParser();
            Reference.reachabilityFence(probe);
            return null;
        } catch (LinkageError | RuntimeException e) {
            return "the tree-sitter JNI binding cannot be loaded on this platform (" + e + ")";
        }
    }

    /** Symbol names, symbol types and field names of one grammar, as {@link TreeSitterNative#tables} gives them. */
    static TreeSitterNative.Tables tables(SourceLanguage language) {
        TSLanguage grammar = grammar(language);
        int count = grammar.symbolCount();
        String[] kinds = new String[count];
        int[] types = new int[count];
        for (int i = 0; i < count; i++) {
            String name = grammar.symbolName(i);
            kinds[i] = name == null ? "" : name;
            types[i] = grammar.symbolType(i).ordinal();
        }
        String[] fields = new String[grammar.fieldCount() + 1];
        fields[0] = "";
        for (int i = 1; i < fields.length; i++) {
            String name = grammar.fieldNameForId(i);
            fields[i] = name == null ? "" : name;
        }
        return new TreeSitterNative.Tables(kinds, types, fields);
    }

    /** The grammar object of a language; each grammar's native library is loaded on its first use. */
    private static TSLanguage grammar(SourceLanguage language) {
        requireLoaded();
        try {
            return switch (language) {
                case PYTHON -> Grammars.Python.GRAMMAR;
                case TYPESCRIPT -> Grammars.Typescript.GRAMMAR;
                case TSX -> Grammars.Tsx.GRAMMAR;
                case JAVASCRIPT -> Grammars.Javascript.GRAMMAR;
                case JAVA -> Grammars.Java.GRAMMAR;
                case GO -> Grammars.Go.GRAMMAR;
            };
        } catch (LinkageError e) {
            throw new IllegalStateException("the tree-sitter JNI binding has no " + language.id()
                    + " grammar for this platform: " + e, e);
        }
    }

    private static void requireLoaded() {
        if (FAILURE != null) {
            throw new IllegalStateException(FAILURE);
        }
    }

    /** A parser for one language; owned by one thread, like the library's parser handles. */
    static final class Parser {
        private final TSParser parser = new TSParser();

        Parser(SourceLanguage language) {
            if (!parser.setLanguage(grammar(language))) {
                throw new IllegalStateException("the " + language.id()
                        + " grammar is not compatible with the binding's tree-sitter runtime");
            }
        }

        /**
         * Parses well-formed UTF-16 text (no unpaired surrogates) and runs {@code queries} on the tree;
         * the result has the layout of {@code guidepost_ts.c}'s {@code parse}.
         */
        int[] parse(char[] text, List<Query> queries) {
            byte[] utf16 = new byte[text.length * 2];
            for (int i = 0; i < text.length; i++) {
                utf16[2 * i] = (byte) text[i];
                utf16[2 * i + 1] = (byte) (text[i] >>> 8);
            }
            TSTree tree = parser.parse(new byte[CHUNK], null, (buffer, offset, position) -> {
                int length = Math.max(0, Math.min(buffer.length, utf16.length - offset));
                System.arraycopy(utf16, offset, buffer, 0, length);
                return length;
            }, TSInputEncoding.TSInputEncodingUTF16LE);
            if (tree == null) {
                parser.reset();
                throw new IllegalStateException("the parser gave no tree");
            }
            try {
                IntBuffer out = new IntBuffer(2 + text.length * 2);
                flatten(tree, out);
                for (Query query : queries) {
                    run(query.query, tree, out);
                }
                return out.toArray();
            } finally {
                Reference.reachabilityFence(tree);
                Reference.reachabilityFence(queries);
            }
        }

        private static void flatten(TSTree tree, IntBuffer out) {
            TSNode root = tree.getRootNode();
            boolean hasError = root.hasError();
            out.add(0);
            out.add(hasError ? 1 : 0);
            TSTreeCursor cursor = new TSTreeCursor(root);
            int[] open = new int[64];
            int depth = 0;
            int count = 0;
            while (true) {
                TSNode node = cursor.currentNode();
                int symbol = node.getSymbol() & 0xFFFF;
                int flags = 0;
                if (node.isNamed()) {
                    flags |= TreeSitterNative.FLAG_NAMED;
                }
                if (hasError && node.isMissing()) {
                    flags |= TreeSitterNative.FLAG_MISSING;
                }
                if (symbol == 0xFFFF) {
                    // ts_node_is_error is exactly "symbol is ts_builtin_sym_error"
                    flags |= TreeSitterNative.FLAG_ERROR;
                }
                int record = out.size();
                out.add(symbol | flags << 16);
                out.add(depth == 0 ? 0 : cursor.currentFieldId());
                out.add(node.getStartByte() / 2);
                out.add(node.getEndByte() / 2);
                out.add(0);
                if (depth > 0) {
                    out.increment(open[depth - 1] + 4);
                }
                count++;
                if (cursor.gotoFirstChild()) {
                    if (depth == open.length) {
                        open = java.util.Arrays.copyOf(open, depth * 2);
                    }
                    open[depth++] = record;
                    continue;
                }
                boolean done = false;
                while (!cursor.gotoNextSibling()) {
                    if (depth == 0 || !cursor.gotoParent()) {
                        done = true;
                        break;
                    }
                    depth--;
                }
                if (done || depth == 0) {
                    break;
                }
            }
            out.set(0, count);
            Reference.reachabilityFence(cursor);
        }

        private static void run(TSQuery query, TSTree tree, IntBuffer out) {
            int countAt = out.size();
            out.add(0);
            TSQueryCursor cursor = new TSQueryCursor();
            cursor.exec(query, tree.getRootNode());
            TSQueryMatch match = new TSQueryMatch();
            int hits = 0;
            while (cursor.nextMatch(match)) {
                TSQueryCapture[] captures = match.getCaptures();
                out.add(match.getPatternIndex());
                out.add(captures.length);
                for (TSQueryCapture capture : captures) {
                    TSNode node = capture.getNode();
                    out.add(capture.getIndex());
                    out.add(node.getSymbol() & 0xFFFF);
                    out.add(node.getStartByte() / 2);
                    out.add(node.getEndByte() / 2);
                }
                hits++;
            }
            out.set(countAt, hits);
            Reference.reachabilityFence(cursor);
            Reference.reachabilityFence(query);
        }
    }

    /** A compiled query with the metadata {@code NativeQuery} reads from it. */
    static final class Query {
        private final TSQuery query;

        private Query(TSQuery query) {
            this.query = query;
        }

        List<String> captureNames() {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < query.getCaptureCount(); i++) {
                names.add(query.getCaptureNameForId(i));
            }
            return names;
        }

        List<String> stringValues() {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < query.getStringCount(); i++) {
                values.add(query.getStringValueForId(i));
            }
            return values;
        }

        int patternCount() {
            return query.getPatternCount();
        }

        /** Pairs of step type (0 done, 1 capture, 2 string) and value id, as the library returns them. */
        int[] predicateSteps(int pattern) {
            if (pattern < 0 || pattern >= query.getPatternCount()) {
                throw new IllegalArgumentException("no such pattern");
            }
            TSQueryPredicateStep[] steps = query.getPredicateForPattern(pattern);
            int[] pairs = new int[steps.length * 2];
            for (int i = 0; i < steps.length; i++) {
                pairs[2 * i] = steps[i].getType().ordinal();
                pairs[2 * i + 1] = steps[i].getValueId();
            }
            return pairs;
        }
    }

    /**
     * Compiles a query; on an error returns null and writes {error offset in UTF-8 bytes, TSQueryError
     * type} into {@code errorOut}, as the library does.
     */
    static Query compile(SourceLanguage language, String text, int[] errorOut) {
        TSLanguage grammar = grammar(language);
        try {
            return new Query(new TSQuery(grammar, text));
        } catch (TSQueryException e) {
            // "Invalid query: <name> at offset <bytes of the JVM's modified UTF-8>"
            String message = String.valueOf(e.getMessage());
            int type = 1;
            for (int i = 1; i < QUERY_ERRORS.length; i++) {
                if (message.contains(QUERY_ERRORS[i] + " ")) {
                    type = i;
                }
            }
            int at = message.lastIndexOf("offset ");
            int modifiedOffset = 0;
            if (at >= 0) {
                try {
                    modifiedOffset = Integer.parseInt(message.substring(at + 7).trim());
                } catch (NumberFormatException ignored) {
                    modifiedOffset = 0;
                }
            }
            errorOut[0] = utf8Offset(text, modifiedOffset);
            errorOut[1] = type;
            return null;
        }
    }

    /**
     * The standard UTF-8 byte offset for an offset into the JVM's modified UTF-8 form of {@code text}
     * (there NUL takes two bytes and each surrogate three).
     */
    static int utf8Offset(String text, int modifiedOffset) {
        int modified = 0;
        int standard = 0;
        for (int i = 0; i < text.length() && modified < modifiedOffset; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                modified += 2;
                standard += 1;
            } else if (c < 0x80) {
                modified += 1;
                standard += 1;
            } else if (c < 0x800) {
                modified += 2;
                standard += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                modified += 6;
                standard += 4;
                i++;
            } else {
                modified += 3;
                standard += 3;
            }
        }
        return standard;
    }

    /** A growable int array. */
    private static final class IntBuffer {
        private int[] data;
        private int size;

        IntBuffer(int capacity) {
            data = new int[Math.max(16, capacity)];
        }

        void add(int value) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, size * 2);
            }
            data[size++] = value;
        }

        void set(int index, int value) {
            data[index] = value;
        }

        void increment(int index) {
            data[index]++;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }

    /** Grammar objects, each created (and its native library loaded) on first use. */
    private static final class Grammars {

        private static final class Python {
            static final TSLanguage GRAMMAR = new TreeSitterPython();
        }

        private static final class Typescript {
            static final TSLanguage GRAMMAR = new TreeSitterTypescript();
        }

        private static final class Tsx {
            static final TSLanguage GRAMMAR = new TreeSitterTsx();
        }

        private static final class Javascript {
            static final TSLanguage GRAMMAR = new TreeSitterJavascript();
        }

        private static final class Java {
            static final TSLanguage GRAMMAR = new TreeSitterJava();
        }

        private static final class Go {
            static final TSLanguage GRAMMAR = new TreeSitterGo();
        }
    }
}
