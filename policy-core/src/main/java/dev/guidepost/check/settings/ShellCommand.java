package dev.guidepost.check.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a shell command line into the simple commands Claude Code checks one by one: parts
 * joined by {@code &&}, {@code ||}, {@code ;}, {@code |}, {@code &} or a newline outside quotes,
 * plus the commands inside {@code $(…)} and backticks. Quotes and backslashes are respected; no
 * other shell expansion is attempted.
 */
public final class ShellCommand {

    private ShellCommand() {
    }

    /** The simple commands of {@code line}, trimmed, empty ones dropped; never empty for non-blank input. */
    public static List<String> split(String line) {
        List<String> parts = new ArrayList<>();
        splitInto(line, parts, 0);
        return parts;
    }

    /** True when {@code line} holds more than one simple command. */
    public static boolean isCompound(String line) {
        return split(line).size() > 1;
    }

    private static void splitInto(String line, List<String> parts, int depth) {
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = line.length();
        char quote = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (quote == '\'') {
                current.append(c);
                if (c == '\'') {
                    quote = 0;
                }
                i++;
                continue;
            }
            if (c == '\\' && i + 1 < n) {
                current.append(c).append(line.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '$' && i + 1 < n && line.charAt(i + 1) == '(' && depth < 8) {
                int end = closing(line, i + 2);
                String inner = line.substring(i + 2, end);
                splitInto(inner, parts, depth + 1);
                current.append(line, i, Math.min(n, end + 1));
                i = end + 1;
                continue;
            }
            if (c == '`' && depth < 8) {
                int end = line.indexOf('`', i + 1);
                end = end < 0 ? n : end;
                splitInto(line.substring(i + 1, end), parts, depth + 1);
                current.append(line, i, Math.min(n, end + 1));
                i = end + 1;
                continue;
            }
            if (quote == '"') {
                current.append(c);
                if (c == '"') {
                    quote = 0;
                }
                i++;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                current.append(c);
                i++;
                continue;
            }
            if (c == ';' || c == '\n' || c == '|' || (c == '&' && !isRedirection(line, i))) {
                flush(current, parts);
                i++;
                if (i < n && (line.charAt(i) == '&' || line.charAt(i) == '|') && (c == '&' || c == '|')) {
                    i++;
                }
                continue;
            }
            current.append(c);
            i++;
        }
        flush(current, parts);
    }

    /** {@code >&2}, {@code 2>&1}, {@code &>file}: an ampersand that belongs to a redirection. */
    private static boolean isRedirection(String line, int i) {
        boolean afterAngle = i > 0 && line.charAt(i - 1) == '>';
        boolean beforeAngle = i + 1 < line.length() && line.charAt(i + 1) == '>';
        return afterAngle || beforeAngle;
    }

    private static int closing(String line, int from) {
        int depth = 1;
        char quote = 0;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return line.length();
    }

    private static void flush(StringBuilder current, List<String> parts) {
        String part = current.toString().trim();
        if (!part.isEmpty()) {
            parts.add(part);
        }
        current.setLength(0);
    }
}
