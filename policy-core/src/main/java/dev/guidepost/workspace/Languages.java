package dev.guidepost.workspace;

import java.util.Locale;
import java.util.Map;

/** Tells the language of a file from its name. */
public final class Languages {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("py", "python"), Map.entry("pyi", "python"),
            Map.entry("ts", "typescript"), Map.entry("mts", "typescript"), Map.entry("cts", "typescript"),
            Map.entry("tsx", "tsx"),
            Map.entry("js", "javascript"), Map.entry("mjs", "javascript"), Map.entry("cjs", "javascript"),
            Map.entry("jsx", "javascript"),
            Map.entry("java", "java"), Map.entry("go", "go"),
            Map.entry("md", "markdown"), Map.entry("markdown", "markdown"),
            Map.entry("json", "json"), Map.entry("yaml", "yaml"), Map.entry("yml", "yaml"),
            Map.entry("toml", "toml"), Map.entry("cfg", "text"), Map.entry("ini", "text"), Map.entry("txt", "text"));

    private Languages() {
    }

    /** The language of a file name, or "" when unknown. */
    public static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return "";
        }
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), "");
    }
}
