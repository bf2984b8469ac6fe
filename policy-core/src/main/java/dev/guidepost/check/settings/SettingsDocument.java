package dev.guidepost.check.settings;

import dev.guidepost.report.Location;
import dev.guidepost.workspace.FileText;
import java.util.List;
import java.util.Optional;

/**
 * One Claude Code settings file as read for a run: where it is, which scope it has, its text and
 * what the JSON parser made of it. Parse results are shared by every rule of a run.
 *
 * @param path         the path shown in findings: relative to the repository root for files in
 *                     it, as given for the user settings file
 * @param inRepository false for the user settings file, which findings cannot point into
 * @param rejection    the first problem for which Claude Code ignores the whole file (malformed
 *                     JSON, a wrong value type, a broken PreToolUse hook, ...), if any
 */
public record SettingsDocument(String path, SettingsScope scope, String text, JsonParseResult parse,
        boolean inRepository, Optional<SettingsProblem> rejection) {

    private static final SettingsValidator VALIDATOR = SettingsValidator.standard();

    /** Reads {@code text} as the settings file {@code path}. */
    public static SettingsDocument of(String path, SettingsScope scope, String text, boolean inRepository) {
        JsonParseResult parse = LocatedJson.parse(text);
        List<SettingsProblem> problems = parse.error().isPresent() ? VALIDATOR.validate(text)
                : VALIDATOR.validate(parse.value().orElseThrow());
        Optional<SettingsProblem> rejection = problems.stream().filter(SettingsProblem::dropsFile).findFirst();
        return new SettingsDocument(path, scope, text, parse, inRepository, rejection);
    }

    /** True when Claude Code loads this file (its rules and settings are in force). */
    public boolean loaded() {
        return rejection.isEmpty();
    }

    /**
     * Reads a settings file from disk, as every file is read ({@link FileText}).
     *
     * @throws java.io.UncheckedIOException when it has no text (unreadable, not UTF-8, too large)
     */
    public static SettingsDocument read(java.nio.file.Path file, String shownAs, SettingsScope scope) {
        FileText.Read read = FileText.read(file);
        if (read instanceof FileText.Unreadable unreadable) {
            throw new java.io.UncheckedIOException(new java.io.IOException(file + ": " + unreadable.reason()));
        }
        return of(shownAs, scope, read.text().orElseThrow(), scope != SettingsScope.USER);
    }

    /**
     * The range of the JSON token that starts at a 1-based line and column: a whole string with
     * its quotes, a number or literal, or one character for an object or array.
     */
    public Location span(int line, int column) {
        return new Location(path, line, column, line, column + tokenLength(line, column));
    }

    private int tokenLength(int line, int column) {
        int offset = offsetOf(line, column);
        if (offset < 0 || offset >= text.length()) {
            return 1;
        }
        char first = text.charAt(offset);
        int i = offset + 1;
        if (first == '"') {
            while (i < text.length() && text.charAt(i) != '"' && text.charAt(i) != '\n') {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            return Math.min(i + 1, text.length()) - offset;
        }
        if (Character.isLetterOrDigit(first) || first == '-') {
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || ".+-".indexOf(text.charAt(i)) >= 0)) {
                i++;
            }
            return i - offset;
        }
        return 1;
    }

    private int offsetOf(int line, int column) {
        int offset = 0;
        for (int current = 1; current < line; current++) {
            int newline = text.indexOf('\n', offset);
            if (newline < 0) {
                return -1;
            }
            offset = newline + 1;
        }
        return offset + column - 1;
    }
}
