package dev.guidepost.check.source;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;

/**
 * Parses source text with tree-sitter and turns the native tree at once into a {@link SyntaxTree}.
 *
 * <p>Owned by one thread: it holds native parsers, which must never be used from two threads, and
 * refuses calls from any thread but the one that created it. The native tree of a parse is not kept
 * (this binding frees native trees only when they are garbage collected, so nothing outlives the
 * call). {@link #close()} drops the native parsers.
 */
public final class TreeSitterParser implements AutoCloseable {

    private final Thread owner = Thread.currentThread();
    private final Map<SourceLanguage, Grammar> grammars = new EnumMap<>(SourceLanguage.class);
    private boolean closed;

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
        return parseWith(grammar(language), text, language, queries);
    }

    private Grammar grammar(SourceLanguage language) {
        return grammars.computeIfAbsent(language, Grammar::new);
    }

    private static SyntaxTree parseWith(Grammar grammar, String text, SourceLanguage language,
            Collection<NativeQuery> queries) {
        TSTree tree = grammar.parser.parseString(null, wellFormed(text));
        OffsetMap offsets = OffsetMap.of(text);
        TSNode nativeRoot = tree.getRootNode();
        Map<NativeQuery, List<RawHit>> raw = new LinkedHashMap<>();
        for (NativeQuery query : queries) {
            raw.put(query, runQuery(query, nativeRoot, offsets, text));
        }
        SourceText source = new SourceText(text);
        List<SyntaxNode> named = new ArrayList<>();
        Map<String, List<SyntaxNode>> byKind = new HashMap<>();
        SyntaxNode root = convert(grammar, nativeRoot, offsets, source, named, byKind);
        Map<NativeQuery, List<SyntaxTree.QueryHit>> hits = new HashMap<>();
        raw.forEach((query, list) -> hits.put(query, resolve(list, byKind)));
        Reference.reachabilityFence(tree);
        return new SyntaxTree(root, source, language, List.copyOf(named), byKind, hits);
    }

    /**
     * Walks the native tree once with a tree cursor, building our nodes (iterative: no recursion depth
     * limit). Every call on a native node costs a JNI round trip that unmarshals the node, so per node
     * its symbol and byte range are read (not derived from the children: hidden tokens at a node's edges
     * are not among them), through the binding's public getters only: each pays an extra native null
     * check, which we accept rather than reach into the binding's package-private natives.
     */
    private static SyntaxNode convert(Grammar grammar, TSNode nativeRoot, OffsetMap offsets, SourceText source,
            List<SyntaxNode> named, Map<String, List<SyntaxNode>> byKind) {
        Walk walk = new Walk(grammar, offsets, source, nativeRoot.hasError(), named, byKind,
                new TSTreeCursor(nativeRoot));
        SyntaxNode root = walk.push(null);
        while (true) {
            if (walk.cursor.gotoFirstChild()) {
                walk.push(walk.top());
                continue;
            }
            while (true) {
                walk.pop();
                if (walk.isEmpty()) {
                    return root;
                }
                if (walk.cursor.gotoNextSibling()) {
                    walk.push(walk.top());
                    break;
                }
                walk.cursor.gotoParent();
            }
        }
    }

    /** The state of one conversion: the path from the root to the cursor's node. */
    private static final class Walk {
        final Grammar grammar;
        final OffsetMap offsets;
        final SourceText source;
        final boolean checkMissing;
        final List<SyntaxNode> named;
        final Map<String, List<SyntaxNode>> byKind;
        final TSTreeCursor cursor;
        final List<SyntaxNode> nodes = new ArrayList<>();
        final List<TSNode> natives = new ArrayList<>();
        /** One reusable child list per depth: a node's list is copied into an array when it is popped. */
        final List<List<SyntaxNode>> childLists = new ArrayList<>();

        Walk(Grammar grammar, OffsetMap offsets, SourceText source, boolean checkMissing, List<SyntaxNode> named,
                Map<String, List<SyntaxNode>> byKind, TSTreeCursor cursor) {
            this.grammar = grammar;
            this.offsets = offsets;
            this.source = source;
            this.checkMissing = checkMissing;
            this.named = named;
            this.byKind = byKind;
            this.cursor = cursor;
        }

        SyntaxNode top() {
            return nodes.get(nodes.size() - 1);
        }

        boolean isEmpty() {
            return nodes.isEmpty();
        }

        SyntaxNode push(SyntaxNode parent) {
            TSNode n = cursor.currentNode();
            int symbol = n.getSymbol();
            boolean error = symbol == 0xFFFF;
            String kind = grammar.kind(symbol);
            boolean isNamed = error || grammar.named(symbol, n);
            boolean missing = checkMissing && n.isMissing();
            String field = parent == null ? null : grammar.field(cursor.currentFieldId());
            boolean trivia = missing || grammar.trivia(symbol, kind, isNamed);
            int depth = nodes.size();
            List<SyntaxNode> siblings = parent == null ? null : childLists.get(depth - 1);
            SyntaxNode node = new SyntaxNode(source, kind, field, isNamed, error, missing, trivia, parent,
                    siblings == null ? 0 : siblings.size());
            if (siblings != null) {
                siblings.add(node);
            }
            if (isNamed) {
                named.add(node);
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(node);
            }
            nodes.add(node);
            natives.add(n);
            if (childLists.size() == depth) {
                childLists.add(new ArrayList<>());
            } else {
                childLists.get(depth).clear();
            }
            return node;
        }

        void pop() {
            int top = nodes.size() - 1;
            SyntaxNode node = nodes.remove(top);
            TSNode n = natives.remove(top);
            List<SyntaxNode> children = childLists.get(top);
            node.complete(children, offsets.toChar(n.getStartByte()),
                    offsets.toChar(n.getEndByte()));
        }
    }

    /** The text with unpaired surrogates (which the binding rejects) replaced by U+FFFD, same length. */
    private static String wellFormed(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = '\uFFFD';
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static List<RawHit> runQuery(NativeQuery query, TSNode root, OffsetMap offsets, String text) {
        List<RawHit> hits = new ArrayList<>();
        TSQueryCursor cursor = new TSQueryCursor();
        cursor.exec(query.tsQuery(), root);
        TSQueryMatch match = new TSQueryMatch();
        while (cursor.nextMatch(match)) {
            TSQueryCapture[] captures = match.getCaptures();
            Map<Integer, String> texts = new HashMap<>();
            List<RawNode> nodes = new ArrayList<>();
            RawNode reported = null;
            for (TSQueryCapture capture : captures) {
                TSNode node = capture.getNode();
                RawNode rawNode = new RawNode(capture.getIndex(), node.getType(),
                        offsets.toChar(node.getStartByte()), offsets.toChar(node.getEndByte()));
                texts.putIfAbsent(rawNode.capture, text.substring(rawNode.start, rawNode.end));
                nodes.add(rawNode);
                if (reported == null && (query.matchCapture() < 0 || query.matchCapture() == rawNode.capture)) {
                    reported = rawNode;
                }
            }
            if (reported != null && query.accepts(match.getPatternIndex(), texts)) {
                hits.add(new RawHit(query, reported, nodes));
            }
            match = new TSQueryMatch();
        }
        return hits;
    }

    private static List<SyntaxTree.QueryHit> resolve(List<RawHit> raw, Map<String, List<SyntaxNode>> byKind) {
        List<SyntaxTree.QueryHit> result = new ArrayList<>();
        for (RawHit hit : raw) {
            SyntaxNode node = find(hit.reported, byKind);
            if (node == null) {
                continue;
            }
            Map<String, List<SyntaxNode>> captures = new LinkedHashMap<>();
            for (RawNode capture : hit.captures) {
                SyntaxNode captured = find(capture, byKind);
                if (captured != null) {
                    captures.computeIfAbsent(hit.query.captureName(capture.capture), k -> new ArrayList<>())
                            .add(captured);
                }
            }
            result.add(new SyntaxTree.QueryHit(node, Map.copyOf(captures)));
        }
        return List.copyOf(result);
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
    public void close() {
        closed = true;
        grammars.clear();
    }

    private record RawNode(int capture, String kind, int start, int end) {
    }

    private record RawHit(NativeQuery query, RawNode reported, List<RawNode> captures) {
    }

    /** One native parser for one grammar, with its symbol and field names cached. */
    private static final class Grammar {
        final TSParser parser = new TSParser();
        final TSLanguage language;
        final String[] kinds;
        final byte[] namedState;
        final byte[] triviaState;
        final String[] fields;

        Grammar(SourceLanguage source) {
            language = source.grammar();
            parser.setLanguage(language);
            kinds = new String[language.symbolCount()];
            namedState = new byte[kinds.length];
            triviaState = new byte[kinds.length];
            fields = new String[language.fieldCount() + 1];
        }

        String kind(int symbol) {
            if (symbol >= kinds.length) {
                return "ERROR";
            }
            String kind = kinds[symbol];
            if (kind == null) {
                kind = language.symbolName(symbol);
                kinds[symbol] = kind;
            }
            return kind;
        }

        boolean named(int symbol, TSNode node) {
            if (symbol >= namedState.length) {
                return node.isNamed();
            }
            if (namedState[symbol] == 0) {
                namedState[symbol] = (byte) (node.isNamed() ? 1 : 2);
            }
            return namedState[symbol] == 1;
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
            if (id <= 0 || id >= fields.length) {
                return null;
            }
            String name = fields[id];
            if (name == null) {
                name = language.fieldNameForId(id);
                fields[id] = name;
            }
            return name;
        }
    }

    /**
     * Maps the parser's byte offsets to char offsets. The binding hands the text to the native
     * parser as UTF-8 (a supplementary character: 4 bytes for its two chars; an unpaired surrogate
     * is parsed as U+FFFD: 3 bytes), so each byte offset maps to the char it falls in.
     */
    private static final class OffsetMap {
        static final int UNPAIRED = 3;
        private final int[] byteToChar;

        private OffsetMap(int[] byteToChar) {
            this.byteToChar = byteToChar;
        }

        static OffsetMap of(String text) {
            boolean ascii = true;
            for (int i = 0; i < text.length() && ascii; i++) {
                ascii = text.charAt(i) < 0x80;
            }
            if (ascii) {
                return new OffsetMap(null);
            }
            int[] map = new int[text.length() * 3 + 1];
            int position = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    for (int b = 0; b < 4; b++) {
                        map[position++] = i;
                    }
                    i++;
                    continue;
                }
                int width = c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? UNPAIRED : 3;
                for (int b = 0; b < width; b++) {
                    map[position++] = i;
                }
            }
            map[position] = text.length();
            return new OffsetMap(java.util.Arrays.copyOf(map, position + 1));
        }

        int toChar(int byteOffset) {
            if (byteToChar == null) {
                return byteOffset;
            }
            return byteToChar[Math.max(0, Math.min(byteOffset, byteToChar.length - 1))];
        }
    }
}
