package dev.guidepost.check.source;

/**
 * The grammar tables of each language, read from the parsing backend on first use of that language
 * (a run that checks only Python never reads the TypeScript tables); immutable once read.
 */
final class GrammarTables {

    private GrammarTables() {
    }

    /** The tables of the backend this JVM parses with. */
    static TreeSitterNative.Tables of(SourceLanguage language) {
        return TreeSitterBackend.selected().tables(language);
    }

    /** The tables read from Guidepost's own library. */
    static TreeSitterNative.Tables library(SourceLanguage language) {
        return switch (language) {
            case PYTHON -> Python.TABLES;
            case TYPESCRIPT -> Typescript.TABLES;
            case TSX -> Tsx.TABLES;
            case JAVASCRIPT -> Javascript.TABLES;
            case JAVA -> Java.TABLES;
            case GO -> Go.TABLES;
        };
    }

    /** The tables read through the JNI binding (the same grammar versions, so the same tables). */
    static TreeSitterNative.Tables binding(SourceLanguage language) {
        return switch (language) {
            case PYTHON -> BindingPython.TABLES;
            case TYPESCRIPT -> BindingTypescript.TABLES;
            case TSX -> BindingTsx.TABLES;
            case JAVASCRIPT -> BindingJavascript.TABLES;
            case JAVA -> BindingJava.TABLES;
            case GO -> BindingGo.TABLES;
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

    private static final class BindingPython {
        static final TreeSitterNative.Tables TABLES = TreeSitterBinding.tables(SourceLanguage.PYTHON);
    }

    private static final class BindingTypescript {
        static final TreeSitterNative.Tables TABLES = TreeSitterBinding.tables(SourceLanguage.TYPESCRIPT);
    }

    private static final class BindingTsx {
        static final TreeSitterNative.Tables TABLES = TreeSitterBinding.tables(SourceLanguage.TSX);
    }

    private static final class BindingJavascript {
        static final TreeSitterNative.Tables TABLES = TreeSitterBinding.tables(SourceLanguage.JAVASCRIPT);
    }

    private static final class BindingJava {
        static final TreeSitterNative.Tables TABLES = TreeSitterBinding.tables(SourceLanguage.JAVA);
    }

    private static final class BindingGo {
        static final TreeSitterNative.Tables TABLES = TreeSitterBinding.tables(SourceLanguage.GO);
    }
}
