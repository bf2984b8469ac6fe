package dev.guidepost.check.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where tree-sitter runs: Guidepost's own native library ({@link TreeSitterNative}), or the
 * {@code io.github.bonede} JNI binding ({@link TreeSitterBinding}) where that library cannot be
 * loaded. Both give the same grammar tables, the same flat parse array and the same query metadata,
 * so {@link TreeSitterParser} and {@link NativeQuery} build everything above them one way.
 *
 * <p>The backend of a run is chosen once per JVM: the library when it loads, else the binding. The
 * system property {@code guidepost.parser} ({@code native} or {@code binding}) forces one, as a
 * diagnostic switch.
 */
sealed interface TreeSitterBackend permits TreeSitterBackend.Library, TreeSitterBackend.Binding {

    /** The library backend. */
    TreeSitterBackend LIBRARY = new Library();
    /** The binding backend. */
    TreeSitterBackend BINDING = new Binding();

    /** The backend of this JVM. */
    static TreeSitterBackend selected() {
        return Selection.SELECTED;
    }

    /** {@code native} or {@code binding}. */
    String name();

    /** Why this backend cannot parse here; empty when it can. */
    Optional<String> unavailable();

    /** The grammar tables of one language (read once per language). */
    TreeSitterNative.Tables tables(SourceLanguage language);

    /** A parser for one language, for the calling thread only; {@link LanguageParser#close()} frees it. */
    LanguageParser newParser(SourceLanguage language);

    /**
     * Compiles a query from its UTF-8 text; on an error returns null and writes {error offset in
     * bytes, TSQueryError type} into {@code errorOut}.
     */
    CompiledQuery compile(SourceLanguage language, String text, byte[] utf8, int[] errorOut);

    /** One language's parser. */
    interface LanguageParser {
        /** Parses well-formed UTF-16 text; the layout of {@code guidepost_ts.c}'s {@code parse}. */
        int[] parse(char[] text, List<CompiledQuery> queries);

        void close();
    }

    /** A compiled query of one backend. */
    interface CompiledQuery {
        List<String> captureNames();

        List<String> stringValues();

        int patternCount();

        /** Pairs of step type (0 done, 1 capture, 2 string) and value id. */
        int[] predicateSteps(int pattern);

        /** Frees the native query (the binding's are freed by the garbage collector). */
        void close();
    }

    /** Guidepost's own library: one JNI crossing per file. */
    final class Library implements TreeSitterBackend {
        private Library() {
        }

        @Override
        public String name() {
            return "native";
        }

        @Override
        public Optional<String> unavailable() {
            return TreeSitterNative.unavailable();
        }

        @Override
        public TreeSitterNative.Tables tables(SourceLanguage language) {
            return GrammarTables.library(language);
        }

        @Override
        public LanguageParser newParser(SourceLanguage language) {
            TreeSitterNative.requireLoaded();
            long parser = TreeSitterNative.newParser(language.ordinal());
            return new LanguageParser() {
                @Override
                public int[] parse(char[] text, List<CompiledQuery> queries) {
                    long[] handles = new long[queries.size()];
                    for (int i = 0; i < handles.length; i++) {
                        handles[i] = ((LibraryQuery) queries.get(i)).handle;
                    }
                    return TreeSitterNative.parse(parser, text, handles);
                }

                @Override
                public void close() {
                    TreeSitterNative.deleteParser(parser);
                }
            };
        }

        @Override
        public CompiledQuery compile(SourceLanguage language, String text, byte[] utf8, int[] errorOut) {
            TreeSitterNative.requireLoaded();
            long query = TreeSitterNative.newQuery(language.ordinal(), utf8, errorOut);
            return query == 0 ? null : new LibraryQuery(query);
        }

        private record LibraryQuery(long handle) implements CompiledQuery {
            @Override
            public List<String> captureNames() {
                return TreeSitterNative.captureNamesOf(handle);
            }

            @Override
            public List<String> stringValues() {
                return TreeSitterNative.stringValuesOf(handle);
            }

            @Override
            public int patternCount() {
                return TreeSitterNative.patternCount(handle);
            }

            @Override
            public int[] predicateSteps(int pattern) {
                return TreeSitterNative.predicateSteps(handle, pattern);
            }

            @Override
            public void close() {
                TreeSitterNative.deleteQuery(handle);
            }
        }
    }

    /** The JNI binding: a call per node, for platforms without the library. */
    final class Binding implements TreeSitterBackend {
        private Binding() {
        }

        @Override
        public String name() {
            return "binding";
        }

        @Override
        public Optional<String> unavailable() {
            return TreeSitterBinding.unavailable();
        }

        @Override
        public TreeSitterNative.Tables tables(SourceLanguage language) {
            return GrammarTables.binding(language);
        }

        @Override
        public LanguageParser newParser(SourceLanguage language) {
            TreeSitterBinding.Parser parser = new TreeSitterBinding.Parser(language);
            return new LanguageParser() {
                @Override
                public int[] parse(char[] text, List<CompiledQuery> queries) {
                    return parser.parse(text, queries.stream().map(q -> ((BindingQuery) q).query).toList());
                }

                @Override
                public void close() {
                    // the binding frees its parser when the garbage collector finds it unreachable
                }
            };
        }

        @Override
        public CompiledQuery compile(SourceLanguage language, String text, byte[] utf8, int[] errorOut) {
            TreeSitterBinding.Query query = TreeSitterBinding.compile(language, text, errorOut);
            return query == null ? null : new BindingQuery(query);
        }

        private record BindingQuery(TreeSitterBinding.Query query) implements CompiledQuery {
            @Override
            public List<String> captureNames() {
                return query.captureNames();
            }

            @Override
            public List<String> stringValues() {
                return query.stringValues();
            }

            @Override
            public int patternCount() {
                return query.patternCount();
            }

            @Override
            public int[] predicateSteps(int pattern) {
                return query.predicateSteps(pattern);
            }

            @Override
            public void close() {
                // freed by the garbage collector
            }
        }
    }

    /** The choice for this JVM, made on first use. */
    final class Selection {
        static final TreeSitterBackend SELECTED = choose(System.getProperty("guidepost.parser", ""));

        private Selection() {
        }

        static TreeSitterBackend choose(String requested) {
            String name = requested.strip().toLowerCase(Locale.ROOT);
            if (name.equals("binding")) {
                return BINDING;
            }
            if (name.equals("native") || !LIBRARY.unavailable().isPresent()) {
                return LIBRARY;
            }
            return BINDING.unavailable().isPresent() ? LIBRARY : BINDING;
        }
    }
}
