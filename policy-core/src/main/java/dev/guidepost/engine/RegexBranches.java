package dev.guidepost.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a regex that is searched for anywhere in a text, and has no position assertions, into
 * branches that together find a match exactly when it does, each starting with a literal where
 * the regex allows. RE2J skips ahead to a regex's literal prefix with a plain text search, but runs
 * its automaton over every char of the text for a regex that starts with a class or an optional
 * part: {@code (\w+\.)*(cursor|cur)} cost ~50 ns a char, its branch {@code cur} a fraction of one.
 *
 * <p>Only the left edge changes, by three rules that keep the answer to "is there a match
 * somewhere": an optional factor there ({@code X*}, {@code X?}, {@code X{0,n}}) is dropped, since
 * every match of the rest is a match with it empty and every match holds one of the rest; a
 * repeated one ({@code X+}, {@code X{1,}}) is kept once, since the last repetition and the rest
 * are a match; and an alternation there is distributed over the rest ({@code (A|B)C} is
 * {@code AC} or {@code BC}), also after a run of literals. A regex this reader does not follow
 * (inline flags other than a leading group, back-references, octal escapes, a brace that is not a
 * repetition) stays one branch, as do regexes that would make more than {@link #MAX_BRANCHES}.
 */
final class RegexBranches {

    static final int MAX_BRANCHES = 16;

    private RegexBranches() {
    }

    /**
     * The branches of {@code stripped} (a regex without position assertions, perhaps after a
     * leading flag group, which each branch keeps), those starting with a literal first; empty when
     * some branch matches the empty text, so that every text holds a match.
     */
    static Optional<List<String>> of(String stripped) {
        String flags = "";
        String body = stripped;
        java.util.regex.Matcher leading = NodeRegexFilter.LEADING_FLAGS.matcher(body);
        if (leading.lookingAt()) {
            flags = leading.group();
            body = body.substring(leading.end());
        }
        Reader reader = new Reader(body);
        List<List<Factor>> alternatives;
        try {
            alternatives = reader.alternation();
            if (reader.position != body.length()) {
                return Optional.of(List.of(stripped));
            }
        } catch (Unsupported e) {
            return Optional.of(List.of(stripped));
        }
        List<List<Factor>> branches = new ArrayList<>();
        for (List<Factor> alternative : alternatives) {
            if (!leftEdge(alternative, branches)) {
                return Optional.of(List.of(stripped));
            }
        }
        if (branches.stream().anyMatch(List::isEmpty)) {
            return Optional.empty();
        }
        List<String> literalFirst = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (List<Factor> branch : branches) {
            StringBuilder text = new StringBuilder(flags);
            branch.forEach(f -> text.append(f.text()));
            (branch.get(0).literal() ? literalFirst : others).add(text.toString());
        }
        literalFirst.addAll(others);
        return Optional.of(List.copyOf(new java.util.LinkedHashSet<>(literalFirst)));
    }

    /**
     * Adds the branches of one concatenation to {@code out}; false when there would be more than
     * {@link #MAX_BRANCHES}.
     */
    private static boolean leftEdge(List<Factor> factors, List<List<Factor>> out) {
        int i = 0;
        while (i < factors.size() && factors.get(i).literal() && factors.get(i).quantifier() == Quantifier.ONCE) {
            i++;
        }
        List<Factor> prefix = factors.subList(0, i);
        if (i == 0) {
            while (i < factors.size() && factors.get(i).quantifier() == Quantifier.OPTIONAL) {
                i++;
            }
        }
        if (i == factors.size()) {
            out.add(List.copyOf(prefix));
            return out.size() <= MAX_BRANCHES;
        }
        Factor first = factors.get(i);
        List<Factor> rest = factors.subList(i + 1, factors.size());
        if (first.quantifier() == Quantifier.OPTIONAL || first.quantifier() == Quantifier.OTHER
                || (first.quantifier() == Quantifier.REPEATED && !prefix.isEmpty())) {
            // after literals, or a count above one: the factors stay as written
            out.add(List.copyOf(factors));
            return out.size() <= MAX_BRANCHES;
        }
        if (first.group().isEmpty()) {
            List<Factor> branch = new ArrayList<>(prefix);
            branch.add(first.once());
            branch.addAll(rest);
            out.add(branch);
            return out.size() <= MAX_BRANCHES;
        }
        for (List<Factor> alternative : first.group().get()) {
            List<Factor> joined = new ArrayList<>(prefix);
            joined.addAll(alternative);
            joined.addAll(rest);
            if (!leftEdge(joined, out)) {
                return false;
            }
        }
        return true;
    }

    /** How often a factor's atom may occur: once, maybe not at all, at least once, or a count above one. */
    private enum Quantifier { ONCE, OPTIONAL, REPEATED, OTHER }

    /**
     * One atom and its quantifier as written.
     *
     * @param atom the atom's text
     * @param quantifierText the quantifier's text ("" for none)
     * @param literal the atom is one literal char
     * @param group the alternatives of a group atom
     */
    private record Factor(String atom, String quantifierText, Quantifier quantifier, boolean literal,
            Optional<List<List<Factor>>> group) {

        String text() {
            return atom + quantifierText;
        }

        /** The factor matched once: a repetition's last round (and a group whose branches may then be distributed). */
        Factor once() {
            return new Factor(atom, "", Quantifier.ONCE, literal, group);
        }
    }

    private static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** Reads the regex into alternatives of factors, keeping each factor's text. */
    private static final class Reader {
        private final String regex;
        int position;

        Reader(String regex) {
            this.regex = regex;
        }

        List<List<Factor>> alternation() throws Unsupported {
            List<List<Factor>> alternatives = new ArrayList<>();
            alternatives.add(concatenation());
            while (position < regex.length() && regex.charAt(position) == '|') {
                position++;
                alternatives.add(concatenation());
            }
            return alternatives;
        }

        private List<Factor> concatenation() throws Unsupported {
            List<Factor> factors = new ArrayList<>();
            while (position < regex.length() && regex.charAt(position) != '|' && regex.charAt(position) != ')') {
                int start = position;
                char c = regex.charAt(position);
                boolean literal = false;
                Optional<List<List<Factor>>> group = Optional.empty();
                if (c == '\\') {
                    literal = escape();
                } else if (c == '[') {
                    int end = dev.guidepost.policy.PolicyRegex.classEnd(regex, position);
                    if (end < 0) {
                        throw new Unsupported();
                    }
                    position = end;
                } else if (c == '(') {
                    position = groupBody(position);
                    group = Optional.of(alternation());
                    if (position >= regex.length() || regex.charAt(position) != ')') {
                        throw new Unsupported();
                    }
                    position++;
                } else if (c == '.') {
                    position++;
                } else if ("*+?{}^$".indexOf(c) >= 0) {
                    throw new Unsupported(); // a quantifier with nothing before it, or an assertion
                } else {
                    position += Character.charCount(regex.codePointAt(position));
                    literal = true;
                }
                String atom = regex.substring(start, position);
                int quantifierStart = position;
                Quantifier quantifier = quantifier();
                factors.add(new Factor(atom, regex.substring(quantifierStart, position), quantifier, literal, group));
            }
            return factors;
        }

        /** Reads an escape; true when it stands for one literal char. */
        private boolean escape() throws Unsupported {
            if (position + 1 >= regex.length()) {
                throw new Unsupported();
            }
            char next = regex.charAt(position + 1);
            if (!Character.isLetterOrDigit(next)) {
                position += 2;
                return true;
            }
            if ("dDwWsS".indexOf(next) >= 0) {
                position += 2;
                return false;
            }
            if (next == 'p' || next == 'P') {
                if (position + 2 < regex.length() && regex.charAt(position + 2) == '{') {
                    int close = regex.indexOf('}', position + 3);
                    if (close < 0) {
                        throw new Unsupported();
                    }
                    position = close + 1;
                } else {
                    position += 3;
                }
                return false;
            }
            throw new Unsupported(); // \n, \x41, octal and the rest: not needed here, left to RE2J whole
        }

        /** The position just inside a group's parenthesis. */
        private int groupBody(int open) throws Unsupported {
            if (regex.startsWith("(?:", open)) {
                return open + 3;
            }
            if (regex.startsWith("(?", open)) {
                throw new Unsupported();
            }
            return open + 1;
        }

        private Quantifier quantifier() throws Unsupported {
            if (position >= regex.length()) {
                return Quantifier.ONCE;
            }
            char c = regex.charAt(position);
            Quantifier kind;
            if (c == '*' || c == '?') {
                kind = Quantifier.OPTIONAL;
                position++;
            } else if (c == '+') {
                kind = Quantifier.REPEATED;
                position++;
            } else if (c == '{') {
                java.util.regex.Matcher m = REPEAT.matcher(regex).region(position, regex.length());
                if (!m.lookingAt()) {
                    throw new Unsupported();
                }
                int min = Integer.parseInt(m.group(1));
                kind = min == 0 ? Quantifier.OPTIONAL : min == 1 ? Quantifier.REPEATED : Quantifier.OTHER;
                position = m.end();
            } else {
                return Quantifier.ONCE;
            }
            if (position < regex.length() && regex.charAt(position) == '?') {
                position++; // lazy: the same texts match
            }
            if (position < regex.length() && "*+?{".indexOf(regex.charAt(position)) >= 0) {
                throw new Unsupported();
            }
            return kind;
        }

        private static final java.util.regex.Pattern REPEAT = java.util.regex.Pattern.compile("\\{(\\d{1,4})(,\\d{0,4})?\\}");
    }
}
