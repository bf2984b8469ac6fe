package dev.guidepost.check.source;

import dev.guidepost.engine.WorkerState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjLongConsumer;

/**
 * Parses source text with tree-sitter and builds a {@link SyntaxTree} from the flat node array that
 * one native call returns ({@link TreeSitterNative#parse}, or the same array from the JNI binding
 * where Guidepost's library is not available: {@link TreeSitterBackend}).
 *
 * <p>Python text without queries is parsed by {@link PythonParser}, Guidepost's own front end, into
 * the same flat array, and by tree-sitter only where that parser gives up (see {@link PythonFrontEnd});
 * it counts which parser took each Python file, for the profile ({@link WorkerState.Counting}).
 *
 * <p>Owned by one thread: it holds native parsers, which must never be used from two threads, and
 * refuses calls from any thread but the one that created it. {@link #close()} frees the native parsers.
 */
public final class TreeSitterParser implements AutoCloseable, WorkerState.Counting {

    private final Thread owner = Thread.currentThread();
    private final TreeSitterBackend backend;
    private final PythonFrontEnd pythonFrontEnd;
    private final Map<SourceLanguage, Grammar> grammars = new EnumMap<>(SourceLanguage.class);
    private boolean closed;
    /** Python files parsed by {@link PythonParser}, given up by it, and parsed by tree-sitter alone. */
    private long pythonByJava;
    private long pythonGivenUp;
    private long pythonByTreeSitter;

    /** A parser on the backend and with the Python front end this JVM parses with. */
    public TreeSitterParser() {
        this(TreeSitterBackend.selected());
    }

    /** A parser on a given backend (tests compare the two). */
    TreeSitterParser(TreeSitterBackend backend) {
        this(backend, PythonFrontEnd.selected());
    }

    /** A parser on a given backend and Python front end. */
    TreeSitterParser(TreeSitterBackend backend, PythonFrontEnd pythonFrontEnd) {
        this.backend = backend;
        this.pythonFrontEnd = pythonFrontEnd;
    }

    /** Parses {@code text} as {@code language}. Never throws for any input text. */
    public SyntaxTree parse(String text, SourceLanguage language) {
        return parse(text, language, List.of());
    }

    /**
     * Parses {@code text} and runs {@code queries} (of the same language) on the native tree before it
     * is dropped; their hits are kept in the returned tree for the rules that use them.
     */
    public SyntaxTree parse(String text, SourceLanguage language, Collection<NativeQuery> queries) {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("a TreeSitterParser belongs to the thread that created it");
        }
        if (closed) {
            throw new IllegalStateException("parser is closed");
        }
        Grammar grammar = grammar(language);
        List<NativeQuery> queryList = List.copyOf(queries);
        if (language == SourceLanguage.PYTHON) {
            if (queryList.isEmpty() && pythonFrontEnd == PythonFrontEnd.JAVA) {
                // the Java parser reads the text as it is: an unpaired surrogate can only stand in a
                // string or comment there, where tree-sitter's U+FFFD in its place changes no token
                int[] flat = grammar.javaParse(text.toCharArray());
                if (flat != null) {
                    pythonByJava++;
                    return build(grammar, text, language, flat, queryList);
                }
                pythonGivenUp++;
                return build(grammar, text, language, grammar.parser.parse(wellFormed(text), List.of()), queryList);
            }
            pythonByTreeSitter++;
        }
        List<TreeSitterBackend.CompiledQuery> compiled = new ArrayList<>(queryList.size());
        for (NativeQuery query : queryList) {
            compiled.add(query.compiledFor(backend));
        }
        int[] flat = grammar.parser.parse(wellFormed(text), compiled);
        for (NativeQuery query : queryList) {
            java.lang.ref.Reference.reachabilityFence(query);
        }
        return build(grammar, text, language, flat, queryList);
    }

    private Grammar grammar(SourceLanguage language) {
        return grammars.computeIfAbsent(language, l -> new Grammar(backend, l));
    }

    private static SyntaxTree build(Grammar grammar, String text, SourceLanguage language, int[] flat,
            List<NativeQuery> queries) {
        SourceText source = new SourceText(text);
        int count = flat[0];
        List<SyntaxNode> named = new ArrayList<>(count);
        // named nodes by symbol, made into the map by kind once the tree is built
        @SuppressWarnings("unchecked")
        List<SyntaxNode>[] bySymbol = new List[grammar.kinds.length + 1];
        // each list made at its size: growing them cost more than this count
        int[] ofSymbolCount = new int[bySymbol.length];
        for (int i = 0, at = 2; i < count; i++, at += TreeSitterNative.NODE_INTS) {
            int symbol = flat[at] & 0xFFFF;
            int flags = flat[at] >>> 16;
            if ((flags & (TreeSitterNative.FLAG_ERROR | TreeSitterNative.FLAG_NAMED)) != 0) {
                ofSymbolCount[symbol < grammar.kinds.length ? symbol : grammar.kinds.length]++;
            }
        }
        SyntaxNode root = null;
        // open ancestors: node, its children so far, how many it has
        SyntaxNode[] openNode = new SyntaxNode[64];
        SyntaxNode[][] openChildren = new SyntaxNode[64][];
        int[] openFilled = new int[64];
        int[] openStart = new int[64];
        int[] openEnd = new int[64];
        int depth = 0;
        int at = 2;
        for (int i = 0; i < count; i++, at += TreeSitterNative.NODE_INTS) {
            int symbolAndFlags = flat[at];
            int symbol = symbolAndFlags & 0xFFFF;
            int flags = symbolAndFlags >>> 16;
            boolean error = (flags & TreeSitterNative.FLAG_ERROR) != 0 && symbol == 0xFFFF;
            boolean isNamed = error || (flags & TreeSitterNative.FLAG_NAMED) != 0;
            boolean missing = (flags & TreeSitterNative.FLAG_MISSING) != 0;
            String kind = grammar.kind(symbol);
            String field = depth == 0 ? null : grammar.field(flat[at + 1]);
            boolean trivia = missing || grammar.trivia(symbol, kind, isNamed);
            int start = flat[at + 2];
            int end = flat[at + 3];
            int children = flat[at + 4];
            SyntaxNode parent = depth == 0 ? null : openNode[depth - 1];
            int index = depth == 0 ? 0 : openFilled[depth - 1];
            SyntaxNode node = new SyntaxNode(source, kind, field, isNamed, error, missing, trivia, parent, index);
            if (isNamed) {
                named.add(node);
                int slot = symbol < grammar.kinds.length ? symbol : grammar.kinds.length;
                List<SyntaxNode> ofSymbol = bySymbol[slot];
                if (ofSymbol == null) {
                    ofSymbol = new ArrayList<>(ofSymbolCount[slot]);
                    bySymbol[slot] = ofSymbol;
                }
                ofSymbol.add(node);
            }
            if (depth == 0) {
                root = node;
            } else {
                openChildren[depth - 1][openFilled[depth - 1]++] = node;
            }
            if (children > 0) {
                if (depth == openNode.length) {
                    int grown = depth * 2;
                    openNode = java.util.Arrays.copyOf(openNode, grown);
                    openChildren = java.util.Arrays.copyOf(openChildren, grown);
                    openFilled = java.util.Arrays.copyOf(openFilled, grown);
                    openStart = java.util.Arrays.copyOf(openStart, grown);
                    openEnd = java.util.Arrays.copyOf(openEnd, grown);
                }
                openNode[depth] = node;
                openChildren[depth] = new SyntaxNode[children];
                openFilled[depth] = 0;
                openStart[depth] = start;
                openEnd[depth] = end;
                depth++;
                continue;
            }
            node.complete(null, start, end);
            while (depth > 0 && openFilled[depth - 1] == openChildren[depth - 1].length) {
                depth--;
                openNode[depth].complete(openChildren[depth], openStart[depth], openEnd[depth]);
                openNode[depth] = null;
                openChildren[depth] = null;
            }
        }
        Map<String, List<SyntaxNode>> byKind = byKind(bySymbol, grammar, named);
        Map<NativeQuery, List<SyntaxTree.QueryHit>> hits = new HashMap<>();
        for (NativeQuery query : queries) {
            at = readHits(query, flat, at, text, grammar, byKind, hits);
        }
        return new SyntaxTree(root, source, language, Collections.unmodifiableList(named), byKind, hits);
    }

    /**
     * The named nodes by kind, each list in document order. Should two symbols ever share a kind,
     * that kind's list is taken from all named nodes (in document order) instead.
     */
    private static Map<String, List<SyntaxNode>> byKind(List<SyntaxNode>[] bySymbol, Grammar grammar,
            List<SyntaxNode> named) {
        Map<String, List<SyntaxNode>> byKind = new HashMap<>();
        for (int symbol = 0; symbol < bySymbol.length; symbol++) {
            List<SyntaxNode> nodes = bySymbol[symbol];
            if (nodes == null) {
                continue;
            }
            String kind = grammar.kind(symbol);
            if (byKind.putIfAbsent(kind, nodes) != null) {
                List<SyntaxNode> all = new ArrayList<>();
                for (SyntaxNode node : named) {
                    if (node.kind().equals(kind)) {
                        all.add(node);
                    }
                }
                byKind.put(kind, all);
            }
        }
        return byKind;
    }

    /** Reads one query's hits from {@code at}; returns the index after them. */
    private static int readHits(NativeQuery query, int[] flat, int at, String text, Grammar grammar,
            Map<String, List<SyntaxNode>> byKind, Map<NativeQuery, List<SyntaxTree.QueryHit>> hits) {
        int hitCount = flat[at++];
        List<SyntaxTree.QueryHit> result = new ArrayList<>();
        for (int h = 0; h < hitCount; h++) {
            int pattern = flat[at++];
            int captureCount = flat[at++];
            Map<Integer, String> texts = new HashMap<>();
            List<RawNode> nodes = new ArrayList<>(captureCount);
            RawNode reported = null;
            for (int c = 0; c < captureCount; c++, at += 4) {
                RawNode raw = new RawNode(flat[at], grammar.kind(flat[at + 1]), flat[at + 2], flat[at + 3]);
                texts.putIfAbsent(raw.capture, text.substring(raw.start, raw.end));
                nodes.add(raw);
                if (reported == null && (query.matchCapture() < 0 || query.matchCapture() == raw.capture)) {
                    reported = raw;
                }
            }
            if (reported == null || !query.accepts(pattern, texts)) {
                continue;
            }
            SyntaxNode node = find(reported, byKind);
            if (node == null) {
                continue;
            }
            Map<String, List<SyntaxNode>> captures = new LinkedHashMap<>();
            for (RawNode capture : nodes) {
                SyntaxNode captured = find(capture, byKind);
                if (captured != null) {
                    captures.computeIfAbsent(query.captureName(capture.capture), k -> new ArrayList<>()).add(captured);
                }
            }
            result.add(new SyntaxTree.QueryHit(node, Map.copyOf(captures)));
        }
        hits.put(query, List.copyOf(result));
        return at;
    }

    /** The text as UTF-16 chars with unpaired surrogates replaced by U+FFFD (same length). */
    static char[] wellFormed(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                i++;
            } else if (Character.isSurrogate(c)) {
                chars[i] = '\uFFFD';
            }
        }
        return chars;
    }

    /** Our (outermost) named node of that kind and range, or null for anonymous nodes. */
    private static SyntaxNode find(RawNode raw, Map<String, List<SyntaxNode>> byKind) {
        List<SyntaxNode> candidates = byKind.getOrDefault(raw.kind, List.of());
        int low = 0;
        int high = candidates.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (candidates.get(mid).startOffset() < raw.start) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        for (int i = low; i < candidates.size() && candidates.get(i).startOffset() == raw.start; i++) {
            if (candidates.get(i).endOffset() == raw.end) {
                return candidates.get(i);
            }
        }
        return null;
    }

    @Override
    public void countsTo(ObjLongConsumer<String> counts) {
        counts.accept("python files parsed by the Java front end", pythonByJava);
        counts.accept("python files the Java front end gave up on (tree-sitter)", pythonGivenUp);
        counts.accept("python files parsed by tree-sitter alone", pythonByTreeSitter);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            grammars.values().forEach(Grammar::close);
            grammars.clear();
        }
    }

    private record RawNode(int capture, String kind, int start, int end) {
    }

    /** One native parser for one grammar, with the grammar's tables (and Python's Java parser). */
    private static final class Grammar {
        final TreeSitterBackend.LanguageParser parser;
        final TreeSitterNative.Tables tables;
        final String[] kinds;
        final String[] fields;
        final byte[] triviaState;
        /** Python's Java parser, made on first use, unless the tables are not the ones it knows. */
        private PythonParser python;
        private boolean pythonUnavailable;

        Grammar(TreeSitterBackend backend, SourceLanguage language) {
            tables = backend.tables(language);
            kinds = tables.kinds();
            fields = tables.fields();
            triviaState = new byte[kinds.length];
            parser = backend.newParser(language);
        }

        /** The Java parser's array, or null when it gives the file to tree-sitter. */
        int[] javaParse(char[] text) {
            if (python == null && !pythonUnavailable) {
                try {
                    python = new PythonParser(tables, chars -> parser.parse(chars, List.of()));
                } catch (IllegalStateException e) {
                    // tables of another tree-sitter-python: tree-sitter parses every file
                    pythonUnavailable = true;
                }
            }
            return python == null ? null : python.parse(text);
        }

        String kind(int symbol) {
            return symbol < kinds.length ? kinds[symbol] : "ERROR";
        }

        boolean trivia(int symbol, String kind, boolean named) {
            if (symbol >= triviaState.length) {
                return false;
            }
            if (triviaState[symbol] == 0) {
                triviaState[symbol] = (byte) (Trivia.isTrivia(kind, named) ? 1 : 2);
            }
            return triviaState[symbol] == 1;
        }

        String field(int id) {
            return id <= 0 || id >= fields.length ? null : fields[id];
        }

        void close() {
            parser.close();
        }
    }
}
