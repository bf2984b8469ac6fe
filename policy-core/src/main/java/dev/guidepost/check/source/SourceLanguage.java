package dev.guidepost.check.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A programming language that {@code target: source} rules can be written for, with its policy name,
 * its file extensions and its tree-sitter grammar.
 *
 * <p>{@link #TSX} files are parsed with tree-sitter's TSX dialect of TypeScript; a TypeScript
 * rule also runs on them, since the TSX grammar is a superset with the same node kinds.
 */
public enum SourceLanguage {
    PYTHON("python", List.of("py", "pyi")),
    TYPESCRIPT("typescript", List.of("ts", "mts", "cts")),
    TSX("tsx", List.of("tsx")),
    JAVASCRIPT("javascript", List.of("js", "mjs", "cjs", "jsx")),
    JAVA("java", List.of("java")),
    GO("go", List.of("go"));

    private final String id;
    private final List<String> extensions;

    SourceLanguage(String id, List<String> extensions) {
        this.id = id;
        this.extensions = extensions;
    }

    /** The name used in policies ({@code language: python}) and in workspace file classification. */
    public String id() {
        return id;
    }

    /** File name extensions (without dot, lower case) of this language. */
    public List<String> extensions() {
        return extensions;
    }

    /** The language with this policy name, case-insensitive ({@code ts}, {@code js}, {@code py} accepted). */
    public static Optional<SourceLanguage> byName(String name) {
        // asked for every file and source rule: a name as the workspace spells it is found at once
        SourceLanguage language = Names.BY_NAME.get(name);
        return Optional.ofNullable(language != null ? language : Names.BY_NAME.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    /** Every id and extension, each to its language (the first language that claims it). */
    private static final class Names {
        static final java.util.Map<String, SourceLanguage> BY_NAME = byName();

        private static java.util.Map<String, SourceLanguage> byName() {
            java.util.Map<String, SourceLanguage> names = new java.util.LinkedHashMap<>();
            for (SourceLanguage language : values()) {
                names.putIfAbsent(language.id, language);
                for (String extension : language.extensions) {
                    names.putIfAbsent(extension, language);
                }
            }
            return java.util.Map.copyOf(names);
        }
    }

    /** The language of a file by its extension, if it is one of ours. */
    public static Optional<SourceLanguage> forPath(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash + 1) {
            return Optional.empty();
        }
        String extension = path.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (SourceLanguage language : values()) {
            if (language.extensions.contains(extension)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** All policy names, for did-you-mean hints. */
    public static List<String> names() {
        return java.util.Arrays.stream(values()).map(SourceLanguage::id).toList();
    }
}
