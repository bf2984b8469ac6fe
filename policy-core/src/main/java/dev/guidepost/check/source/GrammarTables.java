package dev.guidepost.check.source;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** The grammar tables of every language, read once from the native library (immutable). */
final class GrammarTables {

    private GrammarTables() {
    }

    static TreeSitterNative.Tables of(SourceLanguage language) {
        return Holder.TABLES.get(language);
    }

    private static final class Holder {
        static final Map<SourceLanguage, TreeSitterNative.Tables> TABLES = read();

        private static Map<SourceLanguage, TreeSitterNative.Tables> read() {
            Map<SourceLanguage, TreeSitterNative.Tables> tables = new EnumMap<>(SourceLanguage.class);
            Arrays.stream(SourceLanguage.values()).forEach(l -> tables.put(l, TreeSitterNative.tables(l)));
            return java.util.Collections.unmodifiableMap(tables);
        }
    }
}
