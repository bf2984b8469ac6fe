package dev.guidepost.check.settings;

import com.google.re2j.Pattern;

/**
 * The command pattern of a {@code Bash(…)} rule, in one of Claude Code's documented forms:
 * exact text; the legacy prefix {@code cmd:*} (the command itself, or it followed by a space and
 * anything); or a wildcard pattern where each unescaped {@code *} matches any text, spaces
 * included, and a single trailing {@code " *"} also matches the bare command
 * ({@code ls *} matches {@code ls} and {@code ls -la} but not {@code lsof}). {@code \*} is a
 * literal star. A pattern of just {@code *} matches every command.
 */
public final class BashPattern {

    /** The three forms. */
    public enum Form { EXACT, PREFIX, WILDCARD }

    private final String text;
    private final Form form;
    private final String literal;
    private final Pattern regex;

    private BashPattern(String text, Form form, String literal, Pattern regex) {
        this.text = text;
        this.form = form;
        this.literal = literal;
        this.regex = regex;
    }

    /** Compiles a specifier (never fails: every text is some pattern). */
    public static BashPattern of(String specifier) {
        String text = specifier.trim();
        if (text.endsWith(":*") && text.length() > 2 && starCount(text.substring(0, text.length() - 2)) == 0) {
            return new BashPattern(specifier, Form.PREFIX, unescape(text.substring(0, text.length() - 2)), null);
        }
        int stars = starCount(text);
        if (stars == 0) {
            return new BashPattern(specifier, Form.EXACT, unescape(text), null);
        }
        StringBuilder regex = new StringBuilder("^");
        StringBuilder chunk = new StringBuilder();
        boolean optionalTail = stars == 1 && text.endsWith(" *") && !text.endsWith("\\ *");
        String body = optionalTail ? text.substring(0, text.length() - 2) : text;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && (body.charAt(i + 1) == '*' || body.charAt(i + 1) == '\\')) {
                chunk.append(body.charAt(++i));
            } else if (c == '*') {
                regex.append(Pattern.quote(chunk.toString())).append("(?s:.*)");
                chunk.setLength(0);
            } else {
                chunk.append(c);
            }
        }
        regex.append(Pattern.quote(chunk.toString()));
        if (optionalTail) {
            regex.append("(?s:(?: .*)?)");
        }
        regex.append('$');
        return new BashPattern(specifier, Form.WILDCARD, literalPrefix(text), Pattern.compile(regex.toString()));
    }

    /** Which form the pattern has. */
    public Form form() {
        return form;
    }

    /**
     * For EXACT the command, for PREFIX the prefix, for WILDCARD the literal text before the first
     * wildcard.
     */
    public String literal() {
        return literal;
    }

    /** True when the pattern is {@code *} alone, or {@code :*} forms that accept anything. */
    public boolean matchesEverything() {
        return form == Form.WILDCARD && literal.isEmpty() && text.trim().chars().allMatch(c -> c == '*');
    }

    /**
     * True for a WILDCARD pattern whose only star ends it ({@code git push*} or {@code git *}): the
     * set it matches is then all text starting with {@link #literal()} (minus the optional-tail
     * subtlety handled by {@link #wordBoundaryTail()}).
     */
    public boolean isTrailingStarOnly() {
        String t = text.trim();
        return form == Form.WILDCARD && starCount(t) == 1 && t.endsWith("*") && !t.endsWith("\\*");
    }

    /** True for {@code cmd *} (and {@code cmd:*}): the command itself or it followed by a space. */
    public boolean wordBoundaryTail() {
        return form == Form.PREFIX || (isTrailingStarOnly() && text.trim().endsWith(" *"));
    }

    /** Does this pattern match one simple command (already split from any compound)? */
    public boolean matches(String command) {
        String c = command.trim();
        return switch (form) {
            case EXACT -> c.equals(literal);
            case PREFIX -> c.equals(literal) || c.startsWith(literal + " ");
            case WILDCARD -> regex.matcher(c).matches();
        };
    }

    private static int starCount(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                i++;
            } else if (c == '*') {
                count++;
            }
        }
        return count;
    }

    private static String literalPrefix(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '*' || text.charAt(i + 1) == '\\')) {
                out.append(text.charAt(++i));
            } else if (c == '*') {
                break;
            } else {
                out.append(c);
            }
        }
        String prefix = out.toString();
        return prefix.endsWith(" ") && text.trim().endsWith(" *") && starCount(text) == 1
                ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    private static String unescape(String text) {
        return text.replace("\\*", "*");
    }

    @Override
    public String toString() {
        return text;
    }
}
