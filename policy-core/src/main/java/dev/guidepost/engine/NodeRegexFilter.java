package dev.guidepost.engine;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Derives a file prefilter from a regex that is searched in the text of one part of a file (a
 * syntax node, a line, a bound metavariable): the part's text is a substring of the file, so the
 * same regex without its position assertions ({@code ^ $ \A \z \b \B}, which look at the part's
 * edges) must find a match in the file too. Literal runs the regex cannot match without are
 * checked first with a plain search; the regex is then searched as its {@link RegexBranches}, so
 * that RE2J can skip to each branch's literal start instead of running over every char.
 */
public final class NodeRegexFilter {

    private NodeRegexFilter() {
    }

    /**
     * Only the literal words every match of {@code regex} contains (no regex search): a cheap sound
     * test to run on a text before the regex itself. {@link Prefilter#always()} when there are none.
     */
    public static Prefilter requiredWords(Pattern regex) {
        String stripped = stripAssertions(regex.pattern());
        if (stripped == null) {
            return Prefilter.always();
        }
        boolean ignoreCase = (regex.flags() & Pattern.CASE_INSENSITIVE) != 0;
        String body = stripped;
        if (body.startsWith("(?i)")) {
            ignoreCase = true;
            body = body.substring(4);
        }
        if (body.replace("(?:", "").contains("(?")) {
            return Prefilter.always();
        }
        Requirement requirement = new Requirement(body, ignoreCase);
        Prefilter required = requirement.alternation();
        return requirement.position != body.length() ? Prefilter.always() : required;
    }

    /** The prefilter for {@code regex}; {@link Prefilter#always()} when it cannot be derived safely. */
    public static Prefilter of(Pattern regex) {
        String stripped = stripAssertions(regex.pattern());
        if (stripped == null) {
            return Prefilter.always();
        }
        Requirement requirement = requirement(stripped, regex.flags());
        Prefilter required = requirement == null ? Prefilter.always() : requirement.filter;
        if (requirement != null && !requirement.ignoreCase && (requirement.exact || requirement.decides)) {
            // the regex is one literal, or every text holding its words holds a match: finding the
            // words is finding the regex, and the regex need not run over the file
            return required;
        }
        java.util.Optional<java.util.List<String>> branches = RegexBranches.of(stripped);
        if (branches.isEmpty()) {
            return required; // it matches the empty text, so somewhere in every text
        }
        java.util.List<Prefilter> searches = new java.util.ArrayList<>();
        try {
            for (String branch : branches.get()) {
                searches.add(Prefilter.regex(Pattern.compile(branch, regex.flags()), java.util.Set.of()));
            }
        } catch (PatternSyntaxException branchFailed) {
            try {
                searches = java.util.List.of(Prefilter.regex(Pattern.compile(stripped, regex.flags()), java.util.Set.of()));
            } catch (PatternSyntaxException e) {
                return required;
            }
        }
        return Prefilter.all(java.util.List.of(required, Prefilter.any(searches)));
    }

    /**
     * A test of the literal words every match of {@code regex} must contain, cheaper than the regex
     * and meant to run before it: it accepts every text in which the regex finds a match (and
     * some others); {@link Prefilter#always()} when no such words can be derived safely.
     */
    public static Prefilter literals(Pattern regex) {
        String stripped = stripAssertions(regex.pattern());
        Requirement requirement = stripped == null ? null : requirement(stripped, regex.flags());
        return requirement == null ? Prefilter.always() : requirement.filter;
    }

    /**
     * Whether {@code regex} finds a match in every text that holds a text it finds a match in: true
     * when it has no position assertion ({@code ^ $ \A \z \b \B}, which look at the edges of the
     * text searched), so that a search of a whole module need not precede that of one of its parts.
     */
    public static boolean substringClosed(Pattern regex) {
        return regex.pattern().equals(stripAssertions(regex.pattern()));
    }

    /**
     * The requirement of a regex without assertions, or null when it uses syntax the scanner does
     * not follow. A leading flag group of {@code i}, {@code m}, {@code s} and {@code U} is read
     * ({@code m}, {@code s} and {@code U} change no literal); other inline groups give up.
     */
    private static Requirement requirement(String stripped, int flags) {
        boolean ignoreCase = (flags & Pattern.CASE_INSENSITIVE) != 0;
        String body = stripped;
        java.util.regex.Matcher leading = LEADING_FLAGS.matcher(body);
        if (leading.lookingAt()) {
            ignoreCase |= leading.group(1).indexOf('i') >= 0;
            body = body.substring(leading.end());
        }
        if (body.replace("(?:", "").contains("(?")) {
            return null;
        }
        Requirement requirement = new Requirement(body, ignoreCase);
        requirement.filter = requirement.alternation();
        return requirement.position == body.length() ? requirement : null; // unbalanced: let RE2 decide alone
    }

    static final java.util.regex.Pattern LEADING_FLAGS = java.util.regex.Pattern.compile("\\(\\?([imsU]+)\\)");

    /**
     * Reads a regex (assertions already removed) and derives the literal words every match must
     * contain: runs of literal chars that no quantifier makes optional, through groups, with
     * alternations as a choice of requirements.
     */
    private static final class Requirement {
        private final String regex;
        private final boolean ignoreCase;
        int position;
        boolean exact = true;
        /**
         * Set by {@link #alternation()}: a text holds a match of the alternation just read exactly
         * when it passes the words derived from it (each alternative is one required literal run or
         * group among parts that may all be empty, such as {@code (\w+\.)*Model} or
         * {@code (|\.)settings}). False when unsure.
         */
        boolean decides;
        /** Set by {@link #alternation()}: some alternative surely matches the empty text. */
        boolean mayBeEmpty;
        private boolean concatenationDecides;
        private boolean concatenationMayBeEmpty;
        Prefilter filter;

        Requirement(String regex, boolean ignoreCase) {
            this.regex = regex;
            this.ignoreCase = ignoreCase;
        }

        Prefilter alternation() {
            java.util.List<Prefilter> choices = new java.util.ArrayList<>();
            choices.add(concatenation());
            boolean decidesAll = concatenationDecides || concatenationMayBeEmpty;
            boolean someEmpty = concatenationMayBeEmpty;
            while (position < regex.length() && regex.charAt(position) == '|') {
                exact = false;
                position++;
                choices.add(concatenation());
                decidesAll &= concatenationDecides || concatenationMayBeEmpty;
                someEmpty |= concatenationMayBeEmpty;
            }
            decides = decidesAll;
            mayBeEmpty = someEmpty;
            return Prefilter.any(choices);
        }

        private Prefilter concatenation() {
            java.util.List<Prefilter> parts = new java.util.ArrayList<>();
            StringBuilder run = new StringBuilder();
            int required = 0; // required literal runs and groups, for 'decides'
            boolean plain = true; // every other atom may match the empty text
            boolean inRun = false;
            while (position < regex.length() && regex.charAt(position) != '|' && regex.charAt(position) != ')') {
                char c = regex.charAt(position);
                char literal = 0;
                Prefilter group = null;
                boolean groupDecides = false;
                boolean groupMayBeEmpty = false;
                boolean other = false;
                if (c == '\\' && position + 1 < regex.length()) {
                    char escaped = regex.charAt(position + 1);
                    if (!Character.isLetterOrDigit(escaped)) {
                        literal = escaped;
                    } else {
                        exact = false;
                        other = true;
                    }
                    position += 2;
                } else if (c == '[') {
                    int end = dev.guidepost.policy.PolicyRegex.classEnd(regex, position);
                    position = end < 0 ? regex.length() : end;
                    exact = false;
                    other = true;
                } else if (c == '(') {
                    position += regex.startsWith("(?:", position) ? 3 : 1;
                    exact = false;
                    group = alternation();
                    groupDecides = decides;
                    groupMayBeEmpty = mayBeEmpty;
                    if (position < regex.length() && regex.charAt(position) == ')') {
                        position++;
                    }
                } else if (".*+?{}$^".indexOf(c) >= 0) {
                    position++;
                    exact = false;
                    other = true;
                } else {
                    literal = c;
                    position++;
                }
                int quantified = quantifier();
                if (quantified != NONE) {
                    exact = false;
                }
                if (quantified == OPTIONAL) {
                    inRun = false;
                } else if (literal != 0) {
                    if (quantified == REPEATED) {
                        plain = false;
                    } else if (!inRun) {
                        required++;
                        inRun = true;
                    }
                } else {
                    inRun = false;
                    if (other || quantified == REPEATED) {
                        plain = false;
                    } else if (!groupMayBeEmpty) {
                        if (groupDecides) {
                            required++;
                        } else {
                            plain = false;
                        }
                    }
                }
                if (literal != 0 && quantified != OPTIONAL) {
                    run.append(literal);
                    if (quantified == REPEATED) {
                        flush(run, parts);
                    }
                } else {
                    flush(run, parts);
                    if (group != null && quantified != OPTIONAL) {
                        parts.add(group);
                    }
                }
            }
            flush(run, parts);
            concatenationDecides = plain && required == 1;
            concatenationMayBeEmpty = plain && required == 0;
            return Prefilter.all(parts);
        }

        private static final int NONE = 0;
        private static final int OPTIONAL = 1;
        private static final int REPEATED = 2;

        /** Reads a quantifier after an atom, if any: none, optional (may be absent) or repeated (at least once). */
        private int quantifier() {
            if (position >= regex.length()) {
                return NONE;
            }
            char c = regex.charAt(position);
            int kind;
            if (c == '*' || c == '?') {
                kind = OPTIONAL;
                position++;
            } else if (c == '+') {
                kind = REPEATED;
                position++;
            } else if (c == '{') {
                int close = regex.indexOf('}', position);
                String count = close < 0 ? "" : regex.substring(position + 1, close);
                kind = count.matches("0*(,\\d*)?") || !count.matches("\\d+(,\\d*)?") ? OPTIONAL : REPEATED;
                position = close < 0 ? regex.length() : close + 1;
            } else {
                return NONE;
            }
            if (position < regex.length() && (regex.charAt(position) == '?' || regex.charAt(position) == '+')) {
                position++; // lazy or possessive marker
            }
            return kind;
        }

        private void flush(StringBuilder run, java.util.List<Prefilter> parts) {
            if (run.length() > 0) {
                parts.add(ignoreCase ? Prefilter.wordIgnoringCase(run.toString()) : Prefilter.word(run.toString(), false));
                run.setLength(0);
            }
        }
    }

    /** Groups nested deeper than this are not followed: the scanners here recurse once per group. */
    static final int MAX_NESTING = 100;

    /**
     * The regex with every assertion outside character classes removed, or null when it uses syntax
     * this scanner does not follow ({@code \Q...\E}, groups nested deeper than {@link #MAX_NESTING}).
     */
    static String stripAssertions(String regex) {
        if (dev.guidepost.policy.PolicyRegex.groupDepth(regex) > MAX_NESTING) {
            return null;
        }
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
                int end = dev.guidepost.policy.PolicyRegex.classEnd(regex, i);
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

}
