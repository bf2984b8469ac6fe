package dev.guidepost.policy;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Compiles a regular expression a policy gives, with RE2J (linear-time matching, safe on untrusted
 * policies), refusing groups nested deeper than {@link #MAX_NESTING}: RE2J's parser and compiler
 * recurse once per group and have no limit of their own, so a hostile regex of many thousand nested
 * groups overflowed the stack where a clear error belongs (RE2 itself stops at 1,000; RE2J needs more
 * than a 256 KB stack for that many).
 */
public final class PolicyRegex {

    /** The deepest nesting of groups accepted: far beyond any real regex, and compiled within a 256 KB thread stack. */
    public static final int MAX_NESTING = 250;

    private PolicyRegex() {
    }

    /** The compiled regex; a {@link PatternSyntaxException} for invalid syntax or nesting too deep. */
    public static Pattern compile(String text) throws PatternSyntaxException {
        if (groupDepth(text) > MAX_NESTING) {
            throw new PatternSyntaxException("groups nested more than " + MAX_NESTING + " deep", text);
        }
        return Pattern.compile(text);
    }

    /** How deep groups nest in {@code regex}, escapes, quoted text and character classes aside. */
    public static int groupDepth(String regex) {
        int depth = 0;
        int deepest = 0;
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\' && regex.startsWith("\\Q", i)) {
                int end = regex.indexOf("\\E", i + 2);
                i = end < 0 ? regex.length() : end + 2;
            } else if (c == '\\') {
                i += 2;
            } else if (c == '[') {
                int end = classEnd(regex, i);
                i = end < 0 ? regex.length() : end;
            } else {
                if (c == '(') {
                    deepest = Math.max(deepest, ++depth);
                } else if (c == ')') {
                    depth--;
                }
                i++;
            }
        }
        return deepest;
    }

    /** The index just after the character class starting at {@code open}, or -1 when it is not closed. */
    public static int classEnd(String regex, int open) {
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
}
