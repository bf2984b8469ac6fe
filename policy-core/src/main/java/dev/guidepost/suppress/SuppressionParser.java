package dev.guidepost.suppress;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the inline suppression comments of a file. The comment starts with the line comment of
 * the file's language ({@code #} for Python, YAML, TOML, shell and unknown files, {@code //} for
 * TypeScript, JavaScript, Java and Go, {@code <!--} … {@code -->} for Markdown) directly followed
 * by {@code guidepost:}. JSON files cannot hold one. Files without the text {@code guidepost:}
 * are dismissed with one search.
 */
public final class SuppressionParser {

    /** The text every suppression contains; a file without it has none. */
    public static final String MARKER = "guidepost:";

    private static final Set<String> SLASH_LANGUAGES = Set.of("typescript", "tsx", "javascript", "java", "go");

    private SuppressionParser() {
    }

    /** Every suppression comment in {@code text}, malformed ones with their {@code problem} set. */
    public static List<Suppression> parse(String path, String language, String text) {
        if (language.equals("json") || !text.contains(MARKER)) {
            return List.of();
        }
        String opener = opener(language);
        List<Suppression> out = new ArrayList<>();
        int lineNumber = 1;
        int lineStart = 0;
        int position = 0;
        int marker = text.indexOf(MARKER);
        while (marker >= 0) {
            for (; position < marker; position++) {
                if (text.charAt(position) == '\n') {
                    lineNumber++;
                    lineStart = position + 1;
                }
            }
            int lineEnd = text.indexOf('\n', marker);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            Suppression suppression = parseLine(path, lineNumber, text.substring(lineStart, lineEnd), opener);
            if (suppression != null) {
                out.add(suppression);
            }
            marker = text.indexOf(MARKER, lineEnd);
        }
        return out;
    }

    /** The comment opener of a language. */
    static String opener(String language) {
        if (SLASH_LANGUAGES.contains(language)) {
            return "//";
        }
        return language.equals("markdown") ? "<!--" : "#";
    }

    private static Suppression parseLine(String path, int lineNumber, String line, String opener) {
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        int from = 0;
        while (true) {
            int marker = line.indexOf(MARKER, from);
            if (marker < 0) {
                return null;
            }
            String before = line.substring(0, marker).stripTrailing();
            if (before.endsWith(opener)) {
                int commentStart = before.length() - opener.length();
                boolean ownLine = line.substring(0, commentStart).isBlank();
                return directive(path, lineNumber, commentStart + 1, ownLine,
                        line.substring(marker + MARKER.length()), opener);
            }
            from = marker + MARKER.length();
        }
    }

    private static Suppression directive(String path, int line, int column, boolean ownLine, String rest,
            String opener) {
        String body = rest.strip();
        if (opener.equals("<!--")) {
            int close = body.indexOf("-->");
            if (close >= 0) {
                body = body.substring(0, close).strip();
            }
        }
        if (!body.startsWith("ignore")) {
            return null;
        }
        String afterWord = body.substring("ignore".length()).stripLeading();
        String expected = "write " + opener + " guidepost: ignore[rule-id] reason";
        if (!afterWord.startsWith("[")) {
            return new Suppression(path, line, column, ownLine, List.of(), "", "expected '[' after 'ignore': " + expected);
        }
        int close = afterWord.indexOf(']');
        if (close < 0) {
            return new Suppression(path, line, column, ownLine, List.of(), "", "missing ']' after the rule ids: " + expected);
        }
        List<String> ids = new ArrayList<>();
        for (String id : afterWord.substring(1, close).split(",")) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        if (ids.isEmpty()) {
            return new Suppression(path, line, column, ownLine, List.of(), "", "names no rule: " + expected);
        }
        String reason = afterWord.substring(close + 1).strip();
        int skip = 0;
        while (skip < reason.length() && ":-\u2013\u2014".indexOf(reason.charAt(skip)) >= 0) {
            skip++;
        }
        return new Suppression(path, line, column, ownLine, ids, reason.substring(skip).strip(), "");
    }
}
