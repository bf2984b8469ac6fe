package dev.guidepost.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which of the words that workspace rules search for occur in the files a run has read for its
 * file rules. A workspace rule that asks whether some file of a project may hold a match (a
 * {@code contains} condition, a placement's prefilter) then needs neither read nor search a file the
 * file pass has seen without those words. Safe to share between threads.
 */
public final class WordIndex {

    /** An index of no words: knows nothing, every question is left to the text. */
    public static final WordIndex NONE = new WordIndex(Set.of());

    private final List<String> words;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, BitSet> files = new ConcurrentHashMap<>();

    private WordIndex(Set<String> words) {
        this.words = List.copyOf(words);
        for (int i = 0; i < this.words.size(); i++) {
            positions.put(this.words.get(i), i);
        }
    }

    /** An index of the plain words that decide {@code prefilters} (see {@link #mayMatch}). */
    public static WordIndex of(List<Prefilter> prefilters) {
        Set<String> words = new LinkedHashSet<>();
        prefilters.forEach(p -> collect(p, words));
        return words.isEmpty() ? NONE : new WordIndex(words);
    }

    private static void collect(Prefilter prefilter, Set<String> words) {
        if (prefilter instanceof Prefilter.Words w) {
            words.addAll(w.words());
        } else if (prefilter instanceof Prefilter.All all) {
            all.parts().forEach(p -> collect(p, words));
        } else if (prefilter instanceof Prefilter.Any any) {
            any.parts().forEach(p -> collect(p, words));
        }
    }

    /** The words of this index, in index order. */
    public List<String> words() {
        return words;
    }

    /** Records which words occur in the text of the file at {@code path}. */
    public void record(String path, String text) {
        if (words.isEmpty()) {
            return;
        }
        BitSet present = new BitSet(words.size());
        for (int i = 0; i < words.size(); i++) {
            if (text.contains(words.get(i))) {
                present.set(i);
            }
        }
        files.put(path, present);
    }

    /**
     * True when the file at {@code path} was recorded and its words show that {@code prefilter}
     * rejects its text; false when that cannot be told without the text. Never true for a text the
     * prefilter accepts.
     */
    public boolean rejects(String path, Prefilter prefilter) {
        BitSet present = files.get(path);
        return present != null && !mayMatch(prefilter, present);
    }

    /**
     * True unless the recorded words show that {@code prefilter} rejects the text: a word that is not
     * in the index and every test other than plain words (ignoring case, a regex) counts as passed.
     */
    private boolean mayMatch(Prefilter prefilter, BitSet present) {
        if (prefilter instanceof Prefilter.Never) {
            return false;
        }
        if (prefilter instanceof Prefilter.Words w) {
            for (String word : w.words()) {
                Integer at = positions.get(word);
                // a token occurrence is an occurrence of the word: absent as a substring, absent as a token
                if (at == null || present.get(at)) {
                    return true;
                }
            }
            return false;
        }
        if (prefilter instanceof Prefilter.All all) {
            for (Prefilter part : all.parts()) {
                if (!mayMatch(part, present)) {
                    return false;
                }
            }
            return true;
        }
        if (prefilter instanceof Prefilter.Any any) {
            for (Prefilter part : any.parts()) {
                if (mayMatch(part, present)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return "WordIndex" + new ArrayList<>(words);
    }
}
