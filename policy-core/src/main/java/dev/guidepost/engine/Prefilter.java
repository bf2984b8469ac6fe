package dev.guidepost.engine;

import com.google.re2j.Pattern;
import dev.guidepost.workspace.FileText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A cheap test on a file's whole text that says whether a rule could possibly report in that file;
 * the engine neither parses nor checks a file whose text no applicable rule's prefilter accepts.
 *
 * <p>Every prefilter must be <em>sound</em>: when it rejects a text, the rule has no match there. It
 * may accept texts without matches (that only costs time). Immutable and thread-safe. Build them
 * with the factories, which simplify ({@code all} drops {@link Always}, {@code any} with an
 * {@link Always} is {@link Always}) and order the parts of a conjunction so that plain word searches
 * run before regexes.
 */
public sealed interface Prefilter {

    /** Whether a file with this text may hold a match. */
    boolean mayMatch(String text);

    /**
     * As {@link #mayMatch(String)}, remembering the answer of each word and regex test in {@code seen}
     * (one map per file text): the rules of a policy share many of them ({@code settings},
     * {@code objects}, {@code @}), and each is then searched for once per file.
     */
    default boolean mayMatch(String text, java.util.Map<Prefilter, Boolean> seen) {
        Boolean known = seen.get(this);
        if (known == null) {
            known = mayMatch(text);
            seen.put(this, known);
        }
        return known;
    }

    /** Relative cost of {@link #mayMatch}, to order conjunctions cheap first. */
    int cost();

    /**
     * This prefilter with every part that asks the project facts ({@link #classFacts}) answered from
     * {@code facts}: the engine binds each rule's prefilter once per run, when the facts are known.
     */
    default Prefilter bind(dev.guidepost.facts.ProjectFacts facts) {
        return this;
    }

    /** Accepts every text. */
    Prefilter ALWAYS = new Always();


    /** Accepts no text. */
    Prefilter NEVER = new Never();

    /** The prefilter that accepts every text. */
    static Prefilter always() {
        return ALWAYS;
    }

    /**
     * The prefilter that accepts no text: for a part that cannot match (while a prefilter is derived,
     * a utility rule's call of itself, see the source rule compiler). {@code all} with it accepts
     * nothing, {@code any} leaves it out.
     */
    static Prefilter never() {
        return NEVER;
    }

    /**
     * At least one of {@code words} occurs in the text; an empty set accepts every text. With
     * {@code tokens}, an occurrence only counts where it can be a whole identifier or keyword token:
     * not glued to a preceding identifier (a run of ASCII letters, digits and underscores that starts
     * with a letter or underscore) nor followed by an ASCII letter, digit or underscore.
     */
    static Prefilter anyWord(Set<String> words, boolean tokens) {
        Set<String> kept = new LinkedHashSet<>();
        for (String word : words) {
            if (word.isEmpty()) {
                return ALWAYS;
            }
            kept.add(word);
        }
        return kept.isEmpty() ? ALWAYS : new Words(Set.copyOf(kept), tokens);
    }

    /** {@code word} occurs in the text, compared ignoring case (as a regex with flag {@code i} would). */
    static Prefilter wordIgnoringCase(String word) {
        return word.isEmpty() ? ALWAYS : new WordIgnoringCase(word);
    }

    /** One word, as {@link #anyWord}. */
    static Prefilter word(String word, boolean tokens) {
        return anyWord(Set.of(word), tokens);
    }

    /**
     * The text contains every one of {@code literals} and {@code regex} (null: none) finds a match
     * somewhere in it. The literals are checked first; they must be implied by the regex.
     */
    static Prefilter regex(Pattern regex, Set<String> literals) {
        if (regex == null) {
            return all(literals.stream().map(w -> word(w, false)).toList());
        }
        return new Regex(regex, Set.copyOf(literals));
    }

    /**
     * The file defines a class for which the project facts say every one of {@code tests} holds: a
     * {@code facts:} test on a {@code class_definition} node. A class definition's facts are those of
     * the project classes of its name, so once {@link #bind bound} this is "one of the names of the
     * classes passing the tests occurs as a token" (no such class: no file). Unbound, it accepts every
     * text.
     */
    static Prefilter classFacts(List<dev.guidepost.facts.FactTest> tests) {
        return new ClassFacts(List.copyOf(tests));
    }

    /** Every part accepts the text. */
    static Prefilter all(List<Prefilter> parts) {
        List<Prefilter> kept = new ArrayList<>();
        for (Prefilter part : parts) {
            if (part instanceof Never) {
                return NEVER;
            }
            if (part instanceof All all) {
                kept.addAll(all.parts());
            } else if (!(part instanceof Always)) {
                kept.add(part);
            }
        }
        List<Prefilter> unique = new ArrayList<>(new LinkedHashSet<>(kept));
        if (unique.isEmpty()) {
            return ALWAYS;
        }
        if (unique.size() == 1) {
            return unique.get(0);
        }
        unique.sort(Comparator.comparingInt(Prefilter::cost));
        return new All(List.copyOf(unique));
    }

    /** Some part accepts the text. */
    static Prefilter any(List<Prefilter> parts) {
        List<Prefilter> kept = new ArrayList<>();
        for (Prefilter part : parts) {
            if (part instanceof Always) {
                return ALWAYS;
            }
            if (part instanceof Any any) {
                kept.addAll(any.parts());
            } else if (!(part instanceof Never)) {
                kept.add(part);
            }
        }
        List<Prefilter> unique = new ArrayList<>(new LinkedHashSet<>(kept));
        if (unique.isEmpty()) {
            return parts.isEmpty() ? ALWAYS : NEVER;
        }
        if (unique.size() == 1) {
            return unique.get(0);
        }
        unique.sort(Comparator.comparingInt(Prefilter::cost));
        return new Any(List.copyOf(unique));
    }

    /** No condition. */
    record Always() implements Prefilter {
        @Override
        public boolean mayMatch(String text) {
            return true;
        }

        @Override
        public boolean mayMatch(String text, java.util.Map<Prefilter, Boolean> seen) {
            return true;
        }

        @Override
        public int cost() {
            return 0;
        }
    }

    /**
     * {@code text} lower-cased, for finding ASCII words in it ignoring case with {@link String#indexOf}
     * (see {@link WordIgnoringCase#foundInFolded}); null when it holds one of the four non-ASCII chars
     * that equal an ASCII letter ignoring case (the dotted and dotless i, the long s, the Kelvin sign),
     * which only {@link WordIgnoringCase#mayMatch} judges. No other char lower-cases to an ASCII one.
     */
    private static String folded(String text) {
        if (text.indexOf('\u0130') >= 0 || text.indexOf('\u0131') >= 0 || text.indexOf('\u017F') >= 0
                || text.indexOf('\u212A') >= 0) {
            return null;
        }
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * From how many ASCII words ignoring case on an {@link Any} searches one lower-cased copy of the
     * text for them all instead of the text for each in turn: a copy costs about what a few searches
     * of their own do (a {@code mentions} pattern's two words read each class's text apart: there the
     * copies were most of the project facts' time).
     */
    int FOLDED_WORDS = 6;

    /** Whether {@link #FOLDED_WORDS} or more of {@code parts} are ASCII words ignoring case. */
    private static boolean foldsWords(List<Prefilter> parts) {
        int words = 0;
        for (Prefilter part : parts) {
            if (part instanceof WordIgnoringCase w && w.ascii() && ++words == FOLDED_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** No text. */
    record Never() implements Prefilter {
        // equals and hashCode written out in the records of this file: a record's own are built from
        // method handles on first use, which costs a short run more than it saves (docs/performance.md)
        @Override
        public boolean equals(Object other) {
            return other instanceof Never;
        }

        @Override
        public int hashCode() {
            return 1;
        }

        @Override
        public boolean mayMatch(String text) {
            return false;
        }

        @Override
        public boolean mayMatch(String text, java.util.Map<Prefilter, Boolean> seen) {
            return false;
        }

        @Override
        public int cost() {
            return 0;
        }
    }

    /** Some word occurs (as a token when {@code tokens}); see {@link Prefilter#anyWord}. */
    record Words(Set<String> words, boolean tokens) implements Prefilter {
        @Override
        public boolean equals(Object other) {
            return other instanceof Words o && Objects.equals(words, o.words) && tokens == o.tokens;
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(words) * 31 + Boolean.hashCode(tokens);
        }

        @Override
        public boolean mayMatch(String text) {
            return tokens ? anyToken(text, words) : anyContained(text, words);
        }

        @Override
        public int cost() {
            return words.size();
        }

        /** One of {@code words} occurs in {@code text}. */
        static boolean anyContained(String text, java.util.Collection<String> words) {
            for (String word : words) {
                if (text.contains(word)) {
                    return true;
                }
            }
            return false;
        }

        /** One of {@code words} occurs in {@code text} as a token (see {@link Prefilter#anyWord}). */
        static boolean anyToken(String text, java.util.Collection<String> words) {
            for (String word : words) {
                if (containsToken(text, word)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean containsToken(String text, String word) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                int end = at + word.length();
                if (end < text.length() && isAsciiWordChar(text.charAt(end))) {
                    continue;
                }
                if (gluedToIdentifier(text, at)) {
                    continue;
                }
                return true;
            }
            return false;
        }

        /** Whether the chars before {@code at} end an identifier that would swallow a token starting there. */
        private static boolean gluedToIdentifier(String text, int at) {
            int start = at;
            while (start > 0 && isAsciiWordChar(text.charAt(start - 1))) {
                start--;
            }
            if (start == at) {
                return false;
            }
            if (start > 0 && text.charAt(start - 1) >= 0x80) {
                return false; // part of a non-ASCII identifier or not: stay on the safe side
            }
            char first = text.charAt(start);
            return first == '_' || first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z';
        }

        private static boolean isAsciiWordChar(char c) {
            return c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        }
    }

    /** The word occurs, compared ignoring case. */
    record WordIgnoringCase(String word) implements Prefilter {
        @Override
        public boolean equals(Object other) {
            return other instanceof WordIgnoringCase o && Objects.equals(word, o.word);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(word);
        }

        /** Whether the word is ASCII (then {@link #foundInFolded} may judge it). */
        boolean ascii() {
            return FileText.isAscii(word);
        }

        /**
         * For an {@link #ascii} word: whether it occurs in a text that {@link Prefilter#folded} lower-cased
         * (not null), which is {@link #mayMatch} of that text.
         */
        boolean foundInFolded(String folded) {
            return folded.contains(word.toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public boolean mayMatch(String text) {
            char first = word.charAt(0);
            if (first < 0x80) {
                // a match holds, at its anchor (the word's rarest letter in code, see anchor()), one of
                // the chars that equal the anchor ignoring case, found with indexOf: its two ASCII cases,
                // and for k and s the one non-ASCII char that folds to each (the Kelvin sign, the long s;
                // PrefilterTest checks that there are no others). An i is also what String.regionMatches
                // takes the dotted and dotless i for, RE2 does not: no match starts at them, and an i is
                // never the anchor (a dotted or dotless one elsewhere in a match is found as before).
                int anchor = anchor(word);
                boolean startsWithI = first == 'i' || first == 'I';
                char letter = word.charAt(anchor);
                char lower = Character.toLowerCase(letter);
                char upper = Character.toUpperCase(letter);
                char folded = lower == 'k' ? '\u212A' : lower == 's' ? '\u017F' : lower;
                int a = text.indexOf(lower, anchor);
                int b = lower == upper ? -1 : text.indexOf(upper, anchor);
                int c = folded == lower ? -1 : text.indexOf(folded, anchor);
                while (a >= 0 || b >= 0 || c >= 0) {
                    int at = earliest(a, earliest(b, c));
                    int start = at - anchor;
                    if ((!startsWithI || anchor == 0 || text.charAt(start) < 0x80)
                            && text.regionMatches(true, start, word, 0, word.length())) {
                        return true;
                    }
                    if (at == a) {
                        a = text.indexOf(lower, a + 1);
                    }
                    if (at == b) {
                        b = text.indexOf(upper, b + 1);
                    }
                    if (at == c) {
                        c = text.indexOf(folded, c + 1);
                    }
                }
                return false;
            }
            int last = text.length() - word.length();
            for (int at = 0; at <= last; at++) {
                char c = text.charAt(at);
                if ((c == first || Character.toLowerCase(c) == Character.toLowerCase(first)
                        || Character.toUpperCase(c) == Character.toUpperCase(first) || c >= 0x80)
                        && text.regionMatches(true, at, word, 0, word.length())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Letters from the rarest in source code to the most common: a word is searched for by its
         * rarest letter, which stands in far fewer places of a text than, say, an s. Never an i (see
         * {@link #mayMatch}).
         */
        private static final String RARE_FIRST = "zjqxkwvybghfmpudclonarste";

        /** Where the word's rarest letter stands (0 when it holds none of {@link #RARE_FIRST}). */
        private static int anchor(String word) {
            int best = 0;
            int bestRank = Integer.MAX_VALUE;
            for (int i = 0; i < word.length(); i++) {
                int rank = RARE_FIRST.indexOf(Character.toLowerCase(word.charAt(i)));
                if (rank >= 0 && rank < bestRank && word.charAt(i) < 0x80) {
                    best = i;
                    bestRank = rank;
                }
            }
            return best;
        }

        /** The smaller of two indexes where a missing one is negative. */
        private static int earliest(int a, int b) {
            return a < 0 ? b : b < 0 ? a : Math.min(a, b);
        }

        @Override
        public int cost() {
            return 3;
        }
    }

    /** Every literal occurs and the regex finds a match. */
    record Regex(Pattern regex, Set<String> literals) implements Prefilter {
        @Override
        public boolean mayMatch(String text) {
            for (String literal : literals) {
                if (!text.contains(literal)) {
                    return false;
                }
            }
            return regex.matcher(text).find();
        }

        @Override
        public int cost() {
            return 100;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Regex r && r.regex.pattern().equals(regex.pattern())
                    && r.regex.flags() == regex.flags() && r.literals.equals(literals);
        }

        @Override
        public int hashCode() {
            return regex.pattern().hashCode() * 31 + literals.hashCode();
        }
    }

    /** A class passing facts tests is defined here; see {@link Prefilter#classFacts}. */
    record ClassFacts(List<dev.guidepost.facts.FactTest> tests) implements Prefilter {
        @Override
        public boolean equals(Object other) {
            return other instanceof ClassFacts o && Objects.equals(tests, o.tests);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(tests);
        }

        @Override
        public boolean mayMatch(String text) {
            return true;
        }

        @Override
        public int cost() {
            return 0;
        }

        @Override
        public Prefilter bind(dev.guidepost.facts.ProjectFacts facts) {
            Set<String> names = facts.classNamesWhere(tests);
            return names.isEmpty() ? NEVER : anyWord(names, true);
        }
    }

    /** Every part accepts. */
    record All(List<Prefilter> parts) implements Prefilter {
        @Override
        public boolean equals(Object other) {
            return other instanceof All o && Objects.equals(parts, o.parts);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(parts);
        }

        @Override
        public Prefilter bind(dev.guidepost.facts.ProjectFacts facts) {
            List<Prefilter> bound = parts.stream().map(p -> p.bind(facts)).toList();
            return bound.equals(parts) ? this : Prefilter.all(bound);
        }

        @Override
        public boolean mayMatch(String text) {
            for (Prefilter part : parts) {
                if (!part.mayMatch(text)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean mayMatch(String text, java.util.Map<Prefilter, Boolean> seen) {
            for (Prefilter part : parts) {
                if (!part.mayMatch(text, seen)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int cost() {
            return parts.stream().mapToInt(Prefilter::cost).sum();
        }
    }

    /** Some part accepts. */
    record Any(List<Prefilter> parts) implements Prefilter {
        @Override
        public boolean equals(Object other) {
            return other instanceof Any o && Objects.equals(parts, o.parts);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(parts);
        }

        @Override
        public Prefilter bind(dev.guidepost.facts.ProjectFacts facts) {
            List<Prefilter> bound = parts.stream().map(p -> p.bind(facts)).toList();
            return bound.equals(parts) ? this : Prefilter.any(bound);
        }

        @Override
        public boolean mayMatch(String text) {
            return mayMatch(text, null);
        }

        @Override
        public boolean mayMatch(String text, java.util.Map<Prefilter, Boolean> seen) {
            return accepts(text, part -> seen == null ? part.mayMatch(text) : part.mayMatch(text, seen));
        }

        /**
         * Whether some part accepts {@code text}: {@link #FOLDED_WORDS} or more ASCII words ignoring
         * case are searched in one lower-cased copy of it, every other part is asked of {@code part}.
         */
        boolean accepts(String text, java.util.function.Predicate<Prefilter> part) {
            boolean fold = foldsWords(parts);
            String folded = null;
            for (Prefilter p : parts) {
                if (fold && p instanceof WordIgnoringCase w && w.ascii()) {
                    if (folded == null) {
                        folded = folded(text);
                        fold = folded != null;
                    }
                    if (folded != null) {
                        if (w.foundInFolded(folded)) {
                            return true;
                        }
                        continue;
                    }
                }
                if (part.test(p)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public int cost() {
            return parts.stream().mapToInt(Prefilter::cost).sum();
        }
    }
}
