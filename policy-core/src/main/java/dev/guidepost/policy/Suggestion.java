package dev.guidepost.policy;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name closest to a misspelt one, for "did you mean" hints. */
public final class Suggestion {

    private Suggestion() {
    }

    /**
     * The candidate closest to {@code word} by edit distance (case-insensitive), if it is close
     * enough to be a plausible typo: at most 2 edits, and fewer than half the word's length.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        return closest(word, candidates, Math.min(2, Math.max(1, word.length() / 2)));
    }

    /** As {@link #closest(String, Collection)} with an explicit largest distance. */
    public static Optional<String> closest(String word, Collection<String> candidates, int maxDistance) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = word.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= maxDistance && !best.equals(word) ? Optional.of(best) : Optional.empty();
    }

    /** The text " (did you mean 'x'?)" or the empty string. */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /**
     * As {@link #closest(String, Collection)}, and else the one candidate that begins with the word
     * or that the word begins with (at least two letters, case-insensitive): for the short forms
     * people type for option values ({@code warn} for {@code warning}, {@code repo} for
     * {@code repository}), too far from the full word for an edit distance.
     */
    public static Optional<String> likely(String word, Collection<String> candidates) {
        Optional<String> closest = closest(word, candidates);
        if (closest.isPresent() || word.length() < 2) {
            return closest;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        List<String> related = candidates.stream().filter(c -> {
            String candidate = c.toLowerCase(Locale.ROOT);
            return !candidate.equals(lower) && (candidate.startsWith(lower) || lower.startsWith(candidate));
        }).toList();
        return related.size() == 1 ? Optional.of(related.get(0)) : Optional.empty();
    }

    /** The text " (did you mean 'x'?)" for {@link #likely(String, Collection)}, or the empty string. */
    public static String likelyHint(String word, Collection<String> candidates) {
        return likely(word, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /**
     * The message for a value that is not one of {@code expected}: "unknown WHAT 'value' (did you
     * mean 'x'?); expected one of a, b, c", the values in the order given. Every "unknown … expected
     * one of" message of a policy is written by this method.
     */
    public static String unknown(String what, String value, Collection<String> expected) {
        return "unknown " + what + " '" + value + "'" + expectedOneOf(value, expected);
    }

    /** The tail of {@link #unknown}: " (did you mean 'x'?); expected one of a, b, c". */
    public static String expectedOneOf(String value, Collection<String> expected) {
        return hint(value, expected) + "; expected one of " + String.join(", ", expected);
    }

    /** Damerau-Levenshtein distance (optimal string alignment) between two strings. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
