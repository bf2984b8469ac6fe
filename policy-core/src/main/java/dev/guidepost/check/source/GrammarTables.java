package dev.guidepost.check.source;

/**
 * The grammar tables of each language, read from the native library on first use of that language
 * (a run that checks only Python never reads the TypeScript tables); immutable once read.
 */
final class GrammarTables {

    private GrammarTables() {
    }

    static TreeSitterNative.Tables of(SourceLanguage language) {
        return switch (language) {
            case PYTHON -> Python.TABLES;
            case TYPESCRIPT -> Typescript.TABLES;
            case TSX -> Tsx.TABLES;
            case JAVASCRIPT -> Javascript.TABLES;
            case JAVA -> Java.TABLES;
            case GO -> Go.TABLES;
        };
    }

    private static final class Python {
        static final TreeSitterNative.Tables TABLES = TreeSitterNative.tables(SourceLanguage.PYTHON);
    }

    private static final class Typescript {
        static final TreeSitterNative.Tables TABLES = TreeSitterNative.tables(SourceLanguage.TYPESCRIPT);
    }

    private static final class Tsx {
        static final TreeSitterNative.Tables TABLES = TreeSitterNative.tables(SourceLanguage.TSX);
    }

    private static final class Javascript {
        static final TreeSitterNative.Tables TABLES = TreeSitterNative.tables(SourceLanguage.JAVASCRIPT);
    }

    private static final class Java {
        static final TreeSitterNative.Tables TABLES = TreeSitterNative.tables(SourceLanguage.JAVA);
    }

    private static final class Go {
        static final TreeSitterNative.Tables TABLES = TreeSitterNative.tables(SourceLanguage.GO);
    }
}
