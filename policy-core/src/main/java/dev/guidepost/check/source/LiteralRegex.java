package dev.guidepost.check.source;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A regex that is nothing but literal text, optionally anchored at the start ({@code ^}) and/or the
 * end ({@code $}), or an alternation of such literals under the same anchors ({@code ^(a|b)$}):
 * searched by comparing chars in place, with exactly the result RE2 gives for the regex (without
 * flags {@code ^} and {@code $} only match at the very start and end of the text).
 */
record LiteralRegex(List<String> alternatives, boolean atStart, boolean atEnd) {

    /** The literal form of {@code regex}, if it has one. */
    static Optional<LiteralRegex> of(Pattern regex) {
        if (regex.flags() != 0) {
            return Optional.empty();
        }
        String text = regex.pattern();
        boolean atStart = text.startsWith("^");
        if (atStart) {
            text = text.substring(1);
        }
        boolean atEnd = text.endsWith("$") && !text.endsWith("\\$");
        if (atEnd) {
            text = text.substring(0, text.length() - 1);
        }
        List<String> alternatives = new ArrayList<>();
        if (text.startsWith("(") && text.endsWith(")") && !text.startsWith("(?")) {
            for (String alternative : text.substring(1, text.length() - 1).split("\\|", -1)) {
                Optional<String> literal = literal(alternative);
                if (literal.isEmpty()) {
                    return Optional.empty();
                }
                alternatives.add(literal.get());
            }
        } else {
            Optional<String> literal = literal(text);
            if (literal.isEmpty()) {
                return Optional.empty();
            }
            alternatives.add(literal.get());
        }
        return Optional.of(new LiteralRegex(List.copyOf(alternatives), atStart, atEnd));
    }

    /** The text a regex fragment stands for when it is made only of letters, digits, _ and escaped punctuation. */
    private static Optional<String> literal(String fragment) {
        if (fragment.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c == '\\' && i + 1 < fragment.length() && isPunctuation(fragment.charAt(i + 1))) {
                out.append(fragment.charAt(++i));
            } else if (c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                out.append(c);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(out.toString());
    }

    private static boolean isPunctuation(char c) {
        return c < 0x80 && !Character.isLetterOrDigit(c) && c > ' ';
    }

    /** Whether the regex finds a match in {@code text.substring(start, end)}. */
    boolean find(String text, int start, int end) {
        int length = end - start;
        for (String literal : alternatives) {
            int n = literal.length();
            if (n > length) {
                continue;
            }
            if (atStart && atEnd) {
                if (n == length && text.startsWith(literal, start)) {
                    return true;
                }
            } else if (atStart) {
                if (text.startsWith(literal, start)) {
                    return true;
                }
            } else if (atEnd) {
                if (text.startsWith(literal, end - n)) {
                    return true;
                }
            } else {
                for (int at = start; at + n <= end; at++) {
                    if (text.startsWith(literal, at)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
