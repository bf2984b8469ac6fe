package dev.guidepost.engine;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Derives a file prefilter from a regex that is searched in the text of one part of a file (a
 * syntax node, a line, a bound metavariable): the part's text is a substring of the file, so the
 * same regex without its position assertions ({@code ^ $ \A \z \b \B}, which look at the part's
 * edges) must find a match in the file too. Literal runs the regex cannot match without are
 * checked first with a plain search.
 */
public final class NodeRegexFilter {

    private NodeRegexFilter() {
    }

    /** The prefilter for {@code regex}; {@link Prefilter#always()} when it cannot be derived safely. */
    public static Prefilter of(Pattern regex) {
        String stripped = stripAssertions(regex.pattern());
        if (stripped == null) {
            return Prefilter.always();
        }
        Set<String> literals = new LinkedHashSet<>();
        boolean pure = (regex.flags() & Pattern.CASE_INSENSITIVE) == 0 && literalRuns(stripped, literals);
        if ((regex.flags() & Pattern.CASE_INSENSITIVE) != 0) {
            literals.clear();
        }
        if (pure) {
            return Prefilter.regex(null, literals);
        }
        try {
            return Prefilter.regex(Pattern.compile(stripped, regex.flags()), literals);
        } catch (PatternSyntaxException e) {
            return Prefilter.always();
        }
    }

    /**
     * The regex with every assertion outside character classes removed, or null when it uses syntax
     * this scanner does not follow ({@code \Q...\E}).
     */
    static String stripAssertions(String regex) {
        StringBuilder out = new StringBuilder(regex.length());
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 >= regex.length()) {
                    return null;
                }
                char next = regex.charAt(i + 1);
                if (next == 'Q' || next == 'E') {
                    return null;
                }
                if (next != 'A' && next != 'z' && next != 'b' && next != 'B') {
                    out.append(c).append(next);
                }
                i += 2;
            } else if (c == '[') {
                int end = classEnd(regex, i);
                if (end < 0) {
                    return null;
                }
                out.append(regex, i, end);
                i = end;
            } else {
                if (c != '^' && c != '$') {
                    out.append(c);
                }
                i++;
            }
        }
        return out.toString();
    }

    /** The index just after the character class starting at {@code open}, or -1. */
    private static int classEnd(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '[' && i + 1 < regex.length() && regex.charAt(i + 1) == ':') {
                int close = regex.indexOf(":]", i + 2);
                if (close < 0) {
                    return -1;
                }
                i = close + 2;
            } else if (c == ']') {
                return i + 1;
            } else {
                i++;
            }
        }
        return -1;
    }

    /**
     * Adds to {@code literals} the literal runs every match must contain: runs of literal chars at
     * the top level of a regex without top-level alternation or flags, minus chars made optional by
     * a quantifier. Returns whether the whole regex is one such run (then it is a plain substring).
     */
    static boolean literalRuns(String regex, Set<String> literals) {
        if (regex.replace("(?:", "").contains("(?")) {
            return false; // flags such as (?i) change what a literal matches
        }
        if (hasTopLevelAlternation(regex)) {
            return false;
        }
        StringBuilder run = new StringBuilder();
        boolean pure = true;
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            char literal = 0;
            int next;
            if (c == '\\' && i + 1 < regex.length()) {
                char escaped = regex.charAt(i + 1);
                if (!Character.isLetterOrDigit(escaped)) {
                    literal = escaped;
                }
                next = i + 2;
            } else if (c == '[') {
                next = classEnd(regex, i);
                if (next < 0) {
                    literals.clear();
                    return false;
                }
            } else if (c == '(') {
                next = groupEnd(regex, i);
                if (next < 0) {
                    literals.clear();
                    return false;
                }
            } else if (c == '{') {
                int close = regex.indexOf('}', i);
                next = close < 0 ? regex.length() : close + 1; // a repeat count, never literal text
            } else if (".|)*+?}$^".indexOf(c) >= 0) {
                next = i + 1;
            } else {
                literal = c;
                next = i + 1;
            }
            char quantifier = next < regex.length() ? regex.charAt(next) : 0;
            boolean optional = quantifier == '*' || quantifier == '?' || quantifier == '{';
            if (literal != 0 && !optional) {
                run.append(literal);
                if (quantifier == '+') {
                    pure = false;
                    flush(run, literals);
                }
            } else {
                pure = false;
                flush(run, literals);
            }
            i = next;
        }
        boolean whole = pure && run.length() > 0;
        flush(run, literals);
        return whole;
    }

    private static void flush(StringBuilder run, Set<String> literals) {
        if (run.length() > 0) {
            literals.add(run.toString());
            run.setLength(0);
        }
    }

    /** The index just after the group opening at {@code open}, or -1. */
    private static int groupEnd(String regex, int open) {
        int depth = 0;
        int i = open;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                i = classEnd(regex, i);
                if (i < 0) {
                    return -1;
                }
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return -1;
    }

    private static boolean hasTopLevelAlternation(String regex) {
        int i = 0;
        int depth = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                i = classEnd(regex, i);
                if (i < 0) {
                    return true;
                }
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
            i++;
        }
        return false;
    }
}
