package dev.guidepost.check.markdown;

import com.google.re2j.Pattern;
import dev.guidepost.workspace.FileText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a unit's documents are written in a language a rule's keyword sets cover ({@code languages:}
 * of a markdown rule). Each known language is a set of frequent words (a regex matched against whole
 * words, ignoring case); the prose of the documents (code blocks, code spans, links' targets and HTML
 * comments left out) is in a known language when the words of its best-covered language make up at
 * least {@link #MIN_SHARE} of its words. Too little prose to tell counts as known.
 *
 * @param known language name to its word set
 * @param report true: a unit in an unknown language gets one finding ({@code message}); false: it is
 *     skipped silently (another rule reports it)
 */
public record LanguageCheck(Map<String, Pattern> known, boolean report, String message, String fix) {

    /** The share of a text's words that must come from one known language's set. */
    static final double MIN_SHARE = 0.08;
    /** Below this many words of prose, the language is not judged. */
    static final int MIN_WORDS = 40;

    public LanguageCheck {
        known = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(known));
    }

    /**
     * Per language whose set is a plain list of words ({@code (?i)^(?:the|and|…)$}, as the
     * {@code languages:} option writes it, every word made of letters), its ASCII words in lower
     * case: an ASCII token is then looked up instead of run through the regex. Under RE2's case
     * folding an ASCII letter matches only ASCII letters and two other chars (the long s and the
     * Kelvin sign); a set with either of those is left to the regex, and so is every non-ASCII token.
     */
    private static Map<String, java.util.Set<String>> asciiWords(Map<String, Pattern> known) {
        Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
        for (Map.Entry<String, Pattern> language : known.entrySet()) {
            wordList(language.getValue()).ifPresent(words -> out.put(language.getKey(), words));
        }
        return out;
    }

    /** The ASCII words of a plain word list pattern (see {@link #asciiWords}), or empty when it is not one. */
    static Optional<java.util.Set<String>> wordList(Pattern pattern) {
        String regex = pattern.pattern();
        String head = "(?i)^(?:";
        String tail = ")$";
        if (pattern.flags() != 0 || !regex.startsWith(head) || !regex.endsWith(tail)
                || regex.length() < head.length() + tail.length()) {
            return Optional.empty();
        }
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String word : regex.substring(head.length(), regex.length() - tail.length()).split("\\|", -1)) {
            if (word.isEmpty() || !word.codePoints().allMatch(c -> Character.isLetter(c) && c != 0x17F && c != 0x212A)) {
                return Optional.empty();
            }
            if (FileText.isAscii(word)) {
                words.add(word.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return Optional.of(java.util.Set.copyOf(words));
    }

    /** The best-covered known language of the documents, or empty when none covers enough of their words. */
    public Optional<String> language(List<LoadedDocument> docs) {
        int words = 0;
        Map<String, java.util.Set<String>> asciiWords = asciiWords(known);
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (LoadedDocument doc : docs) {
            for (String token : doc.document().proseWords()) {
                words++;
                boolean ascii = FileText.isAscii(token);
                String lower = ascii ? token.toLowerCase(java.util.Locale.ROOT) : null;
                for (Map.Entry<String, Pattern> language : known.entrySet()) {
                    java.util.Set<String> fast = ascii ? asciiWords.get(language.getKey()) : null;
                    if (fast != null ? fast.contains(lower) : language.getValue().matcher(token).matches()) {
                        hits.merge(language.getKey(), 1, Integer::sum);
                    }
                }
            }
        }
        String best = null;
        int bestHits = 0;
        for (Map.Entry<String, Integer> entry : hits.entrySet()) {
            if (entry.getValue() > bestHits) {
                best = entry.getKey();
                bestHits = entry.getValue();
            }
        }
        if (words < MIN_WORDS) {
            return Optional.of(best == null ? "" : best);
        }
        return bestHits >= MIN_SHARE * words ? Optional.of(best) : Optional.empty();
    }
}
