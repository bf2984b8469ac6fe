package dev.guidepost.policy;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A path pattern with gitignore semantics, matched against '/'-separated paths relative to the
 * repository root. A pattern without a slash (other than a trailing one) matches a name at any
 * depth; one with a slash is anchored at the root; {@code **} spans folders, {@code *} and
 * {@code ?} stay within one name. A pattern that matches a folder matches everything inside it.
 */
public final class Glob {

    private final String text;
    private final boolean negated;
    private final Pattern pattern;
    private final List<String> literals;

    private Glob(String text, boolean negated, Pattern pattern, List<String> literals) {
        this.text = text;
        this.negated = negated;
        this.pattern = pattern;
        this.literals = List.copyOf(literals);
    }

    /** Compiles {@code text}, or explains why it is not a valid glob. */
    public static Glob compile(String text) throws IllegalArgumentException {
        String body = text.trim();
        boolean negated = body.startsWith("!");
        if (negated) {
            body = body.substring(1);
        }
        if (body.isEmpty()) {
            throw new IllegalArgumentException("empty glob");
        }
        boolean anchored = body.startsWith("/");
        if (anchored) {
            body = body.substring(1);
        }
        if (body.endsWith("/")) {
            body = body.substring(0, body.length() - 1);
        }
        if (body.contains("/")) {
            anchored = true;
        }
        StringBuilder regex = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        List<String> literals = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '*' || c == '?' || c == '[') {
                flush(run, literals);
            }
            if (c == '*') {
                boolean doubleStar = i + 1 < body.length() && body.charAt(i + 1) == '*';
                if (doubleStar) {
                    boolean atStart = i == 0 || body.charAt(i - 1) == '/';
                    boolean atEnd = i + 2 == body.length() || body.charAt(i + 2) == '/';
                    if (!atStart || !atEnd) {
                        throw new IllegalArgumentException("'**' must be a whole path segment in '" + text + "'");
                    }
                    if (i + 2 == body.length()) {
                        regex.append(".*");
                        i += 2;
                    } else {
                        regex.append("(?:.*/)?");
                        i += 3;
                    }
                    continue;
                }
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '[') {
                int close = body.indexOf(']', i + 2);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed '[' in '" + text + "'");
                }
                String set = body.substring(i + 1, close);
                if (set.startsWith("!")) {
                    set = "^" + set.substring(1);
                }
                regex.append('[').append(set.replace("\\", "\\\\").replace("/", "")).append(']');
                i = close;
            } else if (c == '\\' && i + 1 < body.length()) {
                i++;
                regex.append(Pattern.quote(String.valueOf(body.charAt(i))));
                run.append(body.charAt(i));
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                run.append(c);
            }
            i++;
        }
        flush(run, literals);
        regex.append("(?:/.*)?$");
        try {
            return new Glob(text, negated, Pattern.compile(regex.toString()), literals);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid glob '" + text + "': " + e.getDescription());
        }
    }

    /** Compiles {@code text}, adding a located problem instead of throwing. */
    public static Optional<Glob> compile(String text, SourcePosition position, Problems problems) {
        try {
            return Optional.of(compile(text));
        } catch (IllegalArgumentException e) {
            problems.add(position, e.getMessage());
            return Optional.empty();
        }
    }

    private static void flush(StringBuilder run, List<String> literals) {
        if (run.length() > 0) {
            literals.add(run.toString());
            run.setLength(0);
        }
    }

    /** True when the path (or a folder above it) matches, ignoring any leading '!'. */
    public boolean matches(String path) {
        for (String literal : literals) {
            if (!path.contains(literal)) {
                return false; // every match holds the glob's literal parts: skip the automaton
            }
        }
        return pattern.matches(path);
    }

    /** True when the glob was written with a leading '!'. */
    public boolean negated() {
        return negated;
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
