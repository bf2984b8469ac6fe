package dev.guidepost.policy;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A path pattern with gitignore semantics, matched against '/'-separated paths relative to the
 * repository root. A pattern without a slash (other than a trailing one) matches a name at any
 * depth; one with a slash is anchored at the root; {@code **} spans folders, {@code *} and
 * {@code ?} stay within one name. A pattern that matches a folder matches everything inside it.
 */
public final class Glob {

    private final String text;
    private final boolean negated;
    /** The whole path is the glob's: its automaton, or RE2J for a glob with a bracket expression or too long for one. */
    private final Predicate<String> accepts;
    private final List<String> literals;
    private final String regex;

    private Glob(String text, boolean negated, Predicate<String> accepts, List<String> literals, String regex) {
        this.text = text;
        this.negated = negated;
        this.accepts = accepts;
        this.literals = List.copyOf(literals);
        this.regex = regex;
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
        // The glob as a regex and as the pieces of its automaton, side by side; the regex serves
        // only a glob with a bracket expression, whose set is an RE2 character class, and one too
        // long for the automaton.
        StringBuilder regex = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        List<GlobAutomaton.Piece> pieces = new ArrayList<>();
        boolean bracket = false;
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
                        pieces.add(new GlobAutomaton.AnyTail());
                        i += 2;
                    } else {
                        regex.append("(?:.*/)?");
                        pieces.add(new GlobAutomaton.AnyFolders());
                        i += 3;
                    }
                    continue;
                }
                regex.append("[^/]*");
                pieces.add(new GlobAutomaton.AnyInName());
            } else if (c == '?') {
                regex.append("[^/]");
                pieces.add(new GlobAutomaton.AnyOne());
            } else if (c == '[') {
                bracket = true;
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
                literal(pieces, body.charAt(i));
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                run.append(c);
                literal(pieces, c);
            }
            i++;
        }
        flush(run, literals);
        regex.append("(?:/.*)?$");
        Optional<GlobAutomaton> automaton = bracket ? Optional.empty() : GlobAutomaton.of(anchored, pieces);
        if (automaton.isPresent()) {
            return new Glob(text, negated, automaton.get()::matches, literals, regex.toString());
        }
        try {
            return new Glob(text, negated, Pattern.compile(regex.toString())::matches, literals, regex.toString());
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

    /** Adds a literal char; a low surrogate after a high one joins it into one code point, as in the regex. */
    private static void literal(List<GlobAutomaton.Piece> pieces, char c) {
        int last = pieces.size() - 1;
        if (Character.isLowSurrogate(c) && last >= 0 && pieces.get(last) instanceof GlobAutomaton.Literal high
                && Character.isHighSurrogate((char) high.codePoint())) {
            pieces.set(last, new GlobAutomaton.Literal(Character.toCodePoint((char) high.codePoint(), c)));
        } else {
            pieces.add(new GlobAutomaton.Literal(c));
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
        return accepts.test(path);
    }

    /** The glob as an RE2J regex over the whole path (what the automaton of a glob without brackets is checked against). */
    String regex() {
        return regex;
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
