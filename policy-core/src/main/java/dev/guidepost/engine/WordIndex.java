package dev.guidepost.engine;

import dev.guidepost.workspace.FileText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which of the words that prefilters search for occur in the files a run has read for its file
 * rules, found in one pass over each text. A file rule's prefilter is then answered from the words
 * where they decide it (a word absent from the text), instead of a search of the text per word. A
 * workspace rule that asks whether some file of a project may hold a match (a
 * {@code contains} condition, a placement's prefilter) then needs neither read nor search a file the
 * file pass has seen without those words. Safe to share between threads.
 */
public final class WordIndex {

    /** An index of no words: knows nothing, every question is left to the text. */
    public static final WordIndex NONE = new WordIndex(Set.of());

    private final List<String> words;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, BitSet> files = new ConcurrentHashMap<>();

    /**
     * The automata that find the ASCII words of at least two chars in one pass each over a text's bytes
     * (see {@link #present}): one for a few thousand chars of words, so that no table grows beyond a
     * few megabytes however many class names the facts bring (usually one).
     */
    private final List<WordSearch> searches = new ArrayList<>();
    /** The most chars of words one automaton of {@link #searches} holds: its table has at most this many rows and 129 columns. */
    private static final int CHARS_PER_SEARCH = 4096;
    /** The words searched with {@link String#contains} instead: one char long, not ASCII or with a '?'. */
    private final List<Integer> others = new ArrayList<>();

    private WordIndex(Set<String> words) {
        this.words = List.copyOf(words);
        List<String> searched = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        int chars = 0;
        for (int i = 0; i < this.words.size(); i++) {
            String word = this.words.get(i);
            positions.put(word, i);
            // '?' aside: it is what the encoding puts in place of a char beyond ISO-8859-1
            if (word.length() >= 2 && FileText.isAscii(word) && word.indexOf('?') < 0) {
                if (chars + word.length() > CHARS_PER_SEARCH && !searched.isEmpty()) {
                    searches.add(new WordSearch(searched, toArray(ids)));
                    searched.clear();
                    ids.clear();
                    chars = 0;
                }
                searched.add(word);
                ids.add(i);
                chars += word.length();
            } else {
                others.add(i);
            }
        }
        if (!searched.isEmpty()) {
            searches.add(new WordSearch(searched, toArray(ids)));
        }
    }

    // a plain loop in what every run builds first thing: no stream to set up in a fresh JVM
    private static int[] toArray(List<Integer> ids) {
        int[] array = new int[ids.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = ids.get(i);
        }
        return array;
    }

    /** An index of the plain words that decide {@code prefilters} (see {@link #mayMatch}). */
    public static WordIndex of(List<Prefilter> prefilters) {
        Set<String> words = new LinkedHashSet<>();
        for (Prefilter prefilter : prefilters) {
            collect(prefilter, words);
        }
        return words.isEmpty() ? NONE : new WordIndex(words);
    }

    private static void collect(Prefilter prefilter, Set<String> words) {
        if (prefilter instanceof Prefilter.Words w) {
            words.addAll(w.words());
        } else if (prefilter instanceof Prefilter.All all) {
            for (Prefilter part : all.parts()) {
                collect(part, words);
            }
        } else if (prefilter instanceof Prefilter.Any any) {
            for (Prefilter part : any.parts()) {
                collect(part, words);
            }
        }
    }

    /** The words of this index, in index order. */
    public List<String> words() {
        return words;
    }

    /**
     * Records which words occur in the text of the file at {@code path}, and returns them (for
     * {@link #mayMatch(BitSet, Prefilter, String, Map)}); null for an index of no words.
     */
    public BitSet record(String path, String text) {
        if (words.isEmpty()) {
            return null;
        }
        BitSet present = present(text);
        files.put(path, present);
        return present;
    }

    /**
     * The words that occur in {@code text}. The ASCII words are looked for in one pass over the
     * text's bytes (ISO-8859-1: every ASCII char stays itself, and no other char becomes one but
     * '?', which no word searched this way holds): searching each word on its own costs a pass per
     * word, and most of them occur nowhere.
     */
    BitSet present(String text) {
        BitSet present = new BitSet(words.size());
        for (int i : others) {
            if (text.contains(words.get(i))) {
                present.set(i);
            }
        }
        if (!searches.isEmpty()) {
            byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            for (WordSearch search : searches) {
                search.find(bytes, present);
            }
        }
        return present;
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
     * True when the words {@link #record} found in a text show that {@code prefilter} rejects that
     * text; false when that cannot be told without the text (or {@code present} is null).
     */
    public boolean rejects(BitSet present, Prefilter prefilter) {
        return present != null && !mayMatch(prefilter, present);
    }

    /**
     * Whether {@code prefilter} accepts {@code text}, whose words {@link #record} found ({@code present},
     * or null): a plain word test of words this index holds is answered from them (a word occurs in a
     * text exactly when the index found it there), the other tests from the text, remembering their
     * answers in {@code seen} as {@link Prefilter#mayMatch(String, Map)} does.
     */
    public boolean mayMatch(BitSet present, Prefilter prefilter, String text, Map<Prefilter, Boolean> seen) {
        if (present == null) {
            return prefilter.mayMatch(text, seen);
        }
        if (prefilter instanceof Prefilter.Words w) {
            return wordsMayMatch(present, w, text, seen);
        }
        if (prefilter instanceof Prefilter.All all) {
            for (Prefilter part : all.parts()) {
                if (!mayMatch(present, part, text, seen)) {
                    return false;
                }
            }
            return true;
        }
        if (prefilter instanceof Prefilter.Any any) {
            return any.accepts(text, part -> mayMatch(present, part, text, seen));
        }
        return prefilter.mayMatch(text, seen);
    }

    /**
     * {@link #mayMatch(BitSet, Prefilter, String, Map)} for plain words. Only the words that occur in
     * the text (or that this index does not hold) can pass; for a token test those alone are looked
     * for in the text. A facts-bound prefilter holds hundreds of class names, and a text holding one
     * of them as part of a longer name was searched once per name (~230 ms of CPU on osf.io).
     */
    private boolean wordsMayMatch(BitSet present, Prefilter.Words w, String text, Map<Prefilter, Boolean> seen) {
        List<String> candidates = null;
        for (String word : w.words()) {
            Integer at = positions.get(word);
            if (at == null || present.get(at)) {
                if (!w.tokens() && at != null) {
                    return true;
                }
                if (candidates == null) {
                    candidates = new ArrayList<>();
                }
                candidates.add(word);
            }
        }
        if (candidates == null) {
            return false;
        }
        Boolean known = seen.get(w);
        if (known == null) {
            known = w.tokens() ? Prefilter.Words.anyToken(text, candidates) : Prefilter.Words.anyContained(text, candidates);
            seen.put(w, known);
        }
        return known;
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
